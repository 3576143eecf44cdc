import InspectionSupport

/// How scores are rounded for display: half away from zero, to a fixed number of decimals
/// (0 to 9), applied to the exact score.
///
/// Reports show percentages rounded this way (`69.5` → `70`, `-0.285` → `-0.29`, 2/3 of 100
/// to two decimals → `66.67`); grade scales whose basis is ``BandingBasis/displayed`` band
/// the same rounded value. A score is a ``Rational`` and is rounded exactly; a `Double` is
/// rounded as the decimal it is written as (`0.285` → `0.29`, though the binary number
/// nearest 0.285 lies just below it).
///
/// ```swift
/// DisplayRounding.round(69.6, decimals: 0)                   // 70
/// DisplayRounding.format(65.8333, decimals: 1)               // "65.8"
/// DisplayRounding.format(Rational(200, 3)!, decimals: 2)     // "66.67"
/// ```
public enum DisplayRounding {
  /// The decimals actually used for `decimals`: clamped to 0…9.
  public static func places(_ decimals: Int) -> Int { max(0, min(decimals, 9)) }

  /// `value` rounded half away from zero to `decimals` decimal places, exactly.
  public static func round(_ value: Rational, decimals: Int) -> Rational {
    value.rounded(decimals: places(decimals))
  }

  /// `value` rounded and written with exactly `decimals` decimals, e.g. `"65.83"`; a negative
  /// value that rounds to zero is written without a sign.
  public static func format(_ value: Rational, decimals: Int) -> String {
    value.formatted(decimals: places(decimals))
  }

  /// `value`, read as the decimal it is written as, rounded half away from zero to
  /// `decimals` decimal places (a non-finite value is returned as it is).
  public static func round(_ value: Double, decimals: Int) -> Double {
    guard let exact = Rational(decimal: value) else { return value }
    return round(exact, decimals: decimals).doubleValue
  }

  /// `value`, read as the decimal it is written as, rounded and written with exactly
  /// `decimals` decimals, e.g. `"65.8"` (`"—"` when it is not finite).
  public static func format(_ value: Double, decimals: Int) -> String {
    guard let exact = Rational(decimal: value) else { return "—" }
    return format(exact, decimals: decimals)
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

  /// An exact weight, share, bound or number of points written as a decimal without a
  /// needless `.0` (`0.8`, `3`, `62.5`), rounded half away from zero to 9 decimals when it
  /// has more.
  public static func plain(_ value: Rational) -> String {
    value.plain(maximumDecimals: 9)
  }
}
