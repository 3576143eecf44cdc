import InspectionSchema
import InspectionSupport

/// The items of a document a judgements file may name, and what each takes: a judged item a
/// label of its judgement scale, an overridable item a band of its grade scale.
struct JudgeableItems {
  /// Every section, criterion and headline id, in document order.
  var all: [String] = []
  /// The judged items' scales, by item id, and the judged ids in order.
  var judgementScale: [String: FrameworkDocument.JudgementScale] = [:]
  var judged: [String] = []
  /// The overridable items' policies and grade scales, by item id, and their ids in order.
  var overridable: [String: (OverridePolicy, FrameworkDocument.GradeScale)] =
    [:]
  var overridableIDs: [String] = []
  /// The groupings' ids.
  var groupings: Set<String> = []

  init(_ document: FrameworkDocument) {
    let judgementScales = Dictionary(
      document.judgementScales.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let gradeScales = Dictionary(
      document.gradeScales.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    func add(
      _ id: String, judgement: String?, grade: String?,
      override: OverridePolicy?
    ) {
      all.append(id)
      if let judgement {
        if judgementScale[id] == nil, let scale = judgementScales[judgement] {
          judgementScale[id] = scale
          judged.append(id)
        }
      } else if let override, let grade, overridable[id] == nil,
        let scale = gradeScales[grade]
      {
        overridable[id] = (override, scale)
        overridableIDs.append(id)
      }
    }
    for section in document.sections {
      if section.isGrouping {
        all.append(section.id)
        groupings.insert(section.id)
      } else {
        add(
          section.id, judgement: section.judgementScale, grade: section.gradeScale,
          override: section.override)
      }
      for criterion in section.criteria {
        add(
          criterion.id, judgement: criterion.judgementScale, grade: criterion.gradeScale,
          override: criterion.override)
      }
    }
    for headline in document.headlines {
      add(headline.id, judgement: headline.judgementScale, grade: nil, override: nil)
    }
  }

  /// `judged` or `overridden`, for messages about `item`'s entry.
  func verb(_ item: String) -> String {
    judgementScale[item] == nil ? "overridden" : "judged"
  }

  /// Why `item` takes no entry, and which items do.
  func notJudged(_ item: String) -> String {
    let why =
      groupings.contains(item)
      ? "is a grouping only, with no score to judge or override"
      : "is scored, not judged, and not declared overridable"
    var takes: [String] = []
    if !judged.isEmpty {
      takes.append("judged items are " + judged.map { "'\($0)'" }.joined(separator: ", "))
    }
    if !overridableIDs.isEmpty {
      takes.append(
        "overridable items are " + overridableIDs.map { "'\($0)'" }.joined(separator: ", "))
    }
    return "\(Quoted(item)) \(why). "
      + (takes.isEmpty
        ? "This framework has no judged or overridable items."
        : takes.joined(separator: "; ").capitalisedFirst)
  }
}
