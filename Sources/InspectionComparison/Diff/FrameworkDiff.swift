import InspectionEvaluator
import InspectionSchema

/// The structural difference between two frameworks or two versions of one.
///
/// With a crosswalk, questions are matched **only** through its `.equal` mappings (a shared
/// concept or an explicit entry says they are the same question), and criteria, sections and
/// headlines through the items it sets on one row: a question whose text changed is
/// `reworded`, one mapped under another id `renamed`, and an id the newer framework uses for
/// a different question is `reused`. Without a crosswalk, elements are matched by id and a
/// changed question text is reported as `text`, not as a rewording: nothing says it is the
/// same question. For each matched element it reports what changed: texts, answer scales
/// (their options and which are above the line), themes,
/// applicability (in plain words, as `inspect show` prints it), roles and weights of questions;
/// rules, weights and scales of criteria, sections and headlines; the bands of grade scales.
/// Elements are listed in the order of the newer framework, removed ones in the order of the
/// older.
///
/// ```swift
/// let diff = FrameworkDiff(from: omi2006, to: omi2008)
/// diff.changes.filter { $0.change == .added && $0.element == .question }.count
/// ```
public struct FrameworkDiff: Sendable {
  /// The older (or source) framework.
  public let from: String
  /// The newer (or target) framework.
  public let to: String
  /// Every change, grouped by element kind.
  public let changes: [Change]

  /// What kind of element changed.
  public enum Element: String, Sendable, Hashable, CaseIterable {
    case section, criterion, question, headline, overall, gradeScale = "grade scale"
    case judgementScale = "judgement scale"
  }

  /// How it changed.
  public enum ChangeKind: String, Sendable, Hashable {
    case added, removed, renamed, text, rule, weight, scale, bands, themes, applicability, role
    case moved, reworded, reused
  }

  /// One change.
  public struct Change: Sendable, Hashable {
    public var element: Element
    /// The element's id in the older framework (or the newer when added).
    public var id: String
    public var change: ChangeKind
    /// What was.
    public var before: String?
    /// What is.
    public var after: String?
  }

  /// Compares `from` with `to` through `crosswalk` (see the type's discussion); without one,
  /// elements are matched by id.
  public init(
    from old: FrameworkDocument, to new: FrameworkDocument, crosswalk: CrosswalkDocument?
  ) {
    guard let crosswalk else {
      self.init(from: old, to: new, matching: Matching())
      return
    }
    var matching = Matching(strict: true)
    for mapping in crosswalk.mappings where mapping.relation == .equal {
      if let target = mapping.to, matching.questions[mapping.from] == nil {
        matching.questions[mapping.from] = target
      }
    }
    for kind in [CrosswalkDocument.ItemKind.criterion, .section, .headline] {
      let aligned = crosswalk.alignedItems(kind)
      guard !aligned.isEmpty else { continue }
      matching.items[kind] = aligned
    }
    self.init(from: old, to: new, matching: matching)
  }

  /// Compares `from` with `to`; `renames` maps older question ids to newer ones (from a
  /// crosswalk's `.equal` mappings); other elements are matched by id.
  public init(
    from old: FrameworkDocument, to new: FrameworkDocument, renames: [String: String] = [:]
  ) {
    self.init(from: old, to: new, matching: Matching(questions: renames))
  }

  /// How elements are matched: questions (and, per kind, items) by the ids given; with
  /// `strict`, a question (or an item of a kind given) not listed matches nothing.
  struct Matching {
    var strict = false
    var questions: [String: String] = [:]
    var items: [CrosswalkDocument.ItemKind: [String: String]] = [:]
  }

  private init(from old: FrameworkDocument, to new: FrameworkDocument, matching: Matching) {
    from = old.label
    to = new.label
    var changes: [Change] = []
    func add(
      _ element: Element, _ id: String, _ kind: ChangeKind, _ before: String?, _ after: String?
    ) {
      changes.append(Change(element: element, id: id, change: kind, before: before, after: after))
    }
    func compare<T>(
      _ element: Element, old: [T], new: [T], id: (T) -> String, renames: [String: String] = [:],
      strict: Bool = false, title: (T) -> String = { _ in "" },
      details: (T, T) -> [(ChangeKind, String, String)]
    ) {
      let newByID = Dictionary(new.map { (id($0), $0) }, uniquingKeysWith: { first, _ in first })
      // A mapping outranks a shared id: the same id may mean another question.
      let claimed = Set(renames.values)
      var matched = Set<String>()
      var reused = Set<String>()
      for item in old {
        let key = id(item)
        if let renamed = renames[key], let twin = newByID[renamed] {
          matched.insert(renamed)
          if renamed != key { add(element, key, .renamed, key, renamed) }
          for (kind, before, after) in details(item, twin) {
            add(element, key, kind, before, after)
          }
        } else if let twin = newByID[key], !claimed.contains(key), !strict {
          matched.insert(key)
          for (kind, before, after) in details(item, twin) {
            add(element, key, kind, before, after)
          }
        } else if let twin = newByID[key], !matched.contains(key), !claimed.contains(key) {
          // The newer framework uses the id for something no mapping calls the same.
          reused.insert(key)
          add(element, key, .reused, title(item), title(twin))
        } else {
          add(element, key, .removed, key, nil)
        }
      }
      for item in new where !matched.contains(id(item)) && !reused.contains(id(item)) {
        add(element, id(item), .added, nil, id(item))
      }
    }
    func changed(_ kind: ChangeKind, _ a: String?, _ b: String?) -> [(ChangeKind, String, String)] {
      a == b ? [] : [(kind, a ?? "none", b ?? "none")]
    }
    func weight(_ value: Double?) -> String? { value.map(DisplayRounding.plain) }

    /// A rule in words, with whether inspectors may override the band it gives.
    func rule(_ rule: AggregationRule, _ override: OverridePolicy?) -> String {
      rule.explanation
        + (override.map {
          "; overridable \($0.reach.explanation)"
            + ($0.requiresRationale ? ", with a rationale" : "")
        } ?? "")
    }
    let strictItems = { (kind: CrosswalkDocument.ItemKind) in matching.items[kind] != nil }
    compare(
      .section, old: old.sections, new: new.sections, id: \.id,
      renames: matching.items[.section] ?? [:], strict: strictItems(.section), title: \.title
    ) { a, b in
      changed(.text, a.title, b.title)
        + changed(
          .rule, a.isGrouping ? "grouping only, no score" : rule(a.rule, a.override),
          b.isGrouping ? "grouping only, no score" : rule(b.rule, b.override))
        + changed(.weight, weight(a.weight), weight(b.weight))
        + changed(.scale, a.gradeScale ?? a.judgementScale, b.gradeScale ?? b.judgementScale)
        + changed(.applicability, a.applicability?.explanation, b.applicability?.explanation)
    }
    let oldSection = Dictionary(
      old.sections.flatMap { s in s.criteria.map { ($0.id, s.id) } },
      uniquingKeysWith: { first, _ in first })
    let newSection = Dictionary(
      new.sections.flatMap { s in s.criteria.map { ($0.id, s.id) } },
      uniquingKeysWith: { first, _ in first })
    compare(
      .criterion, old: old.allCriteria, new: new.allCriteria, id: \.id,
      renames: matching.items[.criterion] ?? [:], strict: strictItems(.criterion), title: \.title
    ) { a, b in
      changed(.text, a.title, b.title) + changed(.moved, oldSection[a.id], newSection[b.id])
        + changed(.rule, rule(a.rule, a.override), rule(b.rule, b.override))
        + changed(.weight, weight(a.weight), weight(b.weight))
        + changed(.scale, a.gradeScale ?? a.judgementScale, b.gradeScale ?? b.judgementScale)
        + changed(.applicability, a.applicability?.explanation, b.applicability?.explanation)
    }
    let oldCriterion = Dictionary(
      old.allCriteria.flatMap { c in c.questions.map { ($0.id, c.id) } },
      uniquingKeysWith: { first, _ in first })
    let newCriterion = Dictionary(
      new.allCriteria.flatMap { c in c.questions.map { ($0.id, c.id) } },
      uniquingKeysWith: { first, _ in first })
    compare(
      .question, old: old.allQuestions, new: new.allQuestions, id: \.id,
      renames: matching.questions, strict: matching.strict, title: \.text
    ) { a, b in
      // A rewording only where a mapping says it is the same question.
      changed(matching.strict ? .reworded : .text, a.text, b.text)
        + changed(.moved, oldCriterion[a.id], newCriterion[b.id])
        + changed(.scale, Self.answers(a, in: old), Self.answers(b, in: new))
        + changed(.themes, a.themes.joined(separator: ", "), b.themes.joined(separator: ", "))
        + changed(.applicability, Self.relevance(a), Self.relevance(b))
        + changed(.role, a.role.rawValue, b.role.rawValue)
        + changed(.weight, weight(a.weight), weight(b.weight))
    }
    compare(
      .headline, old: old.headlines, new: new.headlines, id: \.id,
      renames: matching.items[.headline] ?? [:], strict: strictItems(.headline), title: \.title
    ) { a, b in
      changed(.text, a.title, b.title)
        + changed(
          .rule,
          "theme \(a.theme) over sections " + a.sections.joined(separator: ", ")
            + ", \(a.rule.explanation)",
          "theme \(b.theme) over sections "
            + b.sections.joined(separator: ", ") + ", \(b.rule.explanation)")
        + changed(.scale, a.gradeScale ?? a.judgementScale, b.gradeScale ?? b.judgementScale)
    }
    compare(.overall, old: old.overall, new: new.overall, id: \.id) { a, b in
      changed(.rule, a.items.joined(separator: ", "), b.items.joined(separator: ", "))
        + changed(.scale, a.gradeScale, b.gradeScale)
    }
    func bands(_ scale: FrameworkDocument.GradeScale) -> String {
      "\(scale.basis.rawValue): "
        + scale.bands.map { "\($0.label) \($0.boundsDescription)" }
        .joined(separator: "; ")
    }
    compare(.gradeScale, old: old.gradeScales, new: new.gradeScales, id: \.id) { a, b in
      changed(.bands, bands(a), bands(b))
    }
    compare(.judgementScale, old: old.judgementScales, new: new.judgementScales, id: \.id) {
      a, b in
      changed(
        .bands, a.labels.map(\.label).joined(separator: "; "),
        b.labels.map(\.label).joined(separator: "; "))
    }
    self.changes = changes
  }

  /// When a question is relevant, in the plain words `inspect show` uses: "relevant when
  /// case_type is licence", or "relevant to every case".
  static func relevance(_ question: FrameworkDocument.Question) -> String {
    question.applicability.map { "relevant when \($0.explanation)" } ?? "relevant to every case"
  }

  /// A question's answer scale in words: its id and which options are above the line, e.g.
  /// `yes-no (above the line: yes; below: no)`; options that take the case out are not listed.
  static func answers(_ question: FrameworkDocument.Question, in document: FrameworkDocument)
    -> String
  {
    guard let scale = document.scales.first(where: { $0.id == question.scale }) else {
      return question.scale
    }
    func codes(_ effect: AnswerEffect) -> String {
      let codes = scale.options.filter { $0.effect == effect }.map(\.code)
      return codes.isEmpty ? "none" : codes.joined(separator: ", ")
    }
    return "\(scale.id) (above the line: \(codes(.sufficient)); below: \(codes(.insufficient)))"
  }

  /// How many changes of each kind, for the summary line.
  public var counts: [(ChangeKind, Int)] {
    var counts: [ChangeKind: Int] = [:]
    for change in changes { counts[change.change, default: 0] += 1 }
    let order: [ChangeKind] = [
      .added, .removed, .renamed, .reused, .moved, .reworded, .text, .rule, .weight, .scale,
      .bands, .themes, .applicability, .role,
    ]
    return order.compactMap { kind in counts[kind].map { (kind, $0) } }
  }
}
