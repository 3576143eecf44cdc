import InspectionSchema
import InspectionSupport

/// A framework's structure, rules, scales and assumptions as an indented plain-text outline:
/// what `inspect show` prints.
///
/// ```swift
/// print(FrameworkOutline.render(document, fingerprint: fingerprint))
/// ```
public enum FrameworkOutline {
  /// The outline, ending in a newline.
  /// `Based on id@version (fingerprint), with N changes:` and the changes, one per line.
  public static func derivation(_ base: FrameworkDocument.BaseReference) -> [String] {
    let count = base.changes.count == 1 ? "1 change" : "\(base.changes.count) changes"
    return ["Based on: \(base.id)@\(base.version) (\(base.fingerprint)), with \(count):"]
      + base.changes.map { "  - " + $0 }
  }

  /// `Questions from: id@version (fingerprint), a subset: takes …; excludes …` for a subset of
  /// a question bank.
  public static func subset(_ bank: FrameworkDocument.QuestionBankReference) -> [String] {
    var lines = [
      "Questions from: \(bank.label) (\(bank.fingerprint)), a subset of its question bank:",
      "  takes " + bank.select.joined(separator: ", "),
    ]
    if !bank.exclude.isEmpty { lines.append("  excludes " + bank.exclude.joined(separator: ", ")) }
    return lines
  }

  public static func render(_ document: FrameworkDocument, fingerprint: String) -> String {
    let cites = FrameworkWording.citesSources(document)
    /// `from: [W] General criterion 1.1, Strengths (a)` at `indent`, when the framework cites.
    func from(
      _ provenance: FrameworkDocument.Provenance?, _ indent: String, _ what: String = "from"
    )
      -> [String]
    {
      cites ? ["\(indent)\(what): " + FrameworkWording.citation(provenance, in: document)] : []
    }
    var lines = ["\(document.id) \(document.version): \(document.title)"]
    if let period = document.period { lines.append("In use: \(period)") }
    if document.requiresProvenance {
      lines.append("Historical: every part cites the published source it comes from")
    }
    lines.append("Fingerprint: \(fingerprint)")
    if let base = document.base { lines += derivation(base) }
    if let bank = document.subsetOf {
      lines += subset(bank)
      lines += from(bank.provenance, "  ")
    }
    if cites {
      lines += ["", "Provenance: each part is followed by its basis and where it comes from:"]
      lines += FrameworkWording.markerLegend.map { "  " + $0 }
      lines.append("  Counts per basis: inspect provenance \(document.id)@\(document.version)")
    }
    if let summary = document.summary { lines += ["", summary] }
    if !document.attributes.isEmpty {
      lines += ["", "Case attributes"]
      lines += document.attributes.map {
        "  \($0.id): \($0.title) (\($0.values.joined(separator: ", ")))"
      }
    }
    if !document.themes.isEmpty {
      lines += ["", "Themes"]
      lines += document.themes.map { "  \($0.id): \($0.title)" }
    }
    for (sectionIndex, section) in document.sections.enumerated() {
      lines += ["", "Section \(section.id): \(section.title)"]
      lines += from(section.provenance, "  ")
      if section.isGrouping {
        lines.append("  grouping only: no score, band or judgement of its own")
      } else {
        lines.append("  score: \(section.rule.explanation)")
        if section.criteria.contains(where: { !$0.questions.isEmpty }) {
          lines += from(section.ruleProvenance, "    ", "rule from")
        }
      }
      if let grade = section.gradeScale { lines.append("  banded on: \(grade)") }
      if let judgement = section.judgementScale { lines.append("  judged on: \(judgement)") }
      if let policy = section.override {
        lines.append("  overridable: \(FrameworkWording.override(policy))")
      }
      if let condition = section.applicability {
        lines.append("  relevant when \(condition.explanation) (for every question in it)")
      }
      for (criterionIndex, criterion) in section.criteria.enumerated() {
        lines.append("  \(criterion.id) \(criterion.title)")
        lines += from(criterion.provenance, "      ")
        if let standard = criterion.standard { lines.append("      standard: \(standard)") }
        if !criterion.questions.isEmpty {
          lines.append("      score: \(criterion.rule.explanation)")
          lines += from(criterion.ruleProvenance, "        ", "rule from")
        }
        if let grade = criterion.gradeScale { lines.append("      banded on: \(grade)") }
        if let judgement = criterion.judgementScale {
          lines.append("      judged on: \(judgement)")
        }
        if let policy = criterion.override {
          lines.append("      overridable: \(FrameworkWording.override(policy))")
        }
        if let condition = criterion.applicability {
          lines.append("      relevant when \(condition.explanation) (for every question in it)")
        }
        let inherited = document.inheritedApplicability(
          section: sectionIndex, criterion: criterionIndex)
        for question in criterion.questions {
          let detail = FrameworkWording.questionDetails(question)
          let suffix = detail.isEmpty ? "" : " [\(detail.joined(separator: "; "))]"
          lines.append("      \(question.id) \(question.text)\(suffix)")
          lines += from(question.provenance, "          ")
          if question.applicability != nil || !inherited.isEmpty {
            lines.append(
              "          relevant when "
                + FrameworkWording.relevance(question, inherited: inherited))
          }
        }
      }
    }
    if !document.headlines.isEmpty {
      lines += ["", "Headlines"]
      for headline in document.headlines {
        lines.append("  \(headline.id) \(headline.title): \(FrameworkWording.headline(headline))")
        lines += from(headline.provenance, "      ")
        lines += from(headline.ruleProvenance, "      ", "rule from")
        lines += from(headline.membershipProvenance, "      ", "membership from")
      }
    }
    if !document.overall.isEmpty {
      lines += ["", "Overall ratings"]
      for rating in document.overall {
        lines.append("  \(rating.id) \(rating.title): \(FrameworkWording.overall(rating))")
        lines += from(rating.provenance, "      ")
        lines += from(rating.ruleProvenance, "      ", "rule from")
      }
    }
    for scale in document.gradeScales {
      lines += ["", "Grade scale \(scale.id): \(scale.title) (\(FrameworkWording.basis(scale)))"]
      lines += from(scale.provenance, "  ")
      for band in scale.bands {
        lines.append(
          "  \(band.label): \(band.boundsDescription)\(FrameworkWording.points(band.points))")
      }
    }
    for scale in document.judgementScales {
      let advisory = scale.advisory.map { " (advisory: \($0))" } ?? ""
      lines += ["", "Judgement scale \(scale.id): \(scale.title)\(advisory)"]
      lines += from(scale.provenance, "  ")
      lines += scale.labels.map { "  \($0.label)" + FrameworkWording.points($0.points) }
    }
    for scale in document.scales {
      lines += ["", "Answer scale \(scale.id): \(scale.title)"]
      lines += from(scale.provenance, "  ")
      lines += scale.options.map { "  \($0.code) = \($0.label) (\($0.effect.rawValue))" }
    }
    if !document.sources.isEmpty {
      lines += ["", "Sources"]
      lines += document.sources.map { "  " + FrameworkWording.source($0) }
    }
    if !document.assumptions.isEmpty {
      lines += ["", "Assumptions"]
      lines += document.assumptions.map { "  - " + $0 }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
