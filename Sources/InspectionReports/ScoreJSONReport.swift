import InspectionEvaluator
import InspectionSchema
import InspectionSupport

/// Renders a score result as canonical JSON: byte-identical for the same inputs.
///
/// Percentages are unrounded, `null` when undefined. Lists keep framework order; excluded
/// cases are sorted by case id.
///
/// ```swift
/// let text = ScoreJSONReport.render(result)   // pretty canonical JSON, newline-terminated
/// ```
public enum ScoreJSONReport {
  /// The result as a JSON value.
  ///
  /// An item's `band` is its computed band; an overridable item also carries `override`, the
  /// band inspectors recorded in its place with their rationale (`null` when none was).
  /// A question or item that is a placeholder of ours carries `"placeholder": true`; a band
  /// from a grade scale whose bounds are an inferred rule carries `"inferred": true` and
  /// `"reproduces"` (see ``ProvenanceMarks``). Both are absent otherwise. With case metadata
  /// declared, `sample.metadata` counts the cases with each value of each column.
  public static func value(_ result: ScoreResult) -> JSONValue {
    var value = report(result)
    if !result.sample.metadata.isEmpty, case .object(var members) = value,
      case .object(var sample)? = members["sample"]
    {
      sample["metadata"] = .array(result.sample.metadata.map(metadata))
      members["sample"] = .object(sample)
      value = .object(members)
    }
    if !result.breakdowns.isEmpty, case .object(var members) = value {
      members["breakdowns"] = .array(
        result.breakdowns.map { breakdown($0, marks: result.provenanceMarks) })
      value = .object(members)
    }
    return value
  }

  /// One breakdown: each group's value, and its scores (counts, percentages, intervals and
  /// bands, as for the whole) — or only `"suppressed": true` for a group too small to show.
  static func breakdown(_ breakdown: BreakdownScore, marks: ProvenanceMarks) -> JSONValue {
    .object([
      "by": .string(breakdown.column),
      "minimumGroupSize": .number(Double(breakdown.minimumGroupSize)),
      "groups": .array(
        breakdown.groups.map { group in
          guard let scores = group.scores, let scored = group.scored else {
            return .object([
              "value": .string(group.value), "label": .string(group.label), "suppressed": true,
            ])
          }
          return .object([
            "value": .string(group.value), "label": .string(group.label), "suppressed": false,
            "scored": .number(Double(scored)),
            "questions": .array(scores.questions.map { question($0, marks: marks) }),
            "criteria": .array(scores.criteria.map { item($0, marks: marks) }),
            "sections": .array(scores.sections.map { item($0, marks: marks) }),
            "headlines": .array(scores.headlines.map { item($0, marks: marks) }),
          ])
        }),
    ])
  }

  /// One case metadata column: the cases with each value (by value), blank, and beyond the
  /// values counted one by one.
  static func metadata(_ tally: MetadataTally) -> JSONValue {
    .object([
      "column": .string(tally.column),
      "values": .array(
        tally.values.sorted { $0.key < $1.key }.map {
          .object(["value": .string($0.key), "cases": .number(Double($0.value))])
        }),
      "blank": .number(Double(tally.blank)),
      "otherCases": .number(Double(tally.otherCases)),
    ])
  }

  private static func report(_ result: ScoreResult) -> JSONValue {
    let marks = result.provenanceMarks
    return .object([
      "schemaVersion": 1,
      "kind": "score",
      "framework": framework(result.framework),
      "sample": .object([
        "fingerprint": .string(result.sample.fingerprint),
        "cases": .number(Double(result.sample.cases)),
        "scored": .number(Double(result.sample.scored)),
        "excluded": .array(
          result.sample.excluded.map {
            .object([
              "case": .string($0.id), "reason": .string($0.reason), "row": .number(Double($0.row)),
            ])
          }),
        "incomplete": .array(
          result.sample.incomplete.map {
            .object(["case": .string($0.case), "question": .string($0.question)])
          }),
      ]),
      "questions": .array(result.questions.map { question($0, marks: marks) }),
      "criteria": .array(result.criteria.map { item($0, marks: marks) }),
      "sections": .array(result.sections.map { item($0, marks: marks) }),
      "headlines": .array(result.headlines.map { item($0, marks: marks) }),
      "overall": .array(result.overall.map { item($0, marks: marks) }),
      "judgements": .array(result.judgements.map { judgement($0, marks: marks) }),
      "warnings": .array(result.warnings.map(diagnostic)),
    ])
  }

  /// The result as pretty canonical JSON text.
  public static func render(_ result: ScoreResult) -> String {
    CanonicalJSON.pretty(value(result))
  }

  static func framework(_ identity: FrameworkIdentity) -> JSONValue {
    .object([
      "id": .string(identity.id), "version": .string(identity.version),
      "title": .string(identity.title), "fingerprint": .string(identity.fingerprint),
    ])
  }

  static func question(_ score: QuestionScore, marks: ProvenanceMarks) -> JSONValue {
    var members: [String: JSONValue] = [
      "id": .string(score.id),
      "criterion": .string(score.criterion),
      "relevant": .number(Double(score.tally.relevant)),
      "sufficient": .number(Double(score.tally.sufficient)),
      "insufficient": .number(Double(score.tally.insufficient)),
      "notRelevant": .number(Double(score.tally.notRelevant)),
      "unanswered": .number(Double(score.tally.unanswered)),
      "percent": score.percent.map(JSONValue.number) ?? .null,
      "interval": score.interval.map {
        .object(["lower": .number($0.lower), "upper": .number($0.upper), "level": 0.95])
      } ?? .null,
      "smallSample": .bool(score.smallSample),
    ]
    if marks.isPlaceholder(score.id) { members["placeholder"] = true }
    return .object(members)
  }

  /// An item: its score (`percent`, or `points` for an overall rating), band, judgement and,
  /// for an overridable item, `override` (`null` when none is recorded). A grouping carries
  /// only its id, title and `"grouping": true`: it has no score or band.
  static func item(_ score: ItemScore, marks: ProvenanceMarks) -> JSONValue {
    guard !score.isGrouping else {
      return .object(["id": .string(score.id), "title": .string(score.title), "grouping": true])
    }
    var members: [String: JSONValue] = [
      "id": .string(score.id),
      "title": .string(score.title),
      score.kind == .overall ? "points" : "percent": score.value.map(JSONValue.number) ?? .null,
      "band": score.band.map { band($0, marks: marks) } ?? .null,
      "smallSample": .bool(score.smallSample),
    ]
    if marks.isPlaceholder(score.id) { members["placeholder"] = true }
    if let interval = score.interval {
      members["interval"] = .object([
        "lower": .number(interval.lower), "upper": .number(interval.upper),
        "level": .number(interval.level), "method": "case bootstrap (percentile)",
        "replicates": .number(Double(interval.replicates)),
        "definedReplicates": .number(Double(interval.definedReplicates)),
      ])
      if let secure = interval.bandSecure { members["bandNotSecure"] = .bool(!secure) }
    }
    if let judgement = score.judgement { members["judgement"] = .string(judgement.labelText ?? "") }
    if score.judgement?.label == nil, score.judgement != nil { members["judgement"] = .null }
    if let override = score.override {
      members["override"] =
        override.band.map { band in
          .object([
            "band": self.band(band, marks: marks),
            "rationale": override.rationale.map(JSONValue.string) ?? .null,
          ])
        } ?? .null
    }
    return .object(members)
  }

  static func band(_ band: BandOutcome, marks: ProvenanceMarks) -> JSONValue {
    var members: [String: JSONValue] = [
      "scale": .string(band.scale), "id": .string(band.id), "label": .string(band.label),
      "points": band.points.map(JSONValue.number) ?? .null,
    ]
    if let reproduces = marks.inferredRule(ofScale: band.scale) {
      members["inferred"] = true
      members["reproduces"] = .string(reproduces)
    }
    return .object(members)
  }

  static func judgement(_ judgement: JudgementOutcome, marks: ProvenanceMarks) -> JSONValue {
    .object([
      "id": .string(judgement.item),
      "scale": .string(judgement.scale),
      "label": judgement.labelText.map(JSONValue.string) ?? .null,
      "labelId": judgement.label.map(JSONValue.string) ?? .null,
      "rationale": judgement.rationale.map(JSONValue.string) ?? .null,
      "points": judgement.points.map(JSONValue.number) ?? .null,
      "advisory": judgement.advisory.map { band($0, marks: marks) } ?? .null,
    ])
  }

  static func diagnostic(_ diagnostic: Diagnostic) -> JSONValue {
    .object([
      "code": .string(diagnostic.code),
      "severity": .string(diagnostic.severity.rawValue),
      "message": .string(diagnostic.message),
      "location": diagnostic.location.map { .string($0.description) } ?? .null,
    ])
  }
}
