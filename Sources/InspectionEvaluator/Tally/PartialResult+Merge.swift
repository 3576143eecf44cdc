import InspectionSupport

extension PartialResult {
  /// The partial results combined, as if their samples had been scored as one.
  ///
  /// Each is verified (``verificationProblems()``); they must share a framework version
  /// (``DiagnosticCode/partialFrameworkMismatch``), and no case may be counted in two of them
  /// (``DiagnosticCode/overlappingPartials``): a case id, or the id of an excluded case, in
  /// two files. Counts are added with overflow checked and must stay within ``maximumCount``.
  /// The result keeps the union of the case ids, so merging it again with one of its inputs
  /// is refused as overlapping.
  ///
  /// - Throws: ``PartialResultError`` naming the file and the field.
  public static func merge(_ files: [PartialResultFile]) throws(PartialResultError)
    -> PartialResult
  {
    guard let first = files.first else {
      throw PartialResultError(
        Diagnostic(.invalidPartial, "there is nothing to merge: name at least one partial result"))
    }
    for file in files {
      if let problem = file.result.verificationProblems().first {
        throw PartialResultError(
          Diagnostic(
            .invalidPartial, "\(problem.path): \(problem.message)",
            location: file.location(of: problem.topLevelMember)))
      }
    }
    var merged = first.result
    var excludedIDs = Set(merged.excluded.map(\.id).filter { !$0.isEmpty })
    for (offset, file) in files.enumerated().dropFirst() {
      let partial = file.result
      guard partial.framework.fingerprint == merged.framework.fingerprint,
        partial.questions.map(\.id) == merged.questions.map(\.id)
      else {
        throw PartialResultError(
          Diagnostic(
            .partialFrameworkMismatch,
            "framework: \(file.file) was scored under \(partial.framework.id)@"
              + "\(partial.framework.version) \(partial.framework.fingerprint), but "
              + "\(first.file) under \(merged.framework.id)@\(merged.framework.version) "
              + "\(merged.framework.fingerprint); merge partial results of one framework version",
            location: file.location(of: "framework")))
      }
      let columns = (partial.breakdowns ?? []).map(\.column)
      let firstColumns = (merged.breakdowns ?? []).map(\.column)
      guard columns == firstColumns else {
        func named(_ columns: [String]) -> String {
          columns.isEmpty ? "no breakdown" : "--by " + columns.joined(separator: ",")
        }
        throw PartialResultError(
          Diagnostic(
            .invalidPartial,
            "breakdowns: \(file.file) was scored with \(named(columns)), but \(first.file) with "
              + "\(named(firstColumns)); the groups would not add up to the whole. Score every "
              + "part with the same --by", location: file.location(of: "breakdowns")))
      }
      let shared = sharedCount(merged.caseIDs, partial.caseIDs)
      if shared > 0 {
        let earlier = files[..<offset].first { sharedCount($0.result.caseIDs, partial.caseIDs) > 0 }
        throw PartialResultError(
          Diagnostic(
            .overlappingPartials,
            "caseIDs: \(shared) case(s) of \(file.file) are also counted in "
              + "\(earlier?.file ?? "an earlier partial result"); each case may be counted once "
              + "(a merged partial already holds its inputs)",
            location: file.location(of: "caseIDs")))
      }
      if let repeated = partial.excluded.first(where: {
        !$0.id.isEmpty && excludedIDs.contains($0.id)
      }) {
        let earlier = files[..<offset].first { earlierFile in
          earlierFile.result.excluded.contains { $0.id == repeated.id }
        }
        throw PartialResultError(
          Diagnostic(
            .overlappingPartials,
            "excluded: case \(Quoted(repeated.id)) of \(file.file) is also excluded in "
              + "\(earlier?.file ?? "an earlier partial result"); each case may be counted once",
            location: file.location(of: "excluded")))
      }
      excludedIDs.formUnion(partial.excluded.map(\.id).filter { !$0.isEmpty })

      func add(_ a: Int, _ b: Int, _ field: String) throws(PartialResultError) -> Int {
        let (sum, overflow) = a.addingReportingOverflow(b)
        guard !overflow, sum <= maximumCount else {
          throw PartialResultError(
            Diagnostic(
              .invalidPartial,
              "\(field): the merged count exceeds \(maximumCount), the limit of a count "
                + "(docs/limits.md)", location: file.location(of: field)))
        }
        return sum
      }
      merged.cases = try add(merged.cases, partial.cases, "cases")
      merged.scored = try add(merged.scored, partial.scored, "scored")
      _ = try add(merged.fingerprint.cases, partial.fingerprint.cases, "fingerprint")
      merged.fingerprint = merged.fingerprint + partial.fingerprint
      var questions: [Counts] = []
      for (a, b) in zip(merged.questions, partial.questions) {
        questions.append(
          Counts(
            id: a.id, sufficient: try add(a.sufficient, b.sufficient, "questions"),
            insufficient: try add(a.insufficient, b.insufficient, "questions"),
            notRelevant: try add(a.notRelevant, b.notRelevant, "questions"),
            unanswered: try add(a.unanswered, b.unanswered, "questions")))
      }
      merged.questions = questions
      merged.excluded += partial.excluded
      merged.incomplete += partial.incomplete
      merged.caseIDs = union(merged.caseIDs, partial.caseIDs)
      let metadata = MetadataTally.combine(merged.metadata ?? [], partial.metadata ?? [])
      merged.metadata = metadata.isEmpty ? nil : metadata
      merged.breakdowns = BreakdownTally.combine(merged.breakdowns ?? [], partial.breakdowns ?? [])
      if merged.breakdowns?.isEmpty == true { merged.breakdowns = nil }
    }
    merged.excluded.sort { ($0.id, $0.row) < ($1.id, $1.row) }
    merged.incomplete.sort { ($0.case, $0.question) < ($1.case, $1.question) }
    return merged
  }

  /// How many strings two sorted arrays share.
  static func sharedCount(_ a: [String], _ b: [String]) -> Int {
    var i = 0
    var j = 0
    var shared = 0
    while i < a.count && j < b.count {
      if a[i] == b[j] {
        shared += 1
        i += 1
        j += 1
      } else if a[i] < b[j] {
        i += 1
      } else {
        j += 1
      }
    }
    return shared
  }

  /// The union of two sorted arrays without repeats, sorted.
  static func union(_ a: [String], _ b: [String]) -> [String] {
    var result: [String] = []
    result.reserveCapacity(a.count + b.count)
    var i = 0
    var j = 0
    while i < a.count || j < b.count {
      if j >= b.count || (i < a.count && a[i] < b[j]) {
        result.append(a[i])
        i += 1
      } else if i >= a.count || b[j] < a[i] {
        result.append(b[j])
        j += 1
      } else {
        result.append(a[i])
        i += 1
        j += 1
      }
    }
    return result
  }
}
