import InspectionDSL

extension FrameworkCatalog {
  /// Concepts of the catalog's area "Compliance and enforcement" (21).
  static var complianceConcepts: ConceptArea {
    ConceptArea("comply", "Compliance and enforcement") {
      Concept(
        "comply-induction", "A full and timely induction took place after sentence or release")
      Concept("comply-contact-frequency", "The frequency of contact met the national standard")
      Concept(
        "comply-contact-facilitates-requirements",
        "The frequency of contact was sufficient to facilitate the requirements of the sentence")
      Concept(
        "comply-contact-meets-roh", "The frequency of contact took full account of the risk of harm"
      )
      Concept(
        "comply-unpaid-work-benefit",
        "In an unpaid work case, the work was of benefit to the community")
      Concept(
        "comply-unpaid-work-placement",
        "In an unpaid work case, the placement was matched to the offender, demanding and of benefit to the community"
      )
      Concept("comply-attendance-monitored", "Attendance across all interventions was monitored")
      Concept(
        "comply-action-to-support-compliance",
        "Effective action was taken to support and secure compliance")
      Concept(
        "comply-absence-judgements",
        "Judgements about the acceptability of absences were consistent and appropriate")
      Concept(
        "comply-breach-on-time",
        "Where required, breach action was taken within the required timescale")
      Concept(
        "comply-breach-resolved", "Breach proceedings were resolved within the required timescale")
      Concept(
        "comply-pre-release-contact",
        "Before release there was sufficient contact with the prisoner to promote offender management in the community"
      )
      Concept(
        "comply-requirements-complied",
        "The offender complied with (abided by) the requirements of the sentence")
      Concept(
        "criterion-compliance-overall",
        "Overall, the work to ensure containment and promote compliance was sufficient")
      Concept(
        "comply-unpaid-work-frequency-sessions-conform-national",
        "In an unpaid work case, did the frequency of sessions conform to the national standard?")
      Concept(
        "comply-unpaid-work-placement-positively-matched",
        "In an unpaid work case, was the placement positively matched to the offender?")
      Concept(
        "comply-unpaid-work-placement-suitably-demanding",
        "In an unpaid work case, was the placement suitably demanding?")
      Concept(
        "comply-record-completed-timely-manner", "Was the case record completed in a timely manner?"
      )
      Concept("comply-contacts-clearly-recorded", "Were contacts clearly recorded?")
      Concept(
        "comply-custody-satisfactory-arrangements-place-restrict-s",
        "In a custody case, were satisfactory arrangements in place to restrict the offender's liberty during the custodial period?"
      )
      Concept(
        "comply-electronic-monitoring-used-effective-liaison-monitoring",
        "Where electronic monitoring was used, was there effective liaison with the monitoring provider?"
      )
    }
  }
}
