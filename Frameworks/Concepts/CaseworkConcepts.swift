import InspectionDSL

extension FrameworkCatalog {
  /// The concept catalogs the shipped frameworks measure, for `inspect concepts` and for
  /// deriving crosswalks.
  public static var conceptCatalogs: [ConceptCatalog] { [concepts] }

  /// What HM Inspectorate of Probation's case inspections check, each said once: the concept
  /// catalog the shipped frameworks tag their questions, criteria and headlines with.
  ///
  /// A concept is written so that a reader of any framework that measures it recognises it:
  /// the work checked and the standard it is held to, not one report's wording. Two questions
  /// of different frameworks that measure one concept exactly, asked of the same cases, are
  /// the same question (docs/comparing.md).
  public static let concepts = ConceptCatalog(
    "hmip-casework", version: "1",
    title: "What HM Inspectorate of Probation's case inspections check",
    summary: "Concepts of the case-sample inspections of probation (ESI, OMI, OMI2, IAOW) and "
      + "youth offending work (CCI, SQS, FJI): what each question, criterion and headline checks, "
      + "in plain words, so that frameworks are compared by meaning, not by id."
  ) {
    ConceptArea("threads", "Headline threads") {
      Concept(
        "thread-risk-of-harm",
        "The risk of harm thread: work to assess, plan for and minimise the risk of harm the "
          + "offender poses to others, across assessment and delivery")
      Concept(
        "thread-likelihood-of-reoffending",
        "The likelihood of reoffending thread: work to assess and reduce the likelihood of "
          + "reoffending ('Help' and 'Change')")
      Concept(
        "thread-compliance-and-enforcement",
        "The compliance and enforcement thread: work to require, promote and enforce compliance "
          + "with the sentence ('Punish')")
    }
  }
}
