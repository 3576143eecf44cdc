import Testing

@testable import InspectionSchema

@Suite("DisplayRounding")
struct DisplayRoundingTests {
  @Test("round is half away from zero, as the value is written")
  func round() {
    let table: [(Double, Int, Double)] = [
      (69.5, 0, 70.0), (69.4999, 0, 69.0), (69.6, 0, 70.0), (70.5, 0, 71.0), (2.5, 0, 3.0),
      (0.5, 0, 1.0), (-0.5, 0, -1.0), (-69.5, 0, -70.0), (-2.5, 0, -3.0), (-2.4, 0, -2.0),
      (0.285, 2, 0.29), (-0.285, 2, -0.29), (1.005, 2, 1.01), (65.8333, 1, 65.8),
      (65.85, 1, 65.9), (66.666666, 2, 66.67), (100, 0, 100), (0, 3, 0),
    ]
    for (value, decimals, expected) in table {
      #expect(DisplayRounding.round(value, decimals: decimals) == expected, "\(value), \(decimals)")
    }
  }

  @Test("format writes exactly the requested decimals")
  func format() {
    let table: [(Double, Int, String)] = [
      (69.5, 0, "70"), (69.6, 0, "70"), (69.4, 0, "69"), (0.285, 2, "0.29"),
      (-0.285, 2, "-0.29"), (-69.5, 0, "-70"), (65.8333, 1, "65.8"), (5, 2, "5.00"),
      (0.05, 1, "0.1"), (0.04, 1, "0.0"), (100, 0, "100"), (1.005, 2, "1.01"),
      (72.2222, 2, "72.22"), (0.001, 3, "0.001"), (-0.001, 3, "-0.001"),
      // A negative value that rounds to zero is written without a sign.
      (-0.004, 2, "0.00"), (-0.4, 0, "0"),
      // Decimals are clamped to 0…9.
      (1.23456, -1, "1"), (0.1234567891234, 12, "0.123456789"),
    ]
    for (value, decimals, expected) in table {
      #expect(
        DisplayRounding.format(value, decimals: decimals) == expected, "\(value), \(decimals)")
    }
  }

  @Test("plain writes bounds and weights without a needless .0 or binary noise")
  func plain() {
    let table: [(Double, String)] = [
      (70, "70"), (0.8, "0.8"), (-3, "-3"), (0, "0"), (69.5, "69.5"), (1.25, "1.25"),
      (0.7 + 0.1, "0.8"), (0.1 + 0.2, "0.3"), (0.57 * 100, "57"), (-0.0, "0"),
      (123456.5, "123456.5"), (1e20, "1e+20"),
    ]
    for (value, expected) in table {
      #expect(DisplayRounding.plain(value) == expected, "\(value)")
    }
  }
}

@Suite("Bands")
struct BandTests {
  typealias Band = FrameworkDocument.Band

  static let priority = Band(
    id: "priority", label: "Priority", lower: .atLeast(60), upper: .below(70))
  static let openClosed = Band(id: "oc", label: "OC", lower: .above(60), upper: .atMost(70))

  @Test("contains honours inclusive and exclusive bounds")
  func contains() {
    let table: [(Band, Double, Bool)] = [
      (Self.priority, 60, true), (Self.priority, 59.999, false), (Self.priority, 69.999, true),
      (Self.priority, 70, false), (Self.priority, 65, true),
      (Self.openClosed, 60, false), (Self.openClosed, 60.001, true), (Self.openClosed, 70, true),
      (Self.openClosed, 70.001, false),
      (Band(id: "top", label: "Top", lower: .atLeast(70)), 1000, true),
      (Band(id: "top", label: "Top", lower: .atLeast(70)), 69.99, false),
      (Band(id: "bottom", label: "Bottom", upper: .below(60)), -1000, true),
      (Band(id: "bottom", label: "Bottom", upper: .below(60)), 60, false),
      (Band(id: "any", label: "Any"), 0, true),
      (Band(id: "point", label: "Point", lower: .atLeast(50), upper: .atMost(50)), 50, true),
    ]
    for (band, value, expected) in table {
      #expect(band.contains(value) == expected, "\(band.id) \(band.boundsDescription) at \(value)")
    }
  }

  @Test func boundsDescription() {
    #expect(Self.priority.boundsDescription == "≥ 60 and < 70")
    #expect(Self.openClosed.boundsDescription == "> 60 and ≤ 70")
    #expect(Band(id: "a", label: "A", lower: .atLeast(69.5)).boundsDescription == "≥ 69.5")
    #expect(Band(id: "a", label: "A").boundsDescription == "any value")
  }

  static func conclusion(_ basis: BandingBasis) -> FrameworkDocument.GradeScale {
    .init(
      id: "conclusion", title: "OMI conclusions", basis: basis,
      bands: [
        Band(id: "good", label: "Good", lower: .atLeast(70)),
        Band(
          id: "priority", label: "Priority for improvement", lower: .atLeast(60),
          upper: .below(70)),
        Band(id: "urgent", label: "Urgent priority", upper: .below(60)),
      ])
  }

  @Test("docs/scoring.md §4: the raw value or the displayed value is banded, as declared")
  func bandForValue() {
    let table: [(BandingBasis, Double, Int, String)] = [
      (BandingBasis.raw, 69.6, 0, "priority"),
      (.displayed, 69.6, 0, "good"),
      (.raw, 69.5, 0, "priority"),
      (.displayed, 69.5, 0, "good"),
      (.displayed, 69.4, 0, "priority"),
      (.raw, 70, 0, "good"),
      (.raw, 59.5, 0, "urgent"),
      (.displayed, 59.5, 0, "priority"),
      (.displayed, 59.49, 0, "urgent"),
      (.displayed, 69.96, 1, "good"),
      (.displayed, 69.94, 1, "priority"),
      (.raw, 0, 0, "urgent"),
      (.raw, 100, 0, "good"),
    ]
    for (basis, value, decimals, expected) in table {
      #expect(
        Self.conclusion(basis).band(for: value, displayDecimals: decimals)?.id == expected,
        "\(basis) \(value) at \(decimals) decimals")
    }
  }

  @Test("A value in no band has no band")
  func valueInNoBand() {
    let gappy = FrameworkDocument.GradeScale(
      id: "gappy", title: "Gappy",
      bands: [
        Band(id: "high", label: "High", lower: .atLeast(70)),
        Band(id: "low", label: "Low", upper: .below(60)),
      ])
    #expect(gappy.band(for: 65, displayDecimals: 0) == nil)
    #expect(gappy.band(for: 60, displayDecimals: 0) == nil)
    #expect(gappy.band(for: 59.9, displayDecimals: 0)?.id == "low")
  }
}
