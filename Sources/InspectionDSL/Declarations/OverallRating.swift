import InspectionSupport

/// An overall rating: the band points of other items summed, and banded.
///
/// ```swift
/// OverallRating("overall", "Overall rating", items: "2.1", "2.2", "2.3", grade: "rating-points")
/// ```
public struct OverallRating: FrameworkComponent, Sendable {
  /// The rating id.
  public let id: String
  /// The rating as published.
  public let title: String
  /// The criteria, sections or headlines whose points are summed.
  public let items: [String]
  /// The grade scale id, over points.
  public let grade: String
  /// Where the rating was declared.
  public let location: SourceLocation

  /// Declares an overall rating.
  public init(
    _ id: String, _ title: String, items: String..., grade: String,
    fileID: String = #fileID, line: Int = #line, column: Int = #column
  ) {
    self.id = id
    self.title = title
    self.items = items
    self.grade = grade
    self.location = SourceLocation(file: fileID, line: line, column: column)
  }

  public var frameworkElements: [FrameworkElement] { [.overall(self)] }
}
