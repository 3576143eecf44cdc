import InspectionSupport

/// One change a derived framework makes to its base, with where it was written.
///
/// You do not create changes directly: ``Add``, ``Replace``, ``Remove``, ``Reweight`` and
/// ``Reband`` do, and the compiler applies them in order.
public struct Change: Sendable {
  /// What the change does.
  public enum Kind: Sendable {
    /// Adds criteria to a section of the base, after a criterion or at the end.
    case addCriteria(section: String, after: String?, [Criterion])
    /// Adds questions to a criterion of the base, after a question or at the end.
    case addQuestions(criterion: String, after: String?, [Question])
    /// Replaces an element of the base with another of the same kind.
    case replace(String, with: Replacement)
    /// Removes sections, criteria, questions, headlines or overall ratings by id.
    case remove([String])
    /// Gives a section, criterion or question a new weight.
    case reweight(String, weight: Double)
    /// Gives a section, criterion or headline a new aggregation rule.
    case rerule(String, rule: AggregationRule)
    /// Replaces the bands (and optionally the basis) of a grade scale.
    case reband(String, basis: BandingBasis?, bands: [Band])
  }

  /// An element that replaces one of the base.
  public enum Replacement: Sendable {
    case section(Section)
    case criterion(Criterion)
    case question(Question)
    case headline(Headline)
  }

  /// What the change does.
  public let kind: Kind
  /// Where the change was written.
  public let location: SourceLocation
  /// Where the changed rule or bands come from, if cited: a re-banded scale's provenance, or
  /// the rule of the element re-weighted (its own for a new rule, its parent's for a new weight).
  public let citation: Citation?

  /// Creates a change.
  public init(_ kind: Kind, location: SourceLocation, citation: Citation? = nil) {
    self.kind = kind
    self.location = location
    self.citation = citation
  }

  /// The change citing where its result comes from.
  func citing(_ citation: Citation) -> Change {
    Change(kind, location: location, citation: citation)
  }
}
