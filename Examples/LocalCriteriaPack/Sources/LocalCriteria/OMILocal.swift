import FrameworkCatalog
import InspectionDSL

extension LocalCriteria {
  /// OMI 2008 as a (fictional) local service uses it for its own case audits: a local
  /// criterion on partnership working, one question dropped, the 80/20 rule eased to 70/30
  /// for Risk of Harm, and stricter conclusion bands.
  ///
  /// An example of a derived framework: everything not changed here is OMI 2008 as
  /// `FrameworkCatalog.omi2008` declares it, and the compiled document records OMI 2008's
  /// fingerprint and these changes in words (`inspect show OMI-local`).
  public static let omiLocal = Framework(
    "OMI-local", version: "2025", title: "Offender Management Inspection, local audit",
    basedOn: FrameworkCatalog.omi2008
  ) {
    Period("2025")
    Summary(
      "A local audit tool based on OMI 2008 (example, not an HMI Probation framework): "
        + "OMI's questions, criteria and Risk of Harm thread, with a local criterion on "
        + "partnership working and stricter conclusion bands.")
    Assumption(
      "Illustrative only: the local criterion, the 70/30 weighting and the bands are "
        + "an example of a derivation, not a published methodology.")

    Add(toSection: "2", after: "2.2") {
      Criterion(
        "2.L", "Local: partnership working on Risk of Harm",
        standard: "Information about Risk of Harm is shared promptly with partner agencies.",
        rule: .individualSummary(individual: 0.8, summary: 0.2), grade: "conclusion"
      ) {
        Question(
          "2.L.a", "Was relevant RoH information shared with the police within five working days?",
          themes: "RoH")
        Question(
          "2.L.b", "Where children were at risk, were children's services informed?",
          themes: "RoH"
        )
        .relevant(when: .attribute("child_concern", is: "yes"))
        Question(
          "2.L.s", "Overall, was partnership working on Risk of Harm sufficient?", themes: "RoH",
          role: .summary)
      }
    }
    Remove("1.1.f")
    Reweight("1.2", rule: .individualSummary(individual: 0.7, summary: 0.3))
    Reband("conclusion") {
      Band("good", "Good", atLeast: 75)
      Band("priority", "Priority for improvement", atLeast: 65, below: 75)
      Band("urgent", "Urgent priority for improvement", below: 65)
    }
  }
}
