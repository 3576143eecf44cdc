import InspectionDSL
import InspectionSchema
import InspectionSupport

// Changes
//
// Each change a derivation declares (add, replace, remove, reweight, rerule, reband), applied to
// the document as changed so far and reported at its declaration.
extension DerivationLowering {
  /// Applies one change, reporting any problem at its declaration.
  mutating func apply(_ change: Change) {
    let at = change.location
    switch change.kind {
    case .addCriteria(let sectionID, let after, let criteria):
      addCriteria(criteria, to: sectionID, after: after, at: at)
    case .addQuestions(let criterionID, let after, let questions):
      addQuestions(questions, to: criterionID, after: after, at: at)
    case .replace(let id, let replacement):
      replace(id, with: replacement, at: at)
    case .remove(let ids):
      for id in ids { remove(id, at: at) }
    case .reweight(let id, let weight):
      reweight(id, weight: weight, citing: change.citation, at: at)
    case .rerule(let id, let rule):
      rerule(id, rule: rule, citing: change.citation, at: at)
    case .reband(let id, let basis, let bands):
      reband(id, basis: basis, bands: bands, citing: change.citation, at: at)
    }
  }

  private mutating func addCriteria(
    _ criteria: [Criterion], to sectionID: String, after: String?, at: SourceLocation
  ) {
    guard let position = find(sectionID, expecting: "section", at: at) else { return }
    guard case .section(let s) = position else {
      return mismatch(
        sectionID, position,
        "Add(toSection:) takes a section id; "
          + "Add(toCriterion:) adds questions to a criterion", at: at)
    }
    var index = document.sections[s].criteria.count
    if let after {
      guard let found = document.sections[s].criteria.firstIndex(where: { $0.id == after }) else {
        return unknown(
          after, "criterion of section \(sectionID)",
          among: document.sections[s].criteria.map(\.id), at: at)
      }
      index = found + 1
    }
    for criterion in criteria {
      let ids =
        [(criterion.id, criterion.location)] + criterion.questions.map { ($0.id, $0.location) }
      guard admit(ids) else { continue }
      var lowering = DeclarationLowering()
      let lowered = lowering.lower(criterion, at: "sections[0].criteria[0]")
      adopt(.holding(criteria: [lowered]), lowering.locations)
      document.sections[s].criteria.insert(lowered, at: index)
      index += 1
      changes.append(
        "added criterion \(criterion.id) '\(criterion.title)' to section \(sectionID)")
    }
  }

  private mutating func addQuestions(
    _ questions: [Question], to criterionID: String, after: String?, at: SourceLocation
  ) {
    guard let position = find(criterionID, expecting: "criterion", at: at) else { return }
    guard case .criterion(let s, let c) = position else {
      return mismatch(
        criterionID, position,
        "Add(toCriterion:) takes a criterion id; "
          + "Add(toSection:) adds criteria to a section", at: at)
    }
    var index = document.sections[s].criteria[c].questions.count
    if let after {
      let existing = document.sections[s].criteria[c].questions
      guard let found = existing.firstIndex(where: { $0.id == after }) else {
        return unknown(
          after, "question of criterion \(criterionID)", among: existing.map(\.id), at: at)
      }
      index = found + 1
    }
    for question in questions {
      guard admit([(question.id, question.location)]) else { continue }
      var lowering = DeclarationLowering()
      let lowered = lowering.lower(question, at: "sections[0].criteria[0].questions[0]")
      adopt(
        .holding(criteria: [.init(id: "", title: "", questions: [lowered])]), lowering.locations)
      document.sections[s].criteria[c].questions.insert(lowered, at: index)
      index += 1
      changes.append(
        "added question \(question.id) '\(question.text)' to criterion \(criterionID)")
    }
  }

  private mutating func replace(
    _ id: String, with replacement: Change.Replacement, at: SourceLocation
  ) {
    guard let position = find(id, expecting: "element", at: at) else { return }
    let old = subtree(position)
    let kept = Set(old.map(\.id))
    var lowering = DeclarationLowering()
    let newIDs: [String]
    switch (position, replacement) {
    case (.section(let s), .section(let section)):
      let ids =
        [(section.id, section.location)]
        + section.criteria.flatMap {
          [($0.id, $0.location)] + $0.questions.map { ($0.id, $0.location) }
        }
      guard admit(ids, excluding: kept) else { return }
      let lowered = lowering.lower(section, at: "sections[0]")
      forget(old)
      adopt(
        FrameworkDocument(id: "", version: "", title: "", sections: [lowered]), lowering.locations)
      document.sections[s] = lowered
      newIDs = ids.map(\.0)
    case (.criterion(let s, let c), .criterion(let criterion)):
      let ids =
        [(criterion.id, criterion.location)] + criterion.questions.map { ($0.id, $0.location) }
      guard admit(ids, excluding: kept) else { return }
      let lowered = lowering.lower(criterion, at: "sections[0].criteria[0]")
      forget(old)
      adopt(.holding(criteria: [lowered]), lowering.locations)
      document.sections[s].criteria[c] = lowered
      newIDs = ids.map(\.0)
    case (.question(let s, let c, let q), .question(let question)):
      guard admit([(question.id, question.location)], excluding: kept) else { return }
      let lowered = lowering.lower(question, at: "sections[0].criteria[0].questions[0]")
      forget(old)
      adopt(
        .holding(criteria: [.init(id: "", title: "", questions: [lowered])]), lowering.locations)
      document.sections[s].criteria[c].questions[q] = lowered
      newIDs = [question.id]
    case (.headline(let h), .headline(let headline)):
      guard admit([(headline.id, headline.location)], excluding: kept) else { return }
      let lowered = lowering.lower(headline, at: "headlines[0]")
      forget(old)
      adopt(
        FrameworkDocument(id: "", version: "", title: "", headlines: [lowered]), lowering.locations)
      document.headlines[h] = lowered
      newIDs = [headline.id]
    default:
      let kind = position.kind.capitalisedFirst
      return mismatch(id, position, "replace it with a \(kind)(…) declaration", at: at)
    }
    for (oldID, _) in old where !newIDs.contains(oldID) { removals[oldID] = at }
    let renamed = newIDs.first.map { $0 == id ? "" : " with \($0)" } ?? ""
    changes.append("replaced \(position.kind) \(id)\(renamed)")
  }

  private mutating func remove(_ id: String, at: SourceLocation) {
    guard let position = find(id, expecting: "element", at: at) else { return }
    let removed = subtree(position)
    for (removedID, _) in removed { removals[removedID] = at }
    forget(removed)
    switch position {
    case .section(let s):
      document.sections.remove(at: s)
      if document.sections.isEmpty {
        reportEmpty(
          "removing section \(Quoted(id)) leaves the framework with no sections; declare a new Section",
          key: "framework", at: at)
      }
    case .criterion(let s, let c):
      let section = document.sections[s]
      document.sections[s].criteria.remove(at: c)
      if document.sections[s].criteria.isEmpty {
        reportEmpty(
          "removing criterion \(Quoted(id)) leaves section \(Quoted(section.id)) with no criteria; remove the "
            + "section too, or add one with Add(toSection: \"\(section.id)\") { … }",
          key: section.key, at: at)
      }
    case .question(let s, let c, let q):
      let criterion = document.sections[s].criteria[c]
      document.sections[s].criteria[c].questions.remove(at: q)
      if document.sections[s].criteria[c].questions.isEmpty, criterion.judgementScale == nil {
        reportEmpty(
          "removing question \(Quoted(id)) leaves criterion \(Quoted(criterion.id)) with no questions; remove "
            + "the criterion too, or add one with Add(toCriterion: \"\(criterion.id)\") { … }",
          key: criterion.key, at: at)
      }
    case .headline(let h):
      document.headlines.remove(at: h)
    case .overall(let o):
      document.overall.remove(at: o)
    }
    changes.append("removed \(position.kind) \(id)")
  }

  /// The document's provenance for a change's `citation`, noting where it was written under
  /// `key`; `nil` (the base's citation no longer applies) when the change cites nothing.
  private mutating func cite(_ citation: Citation?, key: String) -> FrameworkDocument.Provenance? {
    locations[key] = citation?.location
    return citation?.provenance
  }

  /// A new weight changes the rule that reads it: the parent criterion's (for a question) or
  /// section's (for a criterion), whose citation gives way to the change's own, if any.
  private mutating func reweight(
    _ id: String, weight: Double, citing citation: Citation?, at: SourceLocation
  ) {
    guard let position = find(id, expecting: "section, criterion or question", at: at) else {
      return
    }
    switch position {
    case .section(let s): document.sections[s].weight = weight
    case .criterion(let s, let c):
      document.sections[s].criteria[c].weight = weight
      document.sections[s].ruleProvenance = cite(
        citation, key: "\(document.sections[s].key)/ruleProvenance")
    case .question(let s, let c, let q):
      document.sections[s].criteria[c].questions[q].weight = weight
      document.sections[s].criteria[c].ruleProvenance = cite(
        citation, key: "\(document.sections[s].criteria[c].key)/ruleProvenance")
    case .headline, .overall:
      return mismatch(
        id, position,
        "only sections, criteria and questions have weights; "
          + "Reweight(\"\(id)\", rule: …) changes how it combines scores", at: at)
    }
    changes.append("re-weighted \(position.kind) \(id): weight \(DisplayRounding.plain(weight))")
  }

  /// A new rule gives way the element's rule citation to the change's own, if any.
  private mutating func rerule(
    _ id: String, rule: AggregationRule, citing citation: Citation?, at: SourceLocation
  ) {
    guard let position = find(id, expecting: "section, criterion or headline", at: at) else {
      return
    }
    switch position {
    case .section(let s):
      document.sections[s].rule = rule
      document.sections[s].ruleProvenance = cite(
        citation, key: "\(document.sections[s].key)/ruleProvenance")
    case .criterion(let s, let c):
      document.sections[s].criteria[c].rule = rule
      document.sections[s].criteria[c].ruleProvenance = cite(
        citation, key: "\(document.sections[s].criteria[c].key)/ruleProvenance")
    case .headline(let h):
      document.headlines[h].rule = rule
      document.headlines[h].ruleProvenance = cite(
        citation, key: "\(document.headlines[h].key)/ruleProvenance")
    case .question, .overall:
      return mismatch(
        id, position,
        "only sections, criteria and headlines have rules; "
          + "Reweight(\"\(id)\", weight: …) changes a question's weight", at: at)
    }
    changes.append("re-weighted \(position.kind) \(id): \(rule.explanation)")
  }

  /// New bands replace the scale's citation with the change's own, if any.
  private mutating func reband(
    _ id: String, basis: BandingBasis?, bands: [Band], citing citation: Citation?,
    at: SourceLocation
  ) {
    guard let g = document.gradeScales.firstIndex(where: { $0.id == id }) else {
      return unknown(id, "grade scale", among: document.gradeScales.map(\.id), at: at)
    }
    let old = document.gradeScales[g]
    let range = old.range
    guard range.minimum <= range.maximum else { return }  // the validators report the base's range
    let scale = GradeScale(
      old.id, old.title, basis: basis ?? old.basis, range: range.minimum...range.maximum,
      fileID: at.file, line: at.line, column: at.column
    ) { bands }
    var lowering = DeclarationLowering()
    let lowered = lowering.lower(scale, at: "gradeScales[0]")
    diagnostics += lowering.diagnostics.map {
      relocated($0, from: "gradeScales[0]", to: "gradeScales[\(g)]")
    }
    for band in old.bands { locations["gradeScale:\(id)/band:\(band.id)"] = nil }
    adopt(
      FrameworkDocument(id: "", version: "", title: "", gradeScales: [lowered]), lowering.locations)
    document.gradeScales[g] = lowered
    document.gradeScales[g].provenance = cite(citation, key: "gradeScale:\(id)/provenance")
    let words = lowered.bands.map { "\($0.label) \($0.boundsDescription)" }
    changes.append("re-banded grade scale \(id): " + words.joined(separator: "; "))
  }
}
