import InspectionDSL

extension FrameworkCatalog {
  /// Concepts of the catalog's area "Constructive interventions" (15).
  static var constructiveInterventionsConcepts: ConceptArea {
    ConceptArea("help", "Constructive interventions") {
      Concept(
        "help-accept-responsibility",
        "Constructive interventions challenged the offender to accept responsibility for the offending and its consequences"
      )
      Concept(
        "help-community-reintegration-work",
        "Where needed, sufficient work was directed at community reintegration")
      Concept(
        "help-drr-reports-and-hearings",
        "In a DRR case, the offender manager prepared reports and attended review hearings as required"
      )
      Concept(
        "help-programme-as-planned",
        "An accredited programme started (was provided and timed) as the sentence plan set out")
      Concept(
        "help-programme-delay-explained",
        "Where the programme did not start as planned, the reason was recorded and acceptable")
      Concept(
        "help-skills-intervention-arranged",
        "Where a basic skills (Skills for Life, learning) need was identified, an intervention was arranged"
      )
      Concept(
        "help-approved-premises-interventions",
        "For an approved premises resident, appropriate (constructive) interventions were delivered"
      )
      Concept(
        "help-approved-premises-in-plan",
        "For an approved premises resident, the interventions of the premises featured in the sentence plan"
      )
      Concept(
        "help-preserve-ties-on-custody",
        "On reception into custody, immediate action was taken to preserve employment, accommodation and family ties"
      )
      Concept(
        "help-reinforce-learning",
        "Enough was done to consolidate learning and reinforce new skills")
      Concept(
        "criterion-constructive-overall",
        "Overall, constructive interventions were delivered sufficiently")
      Concept(
        "help-relevant-sufficiently-supported-retaining-developing-community",
        "Where relevant, was the offender sufficiently supported in retaining or developing community ties and relationships throughout the sentence?"
      )
      Concept(
        "help-needed-sufficient-information-advice-guidance-provided",
        "Where needed, were sufficient information, advice and guidance provided to address learning or skills development?"
      )
      Concept(
        "help-learning-need-identified-appropriate-intervention-delivered",
        "Where a learning need was identified, was an appropriate intervention delivered?")
      Concept(
        "help-sufficient-work-directed-overcoming-practical-obstacles",
        "Was sufficient work directed at overcoming practical obstacles to community integration and at promoting and achieving key life skills?"
      )
    }
  }
}
