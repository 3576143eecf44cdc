import InspectionSchema
import InspectionSupport

/// One inspected case as read from a sample, with where each value came from.
///
/// Values are positional: ``attributes`` follows the plan's attribute order and ``answers``
/// its question order; `nil` is an empty cell (not answered, or no value).
public struct SampleCase: Sendable {
  /// The case id.
  public var id: String
  /// Attribute values by plan position.
  public var attributes: [String?]
  /// Answer codes by plan position.
  public var answers: [String?]
  /// Why the sample itself leaves the case out (e.g. "transferred out"), if it does.
  public var exclusion: String?
  /// Case metadata (facts that are not part of the framework, such as the inspector), by the
  /// position of its column among those declared (``SampleReadOptions/metadata``).
  public var metadata: [String?]
  /// Where the case and its values are in the sample file.
  public var origin: CaseOrigin

  /// Creates a case.
  public init(
    id: String, attributes: [String?], answers: [String?], exclusion: String? = nil,
    metadata: [String?] = [], origin: CaseOrigin
  ) {
    self.id = id
    self.attributes = attributes
    self.answers = answers
    self.exclusion = exclusion
    self.metadata = metadata
    self.origin = origin
  }
}
