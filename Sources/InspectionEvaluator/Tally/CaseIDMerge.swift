/// A k-way merge of sorted ``CaseIDRun``s, reading each through a small buffer.
///
/// It visits every distinct hash of the runs in ascending order with the number of times
/// it occurs across them, holding ``CaseIDRun/bufferCount`` hashes (64 KiB) per run and a
/// binary heap of the runs by their current hash. That is how spilled case ids are checked
/// for duplicates (a hash seen more than once), gathered for `--partial`, and how many small
/// runs are merged into one.
///
/// ```swift
/// let complete = CaseIDMerge.merge(runs) { hash, occurrences in
///   if occurrences > 1 { repeated.append(hash) }
/// }
/// // complete is false if a run could not be read back
/// ```
enum CaseIDMerge {
  /// Calls `visit` with each distinct hash of `runs`, ascending, and how many times it occurs;
  /// returns `false`, having stopped early, when a run could not be read back.
  static func merge(_ runs: [CaseIDRun], visit: (_ hash: UInt64, _ occurrences: Int) -> Void)
    -> Bool
  {
    var cursors = runs.map(Cursor.init)
    var heap: [Int] = []
    for index in cursors.indices {
      guard cursors[index].advance() else { return false }
      if cursors[index].current != nil { heap.append(index) }
    }
    func less(_ a: Int, _ b: Int) -> Bool {
      (cursors[heap[a]].current ?? .max) < (cursors[heap[b]].current ?? .max)
    }
    func siftDown(_ start: Int) {
      var parent = start
      while true {
        let left = 2 * parent + 1
        guard left < heap.count else { return }
        var smallest = left
        if left + 1 < heap.count && less(left + 1, left) { smallest = left + 1 }
        guard less(smallest, parent) else { return }
        heap.swapAt(parent, smallest)
        parent = smallest
      }
    }
    for index in stride(from: heap.count / 2 - 1, through: 0, by: -1) { siftDown(index) }

    var previous: UInt64 = 0
    var occurrences = 0
    while let top = heap.first, let hash = cursors[top].current {
      if occurrences > 0 && hash == previous {
        occurrences += 1
      } else {
        if occurrences > 0 { visit(previous, occurrences) }
        previous = hash
        occurrences = 1
      }
      guard cursors[top].advance() else { return false }
      if cursors[top].current == nil {
        heap.swapAt(0, heap.count - 1)
        heap.removeLast()
      }
      siftDown(0)
    }
    if occurrences > 0 { visit(previous, occurrences) }
    return true
  }

  /// Merges `runs` into one run of the next level in `directory`, repeats kept; `nil` when
  /// a run cannot be read or the new one written.
  static func combine(_ runs: [CaseIDRun], directory: String) -> CaseIDRun? {
    let level = (runs.map(\.level).max() ?? 0) + 1
    guard var writer = CaseIDRun.Writer(directory: directory, level: level) else { return nil }
    let complete = merge(runs) { hash, occurrences in
      for _ in 0..<occurrences { writer.append(hash) }
    }
    return complete ? writer.finish() : nil
  }

  /// The hashes that occur more than once in `runs`, and with `collecting`, every distinct
  /// hash; `nil` when a run could not be read back.
  static func repeated(in runs: [CaseIDRun], collecting: Bool) -> (
    repeated: [UInt64], all: [UInt64]?
  )? {
    var repeated: [UInt64] = []
    var all: [UInt64] = []
    let complete = merge(runs) { hash, occurrences in
      if occurrences > 1 { repeated.append(hash) }
      if collecting { all.append(hash) }
    }
    return complete ? (repeated, collecting ? all : nil) : nil
  }

  /// One run being read: the hash under the cursor and a buffer of those after it.
  private struct Cursor {
    private let run: CaseIDRun
    private var buffer: [UInt64]
    private var position = 0
    private var filled = 0
    /// The index in the run of the first hash after the buffer.
    private var nextIndex = 0
    /// The hash under the cursor; `nil` before the first ``advance()`` and at the end.
    private(set) var current: UInt64?

    init(_ run: CaseIDRun) {
      self.run = run
      buffer = [UInt64](repeating: 0, count: min(CaseIDRun.bufferCount, run.count))
    }

    /// Moves to the next hash (the first one, the first time); `false` on a read error.
    mutating func advance() -> Bool {
      if position >= filled {
        guard nextIndex < run.count else {
          current = nil
          return true
        }
        let run = run
        let start = nextIndex
        guard
          let count = buffer.withUnsafeMutableBufferPointer({ run.read(from: start, into: $0) }),
          count > 0
        else {
          current = nil
          return false
        }
        filled = count
        position = 0
        nextIndex += count
      }
      current = buffer[position]
      position += 1
      return true
    }
  }
}
