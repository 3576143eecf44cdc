import Dispatch
import InspectionSchema
import InspectionSupport

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Scores a large CSV sample file in parts, one thread each, with exactly the result of
/// reading it in order.
///
/// After the header, the rest of the file is cut into parts at line breaks. The first part is
/// read as usual (clean rows from bytes, any other row the general way, with its diagnostics);
/// every later part is read on its own thread with fresh counts and must be made of clean
/// rows only. The parts' tallies are then added in file order: counts and fingerprint sums add
/// up, and case ids are checked across parts. A tally with a ``CaseIDBudget`` shares it
/// between the parts; when a part's table spilled, the check across parts is left to the
/// merge of all spilled runs (``SamplePasses``).
///
/// The answer is the same as in order, or there is none: ``score(path:file:plan:columns:scorer:after:row:tally:threads:minimumPartBytes:options:)``
/// returns `nil`, and the caller reads the sample in order, when a later part holds a row
/// that is not clean (a problem to report with its row and line numbers, which only reading
/// in order knows), when a case id appears in two parts (a duplicate), or when any part is not
/// valid CSV on its own — which is also how a cut that fell inside a quoted field is caught:
/// the part before it then ends inside the quotes. So a clean sample is scored on every
/// core, and one with problems takes up to half again the time of reading it in order (the
/// parts are read, then the whole file in order).
///
/// ```swift
/// var reader = try CSVSampleReader(path: "big.csv", plan: plan)
/// reader.threads = 4   // the default is the number of active processors
/// ```
enum CSVSampleParts {
  /// The number of processors online, at most 8 (more parts cost memory for little gain).
  static var defaultThreads: Int {
    min(8, max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))))
  }

  /// Parts smaller than this are not worth a thread (1 MiB, about 1,400 OMI2 cases).
  static let defaultMinimumPartBytes = 1 << 20

  /// The tally of the whole sample after `point` (where the header ended), added to `tally`,
  /// with the number of parts, or `nil` when it must be read in order instead.
  static func score(
    path: String, file: String, plan: ScoringPlan, columns: CSVColumnMap, scorer: CSVRowScorer?,
    after point: CSVReader.ResumePoint, row: Int, tally: SampleTally, threads: Int,
    minimumPartBytes: Int, options: SampleReadOptions = SampleReadOptions()
  ) -> (SampleTally, parts: Int)? {
    guard !tally.tracksListedCaseIDsOnly,
      let size = FileSource.regularFileSize(atPath: path)
    else { return nil }
    let bounds = cuts(
      path: path, from: point.offset, to: size,
      parts: min(threads, (size - point.offset) / max(1, minimumPartBytes)))
    guard bounds.count >= 3 else { return nil }

    let parts = bounds.count - 1
    // The parts share the case-id budget, so that memory stays bounded however many threads.
    let budget = tally.caseIDBudget?.split(into: parts)
    let slots = Slots(count: parts)
    defer { slots.deallocate() }
    DispatchQueue.concurrentPerform(iterations: parts) { part in
      let range = bounds[part]..<bounds[part + 1]
      guard let source = try? FileSource(path: path, range: range) else { return }
      let start =
        part == 0
        ? point
        : CSVReader.ResumePoint(
          offset: range.lowerBound, line: 1, recordsRead: 0, previousWasCR: false,
          separator: point.separator)
      var reader = CSVSampleReader(
        part: CSVReader(source: source, resumingAt: start), plan: plan, file: file,
        columns: columns, scorer: scorer, row: part == 0 ? row : 0, options: options)
      var partTally = part == 0 ? tally : SampleTally(plan: plan, options: tally.options)
      if let budget { partTally.limitCaseIDs(to: budget) }
      guard reader.readRows(into: &partTally, cleanOnly: part > 0) else { return }
      slots.store(partTally, at: part)
    }

    guard var whole = slots.take(0) else { return nil }
    for part in 1..<parts {
      guard let next = slots.take(part), whole.absorb(next) else { return nil }
    }
    return (whole, parts)
  }

  /// Offsets that cut `from..<to` into about `parts` parts, each just after a line break,
  /// from `from` to `to` inclusive; fewer when the file has too few line breaks.
  static func cuts(path: String, from start: Int, to end: Int, parts: Int) -> [Int] {
    guard parts >= 2 else { return [start, end] }
    var bounds = [start]
    for part in 1..<parts {
      let target = start + (end - start) / parts * part
      guard target > bounds[bounds.count - 1],
        let lineBreak = firstLineBreak(path: path, from: target, before: end),
        lineBreak + 1 < end
      else { continue }
      if lineBreak + 1 > bounds[bounds.count - 1] { bounds.append(lineBreak + 1) }
    }
    bounds.append(end)
    return bounds
  }

  /// The offset of the first LF at or after `offset` (looking at most 1 MiB ahead).
  private static func firstLineBreak(path: String, from offset: Int, before end: Int) -> Int? {
    guard let source = try? FileSource(path: path, range: offset..<min(end, offset + (1 << 20)))
    else { return nil }
    var buffer = [UInt8](repeating: 0, count: 64 << 10)
    var base = offset
    while true {
      let count =
        (try? buffer.withUnsafeMutableBytes { try source.read(into: $0) }) ?? 0
      guard count > 0 else { return nil }
      if let index = buffer[0..<count].firstIndex(of: UInt8(ascii: "\n")) { return base + index }
      base += count
    }
  }

  /// One slot per part, each written by its own thread only and read after they all finish.
  private final class Slots: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<SampleTally?>

    init(count: Int) {
      storage = .allocate(capacity: count)
      storage.initialize(repeating: nil)
    }

    func store(_ tally: SampleTally, at index: Int) { storage[index] = tally }

    func take(_ index: Int) -> SampleTally? {
      let tally = storage[index]
      storage[index] = nil
      return tally
    }

    func deallocate() {
      _ = storage.deinitialize()
      storage.deallocate()
    }
  }
}
