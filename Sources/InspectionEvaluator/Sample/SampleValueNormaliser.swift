import InspectionSchema
import InspectionSupport

/// Reads the values people type into spreadsheets as the codes a framework declares: without
/// regard to spaces around them or to letter case, and an answer option's label for its code.
///
/// Each reader passes every case through ``normalise(_:)`` as it maps cells to codes, before
/// any checking or scoring, so a normalised case is exactly the case written with the codes:
/// the same scores, the same sample fingerprint. A value that is already a code is left alone
/// (the common case costs one comparison per value). Otherwise, in order:
/// - spaces around it are ignored (spaces alone make an empty cell);
/// - a declared code equal to it but for letter case is taken (`Yes` → `yes`);
/// - for an answer, an option whose label equals it but for letter case gives its code
///   (`Not applicable` → `na`).
/// A value that matches two codes (or two labels of different codes) ignoring case is left
/// as it is, to be reported. Each kind of normalisation is counted, and ``warnings()`` gives
/// one warning per kind with the count and the first occurrence (codes IK0217, IK0218,
/// IK0219). With ``SampleReadOptions/strictCodes`` nothing is normalised, and such values are
/// errors as before.
///
/// ```swift
/// var normaliser = SampleValueNormaliser(plan: plan, strict: false)
/// normaliser.normalise(&item)       // " Yes " → "yes"
/// normaliser.warnings()             // [IK0217 …, IK0218 …]
/// ```
public struct SampleValueNormaliser: Sendable {
  /// A kind of normalisation, counted in one warning.
  public enum Kind: Int, CaseIterable, Sendable {
    /// Spaces around a value were ignored.
    case spaces
    /// Letter case was ignored.
    case letterCase
    /// A label was read as its option's code.
    case label
  }

  /// What a value may be, and what it may be read as.
  private struct Table: Sendable {
    /// The declared values (codes), exactly.
    var codes: [String] = []
    /// Lower-cased code → code; `nil` when two codes share a lower-cased form.
    var folded: [String: String?] = [:]
    /// Lower-cased label → its code; `nil` when two options share a lower-cased label.
    var labels: [String: String?] = [:]

    init(codes: [String], labels: [(label: String, code: String)] = []) {
      self.codes = codes
      for code in codes {
        let key = code.lowercased()
        folded[key] = folded[key] == nil ? .some(code) : .some(nil)
      }
      for (label, code) in labels {
        let key = label.lowercased()
        guard folded[key] == nil else { continue }  // a code's spelling wins over a label
        self.labels[key] = self.labels[key] == nil ? .some(code) : .some(nil)
      }
    }
  }

  /// The first value of one kind: where, what was written, what it was read as.
  private struct First: Sendable {
    var location: SourceLocation
    var written: String
    var read: String?
    var subject: String
    var caseID: String
    var row: Int
  }

  private let enabled: Bool
  private let attributeTables: [Table]
  private let scaleTables: [Table]
  /// Each question's table in ``scaleTables``.
  private let questionScales: [Int]
  private let attributeIDs: [String]
  private let questionIDs: [String]
  private var counts = [Int](repeating: 0, count: Kind.allCases.count)
  private var firsts = [First?](repeating: nil, count: Kind.allCases.count)

  /// A normaliser for `plan`'s attributes and scales; with `strict`, one that changes nothing.
  public init(plan: ScoringPlan, strict: Bool) {
    enabled = !strict
    attributeTables = plan.attributes.map { Table(codes: $0.values) }
    var scaleIndex: [String: Int] = [:]
    var tables: [Table] = []
    var questionScales: [Int] = []
    for planned in plan.questions {
      if let index = scaleIndex[planned.scale.id] {
        questionScales.append(index)
        continue
      }
      let options = planned.scale.options
      scaleIndex[planned.scale.id] = tables.count
      questionScales.append(tables.count)
      tables.append(
        Table(codes: options.map(\.code), labels: options.map { ($0.label, $0.code) }))
    }
    scaleTables = tables
    self.questionScales = questionScales
    attributeIDs = plan.attributes.map(\.id)
    questionIDs = plan.questions.map(\.question.id)
  }

  /// How many values were normalised in each way so far.
  public func count(_ kind: Kind) -> Int { counts[kind.rawValue] }

  /// Forgets every count (to read the sample again).
  public mutating func reset() {
    counts = [Int](repeating: 0, count: Kind.allCases.count)
    firsts = [First?](repeating: nil, count: Kind.allCases.count)
  }

  /// Replaces each attribute value and answer of `item` that is not a declared code but can
  /// be read as one, and counts what was done.
  public mutating func normalise(_ item: inout SampleCase) {
    guard enabled else { return }
    for index in item.attributes.indices where index < attributeTables.count {
      guard let value = item.attributes[index],
        let (read, kinds) = Self.match(value, in: attributeTables[index])
      else { continue }
      item.attributes[index] = read
      record(
        kinds, written: value, read: read, subject: "attribute '\(attributeIDs[index])'",
        item: item, location: item.origin.attributeLocation(index))
    }
    for index in item.answers.indices where index < questionScales.count {
      guard let value = item.answers[index],
        let (read, kinds) = Self.match(value, in: scaleTables[questionScales[index]])
      else { continue }
      item.answers[index] = read
      record(
        kinds, written: value, read: read, subject: "question '\(questionIDs[index])'",
        item: item, location: item.origin.answerLocation(index))
    }
  }

  /// What `value` is read as (`nil`: an empty cell) and how, or `nil` when it is a code
  /// already or cannot be read as one.
  private static func match(_ value: String, in table: Table) -> (String?, [Kind])? {
    for code in table.codes where code == value { return nil }
    let trimmed = trim(value)
    var kinds: [Kind] = []
    if trimmed.count != value.count { kinds.append(.spaces) }
    if trimmed.isEmpty { return (nil, kinds) }
    if !kinds.isEmpty && table.codes.contains(trimmed) { return (trimmed, kinds) }
    let key = trimmed.lowercased()
    if case .some(.some(let code)) = table.folded[key] { return (code, kinds + [.letterCase]) }
    if case .some(.some(let code)) = table.labels[key] { return (code, kinds + [.label]) }
    return nil
  }

  /// `text` without whitespace (spaces, tabs, no-break spaces, line breaks) around it.
  static func trim(_ text: String) -> String {
    guard let first = text.firstIndex(where: { !$0.isWhitespace }),
      let last = text.lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    return String(text[first...last])
  }

  private mutating func record(
    _ kinds: [Kind], written: String, read: String?, subject: String, item: SampleCase,
    location: SourceLocation
  ) {
    for kind in kinds {
      counts[kind.rawValue] += 1
      if firsts[kind.rawValue] == nil {
        firsts[kind.rawValue] = First(
          location: location, written: written, read: read, subject: subject, caseID: item.id,
          row: item.origin.row)
      }
    }
  }

  /// One warning per kind of normalisation done: how many values, and the first.
  public func warnings() -> [Diagnostic] {
    Kind.allCases.compactMap { kind in
      guard let first = firsts[kind.rawValue] else { return nil }
      let count = counts[kind.rawValue]
      let example =
        "\(Quoted(first.written))"
        + (first.read.map { " as '\($0)'" } ?? " as an empty cell")
        + " for \(first.subject) of case \(Quoted(first.caseID)), row \(first.row)"
      let strict = "or score with --strict-codes to treat them as errors"
      switch kind {
      case .spaces:
        return Diagnostic(
          .valueWithSpaces, .warning,
          "\(count) \(count == 1 ? "value had" : "values had") spaces around "
            + "\(count == 1 ? "it" : "them"), which were ignored (the first: \(example)); "
            + "remove the spaces, \(strict)", location: first.location)
      case .letterCase:
        return Diagnostic(
          .valueInOtherCase, .warning,
          "\(count) \(count == 1 ? "value differs" : "values differ") from a declared code only "
            + "in letter case and \(count == 1 ? "was" : "were") read as that code (the first: "
            + "\(example)); write the codes as declared, \(strict)", location: first.location)
      case .label:
        return Diagnostic(
          .labelForCode, .warning,
          "\(count) \(count == 1 ? "answer was" : "answers were") written as an option's label "
            + "and read as its code (the first: \(example)); write the codes, \(strict)",
          location: first.location)
      }
    }
  }
}
