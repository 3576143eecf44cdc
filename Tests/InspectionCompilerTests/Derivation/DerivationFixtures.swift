import InspectionDSL

/// A small base framework and derivations of it, each with the line of the change that
/// should be reported.
enum DerivationFixtures {
  static let base = Framework("BASE", version: "1", title: "A base to derive from") {
    Theme("RoH", "Risk of Harm to others")
    Theme("LoR", "Likelihood of Reoffending")
    GradeScale("conclusion", "Criterion conclusions") {
      Band("good", "Good", atLeast: 70)
      Band("poor", "Poor", below: 70)
    }
    Section("1", "Assessment") {
      Criterion("1.1", "Preparing for sentence", grade: "conclusion") {
        Question("1.1.a", "Was the report on time?", themes: "LoR")
      }
      Criterion("1.2", "Risk of Harm", rule: .individualSummary(individual: 0.8, summary: 0.2)) {
        Question("1.2.a", "Was a RoSH screening completed?", themes: "RoH")
        Question("1.2.b", "Was a full analysis completed?", themes: "RoH")
          .relevant(when: .answer("1.2.a", is: "yes"))
        Question("1.2.s", "Overall, was the assessment sufficient?", themes: "RoH", role: .summary)
      }
    }
    Section("2", "Delivery") {
      Criterion("2.1", "Interventions") {
        Question("2.1.a", "Were the interventions delivered?", themes: "RoH")
      }
    }
    Headline("RoH", "Risk of Harm to others", theme: "RoH", sections: "1", "2")
    Headline("LoR", "Likelihood of Reoffending", theme: "LoR", sections: "1")
  }

  /// A derivation with one problem: the code expected and the line it is reported at.
  struct Broken: Sendable, CustomStringConvertible {
    let description: String
    let framework: Framework
    let code: String
    let line: Int
    let message: String
  }

  static let broken: [Broken] = [
    Broken(
      description: "unknown id, with a suggestion",
      framework: Framework("D", version: "1", title: "D", basedOn: base) {
        Remove("1.2.x")
      }, code: "IK0191", line: #line - 1, message: "Did you mean '1.2.a'?"),
    Broken(
      description: "adding an id the base has",
      framework: Framework("D", version: "1", title: "D", basedOn: base) {
        Add(toCriterion: "1.2") {
          Question("1.2.a", "Again?")
        }
      }, code: "IK0192", line: #line - 2, message: "is already in BASE@1"),
    Broken(
      description: "adding one id twice",
      framework: Framework("D", version: "1", title: "D", basedOn: base) {
        Add(toCriterion: "1.2") { Question("1.2.x", "New?") }
        Add(toCriterion: "2.1") {
          Question("1.2.x", "New again?")
        }
      }, code: "IK0192", line: #line - 2, message: "is added twice"),
    Broken(
      description: "adding a theme the base has",
      framework: Framework("D", version: "1", title: "D", basedOn: base) {
        Theme("RoH", "Risk of Harm, again")
      }, code: "IK0192", line: #line - 1, message: "theme 'RoH' is already in BASE@1"),
    Broken(
      description: "removing a criterion's last question",
      framework: Framework("D", version: "1", title: "D", basedOn: base) {
        Remove("2.1.a")
      }, code: "IK0193", line: #line - 1, message: "leaves criterion '2.1' with no questions"),
    Broken(
      description: "removing a section's last criterion",
      framework: Framework("D", version: "1", title: "D", basedOn: base) {
        Remove("2.1")
      }, code: "IK0193", line: #line - 1, message: "leaves section '2' with no criteria"),
    Broken(
      description: "removing every question of a headline",
      framework: Framework("D", version: "1", title: "D", basedOn: base) {
        Remove("1.1")
      }, code: "IK0194", line: #line - 1, message: "leaves headline 'LoR' over no questions"),
    Broken(
      description: "removing a question another depends on",
      framework: Framework("D", version: "1", title: "D", basedOn: base) {
        Remove("1.2.a")
      }, code: "IK0195", line: #line - 1, message: "question '1.2.b' is relevant on its answer"),
    Broken(
      description: "removing a section a headline counts",
      framework: Framework("D", version: "1", title: "D", basedOn: base) {
        Remove("2")
      }, code: "IK0195", line: #line - 1, message: "headline 'RoH' counts it"),
    Broken(
      description: "changing an element removed earlier",
      framework: Framework("D", version: "1", title: "D", basedOn: base) {
        Remove("1.2.b")
        Reweight("1.2.b", weight: 2)
      }, code: "IK0191", line: #line - 1, message: "was removed by an earlier change"),
    Broken(
      description: "weighting a headline",
      framework: Framework("D", version: "1", title: "D", basedOn: base) {
        Reweight("RoH", weight: 2)
      }, code: "IK0196", line: #line - 1, message: "'RoH' is a headline"),
    Broken(
      description: "replacing a criterion with a question",
      framework: Framework("D", version: "1", title: "D", basedOn: base) {
        Replace("1.2", with: Question("1.2", "Not a criterion"))
      }, code: "IK0196", line: #line - 1, message: "replace it with a Criterion(…)"),
    Broken(
      description: "adding questions to a section",
      framework: Framework("D", version: "1", title: "D", basedOn: base) {
        Add(toCriterion: "1") { Question("1.x", "Where?") }
      }, code: "IK0196", line: #line - 1, message: "Add(toSection:) adds criteria"),
    Broken(
      description: "re-banding an unknown scale",
      framework: Framework("D", version: "1", title: "D", basedOn: base) {
        Reband("conclusions") { Band("all", "All") }
      }, code: "IK0191", line: #line - 1, message: "Did you mean 'conclusion'?"),
    Broken(
      description: "an added question with an unknown theme, checked by the validators",
      framework: Framework("D", version: "1", title: "D", basedOn: base) {
        Add(toCriterion: "1.2", after: "1.2.b") {
          Question("1.2.c", "Shared with the police?", themes: "Roh")
        }
      }, code: "IK0111", line: #line - 2, message: "Did you mean 'RoH'?"),
    Broken(
      description: "re-banding with a gap, checked by the validators",
      framework: Framework("D", version: "1", title: "D", basedOn: base) {
        Reband("conclusion") {
          Band("good", "Good", atLeast: 75)
          Band("poor", "Poor", below: 70)
        }
      }, code: "IK0152", line: #line - 3, message: "leaves values from 70 to 75 in no band"),
    Broken(
      description: "a base that does not compile",
      framework: Framework(
        "D", version: "1", title: "D",
        basedOn: Framework("B", version: "1", title: "B") { Theme("T", "Unused") }
      ) {
        Remove("1")
      }, code: "IK0190", line: #line - 5, message: "which does not compile"),
  ]
}
