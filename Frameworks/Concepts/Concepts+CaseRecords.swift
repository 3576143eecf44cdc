import InspectionDSL

extension FrameworkCatalog {
  /// Concepts of the catalog's area "Case records" (3).
  static var caseRecordsConcepts: ConceptArea {
    ConceptArea("records", "Case records") {
      Concept("engage-rem-recorded", "The race and ethnic monitoring classification was recorded")
      Concept("records-well-organised", "The case record (file) was well organised")
      Concept("records-timely-and-clear", "Information was recorded clearly and in good time")
    }
  }
}
