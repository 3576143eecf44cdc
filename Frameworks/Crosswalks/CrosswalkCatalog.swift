import InspectionDSL

extension FrameworkCatalog {
  /// The shipped crosswalks between consecutive adult frameworks, oldest first.
  ///
  /// Each maps only questions that truly correspond, with the reason in a comment; `inspect
  /// compare --frameworks` chains them (and reads them backwards when needed).
  public static var crosswalks: [Crosswalk] {
    [esiToOMI2006, omi2008ToOMI2, omi2ToIAOW]
  }
}
