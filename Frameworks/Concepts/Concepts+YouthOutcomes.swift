import InspectionDSL

extension FrameworkCatalog {
  /// Concepts of the catalog's area "Youth offending work: outcomes and management" (15).
  static var youthOutcomesConcepts: ConceptArea {
    ConceptArea("youth-outcomes", "Youth offending work: outcomes and management") {
      Concept(
        "youth-frequency-offending-reduced-since-start-sentence",
        "Has the frequency of offending reduced since the start of the sentence or release from custody?"
      )
      Concept(
        "youth-seriousness-offending-reduced-since-start-sentence",
        "Has the seriousness of offending reduced since the start of the sentence or release from custody?"
      )
      Concept(
        "youth-health-well-being-outcomes-achieved",
        "Were health and well-being outcomes achieved for the child or young person?")
      Concept(
        "youth-diversity-factors-identified-attended",
        "Were diversity factors identified and attended to?")
      Concept(
        "youth-engage-meeting-requirements-sentence",
        "Did the child or young person engage in meeting the requirements of the sentence?")
      Concept(
        "youth-comply-requirements-sentence",
        "Did the child or young person comply with the requirements of the sentence?")
      Concept(
        "youth-risk-harm-others-including-identifiable-victims",
        "Was the risk of harm to others, including to identifiable victims, kept to a minimum?")
      Concept(
        "youth-kept-safe-themselves-others",
        "Was the child or young person kept safe from themselves and from others?")
      Concept(
        "youth-sufficient-attention-given-ensuring-positive-outcomes",
        "Was sufficient attention given to ensuring that positive outcomes are sustainable?")
      Concept(
        "youth-case-manager-have-access-sufficient-resources",
        "Did the case manager have access to sufficient resources to address reducing offending?")
      Concept(
        "youth-case-manager-have-access-sufficient-resources-2",
        "Did the case manager have access to sufficient resources to manage the risk of harm?")
      Concept(
        "youth-case-manager-have-access-sufficient-resources-2-2",
        "Did the case manager have access to sufficient resources to address safeguarding needs?")
      Concept(
        "youth-staff-supervision-other-quality-assurance-arrangements",
        "Had staff supervision and other quality assurance arrangements made a positive difference to the case?"
      )
      Concept(
        "youth-case-manager-understand-principles-effective-practice",
        "Did the case manager understand the principles of effective practice and the local policies and procedures?"
      )
      Concept(
        "youth-case-manager-consider-training-skills-development",
        "Did the case manager consider their training and skills development needs were met?")
    }
  }
}
