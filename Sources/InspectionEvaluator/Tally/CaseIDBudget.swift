import InspectionSupport

/// How large a ``CaseIDIndex`` may grow before it spills its hashes to a temporary file.
///
/// A table of `slots` slots takes 12 bytes a slot and holds at most 70% of them, so the
/// default of 2²⁰ slots is 12 MiB for up to about 734,000 case ids (18 MiB for a moment while
/// it doubles to that size). A sample read in parts on several threads shares one budget:
/// each part gets its share (``split(into:)``).
///
/// ```swift
/// var tally = SampleTally(plan: plan)
/// tally.limitCaseIDs(to: CaseIDBudget(slots: 64))   // tests: spill every 44 ids
/// ```
struct CaseIDBudget: Sendable, Hashable {
  /// The default: 2²⁰ slots in `TMPDIR` (or `/tmp`), keeping `inspect score` under 64 MiB.
  static var standard: CaseIDBudget { CaseIDBudget(slots: 1 << 20) }

  /// The smallest table that may be asked for.
  static let minimumSlots = 16

  /// The most slots the table may have: a power of two, at least ``minimumSlots``.
  let slots: Int
  /// The directory spilled runs are made in (their files are unlinked at once).
  let directory: String

  /// A budget of `slots` rounded down to a power of two (at least ``minimumSlots``).
  init(slots: Int, directory: String = TemporaryFile.defaultDirectory) {
    var power = Self.minimumSlots
    while power <= slots / 2 { power *= 2 }
    self.slots = power
    self.directory = directory
  }

  /// This budget shared between `parts` tables.
  func split(into parts: Int) -> CaseIDBudget {
    CaseIDBudget(slots: slots / max(1, parts), directory: directory)
  }
}
