import InspectionDSL
import InspectionSchema
import InspectionSupport

/// Applies a derived framework's changes and new declarations to its compiled base.
///
/// Changes apply in the order written, to the base as changed so far; new declarations are
/// appended afterwards. Every problem a change can have (an unknown id, an id added twice, a
/// removal that empties a criterion) is reported at the change's declaration; the validators
/// then check the result like any framework. Locations are carried by element key (see
/// ``ElementKeys``), so base elements keep pointing at the base's declarations.
struct DerivationLowering {
  /// The document as changed so far.
  private(set) var document: FrameworkDocument
  /// Where each element was declared, by key.
  private(set) var locations: [String: SourceLocation]
  /// Problems found in the changes.
  private(set) var diagnostics: [Diagnostic] = []
  /// The changes made, in words, in order.
  private(set) var changes: [String] = []
  /// Elements the derivation's own checks reported on, by key.
  private(set) var reportedKeys: Set<String> = []
  /// Ids removed (or replaced by other ids), with where the change was written.
  private var removals: [String: SourceLocation] = [:]
  /// Ids this derivation added, with where they were declared.
  private var additions: [String: SourceLocation] = [:]
  private let base: FrameworkDocument

  /// Starts from the compiled `base`, whose elements were declared at `locations` (by path).
  init(base: FrameworkDocument, locations: [String: SourceLocation]) {
    self.base = base
    self.document = base
    self.locations = ElementKeys.keyed(base, locations)
  }

  // MARK: Changes

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
      reweight(id, weight: weight, at: at)
    case .rerule(let id, let rule):
      rerule(id, rule: rule, at: at)
    case .reband(let id, let basis, let bands):
      reband(id, basis: basis, bands: bands, at: at)
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

  private mutating func reweight(_ id: String, weight: Double, at: SourceLocation) {
    guard let position = find(id, expecting: "section, criterion or question", at: at) else {
      return
    }
    switch position {
    case .section(let s): document.sections[s].weight = weight
    case .criterion(let s, let c): document.sections[s].criteria[c].weight = weight
    case .question(let s, let c, let q):
      document.sections[s].criteria[c].questions[q].weight = weight
    case .headline, .overall:
      return mismatch(
        id, position,
        "only sections, criteria and questions have weights; "
          + "Reweight(\"\(id)\", rule: …) changes how it combines scores", at: at)
    }
    changes.append("re-weighted \(position.kind) \(id): weight \(DisplayRounding.plain(weight))")
  }

  private mutating func rerule(_ id: String, rule: AggregationRule, at: SourceLocation) {
    guard let position = find(id, expecting: "section, criterion or headline", at: at) else {
      return
    }
    switch position {
    case .section(let s): document.sections[s].rule = rule
    case .criterion(let s, let c): document.sections[s].criteria[c].rule = rule
    case .headline(let h): document.headlines[h].rule = rule
    case .question, .overall:
      return mismatch(
        id, position,
        "only sections, criteria and headlines have rules; "
          + "Reweight(\"\(id)\", weight: …) changes a question's weight", at: at)
    }
    changes.append("re-weighted \(position.kind) \(id): \(rule.explanation)")
  }

  private mutating func reband(
    _ id: String, basis: BandingBasis?, bands: [Band], at: SourceLocation
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
    let words = lowered.bands.map { "\($0.label) \($0.boundsDescription)" }
    changes.append("re-banded grade scale \(id): " + words.joined(separator: "; "))
  }

  // MARK: New declarations

  /// Appends the derived framework's own declarations after the changed base.
  mutating func add(_ elements: [FrameworkElement], root: SourceLocation) {
    var lowering = DeclarationLowering()
    let delta = lowering.lower(
      elements, into: FrameworkDocument(id: base.id, version: base.version, title: base.title),
      at: root, addingStandardScale: false)
    diagnostics += lowering.diagnostics
    let declared = ElementKeys.keyed(delta, lowering.locations)
    func copy(_ prefix: String) {
      for (key, location) in declared where key == prefix || key.hasPrefix(prefix + "/") {
        locations[key] = location
      }
    }
    for section in delta.sections {
      let ids = [section.id] + section.criteria.flatMap { [$0.id] + $0.questions.map(\.id) }
      guard admit(ids.map { ($0, located($0, in: declared)) }) else { continue }
      document.sections.append(section)
      for id in ids { copy(structureKey(id, in: delta)) }
      changes.append("added section \(section.id) '\(section.title)'")
    }
    for headline in delta.headlines where admit([(headline.id, declared[headline.key])]) {
      document.headlines.append(headline)
      copy(headline.key)
      changes.append("added headline \(headline.id) '\(headline.title)'")
    }
    for rating in delta.overall where admit([(rating.id, declared["overall:\(rating.id)"])]) {
      document.overall.append(rating)
      copy("overall:\(rating.id)")
      changes.append("added overall rating \(rating.id) '\(rating.title)'")
    }
    for theme in delta.themes
    where admitNamed("theme", theme.id, existing: document.themes.map(\.id), declared) {
      document.themes.append(theme)
      copy("theme:\(theme.id)")
      changes.append("added theme \(theme.id) '\(theme.title)'")
    }
    for attribute in delta.attributes
    where admitNamed("attribute", attribute.id, existing: document.attributes.map(\.id), declared) {
      document.attributes.append(attribute)
      copy("attribute:\(attribute.id)")
      changes.append("added attribute \(attribute.id) '\(attribute.title)'")
    }
    for scale in delta.scales
    where admitNamed("scale", scale.id, existing: document.scales.map(\.id), declared) {
      document.scales.append(scale)
      copy("scale:\(scale.id)")
      changes.append("added answer scale \(scale.id) '\(scale.title)'")
    }
    for scale in delta.gradeScales
    where admitNamed("gradeScale", scale.id, existing: document.gradeScales.map(\.id), declared) {
      document.gradeScales.append(scale)
      copy("gradeScale:\(scale.id)")
      changes.append("added grade scale \(scale.id) '\(scale.title)'")
    }
    for scale in delta.judgementScales
    where admitNamed(
      "judgementScale", scale.id, existing: document.judgementScales.map(\.id), declared)
    {
      document.judgementScales.append(scale)
      copy("judgementScale:\(scale.id)")
      changes.append("added judgement scale \(scale.id) '\(scale.title)'")
    }
    if let location = declared["period"] {
      document.period = delta.period
      locations["period"] = location
      changes.append("in use " + (delta.period?.description ?? ""))
    }
    if let location = declared["summary"] {
      document.summary = delta.summary
      locations["summary"] = location
      changes.append("replaced the summary")
    }
    if let location = declared["presentation"] {
      document.presentation = delta.presentation
      locations["presentation"] = location
      changes.append("replaced the presentation settings")
    }
    for (index, source) in delta.sources.enumerated() {
      locations["source#\(document.sources.count)"] = declared["source#\(index)"]
      document.sources.append(source)
      changes.append("added source '\(source.title)'")
    }
    for (index, assumption) in delta.assumptions.enumerated() {
      locations["assumption#\(document.assumptions.count)"] = declared["assumption#\(index)"]
      document.assumptions.append(assumption)
      changes.append("added assumption: \(assumption)")
    }
  }

  // MARK: Checks after every change

  /// Reports removed elements that are still named, and headlines the removals emptied.
  mutating func checkReferences() {
    let present = Set(document.structureIDs.map(\.id))
    func gone(_ id: String) -> SourceLocation? { present.contains(id) ? nil : removals[id] }
    for headline in document.headlines {
      for section in headline.sections {
        guard let at = gone(section) else { continue }
        stillReferenced(
          "section \(Quoted(section))", by: "headline \(Quoted(headline.id)) counts it",
          key: headline.key,
          hint: "Replace(\"\(headline.id)\", with: Headline(…))", at: at)
      }
    }
    for rating in document.overall {
      for item in rating.items {
        guard let at = gone(item) else { continue }
        stillReferenced(
          "\(Quoted(item))", by: "overall rating \(Quoted(rating.id)) sums it",
          key: "overall:\(rating.id)",
          hint: "Remove(\"\(rating.id)\")", at: at)
      }
    }
    for question in document.allQuestions {
      for reference in question.applicability?.answerReferences ?? [] {
        guard let at = gone(reference.id) else { continue }
        stillReferenced(
          "question \(Quoted(reference.id))",
          by: "question \(Quoted(question.id)) is relevant on its answer",
          key: question.key, hint: "Replace(\"\(question.id)\", with: Question(…))", at: at)
      }
    }
    for headline in document.headlines where !reportedKeys.contains(headline.key) {
      guard counted(by: headline, in: document).isEmpty,
        let before = base.headlines.first(where: { $0.id == headline.id }),
        let cause = counted(by: before, in: base).compactMap({ removals[$0] }).first
      else { continue }
      report(
        .removalEmptiesHeadline,
        "this removal leaves headline \(Quoted(headline.id)) over no questions with theme "
          + "\(Quoted(headline.theme)); remove or replace the headline too", at: cause,
        notes: [note("headline \(Quoted(headline.id)) is declared here", key: headline.key)])
      reportedKeys.insert(headline.key)
    }
  }

  /// Whether a validator's diagnostic repeats a problem the derivation already reported.
  func repeats(_ diagnostic: Diagnostic, pathKeys: [String: String]) -> Bool {
    let codes: Set<String> = [
      DiagnosticCode.emptyFramework.code, DiagnosticCode.emptySection.code,
      DiagnosticCode.emptyCriterion.code, DiagnosticCode.unknownSection.code,
      DiagnosticCode.unknownItem.code, DiagnosticCode.unknownAnswerReference.code,
      DiagnosticCode.headlineWithoutQuestions.code,
    ]
    guard codes.contains(diagnostic.code) else { return false }
    if diagnostic.code == DiagnosticCode.emptyFramework.code {
      return reportedKeys.contains("framework")
    }
    var path = diagnostic.path ?? ""
    while !path.isEmpty {
      if let key = pathKeys[path], reportedKeys.contains(key) { return true }
      guard let cut = path.lastIndex(where: { $0 == "." || $0 == "[" }) else { return false }
      path = String(path[..<cut])
    }
    return false
  }

  /// The finished document, recording its base, with every element's location by path.
  func finish(_ framework: Framework, base reference: FrameworkDocument.BaseReference)
    -> (document: FrameworkDocument, locations: [String: SourceLocation])
  {
    var result = document
    result.id = framework.id
    result.version = framework.version
    result.title = framework.title
    var reference = reference
    reference.changes = changes
    result.base = reference
    let standard = FrameworkDocument.AnswerScale.yesNo
    if !result.scales.contains(where: { $0.id == standard.id }),
      result.allQuestions.contains(where: { $0.scale == standard.id })
    {
      result.scales.append(standard)
    }
    var keyed = locations
    keyed["framework"] = framework.location
    return (result, ElementKeys.paths(result, keyed))
  }

  // MARK: Finding elements

  /// Where an element of the structure namespace is.
  enum Position {
    case section(Int)
    case criterion(Int, Int)
    case question(Int, Int, Int)
    case headline(Int)
    case overall(Int)

    var kind: String {
      switch self {
      case .section: "section"
      case .criterion: "criterion"
      case .question: "question"
      case .headline: "headline"
      case .overall: "overall rating"
      }
    }
  }

  private func position(of id: String) -> Position? {
    for (s, section) in document.sections.enumerated() {
      if section.id == id { return .section(s) }
      for (c, criterion) in section.criteria.enumerated() {
        if criterion.id == id { return .criterion(s, c) }
        if let q = criterion.questions.firstIndex(where: { $0.id == id }) {
          return .question(s, c, q)
        }
      }
    }
    if let h = document.headlines.firstIndex(where: { $0.id == id }) { return .headline(h) }
    if let o = document.overall.firstIndex(where: { $0.id == id }) { return .overall(o) }
    return nil
  }

  /// The element `id`, or `nil` after reporting it unknown.
  private mutating func find(_ id: String, expecting kind: String, at: SourceLocation)
    -> Position?
  {
    if let found = position(of: id) { return found }
    unknown(id, kind, among: document.structureIDs.map(\.id), at: at)
    return nil
  }

  /// The ids and keys of an element and everything inside it.
  private func subtree(_ position: Position) -> [(id: String, key: String)] {
    switch position {
    case .section(let s):
      let section = document.sections[s]
      return [(section.id, section.key)]
        + section.criteria.flatMap { [($0.id, $0.key)] + $0.questions.map { ($0.id, $0.key) } }
    case .criterion(let s, let c):
      let criterion = document.sections[s].criteria[c]
      return [(criterion.id, criterion.key)] + criterion.questions.map { ($0.id, $0.key) }
    case .question(let s, let c, let q):
      let question = document.sections[s].criteria[c].questions[q]
      return [(question.id, question.key)]
    case .headline(let h):
      return [(document.headlines[h].id, document.headlines[h].key)]
    case .overall(let o):
      return [(document.overall[o].id, "overall:\(document.overall[o].id)")]
    }
  }

  private func structureKey(_ id: String, in document: FrameworkDocument) -> String {
    document.structureIDs.first { $0.id == id }.map {
      "\($0.kind == "overall rating" ? "overall" : $0.kind):\(id)"
    } ?? id
  }

  private func located(_ id: String, in declared: [String: SourceLocation]) -> SourceLocation? {
    ["section", "criterion", "question"].compactMap { declared["\($0):\(id)"] }.first
  }

  /// The questions a headline counts.
  private func counted(by headline: FrameworkDocument.Headline, in document: FrameworkDocument)
    -> [String]
  {
    document.sections
      .filter { headline.sections.isEmpty || headline.sections.contains($0.id) }
      .flatMap { $0.criteria.flatMap(\.questions) }
      .filter { $0.themes.contains(headline.theme) }
      .map(\.id)
  }

  // MARK: Bookkeeping

  /// Whether every id is new to the structure namespace (apart from `excluding`); reports the
  /// first that is not.
  private mutating func admit(
    _ ids: [(String, SourceLocation?)], excluding: Set<String> = []
  ) -> Bool {
    let taken = Set(document.structureIDs.map(\.id)).subtracting(excluding)
    for (id, location) in ids where taken.contains(id) {
      let first = additions[id]
      let existing = position(of: id).map { subtree($0)[0].key }.flatMap { locations[$0] }
      report(
        .duplicateAddition,
        first != nil
          ? "\(Quoted(id)) is added twice; keep one"
          : "\(Quoted(id)) is already in \(base.label); use Replace(\"\(id)\", with: …) to change it, "
            + "or choose a new id",
        at: location,
        notes: [
          Diagnostic.Note(
            message: first != nil
              ? "\(Quoted(id)) is first added here" : "\(Quoted(id)) is declared here",
            location: first ?? existing)
        ])
      return false
    }
    for (id, location) in ids { additions[id] = location }
    return true
  }

  private mutating func admitNamed(
    _ kind: String, _ id: String, existing: [String], _ declared: [String: SourceLocation]
  ) -> Bool {
    guard existing.contains(id) else { return true }
    let words =
      kind == "gradeScale"
      ? "grade scale"
      : kind == "judgementScale"
        ? "judgement scale"
        : kind == "scale" ? "answer scale" : kind
    report(
      .duplicateAddition,
      "\(words) \(Quoted(id)) is already in \(base.label); use its id, or choose a new one",
      at: declared["\(kind):\(id)"],
      notes: [note("\(Quoted(id)) is declared here", key: "\(kind):\(id)")])
    return false
  }

  private mutating func adopt(_ holder: FrameworkDocument, _ paths: [String: SourceLocation]) {
    for (key, location) in ElementKeys.keyed(holder, paths) where key != "framework" {
      locations[key] = location
    }
  }

  private mutating func forget(_ elements: [(id: String, key: String)]) {
    for element in elements { locations[element.key] = nil }
  }

  private func relocated(_ diagnostic: Diagnostic, from: String, to: String) -> Diagnostic {
    var copy = diagnostic
    copy.path = diagnostic.path.map { $0.hasPrefix(from) ? to + $0.dropFirst(from.count) : $0 }
    return copy
  }

  private func note(_ message: String, key: String) -> Diagnostic.Note {
    Diagnostic.Note(message: message, location: locations[key])
  }

  private mutating func report(
    _ code: DiagnosticCode, _ message: String, at location: SourceLocation?,
    notes: [Diagnostic.Note] = []
  ) {
    diagnostics.append(Diagnostic(code, message, location: location, notes: notes))
  }

  private mutating func unknown(
    _ id: String, _ kind: String, among candidates: [String], at: SourceLocation
  ) {
    if let removed = removals[id] {
      report(
        .unknownChangeTarget, "\(Quoted(id)) was removed by an earlier change", at: at,
        notes: [Diagnostic.Note(message: "\(Quoted(id)) is removed here", location: removed)])
    } else {
      report(
        .unknownChangeTarget,
        "\(base.label) has no \(kind) \(Quoted(id))."
          + Suggestion.didYouMean(id, among: candidates), at: at)
    }
  }

  private mutating func mismatch(
    _ id: String, _ position: Position, _ advice: String, at: SourceLocation
  ) {
    report(
      .changeKindMismatch, "\(Quoted(id)) is a \(position.kind); \(advice)", at: at,
      notes: [note("\(Quoted(id)) is declared here", key: subtree(position)[0].key)])
  }

  private mutating func reportEmpty(_ message: String, key: String, at: SourceLocation) {
    report(.removalLeavesEmpty, message, at: at)
    reportedKeys.insert(key)
  }

  private mutating func stillReferenced(
    _ what: String, by user: String, key: String, hint: String, at: SourceLocation
  ) {
    report(
      .removedStillReferenced,
      "\(what) is removed but \(user); change it with \(hint), or "
        + "remove it too", at: at,
      notes: [note("\(key.split(separator: ":").first ?? "") declared here", key: key)])
    reportedKeys.insert(key)
  }
}

extension FrameworkDocument {
  /// A document holding only `criteria`, in one section: for re-keying lowered criteria.
  fileprivate static func holding(criteria: [Criterion]) -> FrameworkDocument {
    FrameworkDocument(
      id: "", version: "", title: "", sections: [.init(id: "", title: "", criteria: criteria)])
  }
}

extension String {
  fileprivate var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }
}
