import InspectionSchema

/// The plain words a framework's parts are described with, shared by `inspect show`'s
/// outline and the framework booklet so the two never describe a rule differently.
///
/// ```swift
/// FrameworkWording.questionDetails(question)  // ["key", "themes RoH"]
/// ```
public enum FrameworkWording {
  /// A question's role, scale, themes and weight, where they differ from the defaults.
  public static func questionDetails(_ question: FrameworkDocument.Question) -> [String] {
    var detail: [String] = []
    if question.role != .individual { detail.append(question.role.rawValue) }
    if question.scale != FrameworkDocument.AnswerScale.yesNo.id {
      detail.append("scale \(question.scale)")
    }
    if !question.themes.isEmpty {
      detail.append("themes \(question.themes.joined(separator: ", "))")
    }
    if let weight = question.weight { detail.append("weight \(DisplayRounding.plain(weight))") }
    return detail
  }

  /// Which questions a headline averages, and how.
  public static func headline(_ headline: FrameworkDocument.Headline) -> String {
    let sections =
      headline.sections.isEmpty
      ? "all sections" : "sections " + headline.sections.joined(separator: ", ")
    return "\(headline.rule.explanation) over questions with theme \(headline.theme) in \(sections)"
  }

  /// What an overall rating sums, and how it is banded.
  public static func overall(_ rating: FrameworkDocument.OverallRating) -> String {
    "points of \(rating.items.joined(separator: ", ")) banded on \(rating.gradeScale)"
  }

  /// Which value a grade scale bands.
  public static func basis(_ scale: FrameworkDocument.GradeScale) -> String {
    scale.basis == .raw ? "bands the raw value" : "bands the displayed value"
  }

  /// A band's points, as `, 2 points`, or empty.
  public static func points(_ points: Double?) -> String {
    points.map { ", \(DisplayRounding.plain($0)) points" } ?? ""
  }

  /// What an answer option does to a case's count, in words.
  public static func effect(_ effect: AnswerEffect) -> String {
    switch effect {
    case .sufficient: "sufficient (above the line)"
    case .insufficient: "insufficient (below the line)"
    case .notRelevant: "not relevant (leaves the denominator)"
    }
  }
}
