import InspectionSchema
import InspectionSupport

/// Reads a JSON sample, streamed: `{"cases": [{"case": "A", "attributes": {…}, "answers": {…}}]}`.
///
/// `attributes` and `answers` map ids to codes; a missing or `null` answer is not answered.
/// An optional `"excluded": "reason"` leaves the case out, and an optional `"metadata"`
/// object holds declared case metadata (``SampleReadOptions/metadata``). Unknown members,
/// attributes, questions or metadata are reported at their position.
///
/// Only one case is held at a time: the reader finds each element of the `cases` array by
/// its brackets and strings, parses it alone with ``JSONParser``, and shifts the positions
/// of its values back into the file, so memory does not grow with the number of cases.
/// A syntax error ends the sample, as in a CSV file.
///
/// A sample from a regular file or from bytes can be read again from the start
/// (``restart()``).
///
/// ```swift
/// var reader = try JSONSampleReader(path: "sample.json", plan: plan)
/// ```
public struct JSONSampleReader: SampleReader {
  private var stream: JSONByteStream
  /// What the sample is read from, to read it again (``restart()``); `nil` when it cannot be.
  private let origin: (any ByteSource)?
  /// The bytes read at a time.
  private let chunkSize: Int
  private let plan: ScoringPlan
  private let file: String
  private let options: SampleReadOptions
  private var normaliser: SampleValueNormaliser
  private var pending: [SampleRecord] = []
  private var phase = Phase.start
  private var row = 0
  private var sawCases = false
  /// Whether a case must come next in `cases` (after a comma).
  private var expectingCase = false

  /// Where the reader is in the document: before `{`; after `{` (a member or `}`); after a
  /// member (`,` or `}`); after `,` (a member); inside `cases`; at the end.
  private enum Phase {
    case start, firstMember, afterMember, member, cases, done
  }

  /// The most bytes one case (one element of `cases`) or one other member's value may take:
  /// 16 MiB, as for a CSV record. Beyond it the sample is refused with an error naming the
  /// limit, so that a broken or endless input stops early (`docs/limits.md`).
  public static let maximumValueBytes = 16 << 20
  /// The most bytes a member name may take.
  public static let maximumKeyBytes = 1 << 16

  /// Opens the JSON sample at `path`; `displayName` is used in messages.
  public init(
    path: String, plan: ScoringPlan, displayName: String? = nil,
    options: SampleReadOptions = SampleReadOptions()
  ) throws(SampleReadError) {
    do {
      let source = try FileSource(path: path)
      self.init(
        source: source, plan: plan, file: displayName ?? path,
        origin: source.isRegularFile ? source : nil, options: options)
    } catch {
      throw SampleReadError(
        Diagnostic(
          .unreadableSample, "cannot read sample '\(displayName ?? path)': \(error.message)",
          location: SourceLocation(file: displayName ?? path, line: 1, column: 1)))
    }
  }

  /// Reads the sample in `bytes`; `file` names it in messages.
  public init(
    bytes: [UInt8], plan: ScoringPlan, file: String,
    options: SampleReadOptions = SampleReadOptions()
  ) {
    // One chunk no bigger than the bytes: a small sample does not allocate (and zero) 64 KiB.
    self.init(
      source: MemorySource(bytes), plan: plan, file: file, origin: MemorySource(bytes),
      options: options, chunkSize: min(bytes.count, 1 << 16))
  }

  private init(
    source: any ByteSource, plan: ScoringPlan, file: String, origin: (any ByteSource)?,
    options: SampleReadOptions, chunkSize: Int = 1 << 16
  ) {
    self.stream = JSONByteStream(source: source, chunkSize: chunkSize)
    self.chunkSize = chunkSize
    self.plan = plan
    self.file = file
    self.origin = origin
    self.options = options
    self.normaliser = SampleValueNormaliser(plan: plan, strict: options.strictCodes)
  }

  /// Whether the sample can be read again: it comes from a regular file or from bytes.
  public var canRestart: Bool { origin != nil }

  /// Goes back to the start of the sample, to read it again; `false` when it cannot.
  public mutating func restart() -> Bool {
    switch origin {
    case let file as FileSource:
      guard file.rewind() else { return false }
      stream = JSONByteStream(source: file, chunkSize: chunkSize)
    case let memory?:
      stream = JSONByteStream(source: memory, chunkSize: chunkSize)  // a copy reads from its start
    case nil:
      return false
    }
    pending = []
    phase = .start
    row = 0
    sawCases = false
    expectingCase = false
    normaliser.reset()
    return true
  }

  public mutating func next() -> SampleRecord? {
    while pending.isEmpty && phase != .done { advance() }
    return pending.isEmpty ? nil : pending.removeFirst()
  }

  // MARK: Structure

  private mutating func advance() {
    switch phase {
    case .start:
      stream.skipByteOrderMark()
      stream.skipWhitespace()
      guard stream.peek() == UInt8(ascii: "{") else {
        if stream.peek() == nil, stream.failure == nil {
          fail(
            .invalidSampleShape,
            "the sample is empty; a JSON sample is an object with a "
              + "'cases' array", at: stream.position)
        } else if stream.failure != nil {
          syntaxError("expected '{'")
        } else {
          fail(
            .invalidSampleShape, "a JSON sample is an object with a 'cases' array",
            at: stream.position)
        }
        return
      }
      _ = stream.next()
      phase = .firstMember
    case .firstMember, .member:
      stream.skipWhitespace()
      if phase == .firstMember && stream.peek() == UInt8(ascii: "}") {
        _ = stream.next()
        finishDocument()
        return
      }
      readMember()
    case .afterMember:
      stream.skipWhitespace()
      switch stream.peek() {
      case UInt8(ascii: ","):
        _ = stream.next()
        phase = .member
      case UInt8(ascii: "}"):
        _ = stream.next()
        finishDocument()
      default:
        syntaxError("expected ',' or '}' after a member")
      }
    case .cases:
      stream.skipWhitespace()
      if stream.peek() == UInt8(ascii: "]"), !expectingCase {
        _ = stream.next()
        phase = .afterMember
        return
      }
      if row > 0, !expectingCase {
        guard stream.next() == UInt8(ascii: ",") else {
          syntaxError("expected ',' or ']' after a case")
          return
        }
        expectingCase = true
        return
      }
      let start = stream.position
      var bytes: [UInt8] = []
      guard stream.captureValue(into: &bytes, limit: Self.maximumValueBytes) else {
        if stream.exceededLimit {
          tooLarge("case \(row + 1)", at: start)
        } else {
          syntaxError(
            stream.peek() == UInt8(ascii: "]")
              ? "expected a case after ','" : "the case is not complete")
        }
        return
      }
      expectingCase = false
      row += 1
      let document: JSONDocument
      do {
        document = try JSONParser.parse(bytes)
      } catch {
        fail(
          .unreadableSample, "the sample is not valid JSON: \(error.message)",
          at: shift(error.position, from: start))
        return
      }
      var record = convert(document, row: row, start: start)
      if case .case(var item) = record {
        normaliser.normalise(&item)
        record = .case(item)
      }
      pending.append(record)
    case .done:
      break
    }
  }

  /// Reads one member of the top-level object: `"cases": [` opens the cases; any other member
  /// is reported and its value checked as JSON and skipped.
  private mutating func readMember() {
    let keyPosition = stream.position
    var keyBytes: [UInt8] = []
    guard stream.peek() == UInt8(ascii: "\""),
      stream.captureValue(into: &keyBytes, limit: Self.maximumKeyBytes),
      let key = try? JSONParser.parse(keyBytes).root.stringValue
    else {
      if stream.exceededLimit {
        fail(
          .unreadableSample,
          "a member name is longer than the limit of \(InputFile.describe(bytes: Self.maximumKeyBytes))",
          at: keyPosition)
      } else {
        syntaxError("expected a member name in quotes")
      }
      return
    }
    stream.skipWhitespace()
    guard stream.next() == UInt8(ascii: ":") else {
      syntaxError("expected ':' after the member name \(Quoted(key))")
      return
    }
    stream.skipWhitespace()
    if key == "cases" {
      guard !sawCases else {
        fail(
          .invalidSampleShape, "'cases' appears twice; a JSON sample has one 'cases' array",
          at: keyPosition)
        return
      }
      sawCases = true
      guard stream.peek() == UInt8(ascii: "[") else {
        fail(.invalidSampleShape, "'cases' must be an array of cases", at: stream.position)
        return
      }
      _ = stream.next()
      phase = .cases
      return
    }
    pending.append(
      .problem(
        Diagnostic(
          .invalidSampleShape,
          "unknown member \(Quoted(key)); a JSON sample has only 'cases'"
            + Suggestion.didYouMean(key, among: ["cases"]), location: location(keyPosition))))
    let valuePosition = stream.position
    var skipped: [UInt8] = []
    guard stream.captureValue(into: &skipped, limit: Self.maximumValueBytes) else {
      if stream.exceededLimit {
        tooLarge("the value of \(Quoted(key))", at: valuePosition)
      } else {
        syntaxError("the value of \(Quoted(key)) is not complete")
      }
      return
    }
    // Skipped, but still checked: a sample is valid JSON throughout.
    do {
      _ = try JSONParser.parse(skipped)
    } catch {
      fail(
        .unreadableSample, "the sample is not valid JSON: \(error.message)",
        at: shift(error.position, from: valuePosition))
      return
    }
    phase = .afterMember
  }

  private mutating func tooLarge(_ what: String, at position: SourcePosition) {
    fail(
      .unreadableSample,
      "\(what) is longer than the limit of \(InputFile.describe(bytes: Self.maximumValueBytes)) "
        + "(docs/limits.md); a missing closing bracket or quote is the usual cause",
      at: position)
  }

  private mutating func finishDocument() {
    stream.skipWhitespace()
    if stream.peek() != nil {
      syntaxError("unexpected text after the end of the sample")
      return
    }
    if !sawCases {
      pending.append(
        .problem(
          Diagnostic(
            .invalidSampleShape, "a JSON sample needs a 'cases' array",
            location: location(SourcePosition(line: 1, column: 1)))))
    }
    pending += normaliser.warnings().map { .problem($0) }
    phase = .done
  }

  private mutating func syntaxError(_ message: String) {
    if let failure = stream.failure {
      fail(.unreadableSample, "cannot read the sample: \(failure)", at: stream.position)
    } else if stream.peek() == nil {
      fail(
        .unreadableSample,
        "the sample is not valid JSON: unexpected end of input (the file may "
          + "be truncated); \(message)", at: stream.position)
    } else {
      fail(.unreadableSample, "the sample is not valid JSON: \(message)", at: stream.position)
    }
  }

  private mutating func fail(_ code: DiagnosticCode, _ message: String, at position: SourcePosition)
  {
    pending.append(.problem(Diagnostic(code, message, location: location(position))))
    phase = .done
  }

  private func start(of line: Int, _ column: Int) -> SourcePosition {
    SourcePosition(line: line, column: column)
  }

  private func location(_ position: SourcePosition) -> SourceLocation {
    SourceLocation(file: file, line: position.line, column: position.column)
  }

  /// A position inside a case's own text, moved to where the case starts in the file.
  private func shift(_ position: SourcePosition?, from start: SourcePosition) -> SourcePosition {
    guard let position else { return start }
    return SourcePosition(
      line: start.line + position.line - 1,
      column: position.line == 1 ? start.column + position.column - 1 : position.column)
  }

  // MARK: One case

  private func convert(_ document: JSONDocument, row: Int, start: SourcePosition) -> SampleRecord {
    func at(_ position: SourcePosition?) -> SourceLocation {
      location(shift(position, from: start))
    }
    guard case .object(let members) = document.root else {
      return .rejected(
        id: "", row: row,
        problem: Diagnostic(
          .invalidSampleShape, "case \(row) is \(document.root.kindDescription), not an object",
          location: location(start)))
    }
    let known: Set<String> = ["case", "attributes", "answers", "excluded", "metadata"]
    var problems: [Diagnostic] = []
    for key in members.keys.sorted() where !known.contains(key) {
      problems.append(
        Diagnostic(
          .invalidSampleShape,
          "case \(row): unknown member \(Quoted(key)); a case has 'case', "
            + "'attributes', 'answers' and optionally 'excluded' and 'metadata'."
            + Suggestion.didYouMean(key, among: known.sorted()),
          location: at(document.keyPosition(of: [.key(key)]))))
    }
    let id = options.caseID(members["case"]?.stringValue ?? "")
    if members["case"] != nil && members["case"]?.stringValue == nil {
      problems.append(
        Diagnostic(
          .invalidSampleShape, "case \(row): 'case' must be a string",
          location: at(document.position(of: ["case"]))))
    }
    func map(
      _ key: String, ids: [String: Int], count: Int, kind: String, hint: String = ""
    ) -> (values: [String?], positions: [SourcePosition]) {
      var values = [String?](repeating: nil, count: count)
      var positions = [SourcePosition](repeating: start, count: count)
      guard let member = members[key] else { return (values, positions) }
      guard case .object(let entries) = member else {
        problems.append(
          Diagnostic(
            .invalidSampleShape,
            "case \(row): \(Quoted(key)) must be an object of \(kind) ids to codes",
            location: at(document.position(of: [.key(key)]))))
        return (values, positions)
      }
      for (name, entry) in entries.sorted(by: { $0.key < $1.key }) {
        let entryPath: JSONPath = [.key(key), .key(name)]
        guard let index = ids[name] else {
          problems.append(
            Diagnostic(
              .unknownColumn,
              "case \(row): \(Quoted(name)) is not \(kind) of \(plan.document.label)."
                + Suggestion.didYouMean(name, among: ids.keys.sorted()) + hint,
              location: at(document.keyPosition(of: entryPath))))
          continue
        }
        positions[index] = shift(document.position(of: entryPath), from: start)
        switch entry {
        case .null: break
        case .string(let code): values[index] = code.isEmpty ? nil : code
        default:
          problems.append(
            Diagnostic(
              .invalidSampleShape,
              "case \(row): the value of \(Quoted(name)) must be a string code, "
                + "found \(entry.kindDescription)", location: at(document.position(of: entryPath))))
        }
      }
      return (values, positions)
    }
    let attributes = map(
      "attributes", ids: plan.attributeIndex, count: plan.attributes.count, kind: "an attribute")
    let answers = map(
      "answers", ids: plan.questionIndex, count: plan.questions.count, kind: "a question")
    let metadataIndex = Dictionary(
      options.metadata.enumerated().map { ($0.element, $0.offset) },
      uniquingKeysWith: { first, _ in first })
    let metadata = map(
      "metadata", ids: metadataIndex, count: options.metadata.count,
      kind: "declared case metadata",
      hint: " Declare case metadata on the command line, e.g. --metadata inspector,team.")
    var exclusion: String?
    if let excluded = members["excluded"] {
      if let reason = excluded.stringValue, !reason.isEmpty {
        exclusion = reason
      } else if !excluded.isNull {
        problems.append(
          Diagnostic(
            .invalidSampleShape, "case \(row): 'excluded' must be a reason (a string)",
            location: at(document.position(of: ["excluded"]))))
      }
    }
    if var first = problems.first {
      // One case, one rejection: the other problems go with the first as notes, so that
      // under --exclude-invalid they leave with the case instead of failing the run.
      first.notes += problems.dropFirst().map {
        Diagnostic.Note(message: "\($0.message) [\($0.code)]", location: $0.location)
      }
      return .rejected(id: id, row: row, problem: first)
    }
    return .case(
      SampleCase(
        id: id, attributes: attributes.values, answers: answers.values, exclusion: exclusion,
        metadata: metadata.values,
        origin: CaseOrigin(
          file: file, row: row, start: shift(document.position(of: ["case"]), from: start),
          attributePositions: attributes.positions, answerPositions: answers.positions)))
  }
}
