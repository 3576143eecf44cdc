import InspectionDSL

extension FrameworkCatalog {
  /// Concepts of the catalog's area "Overall judgements of a criterion" (14).
  static var overallJudgementsConcepts: ConceptArea {
    ConceptArea("iaow", "Overall judgements of a criterion") {
      Concept(
        "iaow-sentencing-assessment-and-planning",
        "The assessment and planning to inform sentencing were of sufficient quality")
      Concept(
        "iaow-sentence-assessment-and-planning",
        "The assessment and planning to deliver the sentence were of sufficient quality")
      Concept(
        "iaow-sentence-delivery-and-engagement",
        "The delivery and review of the sentence plan, and the work to maximise the offender's engagement, were of sufficient quality"
      )
      Concept("iaow-initial-outcomes", "The initial outcomes of the sentence were achieved")
      Concept(
        "iaow-lor-assessment",
        "The assessment to reduce the likelihood of reoffending was of sufficient quality")
      Concept(
        "iaow-lor-interventions",
        "The delivery of interventions to reduce the likelihood of reoffending was of sufficient quality"
      )
      Concept("iaow-lor-reduced", "The likelihood of reoffending was reduced")
      Concept(
        "iaow-roh-assessment-and-planning",
        "The assessment and planning to minimise the risk of harm to others were of sufficient quality"
      )
      Concept(
        "iaow-roh-interventions",
        "The delivery of interventions to minimise the risk of harm to others was of sufficient quality"
      )
      Concept("iaow-roh-minimised", "The risk of harm to others was minimised")
      Concept(
        "iaow-victims-assessment-and-planning",
        "The assessment and planning to minimise the risk of harm to victims were of sufficient quality"
      )
      Concept(
        "iaow-victims-interventions",
        "The delivery of interventions to minimise the risk of harm to victims was of sufficient quality"
      )
      Concept("iaow-victims-harm-minimised", "The risk of harm to victims was minimised")
      Concept(
        "iaow-victim-contact",
        "The victim contact and restorative justice work was of sufficient quality")
    }
  }
}
