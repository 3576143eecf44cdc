import InspectionDSL

/// The frameworks InspectionKit ships, declared in this folder, one file each.
///
/// Each framework is a `static let` on this type, named after it. ``all`` lists them in
/// chronological order; the `inspect` CLI and the plugins read this list.
///
/// ```swift
/// for framework in FrameworkCatalog.all { print(framework.id, framework.version) }
/// ```
public enum FrameworkCatalog {
  /// Every shipped framework, in chronological order (the demonstration last).
  public static var all: [Framework] {
    [
      esi, omi2006, omi2006Appendix, omi2006Revised, omi2006AppendixRevised, omi2008, cci, omi2,
      omi2Revised, sqs, sqsRevised, fji2012, fji2012Revised, fji2013, fji2013Revised, iaow,
      demonstration,
    ]
  }
}
