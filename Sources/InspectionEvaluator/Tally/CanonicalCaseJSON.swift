import InspectionSupport

/// The canonical JSON of one case, the bytes ``SampleFingerprint`` hashes, written here and
/// nowhere else: `{"answers":{…},"attributes":{…},"case":"…"}`, with `,"excluded":"…"` before
/// the closing brace when the sample excludes the case. Keys are in canonical order (by UTF-16
/// code units), empty cells are left out, strings are escaped as `CanonicalJSON` escapes them.
///
/// ``write(at:questions:answer:attributes:attribute:id:exclusion:)`` lays a case out from its
/// members, each written `,"id":"value"` by the caller: the general path writes them from a
/// ``SampleCase``'s strings (``write(_:into:)``), the CSV byte path copies them from pieces
/// rendered once by ``member(_:_:)``. Both go through the one layout, so both write the same
/// bytes for the same case.
///
/// ```swift
/// let json = CanonicalCaseJSON(plan: plan)
/// var buffer: [UInt8] = []
/// let count = json.write(item, into: &buffer)   // buffer[0..<count]: the case's JSON
/// ```
struct CanonicalCaseJSON: Sendable {
  /// Attribute positions in canonical key order.
  let attributeOrder: [Int]
  /// Question positions in canonical key order.
  let questionOrder: [Int]
  /// `"id":` of each attribute in canonical order, back to back; key `k` ends at
  /// `attributeKeyEnds[k]`.
  private let attributeKeys: [UInt8]
  private let attributeKeyEnds: [Int]
  /// Likewise for the questions.
  private let questionKeys: [UInt8]
  private let questionKeyEnds: [Int]

  /// Orders and renders the keys of `plan`'s attributes and questions once.
  init(plan: ScoringPlan) {
    func render(_ ids: [String]) -> (bytes: [UInt8], ends: [Int]) {
      var bytes: [UInt8] = []
      var ends: [Int] = []
      for id in ids {
        Self.appendString(id, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        ends.append(bytes.count)
      }
      return (bytes, ends)
    }
    attributeOrder = Self.canonicalOrder(of: plan.attributes.map(\.id))
    questionOrder = Self.canonicalOrder(of: plan.questions.map(\.question.id))
    (attributeKeys, attributeKeyEnds) = render(attributeOrder.map { plan.attributes[$0].id })
    (questionKeys, questionKeyEnds) = render(questionOrder.map { plan.questions[$0].question.id })
  }

  // MARK: The layout

  /// Writes a case at `base` and returns the bytes written: the frame, then the members of
  /// the `questions` answers and the `attributes` attribute values in canonical order (member
  /// `k` written by `answer(k, at)` or `attribute(k, at)` as `,"id":"value"`, or nothing for
  /// an empty cell, returning its length), then the id and the exclusion, each given as the
  /// contents of its JSON string (escaped, without quotes).
  ///
  /// Every member starts with its comma; the first one's becomes the object's `{`, so that
  /// the loops take no branch. `base` must have room for the whole case.
  @inline(__always)
  static func write(
    at base: UnsafeMutablePointer<UInt8>,
    questions: Int, answer: (Int, UnsafeMutablePointer<UInt8>) -> Int,
    attributes: Int, attribute: (Int, UnsafeMutablePointer<UInt8>) -> Int,
    id: UnsafeBufferPointer<UInt8>, exclusion: UnsafeBufferPointer<UInt8>?
  ) -> Int {
    var end = base
    // Not a nested function capturing `end`: that would box it and check each access to it.
    @inline(__always)
    func write(_ literal: StaticString, at end: inout UnsafeMutablePointer<UInt8>) {
      end.update(from: literal.utf8Start, count: literal.utf8CodeUnitCount)
      end += literal.utf8CodeUnitCount
    }
    @inline(__always)
    func write(_ bytes: UnsafeBufferPointer<UInt8>, at end: inout UnsafeMutablePointer<UInt8>) {
      if let source = bytes.baseAddress { end.update(from: source, count: bytes.count) }
      end += bytes.count
    }
    /// Makes the comma of an object's first member, at `open`, its `{`; or writes the `{` of
    /// an empty object.
    @inline(__always)
    func openObject(at open: UnsafeMutablePointer<UInt8>, end: inout UnsafeMutablePointer<UInt8>) {
      if end == open {
        end.pointee = UInt8(ascii: "{")
        end += 1
      } else {
        open.pointee = UInt8(ascii: "{")
      }
    }
    write("{\"answers\":", at: &end)
    let answersOpen = end
    for ordinal in 0..<questions { end += answer(ordinal, end) }
    openObject(at: answersOpen, end: &end)
    write("},\"attributes\":", at: &end)
    let attributesOpen = end
    for ordinal in 0..<attributes { end += attribute(ordinal, end) }
    openObject(at: attributesOpen, end: &end)
    write("},\"case\":\"", at: &end)
    write(id, at: &end)
    if let exclusion {
      write("\",\"excluded\":\"", at: &end)
      write(exclusion, at: &end)
    }
    write("\"}", at: &end)
    return end - base
  }

  /// The bytes the layout adds to the members, the id and the exclusion.
  static let frameBytes = 64

  // MARK: Members and strings

  /// One member as the layout expects it: `,"id":"value"`.
  static func member(_ id: String, _ value: String) -> [UInt8] {
    var bytes = [UInt8(ascii: ",")]
    appendString(id, to: &bytes)
    bytes.append(UInt8(ascii: ":"))
    appendString(value, to: &bytes)
    return bytes
  }

  /// Appends `string` as a canonical JSON string literal, quotes included.
  static func appendString(_ string: String, to bytes: inout [UInt8]) {
    bytes.append(UInt8(ascii: "\""))
    appendContents(string, to: &bytes)
    bytes.append(UInt8(ascii: "\""))
  }

  /// Appends the contents of `string`'s canonical JSON literal: its UTF-8 as it is when
  /// nothing needs escaping (the common case), `CanonicalJSON`'s escapes otherwise.
  static func appendContents(_ string: String, to bytes: inout [UInt8]) {
    var string = string
    let plain = string.withUTF8 { utf8 in
      for byte in utf8 where byte < 0x20 || byte == 0x22 || byte == 0x5C { return false }
      bytes.append(contentsOf: utf8)
      return true
    }
    if !plain {
      // `"…"`: the contents are between the quotes.
      bytes.append(contentsOf: CanonicalJSON.compactBytes(.string(string)).dropFirst().dropLast())
    }
  }

  /// The positions of `ids` in canonical JSON key order (by UTF-16 code units).
  static func canonicalOrder(of ids: [String]) -> [Int] {
    ids.indices.sorted { ids[$0].utf16.lexicographicallyPrecedes(ids[$1].utf16) }
  }

  // MARK: A case read as strings

  /// Writes `item`'s canonical JSON at the start of `buffer`, growing it as needed, and
  /// returns its length.
  func write(_ item: SampleCase, into buffer: inout [UInt8]) -> Int {
    // Each value's escaped contents, back to back, in canonical order: at most six bytes a
    // byte of input (`\u001f`), so the members' length is known before they are laid out.
    var values: [UInt8] = []
    var ends: [Int] = []
    ends.reserveCapacity(questionOrder.count + attributeOrder.count)
    func gather(_ cells: [String?], _ order: [Int]) {
      for index in order {
        if index < cells.count, let value = cells[index] { Self.appendContents(value, to: &values) }
        ends.append(values.count)
      }
    }
    gather(item.answers, questionOrder)
    gather(item.attributes, attributeOrder)
    var id: [UInt8] = []
    Self.appendContents(item.id, to: &id)
    var exclusion: [UInt8]?
    if let reason = item.exclusion {
      var bytes: [UInt8] = []
      Self.appendContents(reason, to: &bytes)
      exclusion = bytes
    }
    // Each member adds its comma, its key and two quotes to its value.
    let needed =
      Self.frameBytes + values.count + id.count + (exclusion?.count ?? 0)
      + questionKeys.count + attributeKeys.count + 3 * ends.count
    if buffer.count < needed {
      buffer = [UInt8](repeating: 0, count: max(needed, 2 * buffer.count))
    }

    let questionCount = questionOrder.count
    let (answers, attributes) = (item.answers, item.attributes)
    let (questionOrder, attributeOrder) = (self.questionOrder, self.attributeOrder)
    return buffer.withUnsafeMutableBufferPointer { out -> Int in
      guard let base = out.baseAddress else { return 0 }
      return values.withUnsafeBufferPointer { values in
        questionKeys.withUnsafeBufferPointer { questionKeys in
          attributeKeys.withUnsafeBufferPointer { attributeKeys in
            /// The member of the cell at `ordinal` (of ``ends``) whose key is `key`.
            func member(
              _ ordinal: Int, key: UnsafeBufferPointer<UInt8>, filled: Bool,
              at target: UnsafeMutablePointer<UInt8>
            ) -> Int {
              guard filled else { return 0 }
              let start = ordinal == 0 ? 0 : ends[ordinal - 1]
              var end = target
              end.pointee = UInt8(ascii: ",")
              end += 1
              if let source = key.baseAddress { end.update(from: source, count: key.count) }
              end += key.count
              end.pointee = UInt8(ascii: "\"")
              end += 1
              if let source = values.baseAddress {
                end.update(from: source + start, count: ends[ordinal] - start)
              }
              end += ends[ordinal] - start
              end.pointee = UInt8(ascii: "\"")
              end += 1
              return end - target
            }
            func key(_ keys: UnsafeBufferPointer<UInt8>, _ keyEnds: [Int], _ k: Int)
              -> UnsafeBufferPointer<UInt8>
            {
              let start = k == 0 ? 0 : keyEnds[k - 1]
              return UnsafeBufferPointer(rebasing: keys[start..<keyEnds[k]])
            }
            return id.withUnsafeBufferPointer { id in
              func layOut(_ exclusion: UnsafeBufferPointer<UInt8>?) -> Int {
                Self.write(
                  at: base, questions: questionCount,
                  answer: { k, at in
                    let index = questionOrder[k]
                    return member(
                      k, key: key(questionKeys, questionKeyEnds, k),
                      filled: index < answers.count && answers[index] != nil, at: at)
                  },
                  attributes: attributeOrder.count,
                  attribute: { k, at in
                    let index = attributeOrder[k]
                    return member(
                      questionCount + k, key: key(attributeKeys, attributeKeyEnds, k),
                      filled: index < attributes.count && attributes[index] != nil, at: at)
                  },
                  id: id, exclusion: exclusion)
              }
              guard let exclusion else { return layOut(nil) }
              return exclusion.withUnsafeBufferPointer { layOut($0) }
            }
          }
        }
      }
    }
  }
}
