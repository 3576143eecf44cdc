import InspectionTestSupport
import Testing

@testable import InspectionSupport

/// ``BigInteger`` against the machine's integers where they reach, and against the identities
/// of division (q × d + r = n, |r| < |d|) and the gcd beyond them.
@Suite struct BigIntegerTests {
  @Test func smallValuesAgreeWithInt64() {
    var random = SplitMix64(seed: 1)
    for _ in 0..<2_000 {
      let a = Int64(Int32.random(in: .min ... .max, using: &random))
      let b = Int64(Int32.random(in: .min ... .max, using: &random))
      #expect((BigInteger(a) + BigInteger(b)).int64 == a + b)
      #expect((BigInteger(a) - BigInteger(b)).int64 == a - b)
      #expect((BigInteger(a) * BigInteger(b)).int64 == a * b)
      #expect(BigInteger(a * b).description == String(a * b))
      #expect((BigInteger(a) < BigInteger(b)) == (a < b))
      if b != 0 {
        let division = BigInteger(a).quotientAndRemainder(dividingBy: BigInteger(b))
        #expect(division?.quotient.int64 == a / b)
        #expect(division?.remainder.int64 == a % b)
      }
    }
  }

  @Test func extremesOfInt64() {
    #expect(BigInteger(Int64.min).int64 == Int64.min)
    #expect(BigInteger(Int64.max).int64 == Int64.max)
    #expect((BigInteger(Int64.max) + BigInteger(1)).int64 == nil)
    #expect((BigInteger(Int64.max) + BigInteger(1)).description == "9223372036854775808")
    #expect((-BigInteger(Int64.min)).description == "9223372036854775808")
    #expect(BigInteger(0).description == "0")
    #expect(!(-BigInteger(0)).isNegative)
    #expect(BigInteger(1).quotientAndRemainder(dividingBy: .zero) == nil)
  }

  @Test func powersAndDecimalText() {
    #expect(BigInteger.powerOfTen(0).description == "1")
    #expect(BigInteger.powerOfTen(30).description == "1" + String(repeating: "0", count: 30))
    let twoTo64 = BigInteger(1).shiftedLeft(64)
    #expect(twoTo64.description == "18446744073709551616")
    #expect(twoTo64.bitWidth == 65)
    #expect(twoTo64.shiftedRight(63).int64 == 2)
    #expect((twoTo64 * twoTo64).description == "340282366920938463463374607431768211456")
  }

  /// A random integer of up to `limbs` 32-bit limbs, biased towards the limbs that break
  /// division (all ones, a lone top bit, zero).
  static func random(limbs: Int, using random: inout SplitMix64) -> BigInteger {
    let count = Int.random(in: 1...limbs, using: &random)
    let values = (0..<count).map { _ -> UInt32 in
      switch random.uniform(below: 6) {
      case 0: 0xFFFF_FFFF
      case 1: 0x8000_0000
      case 2: 0
      case 3: 1
      default: UInt32.random(in: 0 ... .max, using: &random)
      }
    }
    return BigInteger(limbs: values, negative: random.uniform(below: 2) == 0)
  }

  @Test func divisionSatisfiesItsIdentity() throws {
    var random = SplitMix64(seed: 2)
    for _ in 0..<9_000 {
      let n = Self.random(limbs: 9, using: &random)
      let d = Self.random(limbs: 5, using: &random)
      guard !d.isZero else { continue }
      let (q, r) = try #require(n.quotientAndRemainder(dividingBy: d))
      #expect(q * d + r == n, "\(n) ÷ \(d)")
      #expect(r.magnitude < d.magnitude, "\(n) ÷ \(d)")
      #expect(r.isZero || r.isNegative == n.isNegative)
      // Sums and differences undo each other.
      #expect(n + d - d == n)
      #expect(n - n == .zero)
    }
  }

  @Test func gcdDividesBothAndLeavesCoprimeQuotients() throws {
    var random = SplitMix64(seed: 11)
    for _ in 0..<500 {
      let common = Self.random(limbs: 3, using: &random)
      let a = Self.random(limbs: 4, using: &random) * common
      let b = Self.random(limbs: 4, using: &random) * common
      guard !a.isZero, !b.isZero else { continue }
      let g = BigInteger.gcd(a, b)
      let (qa, ra) = try #require(a.quotientAndRemainder(dividingBy: g))
      let (qb, rb) = try #require(b.quotientAndRemainder(dividingBy: g))
      #expect(ra.isZero && rb.isZero)
      #expect(BigInteger.gcd(qa, qb) == BigInteger(1))
      #expect(!g.isNegative)
    }
  }
}
