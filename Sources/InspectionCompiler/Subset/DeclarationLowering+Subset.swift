import InspectionDSL
import InspectionSchema
import InspectionSupport

// Subsets
//
// A framework that asks a declared subset of a question bank's questions: the bank's
// sections, criteria and questions as declared there (so problems point at the bank's lines),
// its case attributes (the bank's case vocabulary), and the themes and answer scales the taken
// questions use.
extension DeclarationLowering {
  /// Takes what `subset` selects from its bank into `document`, recording the bank in
  /// `subsetOf`; reports problems at the `Subset` declaration.
  mutating func take(_ subset: Subset, into document: inout FrameworkDocument) {
    locations["subsetOf"] = subset.location
    let bank = subset.bank
    let label = "\(bank.id)@\(bank.version)"
    guard bank.derivation == nil else {
      diagnostics.append(
        Diagnostic(
          .bankUnusable,
          "\(label) is a derived framework, so it cannot be a question bank; take the subset "
            + "of the framework it is based on, or declare the bank directly",
          location: subset.location))
      return
    }
    let compilation = FrameworkCompiler.compile(bank)
    guard compilation.succeeded, let fingerprint = try? compilation.document.fingerprint() else {
      diagnostics.append(
        Diagnostic(
          .bankUnusable,
          "\(Quoted(document.id)) takes a subset of \(label), which does not compile; fix the "
            + "bank first",
          location: subset.location))
      diagnostics += compilation.diagnostics.sortedForDisplay()
      return
    }
    let selection = SubsetSelection(subset)
    diagnostics += selection.diagnostics

    let taken = compilation.document.allQuestions.filter { selection.questions.contains($0.id) }
    let scalesUsed = Set(taken.map(\.scale))
    let themesCarried = Set(taken.flatMap(\.themes))
    for element in bank.elements {
      switch element {
      case .theme(let theme) where themesCarried.contains(theme.id):
        locations["themes[\(document.themes.count)]"] = theme.location
        document.themes.append(.init(id: theme.id, title: theme.title))
      case .attribute(let attribute):
        locations["attributes[\(document.attributes.count)]"] = attribute.location
        document.attributes.append(
          .init(id: attribute.id, title: attribute.title, values: attribute.values))
      case .answerScale(let scale) where scalesUsed.contains(scale.id):
        document.scales.append(lower(scale, at: "scales[\(document.scales.count)]"))
      default:
        break
      }
    }
    for case .section(let section) in bank.elements where selection.sections.contains(section.id) {
      let path = "sections[\(document.sections.count)]"
      document.sections.append(lower(section, at: path, keeping: selection))
    }
    document.subsetOf = FrameworkDocument.QuestionBankReference(
      id: bank.id, version: bank.version, fingerprint: fingerprint, select: subset.selected,
      exclude: subset.excluded, provenance: cite(subset.provenance, at: "subsetOf"))
  }
}
