import InspectionSupport

/// When the framework was in use.
///
/// ```swift
/// Period("2009", to: "2012")
/// ```
public struct Period: FrameworkComponent, Sendable {
  /// The first year or date.
  public let from: String
  /// The last year or date, if the framework is no longer used.
  public let to: String?
  /// Where the period was declared.
  public let location: SourceLocation

  /// Declares the period of use.
  public init(
    _ from: String, to: String? = nil,
    fileID: String = #fileID, line: Int = #line, column: Int = #column
  ) {
    self.from = from
    self.to = to
    self.location = SourceLocation(file: fileID, line: line, column: column)
  }

  public var frameworkElements: [FrameworkElement] { [.period(self)] }
}

/// What the framework is for and how it worked, in plain words.
public struct Summary: FrameworkComponent, Sendable {
  /// The text.
  public let text: String
  /// Where the summary was declared.
  public let location: SourceLocation

  /// Declares the framework's summary.
  public init(_ text: String, fileID: String = #fileID, line: Int = #line, column: Int = #column) {
    self.text = text
    self.location = SourceLocation(file: fileID, line: line, column: column)
  }

  public var frameworkElements: [FrameworkElement] { [.summary(self)] }
}

/// What the declaration assumes where the sources are silent.
///
/// ```swift
/// Assumption("The seeds do not give question texts; these are neutral restatements.")
/// ```
public struct Assumption: FrameworkComponent, Sendable {
  /// The assumption, stated plainly.
  public let text: String
  /// Where the assumption was declared.
  public let location: SourceLocation

  /// Declares an assumption.
  public init(_ text: String, fileID: String = #fileID, line: Int = #line, column: Int = #column) {
    self.text = text
    self.location = SourceLocation(file: fileID, line: line, column: column)
  }

  public var frameworkElements: [FrameworkElement] { [.assumption(self)] }
}

/// How scores are displayed, and the fewest relevant cases a score may rest on unflagged.
///
/// ```swift
/// Presentation(displayDecimals: 0, minimumRelevantCases: 10)
/// ```
public struct Presentation: FrameworkComponent, Sendable {
  /// Decimals kept in displayed percentages.
  public let displayDecimals: Int
  /// Scores on fewer relevant cases carry a small-sample warning.
  public let minimumRelevantCases: Int
  /// Where the settings were declared.
  public let location: SourceLocation

  /// Declares presentation settings.
  public init(
    displayDecimals: Int = 0, minimumRelevantCases: Int = 10,
    fileID: String = #fileID, line: Int = #line, column: Int = #column
  ) {
    self.displayDecimals = displayDecimals
    self.minimumRelevantCases = minimumRelevantCases
    self.location = SourceLocation(file: fileID, line: line, column: column)
  }

  public var frameworkElements: [FrameworkElement] { [.presentation(self)] }
}
