import InspectionDSL

extension RatingsIllustration {
  /// An illustrative standards-and-ratings framework, of the shape case-sample inspections
  /// have taken since 2018: twelve standards in three domains, each rated Outstanding, Good,
  /// Requires improvement or Inadequate, and an overall rating from the standards' points.
  ///
  /// **An illustration, not an inspectorate's methodology.** The structure follows the shape
  /// the inspectorate describes for its standards-and-ratings inspections; the standards'
  /// wording, the key questions, the band thresholds and the points bands are ours, chosen to
  /// show InspectionKit's constructs. Nothing here should be read as how any inspection was
  /// rated.
  ///
  /// - Domain 1, organisational delivery: four standards rated by the inspectors' judgement.
  /// - Domains 2 and 3, court and out-of-court disposals: each case standard is rated by the
  ///   band of its **lowest** key-question percentage; each domain applies only to its own
  ///   cases (a condition on the section, inherited by every question in it). Standard 2.4
  ///   applies only where a review was due (a condition on the criterion), and 2.2.c only where
  ///   the risk to others is medium or high (a condition on the question). Standard 3.4 is
  ///   rated by judgement.
  /// - Standard 2.3 may be overridden by one band, with a required rationale: professional
  ///   discretion over a computed rating.
  /// - The domains are groupings only: they have no score or band of their own.
  /// - Overall: the twelve standards' points (3, 2, 1, 0) summed, banded 0–6 Inadequate,
  ///   7–18 Requires improvement, 19–30 Good, 31–36 Outstanding.
  public static let standardsAndRatings = Framework(
    "RATINGS-ILLUSTRATION", version: "1",
    title: "Illustrative standards-and-ratings framework (not an inspectorate's methodology)"
  ) {
    Summary(
      "An illustration of a standards-and-ratings framework: twelve standards in three "
        + "domains, case standards rated by their lowest key question, organisational "
        + "standards by judgement, one computed rating open to professional discretion, and an "
        + "overall rating from points. The wording, thresholds and points are ours; it is not "
        + "an inspectorate's methodology.")
    Source(
      "InspectionKit's designer's guide", reference: "docs/designing-frameworks.md",
      note: "The framework the guide drafts step by step.")
    Assumption(
      "Illustrative: the standards' wording, key questions, band thresholds (80 / 65 / 50) and "
        + "points bands (0–6 / 7–18 / 19–30 / 31–36) are ours, not a published methodology.")
    Assumption("The sample and judgements are synthetic: 40 invented cases.")
    Presentation(displayDecimals: 0, minimumRelevantCases: 10)

    Attribute("disposal", "Type of disposal", values: "court", "out-of-court")
    Attribute("risk", "Risk of harm to others", values: "low", "medium", "high")
    Attribute("review_due", "A review was due during the period", values: "yes", "no")

    // A case standard's rating: the band its lowest key-question percentage falls in.
    GradeScale("standard", "Standard rating from the lowest key question") {
      Band("outstanding", "Outstanding", atLeast: 80, points: 3)
      Band("good", "Good", atLeast: 65, below: 80, points: 2)
      Band("requires-improvement", "Requires improvement", atLeast: 50, below: 65, points: 1)
      Band("inadequate", "Inadequate", below: 50, points: 0)
    }
    // The overall rating: the twelve standards' points, 0–36, only ever a whole number, so the
    // bands are written as they are said: 0–6, 7–18, 19–30, 31–36.
    GradeScale("overall", "Overall rating from points", range: 0...36) {
      Band("outstanding", "Outstanding", atLeast: 31)
      Band("good", "Good", atLeast: 19, atMost: 30)
      Band("requires-improvement", "Requires improvement", atLeast: 7, atMost: 18)
      Band("inadequate", "Inadequate", atMost: 6)
    }
    // Organisational standards, and 3.4, are rated by the inspectors' judgement.
    JudgementScale("rating", "Rating by judgement") {
      Label("outstanding", "Outstanding", points: 3)
      Label("good", "Good", points: 2)
      Label("requires-improvement", "Requires improvement", points: 1)
      Label("inadequate", "Inadequate", points: 0)
    }

    Section("1", "Organisational delivery", scored: false) {
      Criterion("1.1", "Governance and leadership", judgement: "rating")
      Criterion("1.2", "Staff", judgement: "rating")
      Criterion("1.3", "Partnerships and services", judgement: "rating")
      Criterion("1.4", "Information and facilities", judgement: "rating")
    }

    Section("2", "Court disposals", scored: false) {
      Criterion("2.1", "Assessment", rule: .minimumOfKeyQuestions, grade: "standard") {
        Question("2.1.a", "Does assessment analyse how to support desistance?", role: .key)
        Question("2.1.b", "Does assessment analyse how to keep the child safe?", role: .key)
        Question("2.1.c", "Does assessment analyse how to keep other people safe?", role: .key)
        Question("2.1.x", "Was the assessment completed on time?", role: .supporting)
      }
      Criterion("2.2", "Planning", rule: .minimumOfKeyQuestions, grade: "standard") {
        Question("2.2.a", "Does planning support desistance?", role: .key)
        Question("2.2.b", "Does planning address the child's safety?", role: .key)
        Question("2.2.c", "Does planning address the safety of other people?", role: .key)
          .relevant(when: .attribute("risk", is: "medium", "high"))
      }
      Criterion(
        "2.3", "Implementation and delivery", rule: .minimumOfKeyQuestions, grade: "standard"
      ) {
        Question("2.3.a", "Do the services delivered support desistance?", role: .key)
        Question("2.3.b", "Do they promote the child's safety?", role: .key)
        Question("2.3.c", "Do they keep other people safe?", role: .key)
      }
      .overridable(by: .oneBand, requiresRationale: true)
      Criterion("2.4", "Reviewing", rule: .minimumOfKeyQuestions, grade: "standard") {
        Question("2.4.a", "Does reviewing support desistance?", role: .key)
        Question("2.4.b", "Does reviewing address the child's safety?", role: .key)
        Question("2.4.c", "Does reviewing address the safety of other people?", role: .key)
      }
      .relevant(when: .attribute("review_due", is: "yes"))
    }
    .relevant(when: .attribute("disposal", is: "court"))

    Section("3", "Out-of-court disposals", scored: false) {
      Criterion("3.1", "Assessment", rule: .minimumOfKeyQuestions, grade: "standard") {
        Question("3.1.a", "Does assessment analyse how to support desistance?", role: .key)
        Question("3.1.b", "Does assessment analyse how to keep the child safe?", role: .key)
        Question("3.1.c", "Does assessment analyse how to keep other people safe?", role: .key)
      }
      Criterion("3.2", "Planning", rule: .minimumOfKeyQuestions, grade: "standard") {
        Question("3.2.a", "Does planning support desistance?", role: .key)
        Question("3.2.b", "Does planning keep the child and others safe?", role: .key)
      }
      Criterion(
        "3.3", "Implementation and delivery", rule: .minimumOfKeyQuestions, grade: "standard"
      ) {
        Question("3.3.a", "Do the services delivered support desistance?", role: .key)
        Question("3.3.b", "Do they keep the child and others safe?", role: .key)
      }
      Criterion("3.4", "Out-of-court disposal policy and provision", judgement: "rating")
    }
    .relevant(when: .attribute("disposal", is: "out-of-court"))

    OverallRating(
      "overall", "Overall rating",
      items: "1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "3.4",
      grade: "overall")
  }
}
