import Foundation
import InspectCommands
import InspectionSupport
import Testing

/// Runs `inspect` in-process with `arguments`; returns the status, output and errors.
func inspect(_ arguments: [String]) -> (status: Int32, out: String, err: String) {
  var out = ""
  var err = ""
  let status = Inspect.run(arguments, out: { out += $0 }, err: { err += $0 })
  return (status, out, err)
}

/// A path in the repository.
func repository(_ path: String) -> String {
  InspectProcess.packageRoot.appendingPathComponent(path).path
}

/// Hostile command lines: each row is a name; the arguments, the exit status (1 for bad
/// input, 64 for bad usage) and a fragment of what standard error must say are built in the
/// test.
enum HostileArguments: String, CaseIterable, Sendable, CustomTestStringConvertible {
  case negativeSeed
  case negativeCases
  case tooManyCases
  case negativeThreads
  case tooManyThreads
  case negativeReplicates
  case tooManyReplicates
  case bootstrapLimitBeyondItsLimit
  case explainWithHTML
  case explainWithPartial
  case inspectionZero
  case unknownFramework
  case unknownOption
  case endlessJudgements
  case endlessPartial
  case endlessPublishedFigures
  case endlessFrameworkDocument
  case directoryAsAJSONSample
  case directoryAsJudgements
  case escapeSequenceInACommand
  case escapeSequenceInAFrameworkName

  var testDescription: String { rawValue }

  var row: (arguments: [String], status: Int32, says: String) {
    let sample = repository("Examples/Demonstration/sample.csv")
    let esi = [
      "compare", "ESI", "--baseline", repository("Examples/ESI/baseline-2004.csv"),
      "--followup", repository("Examples/ESI/sample.csv"),
    ]
    let directory = FileManager.default.temporaryDirectory.path
    switch self {
    case .negativeSeed:
      return (["generate-sample", "DEMO", "--seed", "-5"], 64, "--seed must be a whole number")
    case .negativeCases:
      return (["generate-sample", "DEMO", "--cases", "-1"], 64, "--cases must be a whole number")
    case .tooManyCases:
      return (["generate-sample", "DEMO", "--cases", "100000001"], 64, "from 0 to 100000000")
    case .negativeThreads:
      return (["score", "DEMO", sample, "--threads", "-2"], 64, "--threads must be")
    case .tooManyThreads: return (["score", "DEMO", sample, "--threads", "65"], 64, "1 to 64")
    case .negativeReplicates:
      return (esi + ["--replicates", "-1"], 64, "--replicates must be a whole number from 0")
    case .tooManyReplicates: return (esi + ["--replicates", "100001"], 64, "from 0 to 100000")
    case .bootstrapLimitBeyondItsLimit:
      return (esi + ["--bootstrap-limit", "1000001"], 64, "from 0 to 1000000")
    case .explainWithHTML:
      return (["score", "DEMO", sample, "--explain", "1.1", "--format", "html"], 64, "--explain")
    case .explainWithPartial:
      return (["score", "DEMO", sample, "--explain", "1.1", "--partial"], 64, "--partial")
    case .inspectionZero:
      return (
        [
          "reconcile", "OMI2", repository("Examples/Published/OMI2-Hertfordshire-2010.json"),
          "--inspection", "0",
        ], 64, "--inspection must be"
      )
    case .unknownFramework: return (["score", "NOPE", sample], 64, "Unknown framework 'NOPE'")
    case .unknownOption: return (["score", "DEMO", sample, "--fromat", "json"], 64, "--format")
    case .endlessJudgements:
      return (
        ["score", "DEMO", sample, "--judgements", "/dev/zero"], 1,
        "larger than the limit of 16 MiB for a judgements file (docs/limits.md) [IK0301]"
      )
    case .endlessPartial:
      return (
        ["merge", "/dev/zero"], 1, "limit of 256 MiB for a partial result (docs/limits.md) [IK0501]"
      )
    case .endlessPublishedFigures:
      return (["reconcile", "DEMO", "/dev/zero"], 1, "limit of 16 MiB for a published-figures")
    case .endlessFrameworkDocument:
      return (["score", "/dev/zero", sample], 1, "limit of 64 MiB for a framework document")
    case .directoryAsAJSONSample:
      let json = directory + "/hostile-directory.JSON"
      try? FileManager.default.createDirectory(atPath: json, withIntermediateDirectories: true)
      return (["score", "DEMO", json], 1, "is a directory; name a file [IK0201]")
    case .directoryAsJudgements:
      return (["score", "DEMO", sample, "--judgements", directory], 1, "is a directory")
    case .escapeSequenceInACommand:
      return (["sc\u{1B}[2Jore", "DEMO"], 64, "Unknown command 'sc\\u{1B}[2Jore'")
    case .escapeSequenceInAFrameworkName:
      return (["score", "DE\u{1B}]0;x\u{7}MO", sample], 64, "'DE\\u{1B}]0;x\\u{7}MO'")
    }
  }
}

@Suite("Hostile command lines")
struct HostileCommandLineTests {
  @Test("Each ends with its status and says why", arguments: HostileArguments.allCases)
  func refused(_ attack: HostileArguments) {
    let (arguments, status, says) = attack.row
    let result = inspect(arguments)
    #expect(result.status == status, "\(result.err)")
    #expect(result.err.contains(says), "\(result.err)")
    if status == 64 { #expect(result.err.contains("Usage:")) }
    // Whatever the arguments hold, nothing reaches the terminal as a control character.
    #expect(
      !(result.err + result.out).unicodeScalars.contains {
        $0.value < 0x20 && $0 != "\n" && $0 != "\t"
      })
  }

  @Test("A sample ending in .JSON is read as JSON")
  func upperCaseJSONExtension() throws {
    let directory = try InspectProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("sample.JSON").path
    try Data(
      #"{"cases": [{"case": "A", "attributes": {"case_type": "licence", "roh": "high"}, "answers": {"1.1.a": "yes", "1.1.b": "yes", "1.1.s": "yes", "1.2.a": "no", "2.1.a": "good", "2.1.b": "yes", "2.2.a": "yes", "2.2.b": "yes", "2.2.c": "yes", "3.1.a": "yes"}}]}"#
        .utf8
    ).write(to: URL(fileURLWithPath: path))
    let result = inspect(["score", "DEMO", path, "--format", "json"])
    #expect(result.status == 0, "\(result.err)")
    #expect(result.out.contains("\"cases\": 1"))
  }

  @Test("A document edited after compiling is warned about by every command that reads it")
  func staleFingerprintWarnsEverywhere() throws {
    let directory = try InspectProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("DEMO-1.json").path
    #expect(inspect(["compile", "DEMO", "--output", directory.path]).status == 0)
    let text = try String(contentsOfFile: path, encoding: .utf8)
    try text.replacingOccurrences(
      of: "\"Demonstration framework (every construct)\"", with: "\"Edited\""
    ).write(toFile: path, atomically: true, encoding: .utf8)
    for arguments in [
      ["show", path], ["template", path], ["diff", "DEMO", path],
      [
        "compare", path, "--baseline", repository("Examples/Demonstration/sample.csv"),
        "--followup", repository("Examples/Demonstration/sample.csv"), "--replicates", "0",
      ],
    ] {
      let result = inspect(arguments)
      #expect(result.err.contains("[IK0005]"), "\(arguments[0]): \(result.err)")
    }
  }

  @Test("A failing run counts every error, not only those shown")
  func errorCountIncludesSuppressed() throws {
    let directory = try InspectProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("bad.csv").path
    let header = "case,case_type,roh,1.1.a,1.1.b,1.1.s,1.2.a,2.1.a,2.1.b,2.2.a,2.2.b,2.2.c,3.1.a"
    let rows = (1...250).map { "C\($0),licence,high,maybe,yes,yes,no,good,yes,yes,yes,yes,yes" }
    try ([header] + rows).joined(separator: "\n").write(
      toFile: path, atomically: true, encoding: .utf8)
    let result = inspect(["score", "DEMO", path])
    #expect(result.status == 1)
    #expect(result.err.contains("250 error(s) in 250 of 250 cases"), "\(result.err.suffix(300))")
  }

  @Test("Merging partials of two framework versions names both fingerprints")
  func mergeOfTwoVersions() throws {
    let directory = try InspectProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let compiled = directory.appendingPathComponent("DEMO-1.json").path
    #expect(inspect(["compile", "DEMO", "--output", directory.path]).status == 0)
    let edited = directory.appendingPathComponent("edited.json").path
    try String(contentsOfFile: compiled, encoding: .utf8).replacingOccurrences(
      of: "\"Demonstration framework (every construct)\"", with: "\"Edited\""
    ).write(toFile: edited, atomically: true, encoding: .utf8)
    let sample = repository("Examples/Demonstration/sample.csv")
    let a = directory.appendingPathComponent("a.json").path
    let b = directory.appendingPathComponent("b.json").path
    #expect(inspect(["score", compiled, sample, "--partial", "--output", a]).status == 0)
    #expect(inspect(["score", edited, sample, "--partial", "--output", b]).status == 0)
    let result = inspect(["merge", a, b])
    #expect(result.status == 1)
    #expect(result.err.contains("[IK0505]"), "\(result.err)")
    let fingerprints = result.err.components(separatedBy: "sha256:").count - 1
    #expect(fingerprints == 2, "\(result.err)")
  }
}
