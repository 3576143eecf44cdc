import InspectionDSL

extension FrameworkCatalog {
  /// Concepts of the catalog's area "Criteria" (38).
  static var criteriaConcepts: ConceptArea {
    ConceptArea("criteria", "Criteria") {
      Concept(
        "crit-preparing-for-sentence", "Preparing for sentence: reports that inform sentencing")
      Concept("crit-roh-assessment", "Assessment and planning of the risk of harm to others")
      Concept("crit-lor-assessment", "Assessment of the likelihood of reoffending")
      Concept("crit-engagement-assessment", "Assessment (and planning) of offender engagement")
      Concept("crit-sentence-planning", "Sentence planning")
      Concept("crit-delivering-plan", "Delivering the sentence plan")
      Concept("crit-protecting-public", "Protecting the public by managing the risk of harm")
      Concept("crit-victims", "Work with and for victims")
      Concept("crit-compliance", "Ensuring containment and promoting compliance (Punish)")
      Concept("crit-constructive", "Constructive interventions (Help and Change)")
      Concept("crit-restrictive", "Restrictive interventions (Control)")
      Concept("crit-diversity", "Diversity issues")
      Concept("crit-initial-outcomes", "Achievement of the initial outcomes of the sentence")
      Concept("crit-sustainability", "Sustainability of progress")
      Concept("crit-leadership", "Leadership and planning")
      Concept("crit-performance-targets", "Performance against national and regional targets")
      Concept("crit-resource-deployment", "Resource deployment")
      Concept("crit-workforce", "Workforce planning and development")
      Concept("crit-review-evaluation", "Review and evaluation")
      Concept("crit-commissioning", "Commissioning of services")
      Concept("crit-accessible-services", "Provision of accessible services")
      Concept(
        "crit-lor-assessment-and-planning",
        "Assessment and planning to reduce the likelihood of reoffending (allocation, assessment and the initial sentence plan)"
      )
      Concept(
        "crit-delivering-plan-and-compliance",
        "Delivering the sentence plan, including its Punish element (compliance and enforcement)")
      Concept(
        "crit-diversity-and-engagement", "Managing diversity and maximising offender engagement")
      Concept(
        "crit-minimising-roh",
        "Minimising the risk of harm to others (the Control objective achieved)")
      Concept(
        "crit-reducing-lor",
        "Reducing the likelihood of reoffending (the Help and Change objectives achieved)")
      Concept(
        "crit-case-management",
        "Case management: the supervision plan and the coordination of interventions")
      Concept("crit-iaow-leadership-sentencing", "Leadership and management to support sentencing")
      Concept(
        "crit-iaow-sentence-assessment-and-planning",
        "Assessment and planning to deliver the sentence")
      Concept(
        "crit-iaow-sentence-delivery-and-engagement",
        "Delivery and review of the sentence plan and maximising offender engagement")
      Concept(
        "crit-iaow-leadership-sentence",
        "Leadership and management to deliver the sentence and achieve initial outcomes")
      Concept(
        "crit-iaow-leadership-lor",
        "Leadership and management to reduce the likelihood of reoffending")
      Concept(
        "crit-iaow-leadership-roh", "Leadership and management to minimise risk of harm to others")
      Concept(
        "crit-iaow-victims-assessment",
        "Assessment and planning to minimise risk of harm to victims")
      Concept(
        "crit-iaow-victims-delivery",
        "Delivery of interventions to minimise risk of harm to victims")
      Concept("crit-iaow-victims-harm-minimised", "Risk of harm to victims is minimised")
      Concept(
        "crit-iaow-leadership-victims",
        "Leadership and management to deliver effective work for victims")
      Concept("crit-iaow-victim-contact", "Victim contact and restorative justice")
      Concept(
        "youth-lor-psr", "Reducing the likelihood of reoffending: Pre-sentence reports (PSRs)")
      Concept("youth-lor-assessments", "Reducing the likelihood of reoffending: Assessments")
      Concept("youth-lor-planning", "Reducing the likelihood of reoffending: Planning")
      Concept("youth-roh-psr", "Protecting the public: Pre-sentence reports (PSRs)")
      Concept("youth-roh-assessments", "Protecting the public: Assessments")
      Concept("youth-roh-planning", "Protecting the public: Planning")
      Concept(
        "youth-safeguarding-psr",
        "Protecting the child or young person: Pre-sentence reports (PSRs)")
      Concept("youth-safeguarding-assessments", "Protecting the child or young person: Assessments")
      Concept("youth-safeguarding-planning", "Protecting the child or young person: Planning")
      Concept("youth-lor-outcomes", "Reducing the likelihood of reoffending: Initial outcomes")
      Concept("youth-roh-outcomes", "Protecting the public: Initial outcomes")
      Concept(
        "youth-safeguarding-outcomes", "Protecting the child or young person: Initial outcomes")
      Concept("youth-sentence-served-outcomes", "Ensuring the sentence is served: Initial outcomes")
      Concept("youth-lor-reviews", "Reducing the likelihood of reoffending: Reviews")
      Concept("youth-roh-reviews", "Protecting the public: Reviews")
      Concept("youth-safeguarding-reviews", "Protecting the child or young person: Reviews")
      Concept("youth-roh-oversight", "Protecting the public: Management, supervision and oversight")
      Concept(
        "youth-safeguarding-oversight",
        "Protecting the child or young person: Management, supervision and oversight")
      Concept(
        "youth-engagement", "Engagement of the child or young person and their parents/carers")
      Concept("youth-resources", "Resources available to the case manager")
      Concept("youth-staff-supervision", "Staff supervision and quality assurance")
      Concept("youth-effective-practice", "Effective practice, policies and procedures")
      Concept("youth-training", "Training and skills development of case managers")
    }
  }
}
