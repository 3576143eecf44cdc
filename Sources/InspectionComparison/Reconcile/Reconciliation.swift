import InspectionEvaluator
import InspectionSchema

/// Published figures checked against a framework: labels against its bands, section and
/// programme figures against its aggregation of the published figures below them, and, with
/// a sample, computed scores against published ones.
///
/// Published percentages are whole numbers, so an aggregation of published figures is a
/// *divergence* when, rounded for display, it is not the published figure; it is *beyond
/// rounding* when no unrounded figures could give it (each rounded input is within ±0.5, and
/// so is their mean: a difference over 1 point cannot be rounding). Each divergence says
/// whether the file records it (`knownDiscrepancies`), keeps it as published (`overrides`),
/// or is new.
///
/// ```swift
/// let reconciliation = Reconciliation(figures: figures, document: omi2, fingerprint: fp)
/// reconciliation.divergences.filter { $0.status == .new }   // what nobody has explained
/// ```
public struct Reconciliation: Sendable {
  /// The framework reconciled against.
  public let framework: FrameworkIdentity
  /// The framework the figures were published under.
  public let publishedUnder: String
  /// Every divergence found, inspection by inspection, then the programme aggregates.
  public let divergences: [Divergence]
  /// Recorded discrepancies and overrides that no check here reproduced, with why.
  public let unreproduced: [Divergence]
  /// How many checks were made, by check.
  public let checks: [Check: Int]
  /// Figures that could not be checked, with why (e.g. a criterion with 3 of 9 questions printed).
  public let notCheckable: [String]

  /// What was checked.
  public enum Check: String, Sendable, Hashable, CaseIterable, Comparable {
    /// A printed label against the band of the printed percentage, or the scale's labels.
    case label
    /// A printed figure against the framework's aggregation of the printed figures below it.
    case aggregation
    /// A programme aggregate against the mean of its inspections' printed figures.
    case programme
    /// A computed score (from `--sample`) against the printed one.
    case computed
    /// A printed item the framework does not have.
    case unknownItem = "unknown item"

    public static func < (lhs: Check, rhs: Check) -> Bool {
      allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
  }

  /// Whether a divergence is explained by the file.
  public enum Status: String, Sendable, Hashable {
    /// Recorded in the file's `knownDiscrepancies`.
    case known
    /// Kept as published in the file's `overrides`.
    case override
    /// Not recorded anywhere: new.
    case new
    /// Recorded in the file, but not reproduced by a check here.
    case recorded
  }

  /// One published figure that does not follow.
  public struct Divergence: Sendable, Hashable {
    /// The inspection, or the programme set for an aggregate.
    public var inspection: String
    public var id: String
    public var kind: PublishedFigures.Kind
    public var check: Check
    /// What was printed.
    public var published: String
    /// What the framework gives.
    public var expected: String
    /// Published minus expected, in points (or the distance to the published label's band).
    public var size: Double?
    /// Whether rounding of the printed inputs cannot explain it.
    public var beyondRounding: Bool
    public var status: Status
    /// In words.
    public var detail: String
  }

  /// Reconciles `figures` with `document`; with `sample`, also computed against published for
  /// inspection `inspection` (0-based).
  public init(
    figures: PublishedFigures, document: FrameworkDocument, fingerprint: String,
    sample: ScoreResult? = nil, inspection sampleInspection: Int = 0
  ) {
    var checker = ReconciliationChecker(document: document)
    for (index, inspection) in figures.inspections.enumerated() {
      checker.check(inspection)
      if let sample, index == sampleInspection { checker.compare(sample, with: inspection) }
    }
    checker.checkProgramme(figures)
    framework = FrameworkIdentity(
      id: document.id, version: document.version, title: document.title,
      fingerprint: fingerprint)
    publishedUnder = figures.framework.label
    divergences = checker.divergences
    unreproduced = checker.unreproduced(figures)
    checks = checker.checks
    notCheckable = checker.notCheckable
  }
}
