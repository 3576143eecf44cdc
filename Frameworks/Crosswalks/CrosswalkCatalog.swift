import InspectionDSL

extension FrameworkCatalog {
  /// The shipped crosswalks between consecutive adult frameworks, oldest first, then those
  /// from each superseded version of a framework to its revision, and from SQS to the FJI
  /// question bank it is a subset of.
  ///
  /// Each maps only questions that truly correspond, with the reason in a comment; `inspect
  /// compare --frameworks` chains them (and reads them backwards when needed).
  public static var crosswalks: [Crosswalk] {
    [
      esiToOMI2006, esiToOMI2006Revised, omi2008ToOMI2, omi2008ToOMI2Revised, omi2ToIAOW,
      omi2006Revision, omi2006AppendixRevision, omi2Revision, sqsToFJI, sqsRevision,
      fji2012Revision, fji2013Revision,
    ]
  }
}
