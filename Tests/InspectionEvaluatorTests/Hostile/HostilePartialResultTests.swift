import InspectionEvaluator
import InspectionSchema
import InspectionSupport
import InspectionTestSupport
import Testing

/// Partial results of the Demonstration framework: the first two cases of the Demonstration
/// sample, and the other two with an exclusion and an unanswered question, as written by
/// `inspect score --partial`.
enum PartialFixtures {
  static let plan = Fixtures.demonstration

  static func partial(_ csv: String, options: SampleTally.Options = .init()) -> PartialResult {
    var collecting = options
    collecting.collectCaseIDs = true
    return PartialResult(
      summary: Fixtures.scoreCSV(csv, plan: plan, options: collecting).summary, plan: plan)
  }

  static let lines = Fixtures.demonstrationSample.split(separator: "\n").map(String.init)
  /// Cases A and B.
  static let first = partial(([lines[0]] + lines[1...2]).joined(separator: "\n") + "\n")
  /// Cases C (unanswered 1.1.a, left out under --allow-incomplete) and D (excluded).
  static let second: PartialResult = {
    let header = lines[0] + ",excluded"
    let c = lines[3].split(separator: ",", omittingEmptySubsequences: false).enumerated().map {
      $0.offset == 3 ? "" : String($0.element)
    }.joined(separator: ",")
    let text = [header, c + ",", lines[4] + ",transferred out"].joined(separator: "\n") + "\n"
    return partial(text, options: .init(allowIncomplete: true))
  }()

  /// The file text of `partial`.
  static func text(_ partial: PartialResult) -> String {
    CanonicalJSON.pretty(partial.document())
  }

  /// `value` re-sealed: its integrity digest recomputed over what it now holds.
  static func sealed(_ value: JSONValue) -> JSONValue {
    guard case .object(var members) = value else { return value }
    members.removeValue(forKey: PartialResult.integrityKey)
    members[PartialResult.integrityKey] = .string(
      Fingerprint(canonicalJSONOf: .object(members)).description)
    return .object(members)
  }
}

extension JSONValue {
  /// The value with the member or element at `path` set to `new` (removed when `nil`).
  func setting(_ path: [JSONPath.Component], to new: JSONValue?) -> JSONValue {
    guard let first = path.first else { return new ?? .null }
    let rest = Array(path.dropFirst())
    switch (self, first) {
    case (.object(var members), .key(let key)):
      if rest.isEmpty, new == nil {
        members.removeValue(forKey: key)
      } else {
        members[key] = (members[key] ?? .null).setting(rest, to: new)
      }
      return .object(members)
    case (.array(var elements), .index(let index)) where elements.indices.contains(index):
      if rest.isEmpty, new == nil {
        elements.remove(at: index)
      } else {
        elements[index] = elements[index].setting(rest, to: new)
      }
      return .array(elements)
    case (.array(var elements), .index(let index)) where index == elements.count:
      if let new { elements.append(rest.isEmpty ? new : JSONValue.null.setting(rest, to: new)) }
      return .array(elements)
    default:
      return self
    }
  }
}

/// One way of breaking a partial result; the test builds the file, reads it, and expects the
/// code at the place the row names.
enum HostilePartial: String, CaseIterable, Sendable, CustomTestStringConvertible {
  case notJSON
  case notAnObject
  case anotherKind
  case formatVersion1
  case formatVersion2
  case formatVersion4
  case noIntegrityDigest
  case editedWithoutResealing
  case unknownMember
  case negativeScoredCount
  case countBeyondTheLimit
  case scoredMoreThanRead
  case questionCountsThatDoNotAddUp
  case negativeQuestionCount
  case caseIDsOutOfOrder
  case aCaseIDTwice
  case malformedCaseID
  case fewerCaseIDsThanScoredCases
  case forgedExclusion
  case blankExclusionReason
  case unansweredCountNotListed
  case fingerprintOfMoreCasesThanRead
  case malformedFrameworkFingerprint

  var testDescription: String { rawValue }

  /// The file text, and (code, where the error must be) — where as the text at the location,
  /// or `nil` for the object holding `objectMarker`.
  var attack: (text: String, code: String, at: String?, objectMarker: String?) {
    let base = PartialFixtures.second.document()
    func sealed(_ path: [JSONPath.Component], _ value: JSONValue?) -> String {
      CanonicalJSON.pretty(PartialFixtures.sealed(base.setting(path, to: value)))
    }
    let ids = PartialFixtures.second.caseIDs
    switch self {
    case .notJSON: return ("partial", "IK0501", "partial", nil)
    case .notAnObject: return ("\n  [1]", "IK0502", "[1]", nil)
    case .anotherKind: return (sealed(["kind"], "score"), "IK0502", "\"score\"", nil)
    case .formatVersion1:
      return (sealed(["schemaVersion"], 1), "IK0502", "\"schemaVersion\": §1", nil)
    case .formatVersion2:
      return (sealed(["schemaVersion"], 2), "IK0502", "\"schemaVersion\": §2", nil)
    case .formatVersion4:
      return (sealed(["schemaVersion"], 4), "IK0502", "\"schemaVersion\": §4", nil)
    case .noIntegrityDigest:
      return (
        CanonicalJSON.pretty(base.setting([.key(PartialResult.integrityKey)], to: nil)), "IK0503",
        "{", nil
      )
    case .editedWithoutResealing:
      return (
        CanonicalJSON.pretty(base.setting(["scored"], to: 2)), "IK0503",
        "\"integrity\": §\"sha256:",
        nil
      )
    case .unknownMember: return (sealed(["groups"], .array([])), "IK0504", "\"groups\"", nil)
    case .negativeScoredCount: return (sealed(["scored"], -1), "IK0504", "-1", nil)
    case .countBeyondTheLimit:
      return (sealed(["cases"], 10_000_000_000_000), "IK0504", "10000000000000", nil)
    case .scoredMoreThanRead: return (sealed(["scored"], 3), "IK0504", "\"scored\": §3", nil)
    case .questionCountsThatDoNotAddUp:
      return (
        sealed(["questions", 0, "sufficient"], 7), "IK0504", nil, "\"sufficient\": 7"
      )
    case .negativeQuestionCount:
      return (sealed(["questions", 1, "notRelevant"], -3), "IK0504", "-3", nil)
    case .caseIDsOutOfOrder:
      return (
        sealed(["caseIDs"], .array([.string(ids[1]), .string(ids[0])])), "IK0504",
        "\"\(ids[0])\"", nil
      )
    case .aCaseIDTwice:
      return (
        sealed(["caseIDs"], .array([.string(ids[0]), .string(ids[0])])), "IK0504",
        "\"\(ids[0])\"\n", nil
      )
    case .malformedCaseID: return (sealed(["caseIDs", 0], "A"), "IK0504", "\"A\",", nil)
    case .fewerCaseIDsThanScoredCases:
      return (sealed(["caseIDs"], .array([])), "IK0504", "[]", nil)
    case .forgedExclusion:
      return (
        sealed(
          ["excluded", 1],
          .object(["id": "Z", "reason": "forged", "row": 9])), "IK0504", "[\n    {", nil
      )
    case .blankExclusionReason:
      return (sealed(["excluded", 0, "reason"], "  "), "IK0504", "\"  \"", nil)
    case .unansweredCountNotListed:
      return (sealed(["incomplete"], .array([])), "IK0504", "\"unanswered\": §1", nil)
    case .fingerprintOfMoreCasesThanRead:
      return (sealed(["fingerprint", "cases"], 5), "IK0504", "\"cases\": §5", nil)
    case .malformedFrameworkFingerprint:
      return (sealed(["framework", "fingerprint"], "md5:0"), "IK0504", "\"md5:0\"", nil)
    }
  }
}

@Suite("Hostile partial results")
struct HostilePartialResultTests {
  @Test("The fixtures are written, read back and verified")
  func fixturesRead() throws {
    for partial in [PartialFixtures.first, PartialFixtures.second] {
      let text = PartialFixtures.text(partial)
      let read = try PartialResult.read(bytes: Array(text.utf8), file: "p.json")
      #expect(read.result == partial)
      #expect(partial.verificationProblems().isEmpty)
    }
    #expect(PartialFixtures.second.excluded.count == 1)
    #expect(PartialFixtures.second.incomplete.count == 1)
  }

  @Test("Each is refused with its code at the field", arguments: HostilePartial.allCases)
  func refused(_ row: HostilePartial) throws {
    let attack = row.attack
    do {
      _ = try PartialResult.read(bytes: Array(attack.text.utf8), file: "part.json")
      Issue.record("accepted")
    } catch {
      #expect(error.diagnostic.code == attack.code, "\(error.diagnostic.rendered)")
      // The location is where `§` is in the marker (its start if it has none).
      let expected: TextLocation
      if let at = attack.at {
        let parts = at.split(separator: "§", omittingEmptySubsequences: false)
        let start = try #require(TextLocation.of(parts.joined(), in: attack.text))
        let offset = parts.count > 1 ? parts[0].unicodeScalars.count : 0
        expected = TextLocation(line: start.line, column: start.column + offset)
      } else {
        expected = try #require(
          TextLocation.objectHolding(attack.objectMarker ?? "", in: attack.text))
      }
      #expect(
        error.diagnostic.location
          == SourceLocation(file: "part.json", line: expected.line, column: expected.column),
        "expected \(expected): \(error.diagnostic.rendered)")
    }
  }

  @Test("Merging a merged partial with one of its inputs is refused as overlapping")
  func mergedWithAnInput() throws {
    let a = PartialResultFile(result: PartialFixtures.first, file: "north.json")
    let b = PartialResultFile(result: PartialFixtures.second, file: "south.json")
    let merged = try PartialResult.merge([a, b])
    #expect(merged.caseIDs.count == 4)
    // Written and read back, as `inspect merge --partial` and a later `inspect merge` do.
    let national = try PartialResult.read(
      bytes: Array(PartialFixtures.text(merged).utf8), file: "national.json")
    for input in [a, b] {
      do {
        _ = try PartialResult.merge([national, input])
        Issue.record("merged \(input.file) twice")
      } catch {
        #expect(error.diagnostic.code == "IK0506")
        #expect(error.diagnostic.message.contains(input.file))
        #expect(error.diagnostic.message.contains("national.json"))
      }
    }
    // The merge itself is the whole sample.
    let whole = Fixtures.scoreCSV(
      Fixtures.demonstrationSample, plan: PartialFixtures.plan,
      options: .init(allowIncomplete: true, collectCaseIDs: true)
    ).summary
    #expect(merged.caseIDs == whole.caseIDHashes.map { PartialResult.hex($0) })
  }

  @Test("Partials of another framework version are refused, naming both fingerprints")
  func otherFramework() throws {
    let other = try PartialResult.read(
      bytes: Array(
        CanonicalJSON.pretty(
          PartialFixtures.sealed(
            PartialFixtures.second.document().setting(
              ["framework", "fingerprint"],
              to: .string("sha256:" + String(repeating: "a", count: 64)))
          )
        ).utf8), file: "other.json")
    do {
      _ = try PartialResult.merge([
        PartialResultFile(result: PartialFixtures.first, file: "first.json"), other,
      ])
      Issue.record("merged partials of two frameworks")
    } catch {
      #expect(error.diagnostic.code == "IK0505")
      #expect(error.diagnostic.message.contains(PartialFixtures.plan.fingerprint))
      #expect(error.diagnostic.message.contains("sha256:aaaa"))
      #expect(error.diagnostic.location?.file == "other.json")
    }
  }

  @Test("A merged partial keeps its case ids through --partial")
  func mergedKeepsCaseIDs() throws {
    let merged = try PartialResult.merge([
      PartialResultFile(result: PartialFixtures.first, file: "a"),
      PartialResultFile(result: PartialFixtures.second, file: "b"),
    ])
    let evaluation = Evaluator.finish(
      plan: PartialFixtures.plan, summary: try merged.summary(plan: PartialFixtures.plan))
    let rewritten = PartialResult(summary: evaluation.summary, plan: PartialFixtures.plan)
    #expect(rewritten.caseIDs == merged.caseIDs)
    #expect(rewritten.verificationProblems().isEmpty)
  }
}
