import InspectionEvaluator
import InspectionSchema
import InspectionSupport

/// One breakdown laid out for a report: a column for the whole sample and one per group, and
/// a row for the cases scored, each section with its criteria, each headline and each
/// question — the cells as the text, Markdown and HTML reports show them.
///
/// A suppressed group's column shows `suppressed` in every cell, its case count included: no
/// number of a group smaller than the minimum is shown.
///
/// ```swift
/// let table = BreakdownTable(result.breakdowns[0], in: result)
/// table.header   // ["ID", "ALL", "community", "custody", "licence"]
/// ```
struct BreakdownTable {
  /// The word in every cell of a suppressed group.
  static let suppressed = "suppressed"

  /// The column headings: `ID`, `ALL`, then each group's label.
  var header: [String]
  /// The rows: an id (indented for a criterion) and one cell per column after it.
  var rows: [[String]]
  /// Whether the row is a question (reports may show questions separately).
  var isQuestion: [Bool]

  init(_ breakdown: BreakdownScore, in result: ScoreResult) {
    let wording = ScoreWording(result)
    header = ["ID", "ALL"] + breakdown.groups.map(\.label)
    rows = []
    isQuestion = []
    let groups = breakdown.groups
    func cells(_ whole: String, _ group: (ScoreResult) -> String) -> [String] {
      [whole] + groups.map { $0.scores.map(group) ?? Self.suppressed }
    }
    rows.append(["cases scored"] + cells(String(result.sample.scored)) { String($0.sample.scored) })
    isQuestion.append(false)
    func itemRow(_ item: ItemScore, indent: String, in list: KeyPath<ScoreResult, [ItemScore]>) {
      rows.append(
        [indent + wording.id(item.id)]
          + cells(wording.percent(item.exact, item.smallSample)) { scores in
            let found = scores[keyPath: list].first { $0.id == item.id }
            return found.map { wording.percent($0.exact, $0.smallSample) } ?? "—"
          })
      isQuestion.append(false)
    }
    for section in result.sections {
      itemRow(section, indent: "", in: \.sections)
      for criterion in result.criteria where criterion.parent == section.id {
        itemRow(criterion, indent: "  ", in: \.criteria)
      }
    }
    for headline in result.headlines { itemRow(headline, indent: "", in: \.headlines) }
    for (index, question) in result.questions.enumerated() {
      rows.append(
        [wording.id(question.id)]
          + cells(wording.percent(question.exactPercent, question.smallSample)) { scores in
            guard index < scores.questions.count else { return "—" }
            let score = scores.questions[index]
            return wording.percent(score.exactPercent, score.smallSample)
          })
      isQuestion.append(true)
    }
  }
}
