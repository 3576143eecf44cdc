import InspectionEvaluator
import InspectionSchema
import InspectionSupport
import Testing

/// Inputs found by, or probing the limits reached by, the libFuzzer targets in `Fuzz/`:
/// each is fed to the public readers and must give located diagnostics, quickly, never a
/// crash. A crash found by fuzzing is added here with the input that caused it.
///
/// (No crash has been found so far; see the fuzzing record in Benchmarks/README.md.)
@Suite struct FuzzRegressionTests {
  let plan = Fixtures.demonstration

  /// Scores `bytes` as CSV or JSON under both option sets, as the fuzz targets do, and
  /// returns the errors of the default run.
  func score(_ bytes: [UInt8], json: Bool) -> [Diagnostic] {
    var firstErrors: [Diagnostic]?
    for options in [
      SampleTally.Options(),
      SampleTally.Options(allowIncomplete: true, excludeInvalid: true, collectCaseIDs: true),
    ] {
      let evaluation: Evaluation
      if json {
        var reader = JSONSampleReader(bytes: bytes, plan: plan, file: "fuzz.json")
        evaluation = Evaluator.evaluate(plan: plan, reader: &reader, options: options)
      } else {
        var reader = CSVSampleReader(bytes: bytes, plan: plan, displayName: "fuzz.csv")
        evaluation = Evaluator.evaluate(plan: plan, reader: &reader, options: options)
      }
      for error in evaluation.errors {
        #expect(error.location != nil, "an error without a location: \(error.rendered)")
      }
      if firstErrors == nil { firstErrors = evaluation.errors }
    }
    return firstErrors ?? []
  }

  /// A JSON sample that the JSONSample fuzzer reported as a 501-second timeout: the process
  /// had been paused (SIGSTOP) while the benchmarks ran, and the input scores in
  /// milliseconds; kept to show it. A misspelt member, a key with non-ASCII bytes.
  static let pausedTimeoutInput: [UInt8] = [
    123, 34, 99, 97, 115, 101, 115, 34, 58, 32, 91, 10, 32, 32, 123, 34, 99, 48, 115, 101, 34,
    58, 32, 34, 65, 34, 44, 32, 32, 34, 97, 116, 116, 114, 105, 98, 117, 116, 101, 115, 34, 58,
    32, 123, 34, 99, 97, 115, 101, 49, 95, 116, 121, 112, 101, 34, 58, 32, 34, 99, 111, 109, 109,
    117, 110, 105, 116, 121, 34, 44, 32, 34, 114, 111, 104, 34, 58, 32, 34, 109, 101, 100, 105,
    117, 109, 34, 125, 44, 10, 32, 32, 32, 34, 97, 110, 115, 119, 101, 114, 115, 34, 58, 32, 123,
    34, 49, 46, 49, 46, 97, 34, 58, 32, 34, 110, 111, 34, 44, 32, 34, 49, 46, 49, 46, 98, 34, 58,
    32, 110, 117, 108, 108, 44, 32, 34, 49, 46, 49, 46, 115, 34, 58, 32, 34, 121, 101, 115, 34,
    44, 32, 34, 49, 46, 50, 46, 97, 34, 58, 32, 34, 121, 101, 115, 34, 44, 32, 34, 50, 46, 50,
    46, 97, 34, 58, 32, 34, 112, 111, 111, 114, 34, 44, 10, 32, 32, 32, 32, 32, 32, 32, 32, 32,
    32, 32, 32, 32, 32, 32, 34, 50, 46, 49, 46, 98, 34, 58, 32, 34, 121, 101, 115, 34, 44, 32,
    34, 50, 46, 50, 46, 98, 34, 58, 32, 34, 110, 111, 34, 44, 32, 34, 51, 46, 49, 46, 97, 34, 58,
    32, 34, 110, 111, 34, 125, 125, 44, 10, 32, 32, 123, 34, 99, 97, 115, 101, 34, 58, 32, 34,
    67, 34, 44, 32, 34, 101, 99, 120, 108, 117, 100, 101, 100, 34, 58, 32, 34, 116, 114, 97, 110,
    115, 102, 101, 114, 114, 101, 100, 32, 103, 111, 117, 116, 34, 44, 32, 34, 97, 116, 116, 114,
    105, 98, 117, 116, 50, 217, 158, 58, 32, 123, 34, 99, 97, 115, 101, 95, 116, 121, 112, 101,
    34, 58, 32, 34, 108, 105, 99, 101, 110, 99, 101, 34, 125, 44, 32, 34, 97, 110, 115, 119, 101,
    114, 115, 34, 58, 32, 123, 125, 125, 10, 93, 125, 10,
  ]

  /// A CSV sample and a judgements file reported as 501-second slow units during the same
  /// pause: both are read in milliseconds.
  static let pausedSlowCSV: [UInt8] = [
    99, 97, 115, 101, 44, 99, 97, 115, 101, 95, 116, 121, 112, 101, 44, 114, 111, 104, 44, 49,
    46, 49, 46, 97, 44, 49, 46, 49, 46, 98, 44, 49, 46, 49, 46, 115, 44, 49, 46, 50, 46, 97, 44,
    50, 46, 49, 46, 97, 44, 50, 46, 49, 14, 98, 44, 50, 46, 50, 46, 115, 44, 121, 101, 115, 10,
    66, 44, 99, 111, 109, 109, 101, 113, 117, 97, 7, 0, 0, 0, 0, 0, 0, 0, 44, 44, 44, 121, 101,
    115, 10, 68, 44, 99, 111, 109, 51, 46, 49, 46, 98, 44, 50, 46, 50, 46, 115, 44, 121, 101,
    115, 10, 66, 44, 99, 111, 109, 109, 101, 113, 117, 97, 7, 0, 0, 0, 0, 0, 0, 0, 44, 44, 44,
    121, 101, 115, 10, 68, 44, 99, 111, 109, 109, 117, 110, 105, 116, 121, 44, 108, 111, 119, 44,
    121, 101, 115, 44, 44, 121, 101, 115, 44, 121, 101, 115, 44, 103, 111, 111, 100, 44, 110, 97,
    44, 44, 44, 0, 44, 44, 44, 121, 101, 115, 10, 68, 44, 99, 111, 109, 50, 46, 49, 46, 98, 44,
    50, 46, 50, 46, 115, 44, 121, 101, 115, 10, 66, 44, 99, 111, 109, 109, 101, 113, 117, 97,
    101, 115, 44, 44, 121, 101, 115, 44, 121, 101, 115, 44, 103, 111, 111, 100, 44, 110, 97, 44,
    44, 44, 0, 44, 44, 44, 121, 101, 115, 10, 68, 44, 7, 0, 0, 0, 44, 121, 101, 115, 10, 109,
    117, 110, 105, 116, 121, 44, 108, 111, 119, 44, 121, 101, 115, 44, 44, 121, 101, 115, 44,
    121, 101, 115, 44, 103, 111, 111, 100, 44, 110, 97, 44, 44, 44, 44, 121, 101, 115, 10,
  ]
  static let pausedSlowJudgements: [UInt8] = [
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 123, 34, 92,
    92, 0, 100, 0, 0, 0,
  ]

  @Test func theInputsFlaggedAsSlowAreReadQuicklyWithLocatedErrors() {
    let clock = ContinuousClock()
    var errors: [Diagnostic] = []
    var judgements: [Diagnostic] = []
    let elapsed = clock.measure {
      errors = score(Self.pausedSlowCSV, json: false)
      judgements =
        JudgementsReader.read(
          bytes: Self.pausedSlowJudgements, file: "fuzz", document: plan.document
        ).diagnostics
    }
    #expect(!errors.isEmpty)
    #expect(!judgements.isEmpty)
    for diagnostic in judgements { #expect(diagnostic.location != nil) }
    #expect(elapsed < .seconds(5))
  }

  @Test func theInputFlaggedAsATimeoutScoresQuicklyWithLocatedErrors() {
    let clock = ContinuousClock()
    var errors: [Diagnostic] = []
    let elapsed = clock.measure { errors = score(Self.pausedTimeoutInput, json: true) }
    #expect(!errors.isEmpty)
    #expect(elapsed < .seconds(5))
  }

  static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }
  static func repeated(_ character: Character, _ count: Int) -> [UInt8] {
    Array(repeating: character.asciiValue ?? 0, count: count)
  }

  static let hostileJSONInputs: [(String, [UInt8])] = {
    var inputs: [(String, [UInt8])] = []
    inputs.append(("deeply nested", repeated("[", 100_000)))
    inputs.append(("nested cases", bytes("{\"cases\":") + repeated("[", 100_000)))
    inputs.append(("NUL bytes", [0, 0, 0, 0]))
    let invalid = bytes("{\"cases\":[{\"case\":\"") + [0xFF, 0xFE] + bytes("\"}]}")
    inputs.append(("invalid UTF-8", invalid))
    inputs.append(("lone surrogate escape", bytes("{\"cases\":[{\"case\":\"\\uD800\"}]}")))
    inputs.append(("huge number", bytes("{\"cases\":[{\"case\":1e999999}]}")))
    inputs.append(("empty", []))
    return inputs
  }()

  static let hostileCSVInputs: [(String, [UInt8])] = {
    var inputs: [(String, [UInt8])] = []
    inputs.append(("BOM only", [0xEF, 0xBB, 0xBF]))
    inputs.append(("lone CR", [0x0D]))
    inputs.append(("NUL bytes", [0, 0x2C, 0, 0x0A, 0]))
    inputs.append(("invalid UTF-8 in a value", bytes("case,case_type\n") + [0xC3, 0x28, 0x0A]))
    inputs.append(("unterminated quote", bytes("case,case_type,roh\n\"A,licence,low\n")))
    inputs.append(("100,001 fields", repeated(",", 100_000)))
    inputs.append(("header of one long field", repeated("x", 1 << 20)))
    inputs.append(("empty", []))
    return inputs
  }()

  static let hostileJudgementInputs: [(String, [UInt8])] = {
    var inputs: [(String, [UInt8])] = []
    inputs.append(("100,000 '{'", repeated("{", 100_000)))
    let invalidLabel =
      bytes("{\"judgements\":[{\"item\":\"1.1\",\"label\":") + [0xFF] + bytes("}]}")
    inputs.append(("invalid UTF-8 label", invalidLabel))
    inputs.append(("unterminated quote", bytes("item,label,rationale\n1.1,\"unterminated")))
    inputs.append(("BOM and CRs", [0xEF, 0xBB, 0xBF, 0x0D, 0x0D]))
    return inputs
  }()

  /// The bytes of the input called `name` in `inputs` (tests take names, so that the test log
  /// does not print megabytes of arguments).
  static func input(_ name: String, in inputs: [(String, [UInt8])]) -> [UInt8]? {
    inputs.first { $0.0 == name }?.1
  }

  @Test(arguments: hostileJSONInputs.map(\.0))
  func hostileJSON(_ name: String) throws {
    let bytes = try #require(Self.input(name, in: Self.hostileJSONInputs))
    let errors = score(bytes, json: true)
    #expect(!errors.isEmpty, "\(name) was accepted")
  }

  @Test(arguments: hostileCSVInputs.map(\.0))
  func hostileCSV(_ name: String) throws {
    let bytes = try #require(Self.input(name, in: Self.hostileCSVInputs))
    let errors = score(bytes, json: false)
    #expect(!errors.isEmpty, "\(name) was accepted")
  }

  /// Inputs that are one huge name or value: a message quotes a short part of it, never the
  /// whole (a 1 MiB header once came back as a 1 MiB message).
  static let hugeFieldInputs: KeyValuePairs<String, [UInt8]> = {
    let huge = repeated("x", 1 << 20)
    return [
      "CSV header": huge + bytes("\n"),
      "CSV header, quoted": bytes("\"") + huge + bytes("\"\n"),
      "CSV value": bytes("case,case_type\n") + huge + bytes(",licence\n"),
      "JSON key": bytes("{\"") + huge + bytes("\":1}"),
      "JSON case member": bytes("{\"cases\":[{\"") + huge + bytes("\":1}]}"),
      "JSON value": bytes("{\"cases\":[{\"case\":\"A\",\"attributes\":{\"case_type\":\"")
        + huge + bytes("\"}}]}"),
      "judgements header": huge + bytes("\n"),
      "judgements item": bytes("item,label,rationale\n") + huge + bytes(",met,x\n"),
    ]
  }()

  @Test(arguments: hugeFieldInputs.map(\.key))
  func messagesQuoteOnlyPartOfAHugeField(_ name: String) throws {
    let bytes = try #require(Self.hugeFieldInputs.first { $0.key == name }?.value)
    let messages: [String]
    if name.hasPrefix("judgements") {
      messages = JudgementsReader.read(bytes: bytes, file: "fuzz", document: plan.document)
        .diagnostics.map(\.message)
    } else {
      messages = score(bytes, json: name.hasPrefix("JSON")).map(\.message)
    }
    #expect(!messages.isEmpty, "\(name) was accepted")
    for message in messages {
      #expect(
        message.utf8.count < 2_000,
        "\(name): a message of \(message.utf8.count) bytes: \(message.prefix(300))")
    }
  }

  @Test(arguments: hostileJudgementInputs.map(\.0))
  func hostileJudgements(_ name: String) throws {
    let bytes = try #require(Self.input(name, in: Self.hostileJudgementInputs))
    let read = JudgementsReader.read(bytes: bytes, file: "fuzz", document: plan.document)
    #expect(!read.diagnostics.isEmpty, "\(name) was accepted")
    for diagnostic in read.diagnostics { #expect(diagnostic.location != nil) }
  }
}
