import InspectionSchema
import InspectionSupport

/// A sample file opened by its kind: `.json` a JSON sample, `.xlsx` a workbook, `-` CSV on
/// standard input, anything else CSV; read with the same ``SampleReadOptions`` whatever the
/// kind. What every command that reads a sample uses.
///
/// ```swift
/// var reader = try SampleFileReader.open("sample.xlsx", plan: plan, options: options)
/// let evaluation = Evaluator.evaluate(plan: plan, reader: &reader)
/// ```
public enum SampleFileReader: SampleReader {
  /// A CSV sample (a file, or standard input).
  case csv(CSVSampleReader)
  /// A JSON sample.
  case json(JSONSampleReader)
  /// A sheet of a workbook.
  case xlsx(XLSXSampleReader)
  /// Only while a reader is taken out to be used, so that it is not shared (and copied).
  case moving

  /// The kinds of sample file.
  public enum Kind: Sendable {
    /// Comma (or semicolon, or tab) separated values.
    case csv
    /// `{"cases": [...]}`.
    case json
    /// An Office Open XML workbook.
    case xlsx
  }

  /// The kind of the sample at `path`, by its extension.
  public static func kind(of path: String) -> Kind {
    let lowered = path.lowercased()
    if lowered.hasSuffix(".json") { return .json }
    if lowered.hasSuffix(".xlsx") { return .xlsx }
    return .csv
  }

  /// Opens the sample at `path` (`-`: CSV on standard input); a large CSV file is scored in up
  /// to `threads` parts (``CSVSampleReader/threads``) when given.
  public static func open(
    _ path: String, plan: ScoringPlan, options: SampleReadOptions = SampleReadOptions(),
    threads: Int? = nil
  ) throws(SampleReadError) -> SampleFileReader {
    if path == "-" {
      var reader = try CSVSampleReader(standardInputWith: plan, options: options)
      if let threads { reader.threads = threads }
      return .csv(reader)
    }
    switch kind(of: path) {
    case .json: return .json(try JSONSampleReader(path: path, plan: plan, options: options))
    case .xlsx: return .xlsx(try XLSXSampleReader(path: path, plan: plan, options: options))
    case .csv:
      var reader = try CSVSampleReader(path: path, plan: plan, options: options)
      if let threads { reader.threads = threads }
      return .csv(reader)
    }
  }

  public mutating func next() -> SampleRecord? {
    switch self {
    case .csv(var reader):
      self = .moving
      defer { self = .csv(reader) }
      return reader.next()
    case .json(var reader):
      self = .moving
      defer { self = .json(reader) }
      return reader.next()
    case .xlsx(var reader):
      self = .moving
      defer { self = .xlsx(reader) }
      return reader.next()
    case .moving: return nil
    }
  }

  public mutating func read(into tally: inout SampleTally) {
    switch self {
    case .csv(var reader):
      self = .moving
      reader.read(into: &tally)
      self = .csv(reader)
    case .json(var reader):
      self = .moving
      reader.read(into: &tally)
      self = .json(reader)
    case .xlsx(var reader):
      self = .moving
      reader.read(into: &tally)
      self = .xlsx(reader)
    case .moving: break
    }
  }

  public var canRestart: Bool {
    switch self {
    case .csv(let reader): reader.canRestart
    case .json(let reader): reader.canRestart
    case .xlsx(let reader): reader.canRestart
    case .moving: false
    }
  }

  public mutating func restart() -> Bool {
    switch self {
    case .csv(var reader):
      self = .moving
      defer { self = .csv(reader) }
      return reader.restart()
    case .json(var reader):
      self = .moving
      defer { self = .json(reader) }
      return reader.restart()
    case .xlsx(var reader):
      self = .moving
      defer { self = .xlsx(reader) }
      return reader.restart()
    case .moving: return false
    }
  }
}
