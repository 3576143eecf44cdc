import InspectionDSL

extension LocalCriteria {
  /// A small new framework: the quality of pre-sentence reports, audited locally.
  ///
  /// An example of a framework declared from scratch in a criteria pack; it is not an HMI
  /// Probation framework.
  public static let courtReports = Framework(
    "CRQ", version: "1", title: "Court report quality audit (example)"
  ) {
    Summary(
      "Each report is read against five questions; criteria average their questions, "
        + "and the overall score averages the criteria.")
    Attribute("report_type", "Type of report", values: "standard", "fast delivery", "oral")
    Theme("RoH", "Risk of Harm to others")
    GradeScale("quality", "Report quality") {
      Band("good", "Good", atLeast: 80)
      Band("adequate", "Adequate", atLeast: 60, below: 80)
      Band("poor", "Poor", below: 60)
    }
    Section("R", "Pre-sentence reports", grade: "quality") {
      Criterion("R.1", "Assessment in the report", grade: "quality") {
        Question("R.1.a", "Was the assessment of Risk of Harm accurate?", themes: "RoH")
        Question("R.1.b", "Was the assessment of the likelihood of reoffending accurate?")
        Question("R.1.c", "Were the victim's circumstances considered?", themes: "RoH")
          .relevant(when: .attribute("report_type", is: "standard", "fast delivery"))
      }
      Criterion("R.2", "Proposal", grade: "quality") {
        Question("R.2.a", "Was the proposal proportionate to the offence?")
        Question("R.2.b", "Did the proposal address Risk of Harm?", themes: "RoH")
      }
    }
    Headline("RoH", "Risk of Harm in reports", theme: "RoH", grade: "quality")
  }
}
