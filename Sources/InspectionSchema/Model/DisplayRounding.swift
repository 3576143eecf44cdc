/// How scores are rounded for display: half away from zero, to a fixed number of decimals.
///
/// Reports show percentages rounded this way (`69.5` → `70`); grade scales whose basis is
/// ``BandingBasis/displayed`` band the same rounded value.
///
/// ```swift
/// DisplayRounding.round(69.6, decimals: 0)     // 70
/// DisplayRounding.format(65.8333, decimals: 1) // "65.8"
/// ```
public enum DisplayRounding {
  /// `value` rounded half away from zero to `decimals` decimal places.
  public static func round(_ value: Double, decimals: Int) -> Double {
    let places = max(0, min(decimals, 9))
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    // Nudge by a relative epsilon so 0.285 (stored as 0.28499999…) rounds as written.
    let scaled = value * scale
    let nudged = scaled + (scaled >= 0 ? 1 : -1) * abs(scaled) * 1e-12
    return nudged.rounded(.toNearestOrAwayFromZero) / scale
  }

  /// `value` rounded and written with exactly `decimals` decimals, e.g. `"65.8"`.
  public static func format(_ value: Double, decimals: Int) -> String {
    let places = max(0, min(decimals, 9))
    let rounded = round(value, decimals: places)
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    let units = (abs(rounded) * scale).rounded()
    let negative = rounded < 0 && units > 0
    let digits = String(Int64(units))
    guard places > 0 else { return (negative ? "-" : "") + digits }
    let padded = String(repeating: "0", count: max(0, places + 1 - digits.count)) + digits
    let split = padded.index(padded.endIndex, offsetBy: -places)
    return (negative ? "-" : "") + padded[..<split] + "." + padded[split...]
  }

  /// A bound or weight written without a needless `.0`: `70`, `0.8`.
  ///
  /// At most 9 decimals are kept, so that the noise of binary arithmetic does not show:
  /// `0.7 + 0.1` (0.7999999999999999) is written `0.8`, and `0.57 * 100` is `57`.
  public static func plain(_ value: Double) -> String {
    let tidy = abs(value) < 1e6 ? (value * 1e9).rounded() / 1e9 : value
    if tidy == tidy.rounded(), abs(tidy) < 1e15 { return String(Int64(tidy)) }
    return String(tidy)
  }
}
