import InspectionSchema
import InspectionSupport

/// A concept catalog as text or Markdown: its areas, every concept, and which items of which
/// frameworks measure it.
///
/// ```swift
/// print(ConceptCatalogReport.render(catalog, measuredBy: ["roh-screening": ["OMI2@2009 question 1.2.a (exact)"]], as: .text))
/// ```
public enum ConceptCatalogReport {
  /// The catalog in `format` (text or Markdown); `measuredBy` lists, per concept id, the items
  /// that measure it.
  public static func render(
    _ catalog: ConceptCatalogDocument, measuredBy: [String: [String]],
    as format: ReportDocument.Format
  ) -> String {
    var report = ReportDocument(title: "Concept catalog \(catalog.label): \(catalog.title)")
    let used = catalog.concepts.filter { !(measuredBy[$0.id] ?? []).isEmpty }.count
    report.paragraph(
      (catalog.summary.map { $0 + "\n" } ?? "")
        + "\(catalog.concepts.count) concepts in \(catalog.areas.count) areas; \(used) measured "
        + "by a shipped framework.")
    let areas = catalog.areas.map { ($0.id, $0.title) } + [("", "Other concepts")]
    for (area, title) in areas {
      let concepts = catalog.concepts.filter { ($0.area ?? "") == area }
      guard !concepts.isEmpty else { continue }
      report.heading(area.isEmpty ? title : "\(title) (\(area))")
      report.table(
        [.left("CONCEPT"), .left("WHAT IS CHECKED"), .left("MEASURED BY")],
        rows: concepts.map { concept in
          [
            concept.id, concept.text + (concept.note.map { " (\($0))" } ?? ""),
            (measuredBy[concept.id] ?? []).joined(separator: "; "),
          ]
        })
    }
    return report.render(format)
  }
}
