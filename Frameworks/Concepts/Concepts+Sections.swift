import InspectionDSL

extension FrameworkCatalog {
  /// Concepts of the catalog's area "Sections" (9).
  static var sectionsConcepts: ConceptArea {
    ConceptArea("sections", "Sections") {
      Concept(
        "sec-assessment-and-planning",
        "Assessment and sentence planning: the work done before and at the start of the sentence")
      Concept("sec-interventions", "Implementation of interventions: delivering the sentence")
      Concept("sec-outcomes", "Achieving and sustaining the planned outcomes of the sentence")
      Concept("sec-leadership", "Leadership and strategic management of the service")
      Concept("sec-iaow-sentencing", "Assisting sentencing")
      Concept("sec-iaow-delivering-sentence", "Delivering the sentence of the court")
      Concept("sec-iaow-reducing-lor", "Reducing the likelihood of reoffending")
      Concept("sec-iaow-protecting-public", "Protecting the public")
      Concept("sec-iaow-victims", "Delivering effective work for victims")
      Concept("youth-management-of-practice", "Youth offending work: management of practice")
      Concept("youth-governance", "Youth offending work: governance and leadership")
    }
  }
}
