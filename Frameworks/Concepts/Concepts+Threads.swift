import InspectionDSL

extension FrameworkCatalog {
  /// Concepts of the catalog's area "Headline threads" (7).
  static var threadsConcepts: ConceptArea {
    ConceptArea("threads", "Headline threads") {
      Concept(
        "thread-risk-of-harm",
        "The risk of harm thread: work to assess, plan for and minimise the risk of harm the offender poses to others, across assessment and delivery ('Control')"
      )
      Concept(
        "thread-likelihood-of-reoffending",
        "The likelihood of reoffending thread: work to assess and reduce the likelihood of reoffending ('Help' and 'Change')"
      )
      Concept(
        "thread-compliance-and-enforcement",
        "The compliance and enforcement thread: work to require, promote and enforce compliance with the sentence ('Punish')"
      )
      Concept("youth-theme-lor", "Youth offending work: reducing the likelihood of reoffending")
      Concept(
        "youth-theme-roh",
        "Youth offending work: protecting the public (the risk of harm to others)")
      Concept(
        "youth-theme-safeguarding",
        "Youth offending work: protecting (safeguarding) the child or young person")
      Concept(
        "youth-theme-sentence-served", "Youth offending work: ensuring the sentence is served")
    }
  }
}
