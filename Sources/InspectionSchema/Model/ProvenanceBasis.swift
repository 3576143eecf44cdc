/// What an item of a framework rests on in its published source: one of a small, closed set.
///
/// Every provenance entry names one basis, so a reader can tell at a glance what is the
/// inspectorate's and what is ours. The set is closed on purpose: tools count items per basis
/// (`inspect provenance`), reports mark ``placeholder`` items and bands resting on an
/// ``inferredRule``, and a new basis would change what those counts mean.
///
/// | basis | the item… |
/// |---|---|
/// | ``printedFigure`` | restates what the report prints with a figure (a percentage, a count, a score) |
/// | ``printedInWords`` | restates what the report prints in words only ("less than half", a title, a label) |
/// | ``reportProse`` | is drawn from the report's narrative, not from an item it prints |
/// | ``statedRule`` | follows a rule the report states (a scoring appendix) |
/// | ``inferredRule`` | follows a rule of ours that reproduces printed results (say which) |
/// | ``placeholder`` | is our wording where the report gives nothing |
///
/// In JSON the basis is its raw value: `"basis": "printedFigure"`.
public enum ProvenanceBasis: String, Hashable, Sendable, Codable, CaseIterable {
  /// The report prints the item with a figure: a finding with a percentage or a count, a
  /// criterion with its score.
  case printedFigure
  /// The report prints the item in words only: a finding without a figure ("in most cases",
  /// "less than half"), a heading, a standard, the labels of a scale.
  case printedInWords
  /// The item is drawn from the report's prose (its method or commentary), not from an item or
  /// finding the report prints as such.
  case reportProse
  /// The item follows a rule the report states, such as a scoring appendix's "each section is
  /// the mean of its criteria".
  case statedRule
  /// The item follows a rule of ours, inferred from printed results it reproduces; the entry's
  /// ``FrameworkDocument/Provenance/reproduces`` says which (e.g. "27 of 27 printed
  /// conclusions").
  case inferredRule
  /// Our wording where the report gives nothing: a stand-in, so that the framework can be
  /// scored. Never a question or rule of the inspectorate.
  case placeholder

  /// The basis in plain words, e.g. `printed figure`.
  public var title: String {
    switch self {
    case .printedFigure: "printed figure"
    case .printedInWords: "printed in words"
    case .reportProse: "from report prose"
    case .statedRule: "stated rule"
    case .inferredRule: "inferred rule"
    case .placeholder: "placeholder"
    }
  }

  /// A one-letter marker for tables and outlines: `F`, `W`, `P`, `S`, `I` or `X`.
  ///
  /// `X` marks a placeholder, so that our wording stands out in any listing.
  public var marker: String {
    switch self {
    case .printedFigure: "F"
    case .printedInWords: "W"
    case .reportProse: "P"
    case .statedRule: "S"
    case .inferredRule: "I"
    case .placeholder: "X"
    }
  }

  /// What the basis means, in one sentence, for legends.
  public var meaning: String {
    switch self {
    case .printedFigure: "the report prints this item with a figure (a percentage, count or score)"
    case .printedInWords: "the report prints this item in words only, without a figure"
    case .reportProse: "drawn from the report's prose, not from an item it prints"
    case .statedRule: "a rule the report states"
    case .inferredRule: "a rule of ours that reproduces printed results; not published"
    case .placeholder: "our wording where the report gives nothing; not the inspectorate's"
    }
  }
}
