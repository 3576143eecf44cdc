import InspectionSchema

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
/// same counts, fingerprint and diagnostics; tests compare them on every kind of row.
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
  private let attributeColumns: [Int]
  private let questionColumns: [Int]
  /// Declared values of each attribute, then scale codes of each question (list
  /// `attributes.count + q`), to match field bytes with.
  private let lists: ByteStringLists
  /// The effect of each code, parallel to the question lists' entries.
  private let effects: [UInt8]
  /// What reading question `q`'s cell needs, in one place.
  private let questionSlots: [QuestionSlot]

  private struct QuestionSlot: Sendable {
    /// The cell's column.
    var column: Int
    /// Its codes: entries `firstEntry..<firstEntry + entryCount` of ``lists``.
    var firstEntry: Int
    var entryCount: Int
    /// Its codes' effects start at `effects[firstEffect]`.
    var firstEffect: Int
    /// Whether it has an applicability condition.
    var conditional: Bool
  }
  private var conditions: PositionConditions
  /// `"id":"value"` for every attribute value and every code, parallel to the entries of
  /// ``lists``, and the attribute and question positions in canonical key order.
  private let pieces: ByteStringLists
  private let attributeOrder: [Int]
  private let questionOrder: [Int]
  /// The most bytes a case's canonical JSON takes, apart from its id.
  private let maxJSONWithoutID: Int

  // Per-row scratch space, reused.
  private var attributeValues: [UInt8]
  private var answerCodes: [UInt8]
  private var rowEffects: [UInt8]
  private var json: [UInt8] = []
  private var jsonCount = 0

  /// No code: the cell is empty.
  private static let none: UInt8 = 0xFF
  /// The most values or codes one list may have: positions must fit a 64-bit mask and a byte.
  private static let maxListCount = 64

  /// Prepares the tables for `plan` read through `columns`; `nil` when a list of attribute
  /// values or scale codes is too long for the masks (such rows all take the general path).
  init?(plan: ScoringPlan, columns: CSVColumnMap) {
    let attributeLists = plan.attributes.map(\.values)
    let codeLists = plan.questions.map { $0.scale.options.map(\.code) }
    guard (attributeLists + codeLists).allSatisfy({ $0.count <= Self.maxListCount }) else {
      return nil
    }
    width = columns.width
    caseColumn = columns.caseColumn
    excludedColumn = columns.excludedColumn ?? -1
    attributeColumns = columns.attributeColumns
    questionColumns = columns.questionColumns
    lists = ByteStringLists((attributeLists + codeLists).map { $0.map { Array($0.utf8) } })
    effects = plan.questions.flatMap { $0.scale.options.map(\.effect.byteCode) }
    let lists = lists
    let firstCode = lists.start(of: plan.attributes.count)
    questionSlots = plan.questions.indices.map { index in
      let list = plan.attributes.count + index
      return QuestionSlot(
        column: columns.questionColumns[index], firstEntry: lists.start(of: list),
        entryCount: lists.count(of: list), firstEffect: lists.start(of: list) - firstCode,
        conditional: plan.conditions[index] != nil)
    }
    conditions = PositionConditions(plan: plan)

    func piece(_ id: String, _ value: String) -> [UInt8] {
      var bytes: [UInt8] = []
      SampleFingerprint.Accumulator.append(string: id, to: &bytes)
      bytes.append(UInt8(ascii: ":"))
      SampleFingerprint.Accumulator.append(string: value, to: &bytes)
      return bytes
    }
    let attributePieces = plan.attributes.map { attribute in
      attribute.values.map { piece(attribute.id, $0) }
    }
    let answerPieces = plan.questions.map { planned in
      planned.scale.options.map { piece(planned.question.id, $0.code) }
    }
    pieces = ByteStringLists(attributePieces + answerPieces)
    attributeOrder = SampleFingerprint.canonicalOrder(of: plan.attributes.map(\.id))
    questionOrder = SampleFingerprint.canonicalOrder(of: plan.questions.map(\.question.id))
    // Every member at its longest, a comma each, and the fixed text around them.
    maxJSONWithoutID = pieces.longestEntries.reduce(0) { $0 + $1 + 1 } + 64

    attributeValues = Array(repeating: 0, count: plan.attributes.count)
    answerCodes = Array(repeating: Self.none, count: plan.questions.count)
    rowEffects = Array(repeating: 0, count: plan.questions.count)
  }

  /// Scores the row whose field values are `values`, ending at `ends`, into `tally` if it is a
  /// clean case; otherwise returns `false` and changes nothing.
  mutating func score(_ fields: CSVRawFields, row: Int, into tally: inout SampleTally) -> Bool {
    guard fields.count == width else { return false }

    // The id: printable ASCII that JSON need not escape, not seen before.
    let id = fields[caseColumn]
    guard !id.isEmpty else { return false }
    var idHash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a, as SampleFingerprint.idHash
    for byte in id {
      guard byte >= 0x20, byte < 0x7F, byte != 0x22, byte != 0x5C else { return false }
      idHash = (idHash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }
    if excludedColumn >= 0, !fields[excludedColumn].isEmpty { return false }
    guard !tally.hasCase(idHash: idHash) else { return false }

    guard readCells(fields) else { return false }

    writeCanonicalJSON(id: id)
    json.withUnsafeBufferPointer { json in
      rowEffects.withUnsafeBufferPointer { effects in
        tally.addClean(
          idHash: idHash, row: row, effects: effects,
          canonicalJSON: UnsafeBufferPointer(rebasing: json[0..<jsonCount]))
      }
    }
    return true
  }

  /// Matches every attribute and answer cell with its list and works out each question's
  /// effect; `false` as soon as the row is not clean.
  private mutating func readCells(_ fields: CSVRawFields) -> Bool {
    // Locals, so that the loops below touch no reference-counted storage.
    let lists = lists
    let effects = effects
    let questionSlots = questionSlots
    let attributeColumns = attributeColumns
    let attributeCount = attributeColumns.count
    var conditions = conditions
    defer { self.conditions = conditions }
    return attributeValues.withUnsafeMutableBufferPointer { attributes in
      answerCodes.withUnsafeMutableBufferPointer { answers in
        rowEffects.withUnsafeMutableBufferPointer { rowEffects in
          for index in 0..<attributeCount {
            let cell = fields[attributeColumns[index]]
            guard !cell.isEmpty,
              let value = lists.match(cell, in: index, readable: fields.readable(from: cell))
            else { return false }
            attributes[index] = UInt8(truncatingIfNeeded: value)
          }
          return lists.withKeys { keys in
            questionSlots.withUnsafeBufferPointer { slots in
              effects.withUnsafeBufferPointer { effects in
                for index in 0..<slots.count {
                  let slot = slots[index]
                  let cell = fields[slot.column]
                  var code = Self.none
                  if !cell.isEmpty {
                    if let key = ByteStringLists.key(cell, readable: fields.readable(from: cell)) {
                      for entry in slot.firstEntry..<(slot.firstEntry + slot.entryCount)
                      where keys[entry] == key {
                        code = UInt8(truncatingIfNeeded: entry - slot.firstEntry)
                        break
                      }
                      guard code != Self.none else { return false }
                    } else {
                      guard let found = lists.match(cell, in: attributeCount + index) else {
                        return false
                      }
                      code = UInt8(truncatingIfNeeded: found)
                    }
                  }
                  let relevant =
                    !slot.conditional
                    || conditions.holds(
                      question: index, attributes: UnsafeBufferPointer(attributes),
                      answers: UnsafeBufferPointer(answers))
                  if relevant {
                    guard code != Self.none else { return false }
                    rowEffects[index] = effects[slot.firstEffect + Int(code)]
                  } else {
                    guard code == Self.none else { return false }
                    rowEffects[index] = AnswerEffect.notRelevant.byteCode
                  }
                  answers[index] = code
                }
                return true
              }
            }
          }
        }
      }
    }
  }

  /// Writes the case's canonical JSON into ``json`` (its first ``jsonCount`` bytes), as
  /// ``SampleFingerprint/Accumulator`` would: `{"answers":{…},"attributes":{…},"case":"…"}`
  /// with keys in canonical order.
  private mutating func writeCanonicalJSON(id: UnsafeBufferPointer<UInt8>) {
    if json.count < maxJSONWithoutID + id.count {
      json = Array(repeating: 0, count: 2 * (maxJSONWithoutID + id.count))
    }
    let pieces = pieces
    let attributeOrder = attributeOrder
    let questionOrder = questionOrder
    let attributeCount = attributeOrder.count
    jsonCount = answerCodes.withUnsafeBufferPointer { answers in
      attributeValues.withUnsafeBufferPointer { attributes in
        json.withUnsafeMutableBufferPointer { json -> Int in
          guard let base = json.baseAddress else { return 0 }
          var end = base
          func write(_ literal: StaticString) {
            literal.withUTF8Buffer { text in
              guard let source = text.baseAddress else { return }
              end.update(from: source, count: text.count)
              end += text.count
            }
          }
          write("{\"answers\":{")
          var first = true
          for index in questionOrder where answers[index] != Self.none {
            if !first {
              end.pointee = UInt8(ascii: ",")
              end += 1
            }
            first = false
            end += pieces.copy(Int(answers[index]), in: attributeCount + index, to: end)
          }
          write("},\"attributes\":{")
          first = true
          for index in attributeOrder {
            if !first {
              end.pointee = UInt8(ascii: ",")
              end += 1
            }
            first = false
            end += pieces.copy(Int(attributes[index]), in: index, to: end)
          }
          write("},\"case\":\"")
          if let source = id.baseAddress {
            end.update(from: source, count: id.count)
            end += id.count
          }
          write("\"}")
          return end - base
        }
      }
    }
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
