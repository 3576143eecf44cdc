import InspectionEvaluator
import InspectionSchema

/// Published figures checked against a framework, item by item: every printed figure is
/// reproduced, divergent (new, or recorded by the file with its reason), or not checkable with
/// the reason. Nothing is dropped.
///
/// The checks: a printed label against the band of the printed percentage (or the judgement
/// scale's labels); a criterion or headline figure against the framework's rule applied to the
/// printed question findings; a section figure against its rule applied to the printed
/// criterion figures; a programme aggregate against the mean of its inspections; and, with a
/// sample, computed scores against printed ones.
///
/// **The comparison rule.** A printed whole percentage p stands for the values that round half
/// away from zero to it, [p − 0.5, p + 0.5). A figure is *reproduced* when the value the rule
/// gives from the printed inputs rounds to it — when all inputs are exact, that is "the computed
/// value rounds half away from zero to the printed figure". When an input is a bound ("less
/// than half") or approximate ("around one-quarter", ± its tolerance), the rule gives a range,
/// and the check is a bound check: reproduced when some value of the range rounds to the
/// printed figure. A divergence is *beyond rounding* when even inputs widened by their own
/// printed rounding (each whole percentage ± 0.5) cannot give the printed figure.
///
/// ```swift
/// let reconciliation = Reconciliation(figures: figures, document: omi2, fingerprint: fp)
/// reconciliation.divergences.filter { $0.status == .new }   // what nobody has explained
/// reconciliation.notCheckable.map(\.detail)                  // and why the rest is unchecked
/// ```
public struct Reconciliation: Sendable {
  /// The framework reconciled against.
  public let framework: FrameworkIdentity
  /// The framework the figures were published under.
  public let publishedUnder: String
  /// One entry per check made or figure left unchecked, inspection by inspection in file
  /// order, then the programme aggregates and ranges.
  public let entries: [Entry]
  /// Recorded discrepancies and overrides that no check reproduced as divergent, with why.
  public let unreproduced: [Entry]
  /// How each printed question finding was used: by which checks, or why by none.
  public let findings: [FindingUse]

  /// The entries whose figure diverges.
  public var divergences: [Entry] { entries.filter { $0.outcome == .divergent } }
  /// The entries whose figure is reproduced.
  public var reproduced: [Entry] { entries.filter { $0.outcome == .reproduced } }
  /// The figures that could not be checked, each with the reason.
  public var notCheckable: [Entry] { entries.filter { $0.outcome == .notCheckable } }
  /// How many checks were made (reproduced or divergent), by check.
  public var checks: [Check: Int] {
    var counts: [Check: Int] = [:]
    for entry in entries where entry.outcome != .notCheckable {
      counts[entry.check, default: 0] += 1
    }
    return counts
  }

  /// What was checked.
  public enum Check: String, Sendable, Hashable, CaseIterable, Comparable {
    /// A printed label against the band of the printed percentage, or the scale's labels.
    case label
    /// A printed figure against the framework's rule applied to the printed figures below it.
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

  /// What became of a printed figure.
  public enum Outcome: String, Sendable, Hashable {
    /// The check gives the printed figure.
    case reproduced
    /// The check does not give the printed figure.
    case divergent
    /// The figure could not be checked; the entry says why.
    case notCheckable
  }

  /// What the inputs of a check were.
  public enum Comparison: String, Sendable, Hashable {
    /// Every input and the printed figure are exact: one value, compared by rounding.
    case exact
    /// Some input or the printed figure is a bound or approximate: a bound check.
    case bounds
  }

  /// Whether a divergence is explained by the file.
  public enum Status: String, Sendable, Hashable {
    /// Recorded in the file's `knownDiscrepancies`, with the reason.
    case known
    /// Kept as published in the file's `overrides`, with the reason.
    case override
    /// Not recorded anywhere: new.
    case new
    /// Recorded in the file, but no check here found it divergent.
    case recorded
  }

  /// Reconciles `figures` with `document`; with `sample`, also computed against published for
  /// inspection `inspection` (0-based).
  public init(
    figures: PublishedFigures, document: FrameworkDocument, fingerprint: String,
    sample: ScoreResult? = nil, inspection sampleInspection: Int = 0
  ) {
    var checker = ReconciliationChecker(document: document, fingerprint: fingerprint)
    for (index, inspection) in figures.inspections.enumerated() {
      checker.check(inspection)
      if let sample, index == sampleInspection { checker.compare(sample, with: inspection) }
    }
    checker.checkProgramme(figures)
    framework = FrameworkIdentity(
      id: document.id, version: document.version, title: document.title,
      fingerprint: fingerprint)
    publishedUnder = figures.framework.label
    entries = checker.entries
    unreproduced = checker.unreproduced(figures)
    findings = checker.findingUses
  }
}
