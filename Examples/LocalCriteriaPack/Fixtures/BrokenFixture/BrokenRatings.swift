import InspectionDSL

extension BrokenFixture {
  /// A ratings framework drafted with the three mistakes designers make first: a standard
  /// taking the lowest key question with no key question, a domain declared as a grouping that
  /// still names a grade scale, and percentage bands written `atMost: 64` then `atLeast: 65`.
  static let brokenRatings = Framework("RATINGS-broken", version: "1", title: "Ratings mistakes") {
    GradeScale("standard", "Standard rating") {
      Band("good", "Good", atLeast: 65, points: 2)  // IK0152: 64 < x < 65 falls in no band
      Band("improve", "Requires improvement", atLeast: 50, atMost: 64, points: 1)
      Band("inadequate", "Inadequate", below: 50, points: 0)
    }
    Section("2", "Court disposals", grade: "standard", scored: false) {  // IK0149
      Criterion("2.1", "Assessment", rule: .minimumOfKeyQuestions, grade: "standard") {  // IK0146
        Question("2.1.a", "Does assessment support desistance?")
      }
    }
  }
}
