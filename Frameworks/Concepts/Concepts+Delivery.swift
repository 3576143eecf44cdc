import InspectionDSL

extension FrameworkCatalog {
  /// Concepts of the catalog's area "Delivering the sentence" (54).
  static var deliveryConcepts: ConceptArea {
    ConceptArea("deliver", "Delivering the sentence") {
      Concept(
        "deliver-prepare-for-interventions",
        "Arrangements were in place to prepare the offender thoroughly for interventions")
      Concept(
        "deliver-requirements-implemented",
        "The requirements of the sentence had been fully implemented (interventions delivered as the sentence requires)"
      )
      Concept(
        "deliver-licence-builds-on-custody",
        "In a licence case, work in the community built on activity in custody")
      Concept(
        "deliver-plan-reviewed-on-time",
        "The sentence plan (progress against objectives) was reviewed within the required timescale"
      )
      Concept(
        "deliver-work-flows-from-plan",
        "The plan gave a clear direction to the sentence, with the work flowing from it")
      Concept(
        "deliver-review-integrates-other-plans",
        "The review of the plan integrated other plans (MAPPA, risk management, child protection)")
      Concept(
        "deliver-prison-om-joint-work",
        "In the custodial phase, prison staff and the offender manager worked together to prepare the offender for release"
      )
      Concept(
        "deliver-transfer-appointment-timely",
        "In a case transferred in, an appointment was offered promptly")
      Concept(
        "deliver-transfer-appointment-five-days",
        "In a case transferred in, the offender was seen within five working days")
      Concept(
        "deliver-transfer-documents",
        "In a case transferred in, up-to-date assessments and planning documents were received")
      Concept(
        "deliver-prison-moves-notified",
        "In a custody case, the offender manager was told when the prisoner moved to another establishment"
      )
      Concept(
        "deliver-coordination",
        "The offender manager oversaw and coordinated the input of all workers in the case")
      Concept(
        "deliver-resources-match-roh",
        "The resources allocated were consistent with the offender's risk of harm")
      Concept(
        "deliver-resources-match-lor",
        "The resources allocated were consistent with the likelihood of reoffending")
      Concept(
        "criterion-delivering-plan-overall",
        "Overall, the work in delivering the sentence plan was sufficient")
      Concept(
        "deliver-arrangements-place-reinforce-interventions-afterwards",
        "Were arrangements in place to reinforce interventions afterwards?")
      Concept(
        "deliver-more-one-requirement-interventions-appropriately-sequenced",
        "Where there was more than one requirement, were the interventions appropriately sequenced?"
      )
      Concept(
        "deliver-work-flow-coherently-reviewed-plan",
        "Did work with the offender flow coherently from the reviewed plan?")
      Concept(
        "deliver-reviewed-plan-contain-objectives-milestones-giving",
        "Did the reviewed plan contain objectives and milestones giving a clear direction to supervision?"
      )
      Concept(
        "deliver-transferred-another-area-roh-management-plan",
        "In a case transferred in from another area, were the RoH management plan and a home visit completed within the required timescales?"
      )
      Concept(
        "deliver-transferred-another-area-received-up-date",
        "In a case transferred in from another area, was the case received with an up-to-date OASys assessment?"
      )
      Concept(
        "deliver-custody-report-prepared-clear-thorough-completed",
        "Where a custody report was prepared, was it clear, thorough and completed within the required timescale?"
      )
      Concept("deliver-sentence-plan-reviewed", "Was the sentence plan reviewed?")
      Concept(
        "deliver-expectations-s-behaviour-responsibilities-rights-fully",
        "Were the expectations on the offender's behaviour, and their responsibilities and rights, fully explained?"
      )
      Concept(
        "deliver-custody-manager-contribute-sentence-planning-boards",
        "In a custody case, did the offender manager contribute to sentence planning boards?")
      Concept(
        "deliver-custody-interventions-delivered-custody-prepare-release",
        "In a custody case, were interventions delivered in custody to prepare the offender for release?"
      )
      Concept(
        "deliver-frequency-contact-take-full-account-assessed",
        "Did the frequency of contact take full account of the assessed likelihood of reoffending?")
      Concept(
        "deliver-frequency-contact-promote-achievement-sentence-plan",
        "Did the frequency of contact promote the achievement of sentence plan objectives?")
      Concept(
        "deliver-interventions-delivered-line-objectives-sentence-plan",
        "Were interventions delivered in line with the objectives of the sentence plan and sequenced according to the RoH and likelihood of reoffending?"
      )
      Concept(
        "deliver-interventions-delivered-time-relation-roh",
        "Were interventions delivered on time in relation to the RoH?")
      Concept(
        "deliver-interventions-delivered-time-relation-likelihood-reoffending",
        "Were interventions delivered on time in relation to the likelihood of reoffending?")
      Concept(
        "deliver-general-offending-behaviour-programme-required-instructed",
        "Where a general offending behaviour programme was required, was the offender instructed to start it within six weeks of sentence or release?"
      )
      Concept(
        "deliver-resources-commensurate-purpose-sentence",
        "Were resources commensurate with the purpose of the sentence?")
      Concept(
        "deliver-resources-meet-relevant-diversity-needs",
        "Did the resources meet relevant diversity needs?")
      Concept(
        "deliver-delivery-sentence-plan-objectives-supported-good",
        "Was the delivery of sentence plan objectives supported by good communication between the offender manager and other workers?"
      )
      Concept(
        "deliver-breach-action-recall-required-taken-appropriate",
        "Where breach action or recall was required, was it taken as appropriate?")
      Concept(
        "deliver-breach-action-recall-instigated-within-required",
        "Was the breach action or recall instigated within the required timescale?")
      Concept(
        "deliver-breach-action-recall-resolved-within-required",
        "Was the breach action or recall resolved within the required timescale?")
      Concept(
        "deliver-unpaid-work-placement-take-account-s",
        "In an unpaid work case, did the placement take account of the offender's assessed RoH?")
      Concept(
        "deliver-unpaid-work-opportunity-arose-s-development",
        "In an unpaid work case, where an opportunity arose, was the offender's development of skills or educational attainment taken into account?"
      )
      Concept(
        "deliver-assessment-likelihood-reoffending-reviewed-time",
        "Was the assessment of the likelihood of reoffending reviewed on time?")
      Concept("deliver-roh-assessment-reviewed-time", "Was the RoH assessment reviewed on time?")
      Concept(
        "deliver-significant-change-circumstances-occurred-assessment-updated",
        "Where a significant change in circumstances occurred, was the assessment updated?")
      Concept(
        "deliver-review-plan-prioritisation-objectives-informed-review",
        "Were the review of the plan and the prioritisation of objectives informed by the review of the likelihood of reoffending and RoH?"
      )
      Concept(
        "deliver-following-change-s-circumstances-sentence-plan",
        "Following a change in the offender's circumstances, was the sentence plan updated?")
      Concept(
        "deliver-participate-sentence-plan-review",
        "Did the offender participate in the sentence plan review?")
      Concept(
        "deliver-medium-high-roh-transferred-transferring-area",
        "Where a medium or high RoH offender transferred in, did the transferring area provide an up-to-date risk management plan?"
      )
      Concept(
        "deliver-medium-high-roh-transferred-risk-management",
        "Where a medium or high RoH offender transferred in, was the risk management plan promptly updated by the new area or unit?"
      )
      Concept(
        "deliver-high-roh-community-transferred-home-visit",
        "Where a high RoH offender in the community transferred in, was a home visit made within ten days of notification of the change of address?"
      )
      Concept(
        "deliver-all-relevant-documentation-present-record",
        "Was all relevant documentation present in the case record?")
      Concept(
        "deliver-supervision-plan-reviews-contain-smart-objectives",
        "Did the supervision plan reviews contain SMART objectives?")
      Concept(
        "deliver-additional-requirements-order-licence-adequately-implemented",
        "Were the additional requirements of the order or licence adequately implemented?")
      Concept(
        "deliver-liaison-between-probation-staff-others-delivering",
        "Was liaison between probation staff and others delivering interventions satisfactory?")
      Concept(
        "deliver-risk-management-plan-mappa-work-integrated",
        "Were the risk management plan and MAPPA work integrated into the supervision plan reviews?"
      )
      Concept(
        "deliver-interventions-overall",
        "Overall, the work in delivering interventions was sufficient (the Appendix 3 listing of OMI 2006)"
      )
    }
  }
}
