import InspectionDSL

extension FrameworkCatalog {
  /// Concepts of the catalog's area "Assessing and planning for the risk of harm" (45).
  static var riskOfHarmConcepts: ConceptArea {
    ConceptArea("roh", "Assessing and planning for the risk of harm") {
      Concept(
        "roh-management-involvement-high",
        "In a high or very high risk of harm case, managers were effectively involved in (oversaw) the risk of harm assessment"
      )
      Concept(
        "roh-analysis-reflects-risk-to-public",
        "The risk of harm analysis accurately reflected the risk to the general public")
      Concept(
        "roh-analysis-identifies-all-at-risk",
        "The risk of harm analysis accurately identified the risk to everyone at risk: children, the public, known adults, staff and prisoners"
      )
      Concept(
        "roh-assessment-completed",
        "A risk of harm assessment (at least a screening) was completed at the start of the sentence or licence"
      )
      Concept(
        "roh-assessment-completed-clear-level",
        "A risk of harm assessment was completed, with a clearly assessed level")
      Concept(
        "roh-classification-accurate",
        "The risk of harm classification was accurate (appropriate to the evidence)")
      Concept("roh-screening-on-time", "The risk of harm screening was done on time")
      Concept("roh-screening-accurate", "The risk of harm screening was completed accurately")
      Concept(
        "roh-other-assessments-used",
        "Assessments by MAPPA and other agencies, where available, informed the risk of harm assessment"
      )
      Concept(
        "roh-full-analysis-completed", "Where required, a full risk of harm analysis was completed")
      Concept(
        "roh-full-analysis-quality", "The full risk of harm analysis was of sufficient quality")
      Concept(
        "roh-victim-issues-in-assessment",
        "The risk of harm assessment covered victims' issues thoroughly")
      Concept(
        "roh-approved-premises-referral-appropriate",
        "A referral to approved premises was appropriate")
      Concept(
        "rmp-comprehensive-community",
        "At the start of a community order the risk management plan was comprehensive")
      Concept("rmp-comprehensive", "The risk management plan was comprehensive")
      Concept(
        "rmp-completed",
        "Where required, a risk management plan was completed at the start of the sentence or on release"
      )
      Concept("rmp-on-time", "The risk management plan was completed on time")
      Concept(
        "restrictive-conditions-proportionate",
        "Restrictive conditions or requirements were proportionate to the risk of harm and to the protection of victims"
      )
      Concept(
        "roh-assessment-quality", "Overall, the risk of harm assessment was of satisfactory quality"
      )
      Concept(
        "roh-mappa-notes-action-plans-meetings-shared",
        "In a MAPPA case, were the notes and action plans of meetings shared with the offender manager and kept on the file?"
      )
      Concept(
        "roh-roh-children-satisfactory-middle-senior-management",
        "Where there was a RoH to children, was there satisfactory middle or senior management involvement?"
      )
      Concept(
        "roh-start-licence-risk-management-plan-comprehensive",
        "At the start of a licence, was the risk management plan comprehensive?")
      Concept(
        "roh-high-very-high-roh-referred-approved",
        "In a high or very high RoH case referred to approved premises, was the referral appropriate?"
      )
      Concept(
        "roh-greater-oversight-needed-protect-public-referred",
        "Where greater oversight was needed to protect the public, was the case referred to approved premises?"
      )
      Concept(
        "roh-content-roh-screening-accurate", "Was the content of the RoH screening accurate?")
      Concept(
        "roh-full-roh-analysis-completed-acceptable-explanation",
        "Where a full RoH analysis was not completed, was an acceptable explanation recorded?")
      Concept(
        "roh-mappa-level-management-made-clear-all",
        "In a MAPPA case, was the level of management made clear to all staff involved?")
      Concept(
        "roh-high-very-high-roh-community-order",
        "In a high or very high RoH community order, was the risk management plan completed within five working days?"
      )
      Concept(
        "roh-full-roh-analysis-completed-time", "Was the full RoH analysis completed on time?")
      Concept(
        "roh-analysis-correctly-identify-who-risk-children",
        "Did the analysis correctly identify who was at risk (children, the general public, known adults)?"
      )
      Concept(
        "roh-relevant-risks-staff-other-prisoners-identified",
        "Where relevant, were risks to staff and other prisoners identified?")
      Concept(
        "roh-assessment-draw-all-available-sources-information",
        "Did the assessment draw on all available sources of information?")
      Concept(
        "roh-previous-relevant-behaviour-considered-taken-account",
        "Was previous relevant behaviour considered and taken into account?")
      Concept(
        "roh-appropriate-format-used-risk-management-plan",
        "Was the appropriate format used for the risk management plan?")
      Concept(
        "roh-plan-accurately-describe-how-objectives-sentence",
        "Did the plan accurately describe how the objectives of the sentence plan and other activities would address RoH issues and protect actual and potential victims?"
      )
      Concept(
        "roh-risk-management-plan-shared-others-involved",
        "Was the risk management plan shared with others involved?")
      Concept(
        "roh-met-criteria-mappa-referred-notified-mappa",
        "Where the case met the criteria for MAPPA, was it referred or notified to MAPPA?")
      Concept(
        "roh-initial-level-mappa-management-appropriate",
        "Was the initial level of MAPPA management appropriate?")
      Concept(
        "roh-proposed-mappa-actions-communicated-all-relevant",
        "Were proposed MAPPA actions communicated to all relevant bodies?")
      Concept(
        "roh-mappa-actions-incorporated-risk-management-sentence",
        "Were MAPPA actions incorporated in the risk management and sentence plans?")
      Concept(
        "roh-presented-roh-managers-effectively-involved-assessment",
        "Where the offender presented a RoH, were managers effectively involved in the assessment and planning?"
      )
      Concept(
        "roh-posed-roh-children-managers-effectively-involved",
        "Where the offender posed a RoH to children, were managers effectively involved?")
      Concept(
        "roh-initial-risk-harm-assessment-satisfactory-quality",
        "Was the initial risk of harm assessment of satisfactory quality?")
      Concept(
        "roh-16-weekly-reviews-risk-harm-assessment",
        "Were the 16-weekly reviews of the risk of harm assessment of satisfactory quality?")
      Concept(
        "roh-risk-harm-assessment-prompted-significant-incident",
        "Was the risk of harm assessment prompted by a significant incident of satisfactory quality?"
      )
      Concept(
        "roh-risk-management-plan-satisfactory-quality-completed",
        "Was a risk management plan of satisfactory quality completed within five working days?")
    }
  }
}
