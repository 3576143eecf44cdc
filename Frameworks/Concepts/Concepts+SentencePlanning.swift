import InspectionDSL

extension FrameworkCatalog {
  /// Concepts of the catalog's area "Sentence planning" (43).
  static var sentencePlanningConcepts: ConceptArea {
    ConceptArea("plan", "Sentence planning") {
      Concept(
        "allocation-on-time",
        "The case was allocated to an offender manager within the required time")
      Concept(
        "plan-understood-requirements-and-breach",
        "The offender understood the requirements of the sentence and the consequences of breach")
      Concept("plan-in-place", "An initial sentence plan was in place")
      Concept(
        "plan-reflects-purpose-of-sentence", "The sentence plan reflected the purpose of sentencing"
      )
      Concept("plan-contact-levels", "The sentence plan detailed planned levels of contact")
      Concept("plan-appointments-enforceable", "Planned appointments were recorded as enforceable")
      Concept("plan-on-time", "The initial sentence plan was completed on time")
      Concept(
        "plan-roles-defined",
        "The roles and responsibilities of all workers involved were clearly defined in the plan")
      Concept(
        "plan-restrictive-conditions-considered",
        "Where needed to minimise the risk of harm, restrictive conditions or requirements were considered and recorded"
      )
      Concept("plan-achievable-change", "The sentence plan focused on achievable change")
      Concept("plan-relevant-goals", "The sentence plan set relevant goals for the offender")
      Concept("plan-clear-shape", "The sentence plan gave a clear shape to supervision")
      Concept(
        "plan-interventions-offending-and-reintegration",
        "The plan identified interventions to address offending behaviour and promote community reintegration"
      )
      Concept(
        "plan-interventions-reintegration-and-roh",
        "The plan identified relevant interventions to promote community reintegration and to reduce or contain the risk of harm"
      )
      Concept(
        "plan-addresses-lor",
        "The plan included objectives or interventions to address the likelihood of reoffending")
      Concept(
        "plan-participation",
        "The offender was given the opportunity to participate actively in the planning process")
      Concept(
        "plan-diversity", "The offender's diverse needs were carried through into the sentence plan"
      )
      Concept(
        "plan-reflects-other-assessments",
        "Assessments by other agencies (MAPPA included) were integrated into the sentence plan")
      Concept(
        "plan-quality-overall",
        "Overall, the initial sentence (supervision) plan was of sufficient quality")
      Concept(
        "plan-steps-taken-ensure-fully-understood-requirements",
        "Had steps been taken to ensure that the offender fully understood the requirements of the sentence?"
      )
      Concept(
        "plan-steps-taken-ensure-understood-penalties-breach",
        "Had steps been taken to ensure that the offender understood the penalties for breach?")
      Concept("plan-allocated-correct-tier", "Was the case allocated to the correct tier?")
      Concept(
        "plan-community-order-plan-plan-outline-how",
        "In a community order with a plan, did the plan outline how the RoH was to be managed?")
      Concept(
        "plan-interventions-properly-sequenced-plan",
        "Were interventions properly sequenced in the plan?")
      Concept(
        "plan-reduction-containment-roh-appropriately-addressed-plan",
        "Was the reduction or containment of RoH appropriately addressed in the plan?")
      Concept("plan-planning-reflect-stated-tier", "Did the planning reflect the stated tier?")
      Concept(
        "plan-tier-3-4-identified-interventions-aimed",
        "In a tier 3 or 4 case, were the identified interventions aimed at addressing offending behaviour?"
      )
      Concept(
        "plan-initial-plan-cover-basic-requirements-national",
        "Did the initial plan cover the basic requirements of the national standard?")
      Concept(
        "plan-relevant-initial-sentence-plan-cross-referenced",
        "Where relevant, was the initial sentence plan cross-referenced to the risk management plan?"
      )
      Concept(
        "plan-custody-clear-which-elements-plan-delivered",
        "In a custody case, was it clear which elements of the plan were to be delivered in custody and which in the community?"
      )
      Concept(
        "plan-national-guidance-allocation-tiering-followed",
        "Was the national guidance on allocation and tiering followed?")
      Concept(
        "plan-guidance-allocation-tiering-followed-appropriate-reason",
        "Where the guidance on allocation or tiering was not followed, was an appropriate reason recorded?"
      )
      Concept(
        "plan-custody-supervisor-allocated-time",
        "In a custody case, was an offender supervisor allocated on time?")
      Concept(
        "plan-isp-prepared-within-required-timescale-appropriate",
        "Was the ISP prepared within the required timescale and appropriate to the purpose of sentencing?"
      )
      Concept(
        "plan-isp-informed-relevant-assessments", "Was the ISP informed by relevant assessments?")
      Concept(
        "plan-isp-contain-outcome-focused-objectives-sequence",
        "Did the ISP contain outcome-focused objectives and sequence objectives and activities logically?"
      )
      Concept(
        "plan-isp-include-objectives-manage-roh",
        "Did the ISP include objectives to manage the RoH?")
      Concept(
        "plan-child-safeguarding-concerns-identified-isp-include",
        "Where child safeguarding concerns had been identified, did the ISP include objectives to manage them?"
      )
      Concept("plan-plan-shared-all-relevant-staff", "Was the plan shared with all relevant staff?")
      Concept(
        "plan-ppo-isp-require-intensive-levels-contact",
        "In a PPO case, did the ISP require intensive levels of contact and interventions?")
      Concept(
        "plan-objectives-initial-supervision-plan-match-s",
        "Did the objectives of the initial supervision plan match the offender's risk and needs?")
      Concept(
        "plan-initial-supervision-plan-contain-smart-objectives",
        "Did the initial supervision plan contain SMART objectives?")
      Concept(
        "plan-liaison-other-agencies-outlined-satisfactorily-oasys",
        "Was liaison with other agencies outlined satisfactorily in OASys at the outset?")
    }
  }
}
