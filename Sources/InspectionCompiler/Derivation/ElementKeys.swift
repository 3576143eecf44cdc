import InspectionSchema
import InspectionSupport

/// Names every element of a document by what it is rather than where it is.
///
/// Validators locate elements by path (`sections[0].criteria[1]`), and paths change when a
/// derivation inserts or removes elements. Keys (`criterion:1.2`, `gradeScale:c/band:good`)
/// do not, so a derivation carries locations by key and turns them back into paths at the end.
enum ElementKeys {
  /// Every element of `document` as (path, key), in document order.
  static func walk(_ document: FrameworkDocument) -> [(path: String, key: String)] {
    var pairs: [(String, String)] = [
      ("", "framework"), ("period", "period"), ("historical", "historical"),
      ("conceptCatalog", "conceptCatalog"),
    ]
    pairs += [("summary", "summary"), ("presentation", "presentation")]
    for index in document.sources.indices { pairs.append(("sources[\(index)]", "source#\(index)")) }
    for index in document.assumptions.indices {
      pairs.append(("assumptions[\(index)]", "assumption#\(index)"))
    }
    for (index, attribute) in document.attributes.enumerated() {
      pairs.append(("attributes[\(index)]", "attribute:\(attribute.id)"))
    }
    for (index, scale) in document.scales.enumerated() {
      pairs.append(("scales[\(index)]", "scale:\(scale.id)"))
      for (option, value) in scale.options.enumerated() {
        pairs.append(
          ("scales[\(index)].options[\(option)]", "scale:\(scale.id)/option:\(value.code)"))
      }
    }
    for (index, theme) in document.themes.enumerated() {
      pairs.append(("themes[\(index)]", "theme:\(theme.id)"))
    }
    for (index, scale) in document.gradeScales.enumerated() {
      pairs.append(("gradeScales[\(index)]", "gradeScale:\(scale.id)"))
      for (band, value) in scale.bands.enumerated() {
        pairs.append(
          ("gradeScales[\(index)].bands[\(band)]", "gradeScale:\(scale.id)/band:\(value.id)"))
      }
    }
    for (index, scale) in document.judgementScales.enumerated() {
      pairs.append(("judgementScales[\(index)]", "judgementScale:\(scale.id)"))
      for (label, value) in scale.labels.enumerated() {
        pairs.append(
          (
            "judgementScales[\(index)].labels[\(label)]",
            "judgementScale:\(scale.id)/label:\(value.id)"
          ))
      }
    }
    for (s, section) in document.sections.enumerated() {
      pairs.append(("sections[\(s)]", section.key))
      for (c, criterion) in section.criteria.enumerated() {
        pairs.append(("sections[\(s)].criteria[\(c)]", criterion.key))
        for (q, question) in criterion.questions.enumerated() {
          pairs.append(("sections[\(s)].criteria[\(c)].questions[\(q)]", question.key))
        }
      }
    }
    for (index, headline) in document.headlines.enumerated() {
      pairs.append(("headlines[\(index)]", headline.key))
    }
    for (index, rating) in document.overall.enumerated() {
      pairs.append(("overall[\(index)]", "overall:\(rating.id)"))
    }
    return pairs + provenancePairs(pairs) + measuresPairs(document)
  }

  /// The concept links of every section, criterion, question and headline, keyed under the
  /// element: `question:1.2.a/measures[0]`.
  private static func measuresPairs(_ document: FrameworkDocument) -> [(path: String, key: String)]
  {
    func links(_ path: String, _ key: String, _ count: Int?) -> [(path: String, key: String)] {
      (0..<(count ?? 0)).map { ("\(path).measures[\($0)]", "\(key)/measures[\($0)]") }
    }
    var pairs: [(path: String, key: String)] = []
    for (s, section) in document.sections.enumerated() {
      pairs += links("sections[\(s)]", section.key, section.measures?.count)
      for (c, criterion) in section.criteria.enumerated() {
        let path = "sections[\(s)].criteria[\(c)]"
        pairs += links(path, criterion.key, criterion.measures?.count)
        for (q, question) in criterion.questions.enumerated() {
          pairs += links("\(path).questions[\(q)]", question.key, question.measures?.count)
        }
      }
    }
    for (index, headline) in document.headlines.enumerated() {
      pairs += links("headlines[\(index)]", headline.key, headline.measures?.count)
    }
    return pairs
  }

  /// The members declared apart from their element (`provenance`, `ruleProvenance`,
  /// `membershipProvenance`, and a section's or criterion's `applicability` and `override`) of
  /// every element that can carry them, keyed under the element: `criterion:1.2/override`.
  private static func provenancePairs(_ pairs: [(path: String, key: String)]) -> [(
    path: String, key: String
  )] {
    let carriers = [
      "section:", "criterion:", "question:", "headline:", "overall:", "scale:", "gradeScale:",
      "judgementScale:",
    ]
    return pairs.filter { pair in
      !pair.key.contains("/") && carriers.contains { pair.key.hasPrefix($0) }
    }.flatMap { pair in
      members.map { ("\(pair.path).\($0)", "\(pair.key)/\($0)") }
    }
  }

  /// The names of the members of an element declared by a modifier of their own.
  static let members = [
    "provenance", "ruleProvenance", "membershipProvenance", "applicability", "override",
  ]

  /// Re-keys path-based `locations` of `document`.
  static func keyed(_ document: FrameworkDocument, _ locations: [String: SourceLocation])
    -> [String: SourceLocation]
  {
    var keyed: [String: SourceLocation] = [:]
    for (path, key) in walk(document) {
      if let location = locations[path], keyed[key] == nil { keyed[key] = location }
    }
    return keyed
  }

  /// Turns key-based `locations` back into paths of `document`.
  static func paths(_ document: FrameworkDocument, _ locations: [String: SourceLocation])
    -> [String: SourceLocation]
  {
    var paths: [String: SourceLocation] = [:]
    for (path, key) in walk(document) {
      if let location = locations[key] { paths[path] = location }
    }
    return paths
  }
}

extension FrameworkDocument.Section {
  var key: String { "section:\(id)" }
}

extension FrameworkDocument.Criterion {
  var key: String { "criterion:\(id)" }
}

extension FrameworkDocument.Question {
  var key: String { "question:\(id)" }
}

extension FrameworkDocument.Headline {
  var key: String { "headline:\(id)" }
}
