import InspectionDSL

extension FrameworkCatalog {
  /// Concepts of the catalog's area "Assessing the likelihood of reoffending" (11).
  static var likelihoodOfReoffendingConcepts: ConceptArea {
    ConceptArea("lor", "Assessing the likelihood of reoffending") {
      Concept(
        "lor-assessment-completed",
        "An assessment of the likelihood of reoffending (OASys) was completed at the start")
      Concept(
        "lor-criminogenic-factors-assessed",
        "Criminogenic factors were accurately and comprehensively assessed")
      Concept(
        "lor-ppo-assessment-on-time", "In a PPO case, the assessment met the required timescale")
      Concept(
        "lor-other-assessments-used",
        "Other assessments available (previous ones included) were used to inform the assessment")
      Concept(
        "lor-assessment-on-time",
        "The assessment of the likelihood of reoffending was completed on time")
      Concept(
        "lor-positive-influences-identified",
        "Supportive, protective and pro-social factors in the offender's life were identified")
      Concept(
        "criterion-lor-assessment-overall",
        "Overall, the assessment of the likelihood of reoffending was sufficient")
      Concept(
        "lor-assessment-likelihood-reoffending-sufficient-quality",
        "Was the assessment of likelihood of reoffending of sufficient quality?")
      Concept(
        "lor-previous-assessments-available-they-drawn-inform",
        "Where previous assessments were available, were they drawn on to inform the current assessment?"
      )
      Concept(
        "lor-oasys-ogrs2-score-calculated-start-community",
        "Was an OASys or OGRS2 score calculated at the start of the community sentence or release from custody?"
      )
      Concept(
        "lor-ppo-assessment-comprehensive", "In a PPO case, was the assessment comprehensive?")
    }
  }
}
