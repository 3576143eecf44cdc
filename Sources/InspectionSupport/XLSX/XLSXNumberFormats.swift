/// Which cell styles of a workbook show numbers as dates or times, and how their values are
/// written as text: what a cell "says" when the spreadsheet shows `2010-03-01` but stores
/// `40238`.
///
/// A style is a date if its number format is one of the built-in date and time formats
/// (14–22, 27–36, 45–47, 50–58) or a custom format whose code has date or time letters (`d`,
/// `m`, `y`, `h`, `s`, or `AM/PM`) outside quoted text, escapes and brackets — or an elapsed
/// time in brackets (`[h]:mm`).
struct XLSXNumberFormats: Sendable {
  /// Whether the style at each index of `cellXfs` is a date or time.
  private(set) var dateStyles: [Bool] = []
  /// Whether serial numbers count from 1904 (`date1904` in the workbook) instead of 1900.
  var date1904 = false

  /// Reads `styles.xml`: the custom number formats, then each cell style's format.
  init(styles: [UInt8]) throws(XMLError) {
    var scanner = XMLScanner(XMLBytesInput(styles))
    var customDates: [Int: Bool] = [:]
    var inCellXfs = false
    while let event = try scanner.next() {
      switch event {
      case .start("numFmt", let attributes):
        if let id = attributes.value("numFmtId").flatMap({ Int($0) }) {
          customDates[id] = Self.isDateCode(attributes.value("formatCode") ?? "")
        }
      case .start("cellXfs", _): inCellXfs = true
      case .end("cellXfs"): inCellXfs = false
      case .start("xf", let attributes) where inCellXfs:
        let id = attributes.value("numFmtId").flatMap { Int($0) } ?? 0
        dateStyles.append(customDates[id] ?? Self.isBuiltInDate(id))
        try scanner.skipElement()
      default: break
      }
    }
  }

  /// No styles: every number is a number.
  init() {}

  /// Whether style `index` shows dates or times.
  func isDate(style index: Int) -> Bool {
    index >= 0 && index < dateStyles.count && dateStyles[index]
  }

  static func isBuiltInDate(_ id: Int) -> Bool {
    (14...22).contains(id) || (27...36).contains(id) || (45...47).contains(id)
      || (50...58).contains(id)
  }

  /// Whether a custom format code shows a date or time.
  static func isDateCode(_ code: String) -> Bool {
    var inQuotes = false
    var inBrackets = false
    var escaped = false
    var bracketText = ""
    // Only the first section (positive numbers) decides.
    for character in code {
      if escaped {
        escaped = false
        continue
      }
      if inQuotes {
        if character == "\"" { inQuotes = false }
        continue
      }
      if inBrackets {
        if character == "]" {
          inBrackets = false
          let lowered = bracketText.lowercased()
          if !lowered.isEmpty && lowered.allSatisfy({ "hms".contains($0) }) { return true }
        } else {
          bracketText.append(character)
        }
        continue
      }
      switch character {
      case "\\", "_", "*": escaped = true
      case "\"": inQuotes = true
      case "[":
        inBrackets = true
        bracketText = ""
      case ";": return false
      case "d", "D", "m", "M", "y", "Y", "h", "H", "s", "S": return true
      case "A", "a":
        if code.uppercased().contains("AM/PM") || code.uppercased().contains("A/P") { return true }
      default: break
      }
    }
    return false
  }

  /// A number cell's text: dates and times as ISO 8601 for date styles, integers without a
  /// decimal point, other numbers in their shortest exact decimal form; text that is not a
  /// number is returned as it is.
  func text(ofNumber raw: String, style: Int) -> String {
    guard let value = Double(raw), value.isFinite else { return raw }
    if isDate(style: style), value >= 0, value < 2_958_466 {  // up to 9999-12-31
      return Self.dateText(serial: value, date1904: date1904)
    }
    return Self.numberText(value)
  }

  /// `42`, `0.1`, `1e-05`: integers below 10^15 without a decimal point, others as Swift's
  /// shortest round-trip form.
  static func numberText(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 {
      return String(Int64(value))
    }
    return "\(value)"
  }

  /// The ISO 8601 date (`2010-03-01`), time (`13:30:00`) or both of a serial number.
  static func dateText(serial: Double, date1904: Bool) -> String {
    var seconds = (serial * 86_400).rounded()
    var days = Int((seconds / 86_400).rounded(.down))
    seconds -= Double(days) * 86_400
    let time = Int(seconds)
    let clock =
      pad(time / 3600) + ":" + pad(time / 60 % 60) + ":" + pad(time % 60)
    if days == 0 && !date1904 && time > 0 { return clock }
    let date: String
    if date1904 {
      date = civilDate(daysSince1970: days - 24_107)
    } else if days == 60 {
      date = "1900-02-29"  // Excel's day that never was (Lotus 1-2-3's leap year)
    } else {
      if days < 60 { days += 1 }
      date = civilDate(daysSince1970: days - 25_569)
    }
    return time == 0 ? date : date + "T" + clock
  }

  private static func pad(_ number: Int) -> String {
    number < 10 ? "0\(number)" : String(number)
  }

  /// `YYYY-MM-DD` of a day counted from 1970-01-01 (H. Hinnant's `civil_from_days`).
  private static func civilDate(daysSince1970 days: Int) -> String {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthPrime = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthPrime + 2) / 5 + 1
    let month = monthPrime < 10 ? monthPrime + 3 : monthPrime - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    let yearText = String(year)
    return String(repeating: "0", count: max(0, 4 - yearText.count)) + yearText + "-"
      + pad(month) + "-" + pad(day)
  }
}
