/// A declaration that can stand directly inside a ``Framework``.
///
/// Sections, themes, attributes, scales, headlines, overall ratings, a question bank's
/// ``Subset`` and the framework's notes (period, summary, sources, assumptions, the historical
/// marker) conform. A reusable bundle of declarations
/// can conform too, returning several elements.
public protocol FrameworkComponent {
  /// The elements this declaration contributes to its framework.
  var frameworkElements: [FrameworkElement] { get }
}

/// One element of a framework declaration, as the compiler sees it.
public enum FrameworkElement: Sendable {
  case section(Section)
  case theme(Theme)
  case attribute(Attribute)
  case answerScale(AnswerScale)
  case gradeScale(GradeScale)
  case judgementScale(JudgementScale)
  case headline(Headline)
  case overall(OverallRating)
  case period(Period)
  case summary(Summary)
  case source(Source)
  case assumption(Assumption)
  case presentation(Presentation)
  case historical(Historical)
  case subset(Subset)
  case concepts(Concepts)
}
