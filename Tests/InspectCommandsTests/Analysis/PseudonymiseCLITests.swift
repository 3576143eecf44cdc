import Foundation
import Testing

/// `--pseudonymise KEYFILE`: no output made with it — reports in every format, partial
/// results, merged partials, explanations, warnings and errors — holds any original case id;
/// pseudonyms are stable for one key and differ between keys; bad key files get located errors.
@Suite("inspect score --pseudonymise")
struct PseudonymiseCLITests {
  /// The OMI 2008 sample, made to warn about everything that names a case: a row with a
  /// missing field (excluded with its id under --exclude-invalid), answers with spaces around
  /// them (the normalisation warning names the first case), and a case that answers nothing
  /// (left out of questions under --allow-incomplete, each listed with its id).
  static func hostileSample(in directory: URL) throws -> (path: String, ids: [String]) {
    let text = try String(
      contentsOf: InspectProcess.packageRoot.appendingPathComponent(
        "Examples/OMI-2008/sample.csv"), encoding: .utf8)
    var lines = text.split(separator: "\n").map(String.init)
    let width = lines[0].split(separator: ",", omittingEmptySubsequences: false).count
    // Spaces around the answers of the first case.
    lines[1] = lines[1].replacingOccurrences(of: ",yes,", with: ", yes ,")
    // A case with every question unanswered (its attributes kept).
    var blank = lines[2].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    blank[0] = "BLANK-77"
    for index in 17..<blank.count { blank[index] = "" }
    lines.append(blank.joined(separator: ","))
    // A row with one field too few.
    let short = lines[3].split(separator: ",", omittingEmptySubsequences: false).dropLast()
    lines.append((["SHORT-88"] + short.dropFirst()).joined(separator: ","))
    #expect(short.count == width - 1)
    let url = directory.appendingPathComponent("hostile.csv")
    try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
    let ids = lines.dropFirst().map { String($0.prefix { $0 != "," }) }
    return (url.path, ids)
  }

  static func writeKey(_ text: String, in directory: URL, name: String = "key") throws -> String {
    let url = directory.appendingPathComponent(name)
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
  }

  /// The original ids (and the key) found in `text`.
  static func leaks(in text: String, ids: [String], key: String) -> [String] {
    ids.filter { text.contains($0) } + (text.contains(key) ? ["the key"] : [])
  }

  @Test func noOutputHoldsAnOriginalCaseID() throws {
    let directory = try InspectProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let (sample, ids) = try Self.hostileSample(in: directory)
    let keyText = "correct horse battery staple 2008"
    let key = try Self.writeKey(keyText + "\n", in: directory)
    #expect(ids.count == 112 && ids.contains("C0000001") && ids.contains("SHORT-88"))
    let common = [
      "score", "OMI@2008", sample, "--pseudonymise", key, "--exclude-invalid", "--allow-incomplete",
    ]

    var runs: [(String, [String])] = []
    for format in ["text", "json", "csv", "markdown", "html"] {
      runs.append((format, common + ["--format", format]))
    }
    runs.append(("explain", common + ["--explain", "1"]))
    let partial = directory.appendingPathComponent("part.json").path
    runs.append(("partial", common + ["--partial", "--output", partial]))
    let report = directory.appendingPathComponent("report.txt").path
    runs.append(("output file", common + ["--output", report]))

    for format in ["text", "json", "csv"] {
      runs.append(
        (
          "cases \(format)",
          [
            "cases", "OMI@2008", sample, "--item", "1", "--pseudonymise", key, "--exclude-invalid",
            "--allow-incomplete", "--format", format,
          ]
        ))
    }
    var seen: [String: String] = [:]
    for (name, arguments) in runs {
      let output = try InspectProcess.run(arguments)
      #expect(output.status == 0, "\(name): \(output.stderr)")
      seen[name] = output.stdout + output.stderr
    }
    seen["partial file"] = try String(contentsOfFile: partial, encoding: .utf8)
    seen["report file"] = try String(contentsOfFile: report, encoding: .utf8)
    for format in ["text", "json", "csv", "markdown", "html"] {
      let merged = try InspectProcess.run(["merge", partial, "--format", format])
      #expect(merged.status == 0, "merge \(format): \(merged.stderr)")
      seen["merge \(format)"] = merged.stdout + merged.stderr
    }

    // Errors too: a duplicate id and a bad answer, without --exclude-invalid.
    var failing = try String(contentsOfFile: sample, encoding: .utf8)
    failing += failing.split(separator: "\n")[1].replacingOccurrences(of: "community", with: "x")
    failing += "\n"
    let failingPath = directory.appendingPathComponent("failing.csv").path
    try failing.write(toFile: failingPath, atomically: true, encoding: .utf8)
    let failed = try InspectProcess.run(["score", "OMI@2008", failingPath, "--pseudonymise", key])
    #expect(failed.status == 1)
    #expect(failed.stderr.contains("listed twice"), "\(failed.stderr)")
    seen["errors"] = failed.stdout + failed.stderr

    for (name, text) in seen.sorted(by: { $0.key < $1.key }) {
      #expect(Self.leaks(in: text, ids: ids, key: keyText).isEmpty, "\(name) holds original ids")
    }
    // The outputs that list cases do list them, by pseudonym: the check above can fail.
    for name in ["json", "text", "errors", "partial file", "cases text", "cases csv"] {
      #expect(seen[name]?.contains("P-") == true, "\(name) names no case at all")
    }
    // Without the option the same runs name the cases.
    let plain = try InspectProcess.run(
      ["score", "OMI@2008", sample, "--exclude-invalid", "--allow-incomplete", "--format", "json"])
    #expect(
      Self.leaks(in: plain.stdout + plain.stderr, ids: ids, key: keyText).contains("SHORT-88"))
  }

  @Test func pseudonymsAreStableForOneKeyAndDifferBetweenKeys() throws {
    let directory = try InspectProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let (sample, _) = try Self.hostileSample(in: directory)
    let key = try Self.writeKey("first key, at least sixteen bytes", in: directory)
    // The same key with a line break after it is the same key.
    let sameKey = try Self.writeKey(
      "first key, at least sixteen bytes\r\n", in: directory, name: "k2")
    let otherKey = try Self.writeKey(
      "second key, at least sixteen bytes", in: directory, name: "k3")
    func excluded(_ keyFile: String) throws -> String {
      let output = try InspectProcess.run(
        [
          "score", "OMI@2008", sample, "--pseudonymise", keyFile, "--exclude-invalid",
          "--allow-incomplete", "--format", "json",
        ])
      return output.stdout
    }
    let first = try excluded(key)
    #expect(first.contains("P-"))
    #expect(try excluded(key) == first)
    #expect(try excluded(sameKey) == first)
    #expect(try excluded(otherKey) != first)
  }

  @Test(arguments: [
    ("missing", "cannot read key file"), ("empty", "the key is 0 byte(s)"),
    ("short", "the key is 5 byte(s)"), ("directory", "is a directory"),
  ])
  func badKeyFilesGetLocatedErrors(kind: String, expected: String) throws {
    let directory = try InspectProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path: String
    switch kind {
    case "missing": path = directory.appendingPathComponent("absent.key").path
    case "empty": path = try Self.writeKey("", in: directory)
    case "short": path = try Self.writeKey("abcde\n", in: directory)
    default: path = directory.path
    }
    let output = try InspectProcess.run(
      ["score", "OMI@2008", "Examples/OMI-2008/sample.csv", "--pseudonymise", path])
    #expect(output.status == 1)
    #expect(output.stdout.isEmpty)
    #expect(output.stderr.contains(path), "\(output.stderr)")
    #expect(output.stderr.contains("IK0227"), "\(output.stderr)")
    #expect(output.stderr.contains(expected), "\(output.stderr)")
  }
}
