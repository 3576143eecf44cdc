import InspectionSupport

extension PartialResult {
  /// A rule a partial result breaks: the field (as a JSON path) and what is wrong.
  public struct Problem: Hashable, Sendable {
    /// The field, e.g. `questions[3].sufficient`.
    public var path: JSONPath
    /// What is wrong with it.
    public var message: String

    /// The name of the top-level member the field is in.
    var topLevelMember: String {
      if case .key(let name)? = path.components.first { return name }
      return ""
    }
  }

  /// Every rule these counts break; empty when they can all be true of one scored sample.
  ///
  /// - `kind` is `partial` and `schemaVersion` is ``formatVersion``; the framework fingerprint
  ///   and the sample fingerprint's sum are well formed;
  /// - every count and row is from 0 (rows from 1) to ``maximumCount``; `scored` ≤ `cases`,
  ///   and the sample fingerprint counts from `scored` to `cases` cases (a row that could not
  ///   be read as a case is counted and excluded but not fingerprinted);
  /// - question ids are unique and each question's four counts add up to `scored`;
  /// - `excluded` lists `cases − scored` cases, by id then row, each with a reason that is
  ///   not blank, no id (other than an empty one) twice;
  /// - `incomplete` names known questions, by case then question, as many for each question
  ///   as its `unanswered` count, no pair twice;
  /// - `caseIDs` are 16 lower-case hex digits, strictly ascending, from `scored` to `cases`
  ///   of them.
  public func verificationProblems() -> [Problem] {
    var problems: [Problem] = []
    func report(_ path: JSONPath, _ message: String) {
      problems.append(Problem(path: path, message: message))
    }
    func checkCount(_ value: Int, _ path: JSONPath, minimum: Int = 0) {
      if value < minimum || value > Self.maximumCount {
        report(
          path,
          "\(value) is outside \(minimum)…\(Self.maximumCount), the range of a count "
            + "(docs/limits.md)")
      }
    }
    if kind != Self.kindName { report(["kind"], "must be \"\(Self.kindName)\"") }
    if schemaVersion != Self.formatVersion {
      report(["schemaVersion"], "must be \(Self.formatVersion)")
    }
    if Fingerprint(string: framework.fingerprint) == nil {
      report(
        ["framework", "fingerprint"], "must be 'sha256:' followed by 64 lower-case hex digits")
    }
    checkCount(cases, ["cases"])
    checkCount(scored, ["scored"])
    checkCount(fingerprint.cases, ["fingerprint", "cases"])
    if scored > cases { report(["scored"], "\(scored) cases scored, but only \(cases) read") }
    if fingerprint.cases < scored || fingerprint.cases > cases {
      report(
        ["fingerprint", "cases"],
        "the sample fingerprint covers \(fingerprint.cases) cases; it must cover every case "
          + "scored (\(scored)) and at most the cases read (\(cases))")
    }
    if !Self.isLowerHex(fingerprint.sum, count: 64) {
      report(["fingerprint", "sum"], "must be 64 lower-case hex digits")
    }

    var questionIDs: [String: Int] = [:]
    for (index, counts) in questions.enumerated() {
      let path: JSONPath = ["questions", .index(index)]
      if counts.id.isEmpty { report(path.appending(key: "id"), "a question id is empty") }
      if let first = questionIDs[counts.id] {
        report(
          path.appending(key: "id"), "question \(Quoted(counts.id)) is also questions[\(first)]")
      }
      questionIDs[counts.id] = index
      let values = [
        ("sufficient", counts.sufficient), ("insufficient", counts.insufficient),
        ("notRelevant", counts.notRelevant), ("unanswered", counts.unanswered),
      ]
      var total = 0
      var inRange = true
      for (name, value) in values {
        checkCount(value, path.appending(key: name))
        if value < 0 || value > Self.maximumCount { inRange = false }
        total += inRange ? value : 0
      }
      if inRange, total != scored {
        report(
          path,
          "question \(Quoted(counts.id))'s counts add up to \(total) cases; every scored case "
            + "(\(scored)) is sufficient, insufficient, not relevant or unanswered")
      }
    }

    if cases >= scored, excluded.count != cases - scored {
      report(
        ["excluded"],
        "\(excluded.count) cases are listed as excluded, but \(cases) read less \(scored) "
          + "scored leaves \(cases - scored)")
    }
    var excludedIDs: Set<String> = []
    for (index, entry) in excluded.enumerated() {
      let path: JSONPath = ["excluded", .index(index)]
      checkCount(entry.row, path.appending(key: "row"), minimum: 1)
      if NormalisedText.trimmingWhitespace(entry.reason).isEmpty {
        report(path.appending(key: "reason"), "an excluded case needs a reason")
      }
      if !entry.id.isEmpty, !excludedIDs.insert(entry.id).inserted {
        report(path.appending(key: "id"), "case \(Quoted(entry.id)) is excluded twice")
      }
      if index > 0, (entry.id, entry.row) < (excluded[index - 1].id, excluded[index - 1].row) {
        report(path, "excluded cases must be sorted by id, then row")
      }
    }

    var unanswered: [String: Int] = [:]
    var pairs: Set<[String]> = []
    for (index, entry) in incomplete.enumerated() {
      let path: JSONPath = ["incomplete", .index(index)]
      checkCount(entry.row, path.appending(key: "row"), minimum: 1)
      if questionIDs[entry.question] == nil {
        report(path.appending(key: "question"), "\(Quoted(entry.question)) is not a question here")
      }
      unanswered[entry.question, default: 0] += 1
      if !entry.case.isEmpty, !pairs.insert([entry.case, entry.question]).inserted {
        report(path, "case \(Quoted(entry.case)) and question \(Quoted(entry.question)) twice")
      }
      if index > 0,
        (entry.case, entry.question) < (incomplete[index - 1].case, incomplete[index - 1].question)
      {
        report(path, "incomplete answers must be sorted by case, then question")
      }
    }
    for (index, counts) in questions.enumerated()
    where unanswered[counts.id, default: 0] != counts.unanswered {
      report(
        ["questions", .index(index), "unanswered"],
        "\(counts.unanswered) cases left question \(Quoted(counts.id)) unanswered, but "
          + "'incomplete' lists \(unanswered[counts.id, default: 0])")
    }

    for (index, id) in caseIDs.enumerated() {
      let path: JSONPath = ["caseIDs", .index(index)]
      guard Self.isLowerHex(id, count: 16) else {
        report(path, "a case-id hash is 16 lower-case hex digits, found \(Quoted(id))")
        break
      }
      if index > 0, caseIDs[index - 1] >= id {
        report(
          path,
          caseIDs[index - 1] == id
            ? "case-id hash \(id) appears twice" : "case-id hashes must be sorted ascending")
        break
      }
    }
    checkBreakdowns(report: report, checkCount: { checkCount($0, $1) })
    if caseIDs.count < scored || caseIDs.count > cases {
      report(
        ["caseIDs"],
        "\(caseIDs.count) case ids for \(scored) cases scored of \(cases) read; every scored "
          + "case has an id")
    }
    return problems
  }

  /// The breakdowns' rules: each column once, each group with a count from 1 and one count per
  /// question adding up to its cases, and the groups adding up to the whole, question by
  /// question and count by count.
  private func checkBreakdowns(
    report: (JSONPath, String) -> Void, checkCount: (Int, JSONPath) -> Void
  ) {
    guard let breakdowns else { return }
    if breakdowns.isEmpty { report(["breakdowns"], "is empty; leave it out when there are none") }
    var columns: Set<String> = []
    for (index, breakdown) in breakdowns.enumerated() {
      let path: JSONPath = ["breakdowns", .index(index)]
      if !columns.insert(breakdown.column).inserted {
        report(path.appending(key: "column"), "\(Quoted(breakdown.column)) is broken down twice")
      }
      var sums = Array(repeating: QuestionTally(), count: questions.count)
      var scoredSum = 0
      var inRange = true
      for (value, group) in breakdown.groups.sorted(by: { $0.key < $1.key }) {
        let groupPath = path.appending(key: "groups").appending(key: value)
        checkCount(group.scored, groupPath.appending(key: "scored"))
        if group.scored < 1 { report(groupPath.appending(key: "scored"), "a group has cases") }
        guard group.questions.count == questions.count else {
          report(
            groupPath.appending(key: "questions"),
            "has \(group.questions.count) questions, not the \(questions.count) of the partial")
          inRange = false
          continue
        }
        for (position, tally) in group.questions.enumerated() {
          let counts = [tally.sufficient, tally.insufficient, tally.notRelevant, tally.unanswered]
          guard counts.allSatisfy({ (0...Self.maximumCount).contains($0) }) else {
            report(
              groupPath.appending(key: "questions").appending(index: position),
              "a count is outside 0…\(Self.maximumCount)")
            inRange = false
            continue
          }
          if tally.cases != group.scored {
            report(
              groupPath.appending(key: "questions").appending(index: position),
              "question \(Quoted(questions[position].id))'s counts add up to \(tally.cases), "
                + "not the group's \(group.scored) cases")
          }
          sums[position] = sums[position] + tally
        }
        if (0...Self.maximumCount).contains(group.scored) { scoredSum += group.scored }
      }
      guard inRange else { continue }
      if scoredSum != scored {
        report(
          path.appending(key: "groups"),
          "the groups hold \(scoredSum) cases, but \(scored) were scored; every scored case is in "
            + "one group")
      }
      for (position, counts) in questions.enumerated() {
        let whole = QuestionTally(
          sufficient: counts.sufficient, insufficient: counts.insufficient,
          notRelevant: counts.notRelevant, unanswered: counts.unanswered)
        if sums[position] != whole {
          report(
            path.appending(key: "groups"),
            "the groups' counts for question \(Quoted(counts.id)) do not add up to the whole's")
          break
        }
      }
    }
  }

  static func isLowerHex(_ text: String, count: Int) -> Bool {
    text.utf8.count == count
      && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
  }
}
