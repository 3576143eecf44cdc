/// Text compared as people read it: trimmed of white space and in Unicode Normalization Form C.
///
/// The same name can be typed or exported as different bytes: `é` precomposed (NFC, one
/// scalar) or decomposed (NFD, `e` and a combining accent, as macOS file systems and some
/// spreadsheets write it), with a trailing space or a no-break space from a copy and paste.
/// Identifiers that must be unique (case ids) are compared by ``key(_:)``, so such variants
/// count as one.
///
/// ```swift
/// NormalisedText.key(" Am\u{E9}lie ") == NormalisedText.key("Ame\u{301}lie")   // true
/// ```
public enum NormalisedText {
  /// `text` without leading and trailing white space (Unicode's White_Space property), in NFC.
  public static func key(_ text: String) -> String {
    nfc(trimmingWhitespace(text))
  }

  /// `text` without leading and trailing white space (Unicode's White_Space property).
  public static func trimmingWhitespace(_ text: String) -> String {
    let scalars = text.unicodeScalars
    guard let first = scalars.first, let last = scalars.last,
      first.properties.isWhitespace || last.properties.isWhitespace
    else { return text }
    var start = scalars.startIndex
    var end = scalars.endIndex
    while start < end, scalars[start].properties.isWhitespace { scalars.formIndex(after: &start) }
    while end > start {
      let before = scalars.index(before: end)
      guard scalars[before].properties.isWhitespace else { break }
      end = before
    }
    return String(scalars[start..<end])
  }

  /// `text` in Unicode Normalization Form C (canonical composition); ASCII is returned as is.
  public static func nfc(_ text: String) -> String {
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
    // The standard library's own normaliser, the one String equality and hashing use.
    return String(decoding: text._nfcCodeUnits, as: UTF8.self)
  }
}
