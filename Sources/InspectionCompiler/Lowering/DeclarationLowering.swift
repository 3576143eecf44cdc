import InspectionDSL
import InspectionSchema
import InspectionSupport

/// Turns a Swift declaration into an unvalidated document and a map of where each element
/// was declared.
///
/// Lowering keeps everything it is given, in order, so that the validators can report each
/// problem at its declaration. Problems only a declaration can have (a setting declared twice,
/// two bounds on one side of a band) are reported here.
struct DeclarationLowering {
  var locations: [String: SourceLocation] = [:]
  var diagnostics: [Diagnostic] = []
  /// The concept catalogs declared with `Concepts(from:)`, compiled.
  private(set) var conceptCatalogs: [ConceptCatalogDocument] = []

  mutating func lower(_ framework: Framework) -> FrameworkDocument {
    lower(
      framework.elements,
      into: FrameworkDocument(id: framework.id, version: framework.version, title: framework.title),
      at: framework.location)
  }

  /// Lowers `elements` into `document`, whose root was declared at `location`; adds the
  /// standard yes/no scale when a question uses it and no scale of that id is declared.
  mutating func lower(
    _ elements: [FrameworkElement], into document: FrameworkDocument, at location: SourceLocation,
    addingStandardScale: Bool = true
  ) -> FrameworkDocument {
    var document = document
    locations[""] = location
    var firstSetting: [String: SourceLocation] = [:]

    func noteSetting(_ name: String, at location: SourceLocation) -> Bool {
      if let first = firstSetting[name] {
        diagnostics.append(
          Diagnostic(
            .repeatedSetting, "\(name) is declared more than once; keep one", location: location,
            notes: [Diagnostic.Note(message: "\(name) is first declared here", location: first)]))
        return false
      }
      firstSetting[name] = location
      return true
    }

    for element in elements {
      switch element {
      case .section(let section):
        let path = "sections[\(document.sections.count)]"
        document.sections.append(lower(section, at: path))
      case .theme(let theme):
        locations["themes[\(document.themes.count)]"] = theme.location
        document.themes.append(.init(id: theme.id, title: theme.title))
      case .attribute(let attribute):
        let path = "attributes[\(document.attributes.count)]"
        locations[path] = attribute.location
        document.attributes.append(
          .init(id: attribute.id, title: attribute.title, values: attribute.values))
      case .answerScale(let scale):
        document.scales.append(lower(scale, at: "scales[\(document.scales.count)]"))
      case .gradeScale(let scale):
        let path = "gradeScales[\(document.gradeScales.count)]"
        document.gradeScales.append(lower(scale, at: path))
      case .judgementScale(let scale):
        let path = "judgementScales[\(document.judgementScales.count)]"
        locations[path] = scale.location
        for (index, label) in scale.labels.enumerated() {
          locations["\(path).labels[\(index)]"] = label.location
        }
        document.judgementScales.append(
          .init(
            id: scale.id, title: scale.title,
            labels: scale.labels.map {
              .init(id: $0.id, label: $0.label, points: $0.points, meaning: $0.meaning)
            }, advisory: scale.advisory, provenance: cite(scale.provenance, at: path)))
      case .headline(let headline):
        document.headlines.append(lower(headline, at: "headlines[\(document.headlines.count)]"))
      case .overall(let rating):
        let path = "overall[\(document.overall.count)]"
        locations[path] = rating.location
        document.overall.append(
          .init(
            id: rating.id, title: rating.title, items: rating.items, gradeScale: rating.grade,
            provenance: cite(rating.provenance, at: path),
            ruleProvenance: cite(rating.ruleProvenance, at: path, member: "ruleProvenance")))
      case .period(let period):
        if noteSetting("Period", at: period.location) {
          locations["period"] = period.location
          document.period = .init(from: period.from, to: period.to)
        }
      case .summary(let summary):
        if noteSetting("Summary", at: summary.location) {
          locations["summary"] = summary.location
          document.summary = summary.text
        }
      case .presentation(let presentation):
        if noteSetting("Presentation", at: presentation.location) {
          locations["presentation"] = presentation.location
          document.presentation = .init(
            displayDecimals: presentation.displayDecimals,
            minimumRelevantCases: presentation.minimumRelevantCases)
        }
      case .source(let source):
        locations["sources[\(document.sources.count)]"] = source.location
        document.sources.append(source.sourceReference)
      case .historical(let marker):
        if noteSetting("Historical", at: marker.location) {
          locations["historical"] = marker.location
          document.historical = true
        }
      case .concepts(let use):
        guard noteSetting("Concepts", at: use.location) else { break }
        locations["conceptCatalog"] = use.location
        let compilation = ConceptCatalogCompiler.compile(use.catalog)
        diagnostics += compilation.diagnostics
        conceptCatalogs.append(compilation.document)
        if let reference = try? compilation.document.reference() {
          document.conceptCatalog = reference
        }
      case .assumption(let assumption):
        locations["assumptions[\(document.assumptions.count)]"] = assumption.location
        document.assumptions.append(assumption.text)
      case .subset(let subset):
        if noteSetting("Subset", at: subset.location) {
          take(subset, into: &document)
        }
      }
    }

    let standard = FrameworkDocument.AnswerScale.yesNo
    if addingStandardScale, !document.scales.contains(where: { $0.id == standard.id }),
      document.allQuestions.contains(where: { $0.scale == standard.id })
    {
      document.scales.append(standard)
    }
    return document
  }

  /// Lowers `section`, keeping only the criteria and questions `keeping` holds (all when
  /// `nil`): a question bank's section as a subset takes it.
  mutating func lower(
    _ section: Section, at path: String, keeping: SubsetSelection? = nil
  ) -> FrameworkDocument.Section {
    locations[path] = section.location
    note(section.applicabilityLocation, at: "\(path).applicability")
    note(section.overrideLocation, at: "\(path).override")
    let criteria = section.criteria.filter { keeping?.criteria.contains($0.id) ?? true }
    return .init(
      id: section.id, title: section.title, standard: section.standard, rule: section.rule,
      weight: section.weight, gradeScale: section.grade, judgementScale: section.judgement,
      criteria: criteria.enumerated().map { index, criterion in
        lower(criterion, at: "\(path).criteria[\(index)]", keeping: keeping)
      }, provenance: cite(section.provenance, at: path),
      ruleProvenance: cite(section.ruleProvenance, at: path, member: "ruleProvenance"),
      scored: section.scored ? nil : false, applicability: section.applicability,
      override: section.override,
      measures: measures(section.concepts, at: path))
  }

  /// Lowers `criterion`, keeping only the questions `keeping` holds (all when `nil`).
  mutating func lower(
    _ criterion: Criterion, at path: String, keeping: SubsetSelection? = nil
  ) -> FrameworkDocument.Criterion {
    locations[path] = criterion.location
    note(criterion.applicabilityLocation, at: "\(path).applicability")
    note(criterion.overrideLocation, at: "\(path).override")
    let questions = criterion.questions.filter { keeping?.questions.contains($0.id) ?? true }
    return .init(
      id: criterion.id, title: criterion.title, standard: criterion.standard,
      rule: criterion.rule, weight: criterion.weight, gradeScale: criterion.grade,
      judgementScale: criterion.judgement,
      questions: questions.enumerated().map { index, question in
        lower(question, at: "\(path).questions[\(index)]")
      }, provenance: cite(criterion.provenance, at: path),
      ruleProvenance: cite(criterion.ruleProvenance, at: path, member: "ruleProvenance"),
      applicability: criterion.applicability, override: criterion.override,
      measures: measures(criterion.concepts, at: path))
  }

  /// Notes that the member at `path` was declared at `location`, when it was declared.
  private mutating func note(_ location: SourceLocation?, at path: String) {
    if let location { locations[path] = location }
  }

  mutating func lower(_ question: Question, at path: String) -> FrameworkDocument.Question {
    locations[path] = question.location
    return .init(
      id: question.id, text: question.text, scale: question.scale, themes: question.themes,
      applicability: question.applicability, weight: question.weight, role: question.role,
      guidance: question.guidance, provenance: cite(question.provenance, at: path),
      measures: measures(question.concepts, at: path))
  }

  mutating func lower(_ scale: AnswerScale, at path: String) -> FrameworkDocument.AnswerScale {
    locations[path] = scale.location
    for (index, option) in scale.options.enumerated() {
      locations["\(path).options[\(index)]"] = option.location
    }
    return .init(
      id: scale.id, title: scale.title,
      options: scale.options.map { .init(code: $0.code, label: $0.label, effect: $0.effect) },
      provenance: cite(scale.provenance, at: path))
  }

  mutating func lower(_ headline: Headline, at path: String) -> FrameworkDocument.Headline {
    locations[path] = headline.location
    return .init(
      id: headline.id, title: headline.title, theme: headline.theme,
      sections: headline.sections, rule: headline.rule, gradeScale: headline.grade,
      judgementScale: headline.judgement, provenance: cite(headline.provenance, at: path),
      ruleProvenance: cite(headline.ruleProvenance, at: path, member: "ruleProvenance"),
      membershipProvenance: cite(
        headline.membershipProvenance, at: path, member: "membershipProvenance"),
      measures: measures(headline.concepts, at: path))
  }

  /// The document's concept links for `tags`, noting where each was written under
  /// `path.measures[i]`; `nil` when there are none.
  mutating func measures(_ tags: [ConceptTag], at path: String) -> [FrameworkDocument.ConceptLink]?
  {
    guard !tags.isEmpty else { return nil }
    for (index, tag) in tags.enumerated() { locations["\(path).measures[\(index)]"] = tag.location }
    return tags.map(\.link)
  }

  mutating func lower(_ scale: GradeScale, at path: String) -> FrameworkDocument.GradeScale {
    locations[path] = scale.location
    for (index, band) in scale.bands.enumerated() {
      locations["\(path).bands[\(index)]"] = band.location
      for conflict in band.conflictingBounds {
        diagnostics.append(
          Diagnostic(
            .invalidBound,
            "band \(Quoted(band.id)) gives both \(conflict); keep one bound per side",
            location: band.location, path: "\(path).bands[\(index)]"))
      }
    }
    return .init(
      id: scale.id, title: scale.title, basis: scale.basis,
      range: .init(minimum: scale.range.lowerBound, maximum: scale.range.upperBound),
      bands: scale.bands.map {
        .init(
          id: $0.id, label: $0.label, lower: $0.lower, upper: $0.upper, points: $0.points,
          meaning: $0.meaning)
      }, provenance: cite(scale.provenance, at: path))
  }

  /// The document's provenance for `citation`, noting where it was written under
  /// `path.member`, so that a problem with the citation is reported at its `.from(…)`.
  mutating func cite(
    _ citation: Citation?, at path: String, member: String = "provenance"
  ) -> FrameworkDocument.Provenance? {
    guard let citation else { return nil }
    locations["\(path).\(member)"] = citation.location
    return citation.provenance
  }
}
