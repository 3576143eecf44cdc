import InspectionSchema

/// `inspect show <framework>`: the framework's structure in plain words.
enum ShowCommand {
  static let spec = CommandSpec(
    "show", abstract: "Show a framework's sections, criteria, questions and rules.",
    examples: ["inspect show OMI2", "inspect show OMI@2006", "inspect show build/OMI2-2009.json"],
    arguments: [ArgumentSpec("framework", help: "A catalog id (id or id@version) or a .json file.")])

  static func run(_ context: CommandContext) throws(CommandFailure) {
    let resolved = try FrameworkSource.resolve(
      context.arguments.positional("framework") ?? "", in: context)
    context.out(render(resolved.document, fingerprint: resolved.fingerprint))
  }

  static func render(_ document: FrameworkDocument, fingerprint: String) -> String {
    var lines = ["\(document.id) \(document.version): \(document.title)"]
    if let period = document.period { lines.append("In use: \(period)") }
    lines.append("Fingerprint: \(fingerprint)")
    if let base = document.base { lines += DerivationDiffCommand.describe(base) }
    if let summary = document.summary { lines += ["", summary] }
    if !document.attributes.isEmpty {
      lines += ["", "Case attributes"]
      lines += document.attributes.map { "  \($0.id): \($0.title) (\($0.values.joined(separator: ", ")))" }
    }
    if !document.themes.isEmpty {
      lines += ["", "Themes"]
      lines += document.themes.map { "  \($0.id): \($0.title)" }
    }
    for section in document.sections {
      lines += ["", "Section \(section.id): \(section.title)", "  score: \(section.rule.explanation)"]
      if let grade = section.gradeScale { lines.append("  banded on: \(grade)") }
      if let judgement = section.judgementScale { lines.append("  judged on: \(judgement)") }
      for criterion in section.criteria {
        lines.append("  \(criterion.id) \(criterion.title)")
        if let standard = criterion.standard { lines.append("      standard: \(standard)") }
        if !criterion.questions.isEmpty {
          lines.append("      score: \(criterion.rule.explanation)")
        }
        if let grade = criterion.gradeScale { lines.append("      banded on: \(grade)") }
        if let judgement = criterion.judgementScale { lines.append("      judged on: \(judgement)") }
        for question in criterion.questions {
          var detail: [String] = []
          if question.role != .individual { detail.append(question.role.rawValue) }
          if question.scale != "yes-no" { detail.append("scale \(question.scale)") }
          if !question.themes.isEmpty { detail.append("themes \(question.themes.joined(separator: ", "))") }
          if let weight = question.weight { detail.append("weight \(DisplayRounding.plain(weight))") }
          let suffix = detail.isEmpty ? "" : " [\(detail.joined(separator: "; "))]"
          lines.append("      \(question.id) \(question.text)\(suffix)")
          if let condition = question.applicability {
            lines.append("          relevant when \(condition.explanation)")
          }
        }
      }
    }
    if !document.headlines.isEmpty {
      lines += ["", "Headlines"]
      for headline in document.headlines {
        let sections = headline.sections.isEmpty ? "all sections" : "sections " + headline.sections.joined(separator: ", ")
        lines.append("  \(headline.id) \(headline.title): \(headline.rule.explanation) over questions with theme \(headline.theme) in \(sections)")
      }
    }
    if !document.overall.isEmpty {
      lines += ["", "Overall ratings"]
      for rating in document.overall {
        lines.append("  \(rating.id) \(rating.title): points of \(rating.items.joined(separator: ", ")) banded on \(rating.gradeScale)")
      }
    }
    for scale in document.gradeScales {
      lines += ["", "Grade scale \(scale.id): \(scale.title) (bands the \(scale.basis == .raw ? "raw" : "displayed") value)"]
      for band in scale.bands {
        let points = band.points.map { ", \(DisplayRounding.plain($0)) points" } ?? ""
        lines.append("  \(band.label): \(band.boundsDescription)\(points)")
      }
    }
    for scale in document.judgementScales {
      let advisory = scale.advisory.map { " (advisory: \($0))" } ?? ""
      lines += ["", "Judgement scale \(scale.id): \(scale.title)\(advisory)"]
      lines += scale.labels.map { "  \($0.label)" + ($0.points.map { ", \(DisplayRounding.plain($0)) points" } ?? "") }
    }
    for scale in document.scales {
      lines += ["", "Answer scale \(scale.id): \(scale.title)"]
      lines += scale.options.map { "  \($0.code) = \($0.label) (\($0.effect.rawValue))" }
    }
    if !document.sources.isEmpty {
      lines += ["", "Sources"]
      lines += document.sources.map { "  " + $0.title + ($0.reference.map { " [\($0)]" } ?? "") }
    }
    if !document.assumptions.isEmpty {
      lines += ["", "Assumptions"]
      lines += document.assumptions.map { "  - " + $0 }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
