import InspectionDSL

extension FrameworkCatalog {
  /// A small made-up framework that uses every construct InspectionKit offers.
  ///
  /// **Not a historical framework.** Section 1 is the tiny framework of `docs/scoring.md`, so the
  /// bundled sample `Examples/Demonstration/sample.csv` reproduces that document's worked
  /// examples: 1.1 = 65% (80/20 rule), 1.2 = 66.67%, section 1 = 65.83%, RoH = 72.22%.
  /// Sections 2 and 3 show the remaining rules: weighted questions, the minimum of key
  /// questions (with a supporting question the minimum ignores by design), pooled and weighted
  /// sections, a multi-level answer scale, applicability over earlier answers, grade scales
  /// banding raw and displayed values, a judgement scale with an advisory band, a criterion
  /// inspectors may override by one band (3.1), and an overall rating that sums band points.
  /// Groupings and conditions on whole sections are shown by the illustrative ratings pack,
  /// `Examples/RatingsPack`.
  public static let demonstration = Framework(
    "DEMO", version: "1", title: "Demonstration framework (every construct)"
  ) {
    Period("2026")
    Summary(
      "A teaching example: a few questions per criterion, chosen to exercise every rule the "
        + "schema can declare. Use it to try the CLI and to read how a declaration maps to "
        + "scores.")
    Source(
      "InspectionKit's scoring semantics and worked examples", reference: "docs/scoring.md",
      note: "Section 1 reproduces the worked examples.")
    Assumption("All figures are invented; nothing here describes a real inspection.")
    Presentation(displayDecimals: 0, minimumRelevantCases: 3)

    Attribute("case_type", "Case type", values: "community", "licence", "custody")
    Attribute("roh", "Risk of Harm level", values: "low", "medium", "high", "very high")

    Theme("RoH", "Risk of Harm to others")
    Theme("LoR", "Likelihood of reoffending")

    AnswerScale("quality", "Quality of work") {
      Option("good", "Good", .sufficient)
      Option("adequate", "Adequate", .sufficient)
      Option("poor", "Poor", .insufficient)
      Option("none", "Not done", .insufficient)
      Option("na", "Not applicable", .notRelevant)
    }

    GradeScale("conclusion", "Criterion conclusions", basis: .raw) {
      Band("good", "Good", atLeast: 70, points: 2)
      Band("priority", "Priority for improvement", atLeast: 60, below: 70, points: 1)
      Band("urgent", "Urgent priority", below: 60, points: 0)
    }
    GradeScale("stars", "Stars (displayed value banded)", basis: .displayed) {
      Band("4", "****", atLeast: 80)
      Band("3", "***", atLeast: 65, below: 80)
      Band("2", "**", atLeast: 50, below: 65)
      Band("1", "*", below: 50)
    }
    GradeScale("overall-points", "Overall rating from points", range: 0...6) {
      Band("strong", "Strong", atLeast: 5)
      Band("fair", "Fair", atLeast: 3, below: 5)
      Band("weak", "Weak", below: 3)
    }
    JudgementScale("met", "Standard met", advisory: "conclusion") {
      Label("well-met", "Well met", points: 2)
      Label("partly-met", "Partly met", points: 1)
      Label("not-met", "Not met", points: 0)
    }

    Section("1", "Assessment", grade: "conclusion") {
      Criterion(
        "1.1", "Assessment of Risk of Harm",
        standard: "Risk of Harm is assessed accurately at the start of the order.",
        rule: .individualSummary(individual: 0.8, summary: 0.2), grade: "conclusion"
      ) {
        Question("1.1.a", "Was a Risk of Harm screening completed?", themes: "RoH")
        Question("1.1.b", "Was the licence risk assessment completed?")
          .relevant(when: .attribute("case_type", is: "licence"))
        Question(
          "1.1.s", "Overall, was the Risk of Harm assessment sufficient?", themes: "RoH",
          role: .summary)
      }
      Criterion("1.2", "Planning", standard: "Plans address the risks found.", grade: "conclusion")
      {
        Question("1.2.a", "Did the plan address Risk of Harm?", themes: "RoH")
      }
    }

    Section("2", "Delivery", rule: .pooledQuestions, grade: "stars") {
      Criterion("2.1", "Interventions", rule: .weightedQuestions, grade: "conclusion") {
        Question(
          "2.1.a", "How well were interventions delivered?", scale: "quality",
          themes: "LoR", weight: 2)
        Question(
          "2.1.b", "Was the sequencing of interventions appropriate?", themes: "LoR",
          weight: 1)
      }
      Criterion("2.2", "Public protection", rule: .minimumOfKeyQuestions, grade: "conclusion") {
        Question("2.2.a", "Was a risk management plan in place?", themes: "RoH", role: .key)
          .relevant(when: .attribute("roh", is: "high", "very high"))
        Question(
          "2.2.b", "Was the plan reviewed after a significant change?", themes: "RoH",
          role: .key
        )
        .relevant(when: .answer("2.2.a", is: "yes") && !.attribute("case_type", is: "custody"))
        Question(
          "2.2.c", "Were home visits made where required?", themes: "RoH", role: .supporting
        )
        .relevant(when: .attribute("roh", is: "medium") || .attribute("roh", is: "high"))
      }
    }

    Section("3", "Outcomes and leadership", rule: .weightedCriteria) {
      Criterion("3.1", "Initial outcomes", weight: 3, grade: "conclusion") {
        Question("3.1.a", "Has the likelihood of reoffending reduced?", themes: "LoR")
      }
      .overridable(by: .oneBand, requiresRationale: true)
      Criterion("3.2", "Leadership", weight: 1, judgement: "met")
    }

    Headline("RoH", "Risk of Harm to others", theme: "RoH", sections: "1", grade: "conclusion")
    Headline(
      "LoR", "Likelihood of reoffending", theme: "LoR", rule: .pooledQuestions, grade: "stars")
    OverallRating("overall", "Overall rating", items: "1.1", "1.2", "3.2", grade: "overall-points")
  }
}
