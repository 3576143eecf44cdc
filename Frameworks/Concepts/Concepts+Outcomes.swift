import InspectionDSL

extension FrameworkCatalog {
  /// Concepts of the catalog's area "Outcomes" (46).
  static var outcomesConcepts: ConceptArea {
    ConceptArea("outcomes", "Outcomes") {
      Concept(
        "outcome-no-further-offence",
        "The offender was neither cautioned nor convicted of an offence since the start of the sentence"
      )
      Concept(
        "outcome-no-reconviction",
        "The offender was not convicted of an offence since the start of the sentence")
      Concept("outcome-frequency-reduced", "The frequency of offending had reduced")
      Concept("outcome-seriousness-reduced", "The seriousness of offending had reduced")
      Concept("outcome-punish-achieved", "The punish objective of the sentence was achieved")
      Concept("outcome-help-achieved", "The help objective of the sentence was achieved")
      Concept(
        "outcome-change-achieved",
        "In a tier 3 or 4 case, the change objective of the sentence was achieved")
      Concept("outcome-control-achieved", "The control objective of the sentence was achieved")
      Concept(
        "outcome-resources-efficient",
        "Resources were used efficiently (effectively) to achieve the planned outcomes")
      Concept("outcome-oasys-score-improved", "Where OASys was rescored, the score had improved")
      Concept(
        "outcome-priority-factor-progress",
        "There was progress on the factor most closely linked to offending")
      Concept(
        "outcome-second-factor-progress",
        "There was progress on the second priority factor linked to offending")
      Concept(
        "outcome-third-factor-progress",
        "There was progress on the third priority factor linked to offending")
      Concept("outcome-learning-applied", "Learning outcomes or skills had been applied")
      Concept(
        "outcome-attitude-changed",
        "The offender's offending-related attitude had changed for the better")
      Concept(
        "outcome-behaviour-changed",
        "The offender's offending-related behaviour had changed for the better")
      Concept(
        "outcome-om-changes-no-harm", "Changes of offender manager did not harm the progress made")
      Concept(
        "outcome-plan-priority",
        "Structured sentence planning was given sufficient priority throughout the sentence")
      Concept(
        "outcome-long-term-reintegration",
        "Long-term community reintegration issues were sufficiently considered")
      Concept(
        "outcome-community-organisations",
        "The offender was made aware of, and encouraged to engage with, community organisations for continuing needs"
      )
      Concept(
        "criterion-initial-outcomes-overall",
        "Overall, the planned objectives had been efficiently achieved")
      Concept(
        "criterion-sustainability-overall", "Overall, the results were capable of being sustained")
      Concept(
        "outcomes-domestic-abuse-appropriate-monitoring-response-further",
        "In a domestic abuse case, was there appropriate monitoring for and response to further incidents?"
      )
      Concept(
        "outcomes-sentence-brought-some-direct-benefit-community",
        "Had the sentence brought some direct benefit to the community, such as unpaid work?")
      Concept(
        "outcomes-demonstrable-benefit-community-sentence-such-reduced",
        "Was there a demonstrable benefit to the community from the sentence, such as reduced seriousness or frequency of offending or a reduced threat to victims?"
      )
      Concept(
        "outcomes-tier-2-3-4-receive-sufficient",
        "In a tier 2, 3 or 4 case, did the offender receive sufficient help?")
      Concept(
        "outcomes-tier-4-sufficiently-controlled-during-sentence",
        "In a tier 4 case, was the offender sufficiently controlled during the sentence?")
      Concept(
        "outcomes-s-attitudes-behaviour-improved",
        "Had the offender's attitudes or behaviour improved?")
      Concept("outcomes-oasys-re-scored", "Had OASys been re-scored?")
      Concept(
        "outcomes-ppo-resources-allocated-consistent",
        "In a PPO case, were the resources allocated consistent with the case?")
      Concept(
        "outcomes-three-more-managers-changes-adversely-affected",
        "Where there had been three or more offender managers, had the changes not adversely affected sustaining progress?"
      )
      Concept(
        "outcomes-sentence-delivered-intended-sentencing-court",
        "Had the sentence been delivered as intended by the sentencing court?")
      Concept(
        "outcomes-every-effort-made-promote-compliance",
        "Had every effort been made to promote the compliance of the offender?")
      Concept(
        "outcomes-enforcement-action-required-undertaken-effectively",
        "Where enforcement action was required, was it undertaken effectively?")
      Concept(
        "outcomes-avoided-caution-offence-since-sentence",
        "Has the offender avoided a caution for an offence since sentence?")
      Concept(
        "outcomes-sentence-plan-objectives-achieved-fully-partially",
        "Had the sentence plan objectives been achieved, fully or partially?")
      Concept(
        "outcomes-sentence-plan-objectives-fully-achieved",
        "Had the sentence plan objectives been fully achieved?")
      Concept(
        "outcomes-terminated-early-good-progress-termination-appropriate",
        "Where the case was terminated early for good progress, was the termination appropriate?")
      Concept(
        "outcomes-delivery-management-support-achievement-planned-outcomes",
        "Did the delivery of offender management support the achievement of planned outcomes?")
      Concept(
        "outcomes-approved-premises-resident-level-restriction-imposed",
        "For an approved premises resident, had the level of restriction imposed contributed to the management of the RoH?"
      )
      Concept(
        "outcomes-child-safeguarding-concerns-identified-multi-agency",
        "Where child safeguarding concerns had been identified, had multi-agency work contributed effectively to the management of the RoH?"
      )
      Concept(
        "outcomes-evidence-positive-change-s-lifestyle",
        "Was there evidence of positive change in the offender's lifestyle?")
      Concept(
        "outcomes-appropriate-clear-exit-strategy-cover-end",
        "Where appropriate, was there a clear exit strategy to cover the end of the sentence?")
      Concept(
        "outcomes-progress-made-relation-learning-skill-development",
        "Had progress been made in relation to learning and skill development?")
      Concept(
        "outcomes-relevant-gained-qualification-related-learning-skill",
        "Where relevant, had the offender gained a qualification related to learning and skill development?"
      )
      Concept("outcomes-employment", "Was the offender in employment?")
    }
  }
}
