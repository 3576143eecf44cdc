import InspectionSchema
import InspectionSupport

/// Scores a clean CSV row straight from its bytes: the hot path of `inspect score`.
///
/// Most rows of a sample are clean: a new case id of printable ASCII, no exclusion, a declared
/// value for every attribute, a code on its scale for every relevant question and no answer
/// where a question does not apply. For such a row the scorer matches each field's bytes with
/// the plan's values and codes, evaluates applicability on their positions, writes the case's
/// canonical JSON for the sample fingerprint from pieces rendered once, and hands the counts to
/// the tally, making no `String`, ``CSVRecord`` or ``SampleCase``.
///
/// It declines every other row (``score(_:row:into:)`` returns `false`, leaving the
/// tally untouched), and the row is read and checked as before by ``CSVSampleReader/next()``
/// and ``SampleTally/add(_:)-(SampleCase)``, which find, word and locate its problems. A row is
/// declined whenever the general path would report anything about it, so both paths give the
/// same counts, fingerprint and diagnostics; tests compare them on every kind of row, and,
/// row by row on random cases of every shipped framework, with ``ScoringPlan/decide(_:)``,
/// the one decision of what a case means (`CaseDecisionAgreementTests`). The case's JSON is
/// laid out by ``CanonicalCaseJSON``, as the general path's is.
///
/// ```swift
/// if var scorer = CSVRowScorer(plan: plan, columns: columns) {
///   let scored = scorer.score(fields, row: 7, into: &tally)
/// }
/// ```
struct CSVRowScorer: Sendable {
  private let width: Int
  private let caseColumn: Int
  private let excludedColumn: Int
  private let tables: CSVRowTables
  private let conditions: PositionConditions

  // Per-row scratch space, reused: each attribute's value position, then each question's
  // code position (``none`` for an empty cell), then each question's effect.
  private var scratch: [UInt8]
  /// The canonical JSON of the clean cases being hashed, four side by side
  /// (``SHA256Lanes``): lane `i`'s case is at `batch[i * laneSize...]`, with room for the
  /// padding after it.
  private var batch: [UInt8] = []
  private var laneSize = 0
  private var lanes = SHA256Lanes()

  /// No code: the cell is empty.
  private static let none: UInt8 = 0xFF
  /// The most values or codes one list may have: positions must fit a 64-bit mask and a byte.
  private static let maxListCount = 64

  /// Prepares the tables for `plan` read through `columns`; `nil` when a list of attribute
  /// values or scale codes is too long for the masks (such rows all take the general path).
  init?(plan: ScoringPlan, columns: CSVColumnMap) {
    let lists =
      plan.attributes.map(\.values)
      + plan.questions.map(\.scale.options)
      .map { $0.map(\.code) }
    guard lists.allSatisfy({ $0.count <= Self.maxListCount }) else { return nil }
    width = columns.width
    caseColumn = columns.caseColumn
    excludedColumn = columns.excludedColumn ?? -1
    tables = CSVRowTables(plan: plan, columns: columns)
    conditions = PositionConditions(plan: plan)
    scratch = Array(repeating: 0, count: plan.attributes.count + 2 * plan.questions.count)
  }

  /// Scores the row whose fields are `fields` into `tally` if it is a clean case; otherwise
  /// returns `false` and changes nothing.
  ///
  /// The case's fingerprint digest is added when its hash is done, four cases being hashed
  /// side by side: in a later call, or in ``flush(into:)``, which must follow the last call.
  mutating func score(_ fields: CSVRawFields, row: Int, into tally: inout SampleTally) -> Bool {
    guard fields.count == width else { return false }

    // The id: printable ASCII that JSON need not escape, not seen before, and already as
    // ``SampleCaseRules`` keeps it (no space to trim; ASCII is in NFC).
    let id = fields[caseColumn]
    guard let first = id.first, let last = id.last, first != 0x20, last != 0x20 else {
      return false
    }
    var idHash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a, as SampleFingerprint.idHash
    for byte in id {
      guard byte >= 0x20, byte < 0x7F, byte != 0x22, byte != 0x5C else { return false }
      idHash = (idHash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }
    if excludedColumn >= 0, !fields[excludedColumn].isEmpty { return false }
    guard !tally.hasCase(idHash: idHash) else { return false }

    // Room after the JSON for the hash's padding, and for a piece copied whole (copyWidth).
    let needed =
      tables.maxJSONWithoutID + id.count
      + max(SHA256.paddingCapacity, CSVRowTables.copyWidth)
    if laneSize < needed {
      flush(into: &tally)
      laneSize = 2 * needed
      batch = Array(repeating: 0, count: 4 * laneSize)
    }
    return Self.scoreClean(
      fields, id: id, idHash: idHash, row: row, tables: tables, conditions: conditions,
      scratch: &scratch, batch: &batch, laneSize: laneSize, lanes: &lanes, into: &tally)
  }

  /// Reads a row's cells into `scratch` and, if the row is clean, writes its canonical JSON
  /// into the free lane of `batch`, starts hashing it and counts the case in `tally`; `false`,
  /// with nothing counted, otherwise.
  ///
  /// Static, with the tables as arguments, so that nothing of the scorer is copied (and
  /// retained) for a row while its scratch space and batch are being written.
  private static func scoreClean(
    _ fields: CSVRawFields, id: UnsafeBufferPointer<UInt8>, idHash: UInt64, row: Int,
    tables: CSVRowTables, conditions: PositionConditions, scratch: inout [UInt8],
    batch: inout [UInt8], laneSize: Int, lanes: inout SHA256Lanes, into tally: inout SampleTally
  ) -> Bool {
    let attributeCount = tables.attributes.count
    let questionCount = tables.questions.count
    return scratch.withUnsafeMutableBufferPointer { scratch -> Bool in
      guard let base = scratch.baseAddress else { return false }
      let attributes = UnsafeMutableBufferPointer(start: base, count: attributeCount)
      let answers = UnsafeMutableBufferPointer(start: base + attributeCount, count: questionCount)
      let effects = UnsafeMutableBufferPointer(
        start: base + attributeCount + questionCount, count: questionCount)
      guard
        readCells(
          fields, tables: tables, conditions: conditions, attributes: attributes,
          answers: answers, effects: effects)
      else { return false }
      tally.addClean(idHash: idHash, row: row, effects: UnsafeBufferPointer(effects))
      batch.withUnsafeMutableBufferPointer { batch in
        guard let batchBase = batch.baseAddress else { return }
        let lane = lanes.freeLane * laneSize
        let count = writeCanonicalJSON(
          id: id, tables: tables, attributes: UnsafeBufferPointer(attributes),
          answers: UnsafeBufferPointer(answers),
          into: UnsafeMutableBufferPointer(rebasing: batch[lane..<(lane + laneSize)]))
        lanes.add(count: count, base: batchBase, laneSize: laneSize) {
          tally.addCaseDigest(words: $0)
        }
      }
      return true
    }
  }

  /// Adds the fingerprint digests of the cases still being hashed to `tally`: call it when a
  /// run of ``score(_:row:into:)`` calls ends, before the tally is finished.
  mutating func flush(into tally: inout SampleTally) {
    let laneSize = laneSize
    batch.withUnsafeMutableBufferPointer { batch in
      guard let base = batch.baseAddress else { return }
      lanes.finish(base: base, laneSize: laneSize) { tally.addCaseDigest(words: $0) }
    }
  }

  /// Matches every attribute and answer cell with its list and works out each question's
  /// effect; `false` as soon as the row is not clean.
  private static func readCells(
    _ fields: CSVRawFields, tables: CSVRowTables, conditions: PositionConditions,
    attributes: UnsafeMutableBufferPointer<UInt8>, answers: UnsafeMutableBufferPointer<UInt8>,
    effects: UnsafeMutableBufferPointer<UInt8>
  ) -> Bool {
    let keys = UnsafeBufferPointer(tables.shortKeys)
    let positions = UnsafeBufferPointer(tables.shortPositions)
    /// The position of `cell` in its list, or `nil`.
    @inline(__always)
    func position(_ cell: UnsafeBufferPointer<UInt8>, _ slot: CSVRowTables.Cell) -> Int? {
      if let key = ByteStringLists.key(cell, readable: fields.readable(from: cell)) {
        return slot.table.position(of: key, keys: keys, positions: positions)
      }
      return longPosition(cell, slot)
    }
    /// Cells longer than a short key, rare: out of line.
    @inline(never)
    func longPosition(_ cell: UnsafeBufferPointer<UInt8>, _ slot: CSVRowTables.Cell) -> Int? {
      tables.lists.match(cell, in: slot.list)
    }
    for index in 0..<tables.attributes.count {
      let slot = tables.attributes[index]
      let cell = fields[slot.column]
      guard !cell.isEmpty, let value = position(cell, slot) else { return false }
      attributes[index] = UInt8(truncatingIfNeeded: value)
    }
    for index in 0..<tables.questions.count {
      let slot = tables.questions[index]
      let cell = fields[slot.column]
      var code = Self.none
      if !cell.isEmpty {
        guard let found = position(cell, slot) else { return false }
        code = UInt8(truncatingIfNeeded: found)
      }
      let relevant =
        !slot.conditional
        || conditions.holds(
          question: index, attributes: UnsafeBufferPointer(attributes),
          answers: UnsafeBufferPointer(answers))
      if relevant {
        guard code != Self.none else { return false }
        effects[index] = tables.effects[slot.firstEffect &+ Int(code)]
      } else {
        guard code == Self.none else { return false }
        effects[index] = AnswerEffect.notRelevant.byteCode
      }
      answers[index] = code
    }
    return true
  }

  /// Writes the case's canonical JSON into `json` and returns its length, through
  /// ``CanonicalCaseJSON``'s layout, each member copied from the pieces it rendered once.
  /// `json` must hold ``CSVRowTables/maxJSONWithoutID`` bytes more than the id.
  private static func writeCanonicalJSON(
    id: UnsafeBufferPointer<UInt8>, tables: CSVRowTables, attributes: UnsafeBufferPointer<UInt8>,
    answers: UnsafeBufferPointer<UInt8>, into json: UnsafeMutableBufferPointer<UInt8>
  ) -> Int {
    guard let base = json.baseAddress else { return 0 }
    let questionOrder = tables.questionOrder
    let attributeOrder = tables.attributeOrder
    // A question with no answer has an empty piece: the one after its codes.
    return CanonicalCaseJSON.write(
      at: base, questions: questionOrder.count,
      answer: { k, at in
        let ordered = questionOrder[k]
        let code = Int(answers[ordered.index])
        return tables.copyPiece(
          ordered.first &+ (code == Int(Self.none) ? ordered.count : code), to: at)
      },
      attributes: attributeOrder.count,
      attribute: { k, at in
        let ordered = attributeOrder[k]
        return tables.copyPiece(ordered.first &+ Int(attributes[ordered.index]), to: at)
      },
      id: id, exclusion: nil)
  }
}

extension AnswerEffect {
  /// The effect as one byte, for per-case scratch space on the scoring hot path.
  var byteCode: UInt8 {
    switch self {
    case .sufficient: 0
    case .insufficient: 1
    case .notRelevant: 2
    }
  }
}
