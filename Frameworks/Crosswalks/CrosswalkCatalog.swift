import InspectionDSL

extension FrameworkCatalog {
  /// The shipped crosswalk declarations: for each pair of consecutive frameworks, and from each
  /// superseded version of a framework to its revision, a title and the entries the shared
  /// concepts do not give (mappings refined with the reports' words, vetoes, reasons for
  /// unmapped questions).
  ///
  /// Any two frameworks tagged against one concept catalog are joined by a derived crosswalk,
  /// declared here or not; `inspect compare --frameworks` chains them, and a declaration is
  /// read backwards when needed.
  public static var crosswalks: [Crosswalk] {
    [
      esiToOMI2006, esiToOMI2006Revised, omi2006ToOMI2008, omi2008ToOMI2, omi2008ToOMI2Revised,
      omi2ToIAOW, omi2006Revision, omi2006AppendixRevision, omi2Revision, sqsToFJI, sqsRevision,
      fji2012Revision, fji2013Revision,
    ]
  }
}
