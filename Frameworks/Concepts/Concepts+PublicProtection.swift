import InspectionDSL

extension FrameworkCatalog {
  /// Concepts of the catalog's area "Protecting the public" (63).
  static var publicProtectionConcepts: ConceptArea {
    ConceptArea("public", "Protecting the public") {
      Concept(
        "public-roh-reviewed-16-weekly",
        "The risk of harm was reviewed at 16 weeks and at 16-weekly intervals after that")
      Concept(
        "public-roh-reviewed-after-change",
        "Where there was a significant change, the risk of harm assessment was reviewed")
      Concept(
        "public-ongoing-planning",
        "There was ongoing planning to address the risk of harm to those at risk")
      Concept(
        "public-roh-changes-identified-and-acted-on",
        "Potential changes in the risk of harm were identified and addressed")
      Concept(
        "public-roh-changes-anticipated",
        "Changes in the risk of harm were anticipated where feasible")
      Concept(
        "public-roh-changes-identified", "Changes in the risk of harm were identified (swiftly)")
      Concept(
        "public-roh-changes-acted-on",
        "Changes in the risk of harm (risk factors) were acted upon appropriately")
      Concept(
        "public-recall-properly-conducted", "A recall was appropriate and properly carried out")
      Concept(
        "public-recall-explained",
        "A recalled offender was given a clear explanation of the reasons for recall")
      Concept("public-home-visits", "Home visits were used as required to manage the risk of harm")
      Concept(
        "public-home-visits-children",
        "Where there were child safeguarding concerns, home visits were used to monitor them")
      Concept(
        "public-mappa-effective",
        "Multi-agency public protection arrangements (MAPPA) were used effectively to manage the risk of harm"
      )
      Concept("public-mappa-contribution", "Probation staff contributed effectively to MAPPA")
      Concept("public-restrictive-monitored", "Restrictive interventions were monitored fully")
      Concept(
        "public-all-reasonable-action",
        "All reasonable action was taken to keep the risk of harm to a minimum")
      Concept(
        "public-approved-premises-effective",
        "For an approved premises resident, the premises were used effectively as a restrictive intervention"
      )
      Concept(
        "public-licence-conditions-sound",
        "In a licence case, the licence conditions were comprehensive, necessary and proportionate to the risk of harm and likelihood of reoffending"
      )
      Concept(
        "public-licence-conditions-victims",
        "In a licence case, the licence conditions were proportionate to the protection of victims")
      Concept(
        "public-ppo-drug-conditions",
        "In a PPO licence case with drug misuse, appropriate licence conditions were set")
      Concept(
        "public-ppo-enhanced-contact",
        "In a PPO case there was enhanced contact and a pattern of reporting supporting the sentence"
      )
      Concept(
        "public-domestic-abuse-police-information",
        "In a domestic abuse case, the offender manager knew what the police held (call-outs, further incidents)"
      )
      Concept(
        "criterion-protecting-public-overall",
        "Overall, sufficient action was taken to protect the public by minimising the risk of harm")
      Concept(
        "criterion-restrictive-overall",
        "Overall, restrictive interventions were delivered sufficiently")
      Concept(
        "public-roh-reviewed-evidence-ongoing-planning-protect",
        "Where RoH was reviewed, was there evidence of ongoing planning to protect the public?")
      Concept(
        "public-high-very-high-roh-reviews-carried",
        "In a high or very high RoH case, were reviews carried out on time?")
      Concept(
        "public-high-very-high-roh-home-visits",
        "In a high or very high RoH case, were home visits carried out as required?")
      Concept(
        "public-roh-reviewed-within-16-weeks-start",
        "Was RoH reviewed within 16 weeks of the start of the sentence?")
      Concept(
        "public-subsequent-roh-reviews-done-time", "Were subsequent RoH reviews done on time?")
      Concept(
        "public-custody-roh-reviews-done-within-required",
        "In a custody case, were RoH reviews done within the required timescales?")
      Concept(
        "public-custody-manager-supervisor-engage-prison-s",
        "In a custody case, did the offender manager and offender supervisor engage in the prison's internal risk processes?"
      )
      Concept(
        "public-custody-roh-reviewed-preparation-release",
        "In a custody case, was RoH reviewed in preparation for release?")
      Concept(
        "public-custody-roh-reviewed-within-16-weeks",
        "In a custody case, was RoH reviewed within 16 weeks of release?")
      Concept(
        "public-licence-recall-used-needed-manage-roh",
        "In a licence case, was recall used where needed to manage RoH?")
      Concept("public-recall-properly-conducted-2", "Was the recall properly conducted?")
      Concept(
        "public-mappa-manager-contribute-effectively-mappa",
        "In a MAPPA case, did the offender manager contribute effectively to MAPPA?")
      Concept(
        "public-licence-licence-requirements-comprehensive",
        "In a licence case, were the licence requirements comprehensive?")
      Concept(
        "public-licence-licence-requirements-necessary",
        "In a licence case, were the licence requirements necessary?")
      Concept(
        "public-licence-licence-requirements-proportionate-roh-likelihood",
        "In a licence case, were the licence requirements proportionate to the RoH and likelihood of reoffending?"
      )
      Concept(
        "public-mappa-input-other-agencies-effective",
        "In a MAPPA case, was the input of other agencies effective?")
      Concept(
        "public-roh-children-managed-within-multi-agency",
        "Where the RoH to children was managed within multi-agency child safeguarding procedures, did the offender manager and other relevant staff contribute appropriately?"
      )
      Concept(
        "public-multi-agency-child-safeguarding-procedures-effective",
        "Were multi-agency child safeguarding procedures effective?")
      Concept(
        "public-decisions-taken-within-multi-agency-child",
        "Were decisions taken within multi-agency child safeguarding procedures followed through and acted upon?"
      )
      Concept(
        "public-decisions-taken-within-multi-agency-child-2",
        "Were decisions taken within multi-agency child safeguarding procedures clearly recorded?")
      Concept(
        "public-decisions-taken-within-multi-agency-child-3",
        "Were decisions taken within multi-agency child safeguarding procedures reviewed appropriately?"
      )
      Concept(
        "public-mappa-decisions-taken-mappa-clearly-recorded",
        "In a MAPPA case, were the decisions taken by MAPPA clearly recorded, followed through, acted upon and reviewed appropriately?"
      )
      Concept(
        "public-statutory-victim-contact-victim-informed-relevant",
        "In a statutory victim contact case, was the victim informed of relevant events during the offender's sentence?"
      )
      Concept(
        "public-victim-contact-proceeded-manager-exchange-information",
        "Where victim contact proceeded, did the offender manager exchange information with prison staff appropriately?"
      )
      Concept(
        "public-victim-contact-proceeded-regular-accurate-information",
        "Where victim contact proceeded, was there regular and accurate information exchange between the offender manager and the victim liaison officer?"
      )
      Concept(
        "public-required-initial-purposeful-home-visit-carried",
        "Where required, was an initial and purposeful home visit carried out?")
      Concept(
        "public-child-safeguarding-initial-home-visit-made",
        "In a child safeguarding case, was an initial home visit made?")
      Concept(
        "public-classified-high-rosh-initial-home-visit",
        "In a case not classified as high RoSH, was an initial home visit made where it was appropriate to minimise the RoH?"
      )
      Concept(
        "public-community-order-roh-increased-breach-action",
        "In a community order where the RoH increased, was breach action undertaken promptly?")
      Concept(
        "public-breached-given-clear-explanation",
        "Was the breached offender given a clear explanation?")
      Concept(
        "public-efforts-made-re-engage-breached-sentence",
        "Were efforts made to re-engage the breached offender with the sentence plan?")
      Concept(
        "public-licence-recall-necessary-grounds-increased-roh",
        "In a licence case where recall was necessary on the grounds of increased RoH, was the recall action taken promptly?"
      )
      Concept(
        "public-ppo-evidence-enhanced-contact",
        "In a PPO case, was there evidence of enhanced contact?")
      Concept(
        "public-ppo-subject-appropriate-restrictive-interventions",
        "In a PPO case, was the offender subject to appropriate restrictive interventions?")
      Concept(
        "public-high-rosh-effective-management-oversight-quality",
        "In a high RoSH case, was there effective management oversight of the quality of work?")
      Concept(
        "public-child-safeguarding-effective-management-oversight-quality",
        "In a child safeguarding case, was there effective management oversight of the quality of work?"
      )
      Concept(
        "public-probation-s-involvement-child-protection-arrangements",
        "Was probation's involvement in child protection arrangements satisfactory?")
      Concept(
        "public-management-oversight-ongoing-management-satisfactory",
        "Was management oversight of the ongoing case management satisfactory?")
      Concept(
        "public-adequate-inter-agency-risk-management-plan",
        "Was an adequate inter-agency risk management plan produced?")
      Concept(
        "public-inter-agency-risk-management-plan-reviewed",
        "Was the inter-agency risk management plan reviewed comprehensively?")
    }
  }
}
