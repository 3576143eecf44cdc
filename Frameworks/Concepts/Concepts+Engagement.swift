import InspectionDSL

extension FrameworkCatalog {
  /// Concepts of the catalog's area "Engagement and diversity" (29).
  static var engagementConcepts: ConceptArea {
    ConceptArea("engage", "Engagement and diversity") {
      Concept(
        "engage-literacy-screening",
        "A basic skills (literacy and numeracy, Skills for Life) screening was carried out at the start"
      )
      Concept(
        "engage-effective-methods",
        "Full attention was paid to the methods most likely to be effective with the offender")
      Concept(
        "engage-individual-needs-assessed",
        "Individual needs and diversity issues were actively assessed at the start")
      Concept(
        "engage-discrimination-plans",
        "Where discriminatory or disadvantaging factors were identified, plans were made to minimise their impact"
      )
      Concept(
        "engage-learning-style-and-motivation",
        "The offender's ability, learning style and motivation to change were taken into account in planning"
      )
      Concept(
        "criterion-engagement-assessment-overall",
        "Overall, the assessment of offender engagement was sufficient")
      Concept(
        "diversity-needs-in-interventions",
        "The arrangements for interventions took account of (properly addressed) the offender's diversity needs"
      )
      Concept(
        "diversity-approved-premises-needs-met",
        "For an approved premises resident, the premises met the resident's (diverse) needs")
      Concept(
        "diversity-discrimination-not-tolerated",
        "The offender was told that discriminatory behaviour would not be tolerated")
      Concept(
        "diversity-literacy-needs-met",
        "Where there were literacy or dyslexia issues, the offender's needs were met")
      Concept(
        "diversity-disability-needs-met",
        "Where there were disability issues, the offender's needs were met")
      Concept(
        "criterion-diversity-overall",
        "Overall, full and proper attention was paid to diversity issues")
      Concept(
        "motivation-and-support",
        "The offender manager worked to motivate and support the offender throughout the sentence")
      Concept(
        "diverse-needs-identified",
        "The offender's diverse needs (diversity issues) were identified and recorded at the outset"
      )
      Concept(
        "engage-singleton-placement-unpaid-work-accredited-programme",
        "Where a singleton placement in unpaid work or an accredited programme was made, was attention paid to arrangements to support the offender's engagement?"
      )
      Concept(
        "engage-singleton-placement-mixed-setting-made-s",
        "Where a singleton placement in a mixed setting was made, was the offender's informed consent obtained?"
      )
      Concept(
        "engage-referred-steps-employment-training-education-team",
        "Was the offender referred to the STEPS (employment, training and education) team?")
      Concept(
        "engage-manager-assessed-s-motivation-capacity-change",
        "Had the offender manager assessed the offender's motivation and capacity to change and reflected it in planning?"
      )
      Concept(
        "engage-actively-meaningfully-involved-sentence-planning-process",
        "Was the offender actively and meaningfully involved in the sentence planning process?")
      Concept(
        "engage-clear-what-contribution-make-achieve-sentence",
        "Was it clear what contribution the offender had to make to achieve the sentence plan objectives?"
      )
      Concept(
        "engage-required-full-diagnostic-assessment-learning-skills",
        "Where required, was a full diagnostic assessment of learning and skills needs undertaken?")
      Concept(
        "engage-identified-vulnerable-arrangements-put-place-support",
        "Where the offender was identified as vulnerable, were arrangements put in place to support and, where possible, protect them?"
      )
      Concept(
        "engage-contain-recorded-assessment-diversity-needs",
        "Did the case contain a recorded assessment of diversity needs?")
      Concept(
        "engage-positive-productive-working-relationship-between-manager",
        "Was there a positive and productive working relationship between the offender and the offender manager?"
      )
      Concept(
        "engage-positive-productive-working-relationship-between-other",
        "Was there a positive and productive working relationship between the offender and other workers?"
      )
      Concept(
        "engage-progress-made-reinforced-manager",
        "Was progress made by the offender reinforced by the offender manager?")
      Concept(
        "engage-progress-made-reinforced-other-workers",
        "Was progress made by the offender reinforced by other workers?")
      Concept(
        "engage-diversity-issues-identified-manager-ensure-staff",
        "Where diversity issues were identified, did the offender manager ensure that staff were aware of the offender's needs?"
      )
      Concept(
        "engage-concerns-about-s-vulnerability-shared-all",
        "Were concerns about the offender's vulnerability shared with all workers involved?")
    }
  }
}
