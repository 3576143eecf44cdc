import InspectionSchema

/// Shared measures of the SVG charts: number formatting, text wrapping and the palette.
///
/// Charts are drawn in a 760-unit-wide view box that scales to the page. Text widths are
/// estimated generously (0.56 em a character) so labels wrap before they could overlap.
enum ChartGeometry {
  static let width = 760.0
  static let labelWidth = 236.0
  static let barLeft = 248.0
  static let barWidth = 300.0
  static let annotationLeft = 560.0
  static let fontSize = 12.0
  static let lineHeight = 15.0

  /// The estimated width of `text` at `size` px.
  static func textWidth(_ text: String, size: Double = fontSize) -> Double {
    Double(text.count) * size * 0.56
  }

  /// `text` broken at spaces into lines no wider than `width` (a long word keeps its line).
  static func wrap(_ text: String, width: Double, size: Double = fontSize, bold: Bool = false)
    -> [String]
  {
    let limit = max(1, Int(width / (size * (bold ? 0.64 : 0.56))))
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      if line.isEmpty {
        line = String(word)
      } else if line.count + 1 + word.count <= limit {
        line += " " + word
      } else {
        lines.append(line)
        line = String(word)
      }
    }
    if !line.isEmpty || lines.isEmpty { lines.append(line) }
    return lines
  }

  /// A coordinate with at most one decimal and no needless `.0`.
  static func number(_ value: Double) -> String {
    let text = DisplayRounding.format(value, decimals: 1)
    return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
  }

  /// The x coordinate of a percentage on the bar scale (clamped to 0–100).
  static func x(percent: Double) -> Double {
    barLeft + barWidth * min(max(percent, 0), 100) / 100
  }

  /// Bar fills from the best band (darkest) to the worst (lightest); every bar also has a
  /// dark outline, so its edge keeps a 3:1 contrast with the page whatever the fill.
  static let bandFills = ["#1d4f7c", "#4f86b8", "#a9c8e4", "#e3edf6"]
  /// The fill of a bar without a band.
  static let neutralFill = "#7d8a96"
  /// Outlines, axis and text.
  static let ink = "#1a1a1a"
  static let muted = "#4a4a4a"
  static let grid = "#d9d9d9"
  static let threshold = "#8a1c1c"

  /// The fill for band `rank` (0 = best) of `count` bands.
  static func fill(rank: Int?, count: Int) -> String {
    guard let rank, count > 0 else { return neutralFill }
    if count == 1 { return bandFills[0] }
    let position = Double(rank) / Double(count - 1) * Double(bandFills.count - 1)
    return bandFills[min(bandFills.count - 1, max(0, Int(position.rounded())))]
  }

  /// Fills for the series of a paired chart, told apart also by pattern (see ``PairedBarChart``).
  static let seriesFills = ["#1d4f7c", "#d9822b", "#6c9a3b", "#7a4f9a"]
}
