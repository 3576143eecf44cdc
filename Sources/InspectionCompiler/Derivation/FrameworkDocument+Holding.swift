import InspectionSchema

extension FrameworkDocument {
  /// A document holding only `criteria`, in one section: for re-keying lowered criteria.
  static func holding(criteria: [Criterion]) -> FrameworkDocument {
    FrameworkDocument(
      id: "", version: "", title: "", sections: [.init(id: "", title: "", criteria: criteria)])
  }
}
