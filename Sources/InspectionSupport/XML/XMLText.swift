/// Escaping for XML written by hand: text content and attribute values.
///
/// Characters XML 1.0 cannot hold (control characters other than tab, line feed and carriage
/// return) are dropped.
///
/// ```swift
/// XMLText.escape("a < b & c")            // "a &lt; b &amp; c"
/// XMLText.escapeAttribute("say \"hi\"\n")   // "say &quot;hi&quot;&#10;"
/// ```
public enum XMLText {
  /// `text` escaped for element content.
  public static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
      default:
        if isAllowed(scalar) { result.unicodeScalars.append(scalar) }
      }
    }
    return result
  }

  /// `text` escaped for an attribute value in double quotes; tabs and line breaks are kept
  /// as character references, which attribute-value normalisation leaves alone.
  public static func escapeAttribute(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "\t": result += "&#9;"
      case "\n": result += "&#10;"
      case "\r": result += "&#13;"
      default:
        if isAllowed(scalar) { result.unicodeScalars.append(scalar) }
      }
    }
    return result
  }

  private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return value >= 0x20 && value != 0xFFFE && value != 0xFFFF
  }
}
