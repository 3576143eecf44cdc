import InspectionSchema

/// The read-only tables of a ``CSVRowScorer``, in memory of their own.
///
/// The scorer runs once per row and looks at every cell; holding its tables in plain
/// allocated buffers lets those loops read them through pointers, with no reference counting,
/// bounds checks or copy-on-write checks per access. The tables are written once, in `init`,
/// and only read afterwards, so one instance is shared by every thread scoring a part of a
/// sample.
///
/// ```swift
/// let tables = CSVRowTables(plan: plan, columns: columns)
/// let cell = tables.questions[3]   // column, codes and effects of question 3
/// ```
final class CSVRowTables: @unchecked Sendable {
  /// Where one attribute or question is in a row and how to read its cell.
  struct Cell {
    /// The cell's column.
    var column: Int
    /// Its list in ``lists`` (attribute values, then each question's codes).
    var list: Int
    /// Its short values or codes, by perfect hash.
    var table: ShortKeyTable.Slot
    /// Its codes' effects start at `effects[firstEffect]` (questions only).
    var firstEffect: Int
    /// Whether the question has an applicability condition.
    var conditional: Bool
  }

  /// An attribute or question in canonical key order, and where its JSON pieces are.
  struct Ordered {
    /// The attribute's or question's position in the plan.
    var index: Int
    /// Its first piece (value or code position 0).
    var first: Int
    /// How many values or codes it has.
    var count: Int
  }

  let attributes: UnsafeMutableBufferPointer<Cell>
  let questions: UnsafeMutableBufferPointer<Cell>
  let shortKeys: UnsafeMutableBufferPointer<UInt64>
  let shortPositions: UnsafeMutableBufferPointer<UInt8>
  /// The effect of each code (``AnswerEffect/byteCode``), question by question.
  let effects: UnsafeMutableBufferPointer<UInt8>
  /// `,"id":"value"` (``CanonicalCaseJSON/member(_:_:)``) for every attribute value and every
  /// code, each list followed by an
  /// empty piece (for a question with no answer): piece `p` is
  /// `pieceBytes[pieceStarts[p]..<pieceStarts[p + 1]]`.
  let pieceBytes: UnsafeMutableBufferPointer<UInt8>
  let pieceStarts: UnsafeMutableBufferPointer<Int>
  /// Attributes in canonical JSON key order: ``Ordered/index`` is the attribute, and its
  /// value at position `v` is piece `first + v`.
  let attributeOrder: UnsafeMutableBufferPointer<Ordered>
  /// Questions in canonical JSON key order: code `c` of question ``Ordered/index`` is piece
  /// `first + c`, and no answer piece `first + count` (empty).
  let questionOrder: UnsafeMutableBufferPointer<Ordered>
  /// Every value and code as bytes, for cells longer than a short key.
  let lists: ByteStringLists
  /// The most bytes a case's canonical JSON takes, apart from its id.
  let maxJSONWithoutID: Int

  /// Builds the tables for `plan` read through `columns`.
  init(plan: ScoringPlan, columns: CSVColumnMap) {
    let attributeLists = plan.attributes.map(\.values)
    let codeLists = plan.questions.map { $0.scale.options.map(\.code) }
    let lists = ByteStringLists((attributeLists + codeLists).map { $0.map { Array($0.utf8) } })
    let short = ShortKeyTable(lists, listCount: attributeLists.count + codeLists.count)
    let firstCode = lists.start(of: attributeLists.count)
    self.lists = lists
    attributes = Self.copy(
      plan.attributes.indices.map { index in
        Cell(
          column: columns.attributeColumns[index], list: index, table: short.slots[index],
          firstEffect: 0, conditional: false)
      })
    questions = Self.copy(
      plan.questions.indices.map { index in
        let list = attributeLists.count + index
        return Cell(
          column: columns.questionColumns[index], list: list, table: short.slots[list],
          firstEffect: lists.start(of: list) - firstCode,
          conditional: plan.conditions[index] != nil)
      })
    shortKeys = Self.copy(short.keys)
    shortPositions = Self.copy(short.positions)
    effects = Self.copy(plan.questions.flatMap { $0.scale.options.map(\.effect.byteCode) })

    // Every member the layout of ``CanonicalCaseJSON`` may need, rendered by it once.
    let piece = CanonicalCaseJSON.member
    let pieces =
      plan.attributes.map { attribute in attribute.values.map { piece(attribute.id, $0) } }
      + plan.questions.map { planned in
        planned.scale.options.map { piece(planned.question.id, $0.code) }
      }
    // Each list's pieces, then an empty one; list `l` starts at piece `firsts[l]`.
    var starts = [0]
    var firsts: [Int] = []
    for list in pieces {
      firsts.append(starts.count - 1)
      for piece in list + [[]] { starts.append(starts[starts.count - 1] + piece.count) }
    }
    // 32 bytes more than the pieces, zero: ``copyPiece(_:to:)`` reads 32 at a time.
    pieceBytes = Self.copy(Array(pieces.joined().joined()), padding: Self.copyWidth)
    pieceStarts = Self.copy(starts)
    attributeOrder = Self.copy(
      CanonicalCaseJSON.canonicalOrder(of: plan.attributes.map(\.id)).map { index in
        Ordered(index: index, first: firsts[index], count: pieces[index].count)
      })
    questionOrder = Self.copy(
      CanonicalCaseJSON.canonicalOrder(of: plan.questions.map(\.question.id)).map { index in
        let list = attributeLists.count + index
        return Ordered(index: index, first: firsts[list], count: pieces[list].count)
      })
    // Every member at its longest (with its comma), and the fixed text around them.
    maxJSONWithoutID = pieces.reduce(64) { $0 + ($1.map(\.count).max() ?? 0) }
  }

  deinit {
    for buffer in [
      UnsafeMutableRawBufferPointer(attributes), UnsafeMutableRawBufferPointer(questions),
      UnsafeMutableRawBufferPointer(shortKeys), UnsafeMutableRawBufferPointer(shortPositions),
      UnsafeMutableRawBufferPointer(effects), UnsafeMutableRawBufferPointer(pieceBytes),
      UnsafeMutableRawBufferPointer(pieceStarts),
      UnsafeMutableRawBufferPointer(attributeOrder), UnsafeMutableRawBufferPointer(questionOrder),
    ] {
      buffer.deallocate()
    }
  }

  /// How many bytes ``copyPiece(_:to:)`` may write at `destination`, whatever the piece.
  static let copyWidth = 32

  /// Copies piece `piece` to `destination`; returns the bytes written.
  ///
  /// `destination` must have ``copyWidth`` writable bytes even when the piece is shorter:
  /// a piece of up to that many bytes (nearly all: `,"1.1.a":"yes"`, and the empty ones) is
  /// copied as two 16-byte moves, not a call to `memmove`, and the bytes after it are
  /// overwritten.
  @inline(__always)
  func copyPiece(_ piece: Int, to destination: UnsafeMutablePointer<UInt8>) -> Int {
    let start = pieceStarts[piece]
    let count = pieceStarts[piece &+ 1] &- start
    guard let base = pieceBytes.baseAddress else { return count }
    if count <= Self.copyWidth {
      let source = UnsafeRawPointer(base + start)
      let target = UnsafeMutableRawPointer(destination)
      target.storeBytes(of: source.loadUnaligned(as: SIMD16<UInt8>.self), as: SIMD16<UInt8>.self)
      target.storeBytes(
        of: source.loadUnaligned(fromByteOffset: 16, as: SIMD16<UInt8>.self), toByteOffset: 16,
        as: SIMD16<UInt8>.self)
    } else {
      destination.update(from: base + start, count: count)
    }
    return count
  }

  /// A buffer of its own holding `array` (trivial element types only: none is deinitialised).
  private static func copy<Element>(_ array: [Element]) -> UnsafeMutableBufferPointer<Element> {
    let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: max(array.count, 1))
    _ = buffer.initialize(from: array)
    return UnsafeMutableBufferPointer(rebasing: buffer[0..<array.count])
  }

  /// A buffer of its own holding `bytes` and then `padding` zero bytes, which are outside
  /// the result's bounds but readable.
  private static func copy(_ bytes: [UInt8], padding: Int) -> UnsafeMutableBufferPointer<UInt8> {
    let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count + padding)
    buffer.initialize(repeating: 0)
    _ = buffer.update(fromContentsOf: bytes)
    return UnsafeMutableBufferPointer(rebasing: buffer[0..<bytes.count])
  }

}
