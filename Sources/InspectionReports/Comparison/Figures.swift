import InspectionEvaluator
import InspectionSchema
import InspectionSupport

/// Number formatting shared by the comparison reports.
enum Figures {
  /// A score with the framework's decimals and `%`, or `–` when undefined.
  static func percent(_ value: Double?, decimals: Int, kind: ItemKind = .criterion) -> String {
    guard let value else { return "–" }
    if kind == .overall { return DisplayRounding.format(value, decimals: 1) }
    return DisplayRounding.format(value, decimals: decimals) + "%"
  }

  /// A signed change with one decimal, e.g. `+4.2` or `-0.5`; `–` when undefined.
  static func change(_ value: Double?) -> String {
    guard let value else { return "–" }
    let text = DisplayRounding.format(value, decimals: 1)
    return value >= 0 && !text.hasPrefix("-") ? "+" + text : text
  }

  /// A p-value with four decimals, or `< 0.0001`.
  static func pValue(_ value: Double?) -> String {
    guard let value else { return "–" }
    return value < 0.0001 ? "<0.0001" : DisplayRounding.format(value, decimals: 4)
  }

  /// A JSON number, or null.
  static func json(_ value: Double?) -> JSONValue {
    value.map { .number($0) } ?? .null
  }
}
