/// One place in a framework document that carries (or should carry) a provenance entry: an
/// element, or its rule, or a headline's membership.
///
/// ``FrameworkDocument/provenanceItems`` lists them in document order; the compiler checks
/// them, `inspect provenance` counts them, and reports mark the placeholders among them.
///
/// ```swift
/// for item in document.provenanceItems where item.provenance == nil {
///   print("\(item.description) cites no source")   // "rule of criterion 1.1 cites no source"
/// }
/// ```
public struct ProvenanceItem: Hashable, Sendable {
  /// The kinds of element that carry provenance.
  public enum Kind: String, Hashable, Sendable, CaseIterable {
    case question, criterion, section
    case answerScale = "answer scale"
    case gradeScale = "grade scale"
    case judgementScale = "judgement scale"
    case headline
    case overallRating = "overall rating"
    /// The question bank a subset takes its questions from (``FrameworkDocument/subsetOf``).
    case questionBank = "question bank"
  }

  /// What of the element the entry is about.
  public enum Aspect: String, Hashable, Sendable, CaseIterable {
    /// The element itself: its id, title or text, standard, labels or bands.
    case element
    /// The element's aggregation rule.
    case rule
    /// A headline's membership: which questions count (its theme and sections).
    case membership
  }

  /// The kind of element.
  public var kind: Kind
  /// What of it.
  public var aspect: Aspect
  /// The element's id.
  public var id: String
  /// The path of the element in the document, e.g. `sections[0].criteria[1]`.
  public var elementPath: String
  /// The provenance entry, or `nil` when none is recorded.
  public var provenance: FrameworkDocument.Provenance?

  /// Creates an item.
  public init(
    kind: Kind, aspect: Aspect, id: String, elementPath: String,
    provenance: FrameworkDocument.Provenance?
  ) {
    self.kind = kind
    self.aspect = aspect
    self.id = id
    self.elementPath = elementPath
    self.provenance = provenance
  }

  /// The path of the provenance member itself, e.g. `sections[0].criteria[1].ruleProvenance`.
  public var path: String {
    switch aspect {
    case .element: "\(elementPath).provenance"
    case .rule: "\(elementPath).ruleProvenance"
    case .membership: "\(elementPath).membershipProvenance"
    }
  }

  /// The item in words: `question 1.1.a`, `rule of criterion 1.1`, `membership of headline RoH`.
  public var description: String {
    switch aspect {
    case .element: "\(kind.rawValue) \(id)"
    case .rule: "rule of \(kind.rawValue) \(id)"
    case .membership: "membership of \(kind.rawValue) \(id)"
    }
  }
}

extension FrameworkDocument {
  /// Every place that carries provenance, in document order: sections with their rules,
  /// criteria with their rules, questions, then headlines (element, rule, membership), overall
  /// ratings (element, rule), answer scales, grade scales and judgement scales, and last the
  /// question bank of a subset.
  ///
  /// A rule is listed only where it computes something: a criterion's rule when it has
  /// questions, a section's when some criterion in it has questions and the section is scored
  /// (a grouping has no rule).
  public var provenanceItems: [ProvenanceItem] {
    var items: [ProvenanceItem] = []
    for (sectionIndex, section) in sections.enumerated() {
      let sectionPath = "sections[\(sectionIndex)]"
      items.append(
        ProvenanceItem(
          kind: .section, aspect: .element, id: section.id, elementPath: sectionPath,
          provenance: section.provenance))
      if !section.isGrouping, section.criteria.contains(where: { !$0.questions.isEmpty }) {
        items.append(
          ProvenanceItem(
            kind: .section, aspect: .rule, id: section.id, elementPath: sectionPath,
            provenance: section.ruleProvenance))
      }
      for (criterionIndex, criterion) in section.criteria.enumerated() {
        let criterionPath = "\(sectionPath).criteria[\(criterionIndex)]"
        items.append(
          ProvenanceItem(
            kind: .criterion, aspect: .element, id: criterion.id, elementPath: criterionPath,
            provenance: criterion.provenance))
        if !criterion.questions.isEmpty {
          items.append(
            ProvenanceItem(
              kind: .criterion, aspect: .rule, id: criterion.id, elementPath: criterionPath,
              provenance: criterion.ruleProvenance))
        }
        for (questionIndex, question) in criterion.questions.enumerated() {
          items.append(
            ProvenanceItem(
              kind: .question, aspect: .element, id: question.id,
              elementPath: "\(criterionPath).questions[\(questionIndex)]",
              provenance: question.provenance))
        }
      }
    }
    for (index, headline) in headlines.enumerated() {
      let path = "headlines[\(index)]"
      items += [
        ProvenanceItem(
          kind: .headline, aspect: .element, id: headline.id, elementPath: path,
          provenance: headline.provenance),
        ProvenanceItem(
          kind: .headline, aspect: .rule, id: headline.id, elementPath: path,
          provenance: headline.ruleProvenance),
        ProvenanceItem(
          kind: .headline, aspect: .membership, id: headline.id, elementPath: path,
          provenance: headline.membershipProvenance),
      ]
    }
    for (index, rating) in overall.enumerated() {
      let path = "overall[\(index)]"
      items += [
        ProvenanceItem(
          kind: .overallRating, aspect: .element, id: rating.id, elementPath: path,
          provenance: rating.provenance),
        ProvenanceItem(
          kind: .overallRating, aspect: .rule, id: rating.id, elementPath: path,
          provenance: rating.ruleProvenance),
      ]
    }
    for (index, scale) in scales.enumerated() {
      items.append(
        ProvenanceItem(
          kind: .answerScale, aspect: .element, id: scale.id, elementPath: "scales[\(index)]",
          provenance: scale.provenance))
    }
    for (index, scale) in gradeScales.enumerated() {
      items.append(
        ProvenanceItem(
          kind: .gradeScale, aspect: .element, id: scale.id, elementPath: "gradeScales[\(index)]",
          provenance: scale.provenance))
    }
    for (index, scale) in judgementScales.enumerated() {
      items.append(
        ProvenanceItem(
          kind: .judgementScale, aspect: .element, id: scale.id,
          elementPath: "judgementScales[\(index)]", provenance: scale.provenance))
    }
    if let bank = subsetOf {
      items.append(
        ProvenanceItem(
          kind: .questionBank, aspect: .element, id: bank.label, elementPath: "subsetOf",
          provenance: bank.provenance))
    }
    return items
  }
}
