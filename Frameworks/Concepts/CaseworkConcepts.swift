import InspectionDSL

extension FrameworkCatalog {
  /// The concept catalogs the shipped frameworks measure, for `inspect concepts` and for
  /// deriving crosswalks.
  public static var conceptCatalogs: [ConceptCatalog] { [concepts] }

  /// What HM Inspectorate of Probation's case inspections check, each said once: the concept
  /// catalog every shipped framework (ESI, OMI, OMI2, IAOW, CCI, SQS, FJI) tags its questions,
  /// criteria, sections and headlines with.
  ///
  /// **How the concepts were chosen.** Each framework's questions restate the findings its
  /// report prints (docs/provenance.md). Where two reports print a finding on the same check —
  /// "a RoSH screening was completed at the start of sentence" (Hertfordshire, 2010) and
  /// "screening had been completed in 94% of relevant cases" (West Mercia, 2008) — the check is
  /// one concept, written in words that fit both, and both questions measure it: `exact` when
  /// they check the same thing, `narrower`, `broader` or `partOf` when one checks a subgroup, a
  /// stricter or wider version, or one part of it. A concept only one framework measures keeps
  /// that framework's question as its words. Criteria, sections and headlines measure concepts of
  /// their own (areas `criteria`, `sections`, `threads`), so that a comparison sets them on one
  /// row only when they are the same construct, not because their ids coincide.
  ///
  /// **What follows.** A crosswalk between two frameworks is derived from the concepts they
  /// share (`inspect crosswalk show A B`; the rules are in docs/comparing.md), so N frameworks
  /// need N taggings, not N² crosswalks; the declared crosswalks in `Frameworks/Crosswalks/`
  /// only add, refine or veto, each with the reports' words. `inspect concepts` lists every
  /// concept with the items that measure it.
  public static let concepts = ConceptCatalog(
    "hmip-casework", version: "1",
    title: "What HM Inspectorate of Probation's case inspections check",
    summary: "The checks of the case-sample inspections of probation (ESI, OMI, OMI2, IAOW) and of "
      + "youth offending work (CCI, SQS, FJI), each said once, in words that fit every report that "
      + "prints a finding on it; a concept only one framework measures keeps its question's words. "
      + "Frameworks tag their questions, criteria, sections and headlines with the concepts they "
      + "measure (exact, broader, narrower or part of), and crosswalks are derived from the concepts "
      + "two frameworks share."
  ) {
    threadsConcepts
    sectionsConcepts
    criteriaConcepts
    preparingForSentenceConcepts
    riskOfHarmConcepts
    likelihoodOfReoffendingConcepts
    engagementConcepts
    sentencePlanningConcepts
    deliveryConcepts
    complianceConcepts
    publicProtectionConcepts
    victimsConcepts
    constructiveInterventionsConcepts
    outcomesConcepts
    caseRecordsConcepts
    overallJudgementsConcepts
    youthPracticeConcepts
    youthOutcomesConcepts
  }
}
