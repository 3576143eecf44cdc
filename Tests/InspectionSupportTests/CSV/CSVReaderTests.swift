import InspectionTestSupport
import Testing

@testable import InspectionSupport

/// A well-formed input and the records it must produce.
struct CSVValidCase: Sendable, CustomTestStringConvertible {
  var name: String
  var input: [UInt8]
  /// The expected records as (starting line, fields).
  var records: [(line: Int, fields: [String])]

  init(_ name: String, _ input: String, _ records: [(Int, [String])]) {
    self.init(name, Array(input.utf8), records)
  }

  init(_ name: String, _ input: [UInt8], _ records: [(Int, [String])]) {
    self.name = name
    self.input = input
    self.records = records.map { (line: $0.0, fields: $0.1) }
  }

  var testDescription: String { name }
}

/// A malformed input and the error it must produce.
struct CSVInvalidCase: Sendable, CustomTestStringConvertible {
  var name: String
  var input: [UInt8]
  var kind: CSVError.Kind
  var line: Int
  var column: Int
  var fragment: String
  var limits = CSVReader.Limits()

  init(
    _ name: String, _ input: String, _ kind: CSVError.Kind, _ line: Int, _ column: Int,
    _ fragment: String, limits: CSVReader.Limits = CSVReader.Limits()
  ) {
    self.init(name, Array(input.utf8), kind, line, column, fragment, limits: limits)
  }

  init(
    _ name: String, _ input: [UInt8], _ kind: CSVError.Kind, _ line: Int, _ column: Int,
    _ fragment: String, limits: CSVReader.Limits = CSVReader.Limits()
  ) {
    self.name = name
    self.input = input
    self.kind = kind
    self.line = line
    self.column = column
    self.fragment = fragment
    self.limits = limits
  }

  var testDescription: String { name }
}

let csvValidCases: [CSVValidCase] = [
  CSVValidCase("plain LF", "a,b,c\n1,2,3\n", [(1, ["a", "b", "c"]), (2, ["1", "2", "3"])]),
  CSVValidCase(
    "long whole lines with spaces, tabs and symbols",
    "abcdefgh,  ij\tkl ,m!#$%&'()*+n,,,\r\nopqrstuvwxyz0123,é,ü—x\n",
    [
      (1, ["abcdefgh", "  ij\tkl ", "m!#$%&'()*+n", "", "", ""]),
      (2, ["opqrstuvwxyz0123", "é", "ü—x"]),
    ]),
  CSVValidCase(
    "a quote late in a long line", "abcdefghijklmnop,\"q,r\",s\n",
    [(1, ["abcdefghijklmnop", "q,r", "s"])]),
  CSVValidCase(
    "a lone CR late in a long line", "abcdefghijklmnop,q\rr,s\n",
    [(1, ["abcdefghijklmnop", "q"]), (2, ["r", "s"])]),
  CSVValidCase("CRLF", "a,b\r\n1,2\r\n", [(1, ["a", "b"]), (2, ["1", "2"])]),
  CSVValidCase("no final newline", "a,b\n1,2", [(1, ["a", "b"]), (2, ["1", "2"])]),
  CSVValidCase("BOM skipped", "\u{FEFF}a,b\n1,2\n", [(1, ["a", "b"]), (2, ["1", "2"])]),
  CSVValidCase("only a BOM", "\u{FEFF}", []),
  CSVValidCase("empty input", "", []),
  CSVValidCase("only line breaks", "\n\r\n\r", []),
  CSVValidCase("quoted comma", "a,\"b,c\",d\n", [(1, ["a", "b,c", "d"])]),
  CSVValidCase("doubled quotes", "\"he said \"\"hi\"\"\"\n", [(1, ["he said \"hi\""])]),
  CSVValidCase("only a quote", "\"\"\"\"\n", [(1, ["\""])]),
  CSVValidCase(
    "quoted LF", "a,\"line1\nline2\",c\nx,y,z\n",
    [(1, ["a", "line1\nline2", "c"]), (3, ["x", "y", "z"])]),
  CSVValidCase(
    "quoted CRLF kept", "a,\"l1\r\nl2\"\r\nx\r\n", [(1, ["a", "l1\r\nl2"]), (3, ["x"])]),
  CSVValidCase(
    "quoted blank line", "x,\"multi\n\nline\"\ny", [(1, ["x", "multi\n\nline"]), (4, ["y"])]),
  CSVValidCase("trailing comma", "a,b,\n", [(1, ["a", "b", ""])]),
  CSVValidCase("trailing comma at EOF", "a,b,", [(1, ["a", "b", ""])]),
  CSVValidCase("all empty fields", ",,\n", [(1, ["", "", ""])]),
  CSVValidCase("blank line skipped", "a\n\nb\n", [(1, ["a"]), (3, ["b"])]),
  CSVValidCase("leading blank lines", "\n\n\na\n", [(4, ["a"])]),
  CSVValidCase("CRLF blank line", "a\r\n\r\nb", [(1, ["a"]), (3, ["b"])]),
  CSVValidCase("trailing blank lines", "a,b\n\n\n", [(1, ["a", "b"])]),
  CSVValidCase("lone CR", "a\rb\rc", [(1, ["a"]), (2, ["b"]), (3, ["c"])]),
  CSVValidCase("CR CR is two breaks", "a\r\rb", [(1, ["a"]), (3, ["b"])]),
  CSVValidCase("empty quoted field is a record", "\"\"\n", [(1, [""])]),
  CSVValidCase("empty quoted last field", "a,\"\"\n", [(1, ["a", ""])]),
  CSVValidCase("not trimmed", " a , b \n", [(1, [" a ", " b "])]),
  CSVValidCase("spaces-only line is a record", "   \n", [(1, ["   "])]),
  CSVValidCase("multi-byte UTF-8", "é,ü,😀\n", [(1, ["é", "ü", "😀"])]),
  CSVValidCase(
    "quoted field at EOF", "\"a\nb\"\n\"c\"", [(1, ["a\nb"]), (3, ["c"])]),
  CSVValidCase("quoted then CRLF", "\"a\",\"b\"\r\n\"c\"", [(1, ["a", "b"]), (2, ["c"])]),
  CSVValidCase(
    "mixed endings", "a,\"b\r\nc\"\rd\ne", [(1, ["a", "b\r\nc"]), (3, ["d"]), (4, ["e"])]),
  CSVValidCase("BOM then quoted", "\u{FEFF}\"a\",b", [(1, ["a", "b"])]),
  CSVValidCase("BOM later is data", "a,\u{FEFF}b\n", [(1, ["a", "\u{FEFF}b"])]),
  CSVValidCase("EF not a BOM", [0xEF, 0x80, 0x80, 0x2C, 0x61], [(1, ["\u{F000}", "a"])]),
  CSVValidCase("NUL byte is data", "a\u{0}b,c", [(1, ["a\u{0}b", "c"])]),
]

let csvInvalidCases: [CSVInvalidCase] = [
  CSVInvalidCase(
    "unterminated at EOF", "a,\"bc", .unterminatedQuotedField, 1, 3,
    "quoted field is not closed before end of file; add the closing '\"'"),
  CSVInvalidCase(
    "unterminated over lines", "a,b\nc,\"d\ne\nf", .unterminatedQuotedField, 2, 3,
    "not closed"),
  CSVInvalidCase(
    "unterminated after BOM", "\u{FEFF}\"abc", .unterminatedQuotedField, 1, 1, "not closed"),
  CSVInvalidCase(
    "unterminated after escaped quote", "x,\"a\"\"", .unterminatedQuotedField, 1, 3,
    "add the closing"),
  CSVInvalidCase(
    "quote in unquoted", "ab\"c\n", .quoteInUnquotedField, 1, 3,
    "inside a field that does not start with '\"'"),
  CSVInvalidCase(
    "quote in unquoted, line 2", "x,y\nab,c\"d\n", .quoteInUnquotedField, 2, 5, "double"),
  CSVInvalidCase(
    "quote after multi-byte", "é\"", .quoteInUnquotedField, 1, 2, "quote the whole field"),
  CSVInvalidCase(
    "text after closing quote", "\"abc\"x\n", .characterAfterClosingQuote, 1, 6,
    "after the closing '\"'"),
  CSVInvalidCase(
    "space after closing quote", "a,\"b\" ,c", .characterAfterClosingQuote, 1, 6,
    "after the closing"),
  CSVInvalidCase(
    "after closing quote on later line", "1\n\"a\nb\"c", .characterAfterClosingQuote, 3, 3,
    "put a ','"),
  CSVInvalidCase(
    "invalid byte", [0x61, 0x2C, 0x62, 0xFF, 0x63, 0x0A], .invalidUTF8, 1, 4,
    "invalid UTF-8 (byte 0xFF)"),
  CSVInvalidCase(
    "truncated sequence in quoted field",
    Array("x\n\"a\nb\"\"".utf8) + [0xC3] + Array("(\"".utf8), .invalidUTF8, 3, 4,
    "byte 0xC3"),
  CSVInvalidCase(
    "overlong encoding", [0x61, 0x2C, 0xC0, 0x80], .invalidUTF8, 1, 3, "byte 0xC0"),
  CSVInvalidCase(
    "surrogate", Array("é,".utf8) + [0xED, 0xA0, 0x80], .invalidUTF8, 1, 3, "byte 0xED"),
  CSVInvalidCase(
    "record too long", "ok\n0123456789A\n", .recordTooLong, 2, 1, "longer than 10 bytes",
    limits: CSVReader.Limits(maxRecordBytes: 10)),
  CSVInvalidCase(
    "unclosed quote swallows the file", "a,\"b\nccccccccccccccc\n", .recordTooLong, 1, 3,
    "closing '\"' is missing", limits: CSVReader.Limits(maxRecordBytes: 10)),
  CSVInvalidCase(
    "too many fields", "a,b,c,d", .tooManyFields, 1, 7, "more than 3 fields",
    limits: CSVReader.Limits(maxFieldCount: 3)),
  CSVInvalidCase(
    "too many fields by a final comma", "a,b,c,", .tooManyFields, 1, 7, "more than 3",
    limits: CSVReader.Limits(maxFieldCount: 3)),
  // Whole quote-free lines are split in place, sixteen bytes at a time (`ik_csv_scan_line`);
  // these reach that path.
  CSVInvalidCase(
    "too many fields on a whole line", "a,b\nabcdefgh,ijklmnop,q,r\n", .tooManyFields, 2, 21,
    "more than 3", limits: CSVReader.Limits(maxFieldCount: 3)),
  CSVInvalidCase(
    "invalid byte on a whole line", Array("abcdefghij,klm".utf8) + [0xFF] + Array(",x\n".utf8),
    .invalidUTF8, 1, 15, "byte 0xFF"),
  CSVInvalidCase(
    "invalid byte after multi-byte on a whole line",
    Array("é,ü,abcdefgh,".utf8) + [0xC3, 0x28] + Array("\n".utf8), .invalidUTF8, 1, 14,
    "byte 0xC3"),
  CSVInvalidCase(
    "whole line too long", "abcdefghijklmnopqrstuvwxyz\n", .recordTooLong, 1, 1, "longer than 20",
    limits: CSVReader.Limits(maxRecordBytes: 20)),
]

/// Reads all records from `bytes`, handing them to the reader `maxChunk` bytes at a time.
func readCSV(
  _ bytes: [UInt8], maxChunk: Int = .max, chunkSize: Int = CSVReader.defaultChunkSize,
  limits: CSVReader.Limits = CSVReader.Limits()
) -> Result<[CSVRecord], CSVError> {
  var reader = CSVReader(
    source: MemorySource(bytes, maxChunk: maxChunk), chunkSize: chunkSize, limits: limits)
  return Result { () throws(CSVError) in try reader.readAll() }
}

@Suite struct CSVReaderTests {
  @Test
  func validInputs() throws {
    for testCase in csvValidCases {
      let records = try readCSV(testCase.input).get()
      #expect(records.map(\.fields) == testCase.records.map(\.fields))
      #expect(records.map(\.line) == testCase.records.map(\.line))
      #expect(records.map(\.number) == records.indices.map { $0 + 1 })
      for record in records {
        #expect(record.fieldPositions.count == record.fields.count)
      }
    }
  }

  @Test(arguments: csvInvalidCases)
  func invalidInputs(_ testCase: CSVInvalidCase) {
    let result = readCSV(testCase.input, limits: testCase.limits)
    guard case .failure(let error) = result else {
      Issue.record("expected an error, got \(result)")
      return
    }
    #expect(error.kind == testCase.kind)
    #expect(error.line == testCase.line)
    #expect(error.column == testCase.column)
    #expect(error.message.contains(testCase.fragment), "\(error.message)")
    #expect(error.description.hasPrefix("line \(testCase.line), column \(testCase.column): "))
  }

  @Test func errorMessageMatchesTheDocumentedWording() {
    let input = "id,a\n1,2\n3,4\n5,6\n7,8\n9,0\nlast,x,\"unclosed"
    guard case .failure(let error) = readCSV(Array(input.utf8)) else {
      Issue.record("expected an error")
      return
    }
    #expect(
      error.description
        == "line 7, column 8: quoted field is not closed before end of file; add the closing '\"'"
    )
    #expect(error.fieldIndex == 2)
  }

  @Test func fieldPositions() throws {
    let input = "\u{FEFF}id,\"na,me\",é😀,x\n1,\"a\nb\",c,\n\n\"q\"\"\",z"
    let records = try readCSV(Array(input.utf8)).get()
    let positions = records.map { $0.fieldPositions.map { [$0.line, $0.column] } }
    #expect(
      positions == [
        [[1, 1], [1, 4], [1, 12], [1, 15]],
        [[2, 1], [2, 3], [3, 4], [3, 6]],
        [[5, 1], [5, 7]],
      ])
    #expect(records.map(\.number) == [1, 2, 3])
    #expect(records[1].position(ofField: 2) == CSVPosition(line: 3, column: 4))
    #expect(records[1].position(ofField: 9) == nil)
    #expect(records[1].field(at: 1) == "a\nb")
    #expect(records[1].field(at: 4) == nil)
  }

  @Test func errorsAreSticky() {
    var reader = CSVReader(string: "a\n\"b\nc")
    #expect(throws: Never.self) { _ = try reader.nextRecord() }
    let first = Result { () throws(CSVError) in try reader.nextRecord() }
    let second = Result { () throws(CSVError) in try reader.nextRecord() }
    guard case .failure(let error1) = first, case .failure(let error2) = second else {
      Issue.record("expected two failures")
      return
    }
    #expect(error1 == error2)
  }

  @Test func endOfInputIsStable() throws {
    var reader = CSVReader(string: "a")
    #expect(try reader.nextRecord()?.fields == ["a"])
    #expect(try reader.nextRecord() == nil)
    #expect(try reader.nextRecord() == nil)
  }

  // MARK: Chunk boundaries

  static let chunkSizes = [1, 2, 3, 7, 64 << 10]

  // One test case per input, each trying every chunk size (named in the expectation): one
  // case per pair would make `swift test` output five times as long.

  @Test
  func validInputsAcrossChunkBoundaries() {
    for testCase in csvValidCases {
      let whole = readCSV(testCase.input)
      for chunk in Self.chunkSizes {
        #expect(readCSV(testCase.input, maxChunk: chunk) == whole, "chunk \(chunk)")
        #expect(readCSV(testCase.input, chunkSize: max(4, chunk)) == whole, "chunk \(chunk)")
      }
    }
  }

  @Test
  func invalidInputsAcrossChunkBoundaries() {
    for testCase in csvInvalidCases {
      let whole = readCSV(testCase.input, limits: testCase.limits)
      for chunk in Self.chunkSizes {
        let pieces = readCSV(testCase.input, maxChunk: chunk, limits: testCase.limits)
        let small = readCSV(testCase.input, chunkSize: max(4, chunk), limits: testCase.limits)
        #expect(pieces == whole, "chunk \(chunk)")
        #expect(small == whole, "chunk \(chunk)")
      }
    }
  }

  @Test(arguments: 1...9)
  func splitsAtEveryOffset(_ split: Int) throws {
    // CRLF, a quoted CRLF, a doubled quote and a 4-byte character, cut at each offset by
    // a two-read source.
    let input = Array("a,b\r\n\"x\r\ny\"\"\",😀\r\né".utf8)
    var source = TwoPieceSource(bytes: input, split: split)
    var reader = CSVReader(source: source, chunkSize: 4)
    let records = try reader.readAll()
    #expect(records.map(\.fields) == [["a", "b"], ["x\r\ny\"", "😀"], ["é"]])
    #expect(records.map(\.line) == [1, 2, 4])
    #expect(records[1].fieldPositions.map(\.column) == [1, 6])
    source = TwoPieceSource(bytes: input, split: input.count - split)
    reader = CSVReader(source: source, chunkSize: 5)
    #expect(try reader.readAll() == records)
  }

  @Test func multiByteCharacterSplitAcrossChunks() throws {
    // "😀" is F0 9F 98 80; with chunks of 4 it straddles two chunks.
    let input = Array("ab,😀x\n".utf8)
    for chunk in 1...input.count {
      let records = try readCSV(input, maxChunk: chunk, chunkSize: 4).get()
      #expect(records.map(\.fields) == [["ab", "😀x"]])
    }
  }

  // MARK: Round trip and robustness

  @Test(arguments: [1, 2, 3, 7, 64 << 10])
  func writerOutputReadsBack(_ chunk: Int) throws {
    var generator = SplitMix64(seed: 4180)
    let alphabet: [String] = ["a", "b", ",", "\"", "\r", "\n", " ", "\t", "é", "😀", "\u{FEFF}"]
    var expected: [[String]] = []
    var text = ""
    for _ in 0..<300 {
      let count = Int(generator.uniform(below: 5)) + 1
      var fields: [String] = []
      for _ in 0..<count {
        let length = Int(generator.uniform(below: 6))
        var field = ""
        for _ in 0..<length { field += alphabet[Int(generator.uniform(below: 11))] }
        fields.append(field)
      }
      expected.append(fields)
      text += CSVWriter.line(fields, terminator: generator.uniform(below: 2) == 0 ? "\n" : "\r\n")
    }
    let records = try readCSV(Array(text.utf8), maxChunk: chunk).get()
    #expect(records.map(\.fields) == expected)
  }

  @Test func randomBytesNeverCrash() {
    var generator = SplitMix64(seed: 7)
    let interesting: [UInt8] = [0x2C, 0x22, 0x0D, 0x0A, 0x61, 0xC3, 0xA9, 0xEF, 0xBB, 0xBF, 0xFF]
    for round in 0..<2_000 {
      let length = Int(generator.uniform(below: 40))
      let bytes = (0..<length).map { _ in
        generator.uniform(below: 4) == 0
          ? UInt8(truncatingIfNeeded: generator.next())
          : interesting[Int(generator.uniform(below: UInt64(interesting.count)))]
      }
      let chunk = Int(generator.uniform(below: 5)) + 1
      let limits = CSVReader.Limits(maxRecordBytes: 20, maxFieldCount: 8)
      let whole = readCSV(bytes, limits: limits)
      let pieces = readCSV(bytes, maxChunk: chunk, limits: limits)
      #expect(
        pieces == whole, "round \(round)")
    }
  }

  @Test func streamsWithoutHoldingTheInput() throws {
    // 50,000 rows generated on the fly: the reader only ever sees 64 KiB at a time.
    var reader = CSVReader(source: GeneratedSource(rows: 50_000))
    var count = 0
    while let record = try reader.nextRecord() {
      count += 1
      #expect(record.fields.count == 3)
    }
    #expect(count == 50_000)
  }

  @Test func extremeChunkSizesAreClamped() throws {
    var huge = CSVReader(source: MemorySource("a,b"), chunkSize: .max)
    #expect(try huge.readAll().map(\.fields) == [["a", "b"]])
    var tiny = CSVReader(source: MemorySource("\u{FEFF}a,b"), chunkSize: -5)
    #expect(try tiny.readAll().map(\.fields) == [["a", "b"]])
  }

  @Test func misbehavingSourceIsClamped() throws {
    var reader = CSVReader(source: LyingSource(), chunkSize: 8)
    let records = try reader.readAll()
    #expect(records.map(\.fields) == [["x", "x", "x", "xx"]])
  }
}

/// Hands out `bytes` in exactly two reads, split at `split`.
private struct TwoPieceSource: ByteSource {
  var bytes: [UInt8]
  var split: Int
  var offset = 0

  mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(CSVError) -> Int {
    let limit = offset < split ? split : bytes.count
    let count = min(buffer.count, limit - offset)
    for index in 0..<count { buffer[index] = bytes[offset + index] }
    offset += count
    return count
  }
}

/// Produces `rows` records `n,"quoted, n",yes` without storing them.
private struct GeneratedSource: ByteSource {
  var rows: Int
  var row = 0
  var pending: [UInt8] = []

  mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(CSVError) -> Int {
    while pending.count < buffer.count, row < rows {
      row += 1
      pending += Array("\(row),\"quoted, \(row)\",yes\r\n".utf8)
    }
    let count = min(buffer.count, pending.count)
    for index in 0..<count { buffer[index] = pending[index] }
    pending.removeFirst(count)
    return count
  }
}

/// Claims to have read more bytes than the buffer holds, once.
private struct LyingSource: ByteSource {
  var done = false

  mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(CSVError) -> Int {
    if done { return 0 }
    done = true
    for index in 0..<buffer.count { buffer[index] = UInt8(ascii: index % 2 == 0 ? "x" : ",") }
    buffer[buffer.count - 1] = UInt8(ascii: "x")
    return buffer.count * 3
  }
}
