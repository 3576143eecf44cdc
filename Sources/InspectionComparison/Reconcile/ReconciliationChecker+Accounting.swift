import InspectionSupport

extension ReconciliationChecker {
  /// Recorded discrepancies and overrides that no check found divergent, each with what the
  /// checks did find and the file's reason.
  func unreproduced(_ figures: PublishedFigures) -> [Entry] {
    var result: [Entry] = []
    func note(
      _ name: String, _ kind: Kind, _ id: String, _ published: JSONValue?,
      _ expected: JSONValue?, _ reason: String, _ list: String
    ) {
      let matching = entries.filter { $0.inspection == name && $0.kind == kind && $0.id == id }
      guard !matching.contains(where: { $0.outcome == .divergent }) else { return }
      let found: String
      let preferred =
        matching.filter { $0.check != .label } + matching.filter { $0.check == .label }
      if let reproduced = preferred.first(where: { $0.outcome == .reproduced }) {
        found =
          "the \(reproduced.check.rawValue) check reproduces the printed figure ("
          + "\(reproduced.expected)): the record may be stale"
      } else if let unchecked = preferred.first(where: { $0.outcome == .notCheckable }) {
        found = "not checkable here: \(unchecked.detail)"
      } else {
        found = "no check here reads it"
      }
      let p = published?.doubleValue
      let e = expected?.doubleValue
      result.append(
        Entry(
          inspection: name, id: id, kind: kind, check: .aggregation, outcome: .notCheckable,
          published: Self.text(published), expected: Self.text(expected),
          size: p.flatMap { p in e.map { p - $0 } }, status: .recorded,
          detail: "recorded in the file's \(list) (\(reason)); \(found)"))
    }
    for inspection in figures.inspections {
      for known in inspection.knownDiscrepancies ?? [] {
        note(
          inspection.name, known.kind, known.id, known.published, known.expected,
          known.reason, "knownDiscrepancies")
      }
      for override in inspection.overrides ?? [] {
        note(
          inspection.name, override.kind, override.id, override.published, override.expected,
          override.reason, "overrides")
      }
    }
    for known in figures.knownDiscrepancies ?? [] {
      note(
        known.set ?? "programme", known.kind, known.id, known.published, known.expected,
        known.reason, "knownDiscrepancies")
    }
    return result
  }

  /// Each printed question finding with the checks made from it, or why none was.
  var findingUses: [Reconciliation.FindingUse] {
    pendingFindings.map { pending in
      let finding = pending.finding
      let stratum = finding.stratum.map(Self.stratumText)
      guard pending.unusable == nil else {
        return .init(
          inspection: pending.inspection, id: finding.id, stratum: stratum, usedBy: [],
          reason: pending.unusable)
      }
      let users = entries.filter {
        $0.inspection == pending.inspection && $0.outcome != .notCheckable
          && $0.inputs.contains(finding.id)
      }
      let usedBy = users.map {
        "\($0.kind.rawValue) \($0.id)" + ($0.check == .computed ? " (sample)" : "")
      }
      guard usedBy.isEmpty else {
        return .init(
          inspection: pending.inspection, id: finding.id, stratum: stratum, usedBy: usedBy,
          reason: nil)
      }
      let criterion = document.allCriteria.first { $0.questions.contains { $0.id == finding.id } }
      let reason: String
      if let criterion,
        let unchecked = entries.first(where: {
          $0.inspection == pending.inspection && $0.kind == .criterion && $0.id == criterion.id
            && $0.check == .aggregation
        })
      {
        reason = "criterion \(criterion.id) is not checkable: \(unchecked.detail)"
      } else {
        reason =
          "no printed figure it feeds: criterion \(criterion?.id ?? "?") and the headlines it "
          + "counts towards are not printed, or not from questions"
      }
      return .init(
        inspection: pending.inspection, id: finding.id, stratum: stratum, usedBy: [],
        reason: reason)
    }
  }

  static func text(_ value: JSONValue?) -> String {
    switch value {
    case .string(let text)?: text
    case .number(let number)?:
      // A whole number within Int's range is written without ".0"; any other as it is.
      number.isFinite && abs(number) < 1e15 && number == number.rounded()
        ? String(Int(number)) : String(number)
    case nil: ""
    case let other?: CanonicalJSON.compact(other)
    }
  }
}
