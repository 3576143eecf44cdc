import InspectionEvaluator
import InspectionSchema

/// The rows of a side-by-side comparison: items of several frameworks on one row only when a
/// mapping says they measure the same thing.
///
/// Two items share a row when the crosswalk between their frameworks aligns them: both
/// measure one concept exactly, or an `Align` entry says so (``CrosswalkDocument/items``,
/// relation `equal`). A shared id is not enough: OMI 2008's "2.3 Victims" and OMI2's "2.3
/// Delivering constructive interventions" each have their own row. Alignments chain across
/// consecutive frameworks (A→B and B→C put A's and C's items on one row). Overall ratings are
/// never aligned. Rows come in the order sections, headlines, overall ratings, criteria; within
/// a kind, in the order items first appear, framework by framework.
///
/// ```swift
/// let rows = ComparisonRows(columns)
/// rows.rows.first?.items   // [ItemScore?], one per framework
/// ```
public struct ComparisonRows: Sendable {
  /// One row: the item of each framework on it (`nil` where a framework has none).
  public struct Row: Sendable {
    /// The kind of item.
    public var kind: ItemKind
    /// One entry per framework, in column order.
    public var items: [ItemScore?]

    /// The first item on the row, for its id and title.
    public var first: ItemScore? { items.lazy.compactMap { $0 }.first }
  }

  /// The rows, in display order.
  public let rows: [Row]

  /// Rows for `columns`: each column's crosswalks (the last one leads from the previous column)
  /// say which items are aligned.
  public init(_ columns: [FrameworkComparison.Column]) {
    let alignments: [[ItemKind: [String: String]]] = columns.indices.map { index in
      guard index > 0, let crosswalk = columns[index].crosswalks.last else { return [:] }
      let forward =
        crosswalk.from.fingerprint == columns[index - 1].result.framework.fingerprint
        && crosswalk.to.fingerprint == columns[index].result.framework.fingerprint
      guard forward else { return [:] }
      return [
        .criterion: crosswalk.alignedItems(.criterion), .section: crosswalk.alignedItems(.section),
        .headline: crosswalk.alignedItems(.headline),
      ]
    }
    // A grouping (a section declared unscored) has no score to compare: it gets no row.
    self.init(
      items: columns.map { $0.result.items.filter { !$0.isGrouping } },
      aligned: { kind, column, id in
        column + 1 < alignments.count ? alignments[column + 1][kind]?[id] : nil
      })
  }

  /// Rows for each column's `items`, where `aligned(kind, column, id)` names the item of
  /// column `column + 1` aligned with item `id` of column `column`, if any.
  public init(
    items: [[ItemScore]], aligned: (ItemKind, Int, String) -> String?
  ) {
    var rows: [Row] = []
    var placed: [Set<String>] = Array(repeating: [], count: items.count)
    for kind in [ItemKind.section, .headline, .overall, .criterion] {
      for (column, list) in items.enumerated() {
        for item in list where item.kind == kind && !placed[column].contains(item.id) {
          var row = Row(kind: kind, items: Array(repeating: nil, count: items.count))
          row.items[column] = item
          placed[column].insert(item.id)
          var current = item.id
          var next = column + 1
          while kind != .overall, next < items.count,
            let id = aligned(kind, next - 1, current),
            !placed[next].contains(id),
            let twin = items[next].first(where: { $0.kind == kind && $0.id == id })
          {
            row.items[next] = twin
            placed[next].insert(id)
            current = id
            next += 1
          }
          rows.append(row)
        }
      }
    }
    self.rows = rows
  }
}
