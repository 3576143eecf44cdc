/// An integer of any size: what ``Rational`` falls back to when a numerator or denominator
/// outgrows 64 bits (the common denominator of many scores' mean can).
///
/// A sign and a magnitude of 32-bit limbs, least significant first, with no leading zero
/// limb (zero has none and is never negative). Only the operations exact scores need:
/// addition, subtraction, multiplication, division with remainder (Knuth's algorithm D),
/// comparison, shifts and the greatest common divisor. Nothing traps: a division by zero is
/// refused by the caller, and sizes are bounded only by memory.
///
/// ```swift
/// let big = BigInteger(1 << 62) * BigInteger(1 << 62)   // 2^124
/// big.quotientAndRemainder(dividingBy: BigInteger(3))
/// ```
package struct BigInteger: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// Whether the value is below zero (never for zero).
  package private(set) var isNegative: Bool
  /// The magnitude, least significant limb first, without leading zero limbs.
  package private(set) var limbs: [UInt32]

  /// Zero.
  package static let zero = BigInteger(limbs: [], negative: false)

  /// The integer `value`.
  package init(_ value: Int64) {
    self.init(magnitude: value.magnitude, negative: value < 0)
  }

  /// The integer `value`.
  package init(_ value: Int) { self.init(Int64(value)) }

  /// The integer with `magnitude` and sign.
  package init(magnitude: UInt64, negative: Bool = false) {
    self.init(
      limbs: [UInt32(truncatingIfNeeded: magnitude), UInt32(truncatingIfNeeded: magnitude >> 32)],
      negative: negative)
  }

  /// The integer with these limbs (leading zeros dropped) and sign.
  init(limbs: [UInt32], negative: Bool) {
    var limbs = limbs
    while limbs.last == 0 { limbs.removeLast() }
    self.limbs = limbs
    self.isNegative = negative && !limbs.isEmpty
  }

  /// Whether the value is zero.
  package var isZero: Bool { limbs.isEmpty }

  /// The value, if it fits an `Int64`.
  package var int64: Int64? {
    guard limbs.count <= 2 else { return nil }
    let magnitude = limbs.enumerated().reduce(UInt64(0)) {
      $0 | UInt64($1.element) << (32 * $1.offset)
    }
    if isNegative {
      if magnitude == UInt64(Int64.max) + 1 { return Int64.min }
      return magnitude <= UInt64(Int64.max) ? -Int64(magnitude) : nil
    }
    return magnitude <= UInt64(Int64.max) ? Int64(magnitude) : nil
  }

  /// The number of bits of the magnitude (0 for zero).
  package var bitWidth: Int {
    guard let top = limbs.last else { return 0 }
    return 32 * limbs.count - top.leadingZeroBitCount
  }

  /// The absolute value.
  package var magnitude: BigInteger { BigInteger(limbs: limbs, negative: false) }

  /// The value with the opposite sign.
  package static prefix func - (value: BigInteger) -> BigInteger {
    BigInteger(limbs: value.limbs, negative: !value.isNegative)
  }

  // MARK: Arithmetic

  package static func + (lhs: BigInteger, rhs: BigInteger) -> BigInteger {
    if lhs.isNegative == rhs.isNegative {
      return BigInteger(limbs: add(lhs.limbs, rhs.limbs), negative: lhs.isNegative)
    }
    switch compare(lhs.limbs, rhs.limbs) {
    case 0: return .zero
    case 1: return BigInteger(limbs: subtract(lhs.limbs, rhs.limbs), negative: lhs.isNegative)
    default: return BigInteger(limbs: subtract(rhs.limbs, lhs.limbs), negative: rhs.isNegative)
    }
  }

  package static func - (lhs: BigInteger, rhs: BigInteger) -> BigInteger { lhs + -rhs }

  package static func * (lhs: BigInteger, rhs: BigInteger) -> BigInteger {
    BigInteger(
      limbs: multiply(lhs.limbs, rhs.limbs), negative: lhs.isNegative != rhs.isNegative)
  }

  /// The quotient rounded toward zero and the remainder (with the dividend's sign), or `nil`
  /// when `divisor` is zero.
  package func quotientAndRemainder(
    dividingBy divisor: BigInteger
  ) -> (quotient: BigInteger, remainder: BigInteger)? {
    guard !divisor.isZero else { return nil }
    let (quotient, remainder) = Self.divide(limbs, by: divisor.limbs)
    return (
      BigInteger(limbs: quotient, negative: isNegative != divisor.isNegative),
      BigInteger(limbs: remainder, negative: isNegative)
    )
  }

  /// The value times 2^`count` (a left shift of the magnitude; `count` ≥ 0).
  package func shiftedLeft(_ count: Int) -> BigInteger {
    BigInteger(limbs: Self.shiftLeft(limbs, by: max(0, count)), negative: isNegative)
  }

  /// The magnitude shifted right by `count` bits (rounded toward zero), with the sign kept.
  package func shiftedRight(_ count: Int) -> BigInteger {
    BigInteger(limbs: Self.shiftRight(limbs, by: max(0, count)), negative: isNegative)
  }

  /// The greatest common divisor of the magnitudes (0 only when both are 0).
  package static func gcd(_ a: BigInteger, _ b: BigInteger) -> BigInteger {
    var a = a.magnitude
    var b = b.magnitude
    while !b.isZero {
      guard let (_, remainder) = a.quotientAndRemainder(dividingBy: b) else { break }
      (a, b) = (b, remainder)
    }
    return a
  }

  /// 10^`exponent` (`exponent` ≥ 0).
  package static func powerOfTen(_ exponent: Int) -> BigInteger {
    var result = BigInteger(1)
    var base = BigInteger(10)
    var exponent = max(0, exponent)
    while exponent > 0 {
      if exponent & 1 == 1 { result = result * base }
      exponent >>= 1
      if exponent > 0 { base = base * base }
    }
    return result
  }

  package static func < (lhs: BigInteger, rhs: BigInteger) -> Bool {
    if lhs.isNegative != rhs.isNegative { return lhs.isNegative }
    let order = compare(lhs.limbs, rhs.limbs)
    return lhs.isNegative ? order > 0 : order < 0
  }

  /// The value in decimal, e.g. `-12345678901234567890`.
  package var description: String {
    guard !isZero else { return "0" }
    // Nine decimal digits at a time.
    var chunks: [UInt32] = []
    var rest = limbs
    while !rest.isEmpty {
      var remainder: UInt64 = 0
      for index in rest.indices.reversed() {
        let current = remainder << 32 | UInt64(rest[index])
        rest[index] = UInt32(current / 1_000_000_000)
        remainder = current % 1_000_000_000
      }
      while rest.last == 0 { rest.removeLast() }
      chunks.append(UInt32(remainder))
    }
    var text = isNegative ? "-" : ""
    text += String(chunks.removeLast())
    for chunk in chunks.reversed() {
      let digits = String(chunk)
      text += String(repeating: "0", count: 9 - digits.count) + digits
    }
    return text
  }

  // MARK: Magnitudes

  /// -1, 0 or 1 as `a` is below, equal to or above `b`.
  static func compare(_ a: [UInt32], _ b: [UInt32]) -> Int {
    if a.count != b.count { return a.count < b.count ? -1 : 1 }
    for index in a.indices.reversed() where a[index] != b[index] {
      return a[index] < b[index] ? -1 : 1
    }
    return 0
  }

  static func add(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
    let (long, short) = a.count >= b.count ? (a, b) : (b, a)
    var result = [UInt32]()
    result.reserveCapacity(long.count + 1)
    var carry: UInt64 = 0
    for index in long.indices {
      let sum = UInt64(long[index]) + (index < short.count ? UInt64(short[index]) : 0) + carry
      result.append(UInt32(truncatingIfNeeded: sum))
      carry = sum >> 32
    }
    if carry > 0 { result.append(UInt32(carry)) }
    return result
  }

  /// `a - b`, for `a` ≥ `b`.
  static func subtract(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
    var result = [UInt32]()
    result.reserveCapacity(a.count)
    var borrow: Int64 = 0
    for index in a.indices {
      var difference = Int64(a[index]) - (index < b.count ? Int64(b[index]) : 0) - borrow
      borrow = difference < 0 ? 1 : 0
      if difference < 0 { difference += 1 << 32 }
      result.append(UInt32(difference))
    }
    while result.last == 0 { result.removeLast() }
    return result
  }

  static func multiply(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
    guard !a.isEmpty, !b.isEmpty else { return [] }
    var result = [UInt32](repeating: 0, count: a.count + b.count)
    for i in a.indices {
      var carry: UInt64 = 0
      let left = UInt64(a[i])
      for j in b.indices {
        // (2^32 - 1)^2 + 2 (2^32 - 1) < 2^64: no overflow.
        let product = left * UInt64(b[j]) + UInt64(result[i + j]) + carry
        result[i + j] = UInt32(truncatingIfNeeded: product)
        carry = product >> 32
      }
      result[i + b.count] = UInt32(carry)
    }
    while result.last == 0 { result.removeLast() }
    return result
  }

  static func shiftLeft(_ a: [UInt32], by count: Int) -> [UInt32] {
    guard !a.isEmpty else { return [] }
    let whole = count / 32
    let bits = count % 32
    var result = [UInt32](repeating: 0, count: whole)
    result.reserveCapacity(whole + a.count + 1)
    if bits == 0 {
      result += a
    } else {
      var carry: UInt32 = 0
      for limb in a {
        result.append(limb << UInt32(bits) | carry)
        carry = limb >> UInt32(32 - bits)
      }
      if carry > 0 { result.append(carry) }
    }
    return result
  }

  static func shiftRight(_ a: [UInt32], by count: Int) -> [UInt32] {
    let whole = count / 32
    let bits = count % 32
    guard whole < a.count else { return [] }
    var result = Array(a[whole...])
    if bits > 0 {
      for index in result.indices {
        let high = index + 1 < result.count ? result[index + 1] << UInt32(32 - bits) : 0
        result[index] = result[index] >> UInt32(bits) | high
      }
    }
    while result.last == 0 { result.removeLast() }
    return result
  }

  /// Quotient and remainder of magnitudes, `divisor` non-zero: Knuth's algorithm D (TAOCP
  /// vol. 2, 4.3.1), as Warren's *Hacker's Delight* writes it for 32-bit digits.
  static func divide(_ dividend: [UInt32], by divisor: [UInt32]) -> ([UInt32], [UInt32]) {
    if compare(dividend, divisor) < 0 { return ([], dividend) }
    if divisor.count == 1 {
      let d = UInt64(divisor[0])
      var quotient = [UInt32](repeating: 0, count: dividend.count)
      var remainder: UInt64 = 0
      for index in dividend.indices.reversed() {
        let current = remainder << 32 | UInt64(dividend[index])
        quotient[index] = UInt32(current / d)
        remainder = current % d
      }
      while quotient.last == 0 { quotient.removeLast() }
      return (quotient, remainder == 0 ? [] : [UInt32(remainder)])
    }
    let n = divisor.count
    let m = dividend.count - n
    let shift = divisor[n - 1].leadingZeroBitCount
    // Normalise so that the divisor's top bit is set; the dividend gains a limb.
    var v = shiftLeft(divisor, by: shift)
    while v.count < n { v.append(0) }
    var u = shiftLeft(dividend, by: shift)
    while u.count < dividend.count + 1 { u.append(0) }
    var quotient = [UInt32](repeating: 0, count: m + 1)
    let base: UInt64 = 1 << 32
    for j in stride(from: m, through: 0, by: -1) {
      let numerator = UInt64(u[j + n]) << 32 | UInt64(u[j + n - 1])
      var qhat = numerator / UInt64(v[n - 1])
      var rhat = numerator % UInt64(v[n - 1])
      while qhat >= base || qhat * UInt64(v[n - 2]) > (rhat << 32 | UInt64(u[j + n - 2])) {
        qhat -= 1
        rhat += UInt64(v[n - 1])
        if rhat >= base { break }
      }
      // Multiply and subtract.
      var borrow: Int64 = 0
      for i in 0..<n {
        let product = qhat * UInt64(v[i])
        let t = Int64(u[i + j]) - borrow - Int64(product & 0xFFFF_FFFF)
        u[i + j] = UInt32(truncatingIfNeeded: t)
        borrow = Int64(product >> 32) - (t >> 32)
      }
      let t = Int64(u[j + n]) - borrow
      u[j + n] = UInt32(truncatingIfNeeded: t)
      quotient[j] = UInt32(truncatingIfNeeded: qhat)
      if t < 0 {
        // Subtracted too much: add back.
        quotient[j] &-= 1
        var carry: Int64 = 0
        for i in 0..<n {
          let sum = Int64(u[i + j]) + Int64(v[i]) + carry
          u[i + j] = UInt32(truncatingIfNeeded: sum)
          carry = sum >> 32
        }
        u[j + n] = UInt32(truncatingIfNeeded: Int64(u[j + n]) + carry)
      }
    }
    while quotient.last == 0 { quotient.removeLast() }
    let remainder = shiftRight(Array(u[0..<n]), by: shift)
    return (quotient, remainder)
  }
}
