import InspectionDSL
import InspectionSchema
import InspectionSupport

// New declarations
//
// The derived framework's own sections, scales, headlines and overall ratings, lowered and
// appended after the changed base.
extension DerivationLowering {
  /// Appends the derived framework's own declarations after the changed base.
  mutating func add(_ elements: [FrameworkElement], root: SourceLocation) {
    var lowering = DeclarationLowering()
    let delta = lowering.lower(
      elements, into: FrameworkDocument(id: base.id, version: base.version, title: base.title),
      at: root, addingStandardScale: false)
    diagnostics += lowering.diagnostics
    if delta.subsetOf != nil, let location = lowering.locations["subsetOf"] {
      diagnostics.append(
        Diagnostic(
          .bankUnusable,
          "a derived framework cannot take a subset of a question bank; declare the subset "
            + "framework directly, with Framework(_:version:title:) and Subset(of:)",
          location: location))
    }
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
    if delta.historical == true, let location = declared["historical"] {
      document.historical = true
      locations["historical"] = location
      changes.append("declared historical: every part cites its source")
    }
    if let location = declared["conceptCatalog"] {
      document.conceptCatalog = delta.conceptCatalog
      locations["conceptCatalog"] = location
      changes.append("measures concepts of catalog \(delta.conceptCatalog?.label ?? "")")
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
}
