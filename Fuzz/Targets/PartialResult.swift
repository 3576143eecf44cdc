// libFuzzer target: the partial-result reader (`inspect merge`), against the Demonstration
// framework. Each input is read twice: as it is (the integrity digest then refuses almost
// every mutation), and re-sealed, with its digest recomputed (so the decoder and every
// consistency rule see the mutated content). A partial that is accepted must verify cleanly,
// read back equal from what it writes, refuse to merge with itself when it counts a case, merge
// with an empty partial to itself, and score without trapping, whatever its counts.
import FrameworkCatalog
import InspectionCompiler
import InspectionEvaluator
import InspectionReports
import InspectionSchema
import InspectionSupport

let plan: ScoringPlan = {
  let compilation = FrameworkCompiler.compile(FrameworkCatalog.demonstration)
  guard compilation.succeeded, let fingerprint = try? compilation.document.fingerprint(),
    let plan = try? ScoringPlan(compilation.document, fingerprint: fingerprint)
  else { fatalError("the Demonstration framework does not compile") }
  return plan
}()

/// The bytes with their `integrity` member recomputed, when they are a JSON object; a
/// Demonstration partial also gets the current Demonstration fingerprint (the seeds were
/// written under one version of it), so that its counts reach the scoring.
func resealed(_ bytes: [UInt8]) -> [UInt8]? {
  guard let document = try? JSONParser.parse(bytes), case .object(var members) = document.root
  else { return nil }
  if case .object(var framework)? = members["framework"], framework["id"] == "DEMO",
    framework["fingerprint"]?.stringValue?.hasPrefix("sha256:") == true
  {
    framework["fingerprint"] = .string(plan.fingerprint)
    members["framework"] = .object(framework)
  }
  members.removeValue(forKey: PartialResult.integrityKey)
  members[PartialResult.integrityKey] = .string(
    Fingerprint(canonicalJSONOf: .object(members)).description)
  return Array(CanonicalJSON.pretty(.object(members)).utf8)
}

func check(_ bytes: [UInt8]) {
  let file: PartialResultFile
  do {
    file = try PartialResult.read(bytes: bytes, file: "fuzz.json")
  } catch {
    guard error.diagnostic.location != nil else {
      fatalError("a partial-result error without a location: \(error.diagnostic.rendered)")
    }
    return
  }
  let partial = file.result
  guard partial.verificationProblems().isEmpty else {
    fatalError("an accepted partial result breaks a rule")
  }
  // What it writes reads back equal.
  let written = Array(CanonicalJSON.pretty(partial.document()).utf8)
  guard let again = try? PartialResult.read(bytes: written, file: "again.json"),
    again.result == partial
  else { fatalError("a partial result does not read back what it writes") }
  // A partial that counts a case overlaps itself.
  do {
    _ = try PartialResult.merge([file, file])
    if !partial.caseIDs.isEmpty || partial.excluded.contains(where: { !$0.id.isEmpty }) {
      fatalError("a partial result merged with itself")
    }
  } catch {
    if error.diagnostic.location == nil { fatalError("a merge error without a location") }
  }
  // Merging with an empty partial of the same framework changes nothing.
  var empty = partial
  (empty.cases, empty.scored, empty.fingerprint) = (0, 0, SampleFingerprint.State())
  empty.questions = partial.questions.map {
    PartialResult.Counts(id: $0.id, sufficient: 0, insufficient: 0, notRelevant: 0, unanswered: 0)
  }
  (empty.excluded, empty.incomplete, empty.caseIDs) = ([], [], [])
  if let merged = try? PartialResult.merge([file, PartialResultFile(result: empty, file: "e")]),
    merged != partial
  {
    fatalError("merging with an empty partial changed the counts")
  }
  // Whatever the counts, scoring them does not trap.
  if let summary = try? partial.summary(plan: plan) {
    let evaluation = Evaluator.finish(plan: plan, summary: summary)
    _ = ScoreJSONReport.render(evaluation.result)
    _ = ScoreTextReport.render(evaluation.result)
  }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  check(bytes)
  if let sealed = resealed(bytes) { check(sealed) }
  return 0
}
