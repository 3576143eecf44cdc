import Testing

@testable import InspectionSupport

/// An archive Python's `zipfile` wrote to a stream it could not seek: a deflated entry and a
/// stored one, each with its sizes and CRC in a data descriptor after the data (flag bit 3),
/// and zeros in the local header.
private let pythonArchive = hex(
  "504b03041400080008000000210000000000000000000000000005000000612e747874cb48cdc9c957c8402701"
    + "504b0708e3513d8d0a00000017000000504b0304140008000000000021000000000000000000000000000900"
    + "00006469722f622e74787473746f726564504b07080bf943560600000006000000504b010214031400080008"
    + "0000002100e3513d8d0a00000017000000050000000000000000000000800100000000612e747874504b0102"
    + "1403140008000000000021000bf94356060000000600000009000000000000000000000080013d0000006469"
    + "722f622e747874504b050600000000020002006a0000007a0000000000")

private func hex(_ text: String) -> [UInt8] {
  var result: [UInt8] = []
  var index = text.startIndex
  while index < text.endIndex {
    let next = text.index(index, offsetBy: 2)
    result.append(UInt8(text[index..<next], radix: 16) ?? 0)
    index = next
  }
  return result
}

/// The error reading `bytes` (and every entry) gives, or `nil` if it all reads.
private func readError(_ bytes: [UInt8], limit: Int = 1 << 20) -> ZipError? {
  do {
    let archive = try ZipArchive(bytes: bytes)
    for entry in archive.entries { _ = try archive.contents(of: entry.name, limit: limit) }
    return nil
  } catch {
    return error
  }
}

private func put32(_ bytes: inout [UInt8], _ offset: Int, _ value: Int) {
  for index in 0..<4 { bytes[offset + index] = UInt8(truncatingIfNeeded: value >> (8 * index)) }
}

/// Where the central directory starts in an archive with no comment.
private func directoryOffset(_ bytes: [UInt8]) -> Int {
  ZipArchive.read32(bytes, bytes.count - 6)
}

@Suite("Zip archives")
struct ZipArchiveTests {
  @Test("reads an archive Python wrote with data descriptors")
  func pythonArchive() throws {
    let archive = try ZipArchive(bytes: InspectionSupportTests.pythonArchive)
    #expect(archive.entries.map(\.name) == ["a.txt", "dir/b.txt"])
    #expect(try archive.contents(of: "a.txt", limit: 100) == Array("hello hello hello hello".utf8))
    #expect(try archive.contents(of: "dir/b.txt", limit: 100) == Array("stored".utf8))
  }

  @Test("our writer's archives read back, byte-identical on every run")
  func roundTrip() throws {
    var writer = ZipWriter()
    writer.add("[Content_Types].xml", Array(String(repeating: "<Types/>", count: 50).utf8))
    writer.add("empty", [])
    writer.add("random", deterministicBytes(count: 3_000, seed: 9))
    writer.add("naïve.txt", Array("ü".utf8))
    let bytes = writer.finish()
    let archive = try ZipArchive(bytes: bytes)
    #expect(archive.entries.map(\.name) == ["[Content_Types].xml", "empty", "random", "naïve.txt"])
    #expect(archive.entries.map(\.method) == [8, 0, 0, 0])
    #expect(
      try archive.contents(of: "random", limit: 10_000) == deterministicBytes(count: 3_000, seed: 9)
    )
    #expect(try archive.contents(of: "empty", limit: 0) == [])
    var again = ZipWriter()
    again.add("[Content_Types].xml", Array(String(repeating: "<Types/>", count: 50).utf8))
    again.add("empty", [])
    again.add("random", deterministicBytes(count: 3_000, seed: 9))
    again.add("naïve.txt", Array("ü".utf8))
    #expect(again.finish() == bytes)
  }

  @Test("a missing entry is an error naming it")
  func missingEntry() throws {
    let archive = try ZipArchive(bytes: InspectionSupportTests.pythonArchive)
    #expect(
      throws: ZipError(.missingEntry, entry: "xl/workbook.xml", "the archive has no such entry")
    ) {
      try archive.contents(of: "xl/workbook.xml", limit: 100)
    }
  }

  // MARK: Hostile and damaged archives

  @Test("not an archive: too short, or no end record")
  func notAnArchive() {
    #expect(readError([])?.kind == .notAnArchive)
    #expect(readError(Array("case,roh\nA,high\n".utf8))?.kind == .notAnArchive)
    #expect(readError(deterministicBytes(count: 70_000, seed: 1))?.kind == .notAnArchive)
  }

  @Test("every truncation of an archive is an error, never a crash")
  func truncations() {
    let bytes = InspectionSupportTests.pythonArchive
    for length in 0..<bytes.count {
      #expect(readError(Array(bytes[0..<length])) != nil, "\(length) bytes")
    }
  }

  @Test("every single flipped byte is an error or still a consistent archive")
  func flippedBytes() {
    // A flip in a name or in padding can leave a valid archive; none may crash, and any
    // archive that reads must pass its CRC checks.
    let bytes = InspectionSupportTests.pythonArchive
    for offset in 0..<bytes.count {
      var damaged = bytes
      damaged[offset] ^= 0xFF
      _ = readError(damaged)
    }
  }

  @Test("a central directory outside the file, or a local header at a bad offset")
  func badOffsets() {
    var bytes = InspectionSupportTests.pythonArchive
    put32(&bytes, bytes.count - 6, 10_000)  // directory offset
    #expect(readError(bytes)?.kind == .malformed)

    bytes = InspectionSupportTests.pythonArchive
    put32(&bytes, directoryOffset(bytes) + 42, 7)  // first entry's local header offset
    let error = readError(bytes)
    #expect(error?.kind == .malformed)
    #expect(error?.description.contains("no local header at offset 7") == true)
  }

  @Test("entries whose data overlap are refused (the overlapping-entries zip bomb)")
  func overlappingEntries() throws {
    var writer = ZipWriter()
    writer.add("one", Array(String(repeating: "a", count: 100).utf8))
    writer.add("two", Array(String(repeating: "b", count: 100).utf8))
    var bytes = writer.finish()
    // Make the first entry's data run over the second's header.
    let directory = directoryOffset(bytes)
    let second = try #require(try ZipArchive(bytes: bytes).entry(named: "two"))
    put32(&bytes, directory + 20, second.headerOffset + 10 - 33)
    let error = readError(bytes)
    #expect(error?.kind == .malformed)
    #expect(error?.description.contains("overlaps entry 'one'") == true)
  }

  @Test("a declared size deflate cannot produce is refused before any decoding")
  func impossibleDeclaredSize() {
    var bytes = InspectionSupportTests.pythonArchive
    put32(&bytes, directoryOffset(bytes) + 24, 0x7FFF_FFF0)
    let error = readError(bytes)
    #expect(error?.kind == .tooLarge)
    #expect(error?.description.contains("more than deflate can produce") == true)
  }

  @Test("an entry larger than the caller's limit is refused before any decoding")
  func declaredOverLimit() throws {
    var writer = ZipWriter()
    writer.add("zeros", [UInt8](repeating: 0, count: 1 << 20))
    let archive = try ZipArchive(bytes: writer.finish())
    #expect(throws: ZipError.self) { try archive.contents(of: "zeros", limit: 1_000) }
    #expect(try archive.contents(of: "zeros", limit: 1 << 20).count == 1 << 20)
  }

  @Test("a zip bomb that declares a small size stops at it (bounded memory)")
  func lyingBomb() throws {
    var writer = ZipWriter()
    writer.add("zeros", [UInt8](repeating: 0, count: 1 << 20))
    var bytes = writer.finish()
    let directory = directoryOffset(bytes)
    put32(&bytes, directory + 24, 1_000)  // declared size: 1,000 bytes
    let error = readError(bytes, limit: 1 << 30)
    #expect(error?.kind == .tooLarge)
    #expect(error?.description.contains("expands to more than its declared 1000 bytes") == true)
  }

  @Test("a wrong CRC-32, or data shorter than declared, is corrupt data")
  func corruptData() {
    var bytes = InspectionSupportTests.pythonArchive
    put32(&bytes, directoryOffset(bytes) + 16, 0x1234_5678)  // first entry's CRC
    #expect(readError(bytes)?.kind == .corruptData)

    bytes = InspectionSupportTests.pythonArchive
    put32(&bytes, directoryOffset(bytes) + 24, 24)  // one byte more than the data holds
    let error = readError(bytes)
    #expect(error?.kind == .corruptData)
    #expect(error?.description.contains("holds 23 bytes but declares 24") == true)
  }

  @Test("encryption, other methods, zip64 and duplicate names are refused")
  func unsupported() {
    var bytes = InspectionSupportTests.pythonArchive
    bytes[directoryOffset(bytes) + 8] |= 1  // encrypted
    #expect(readError(bytes)?.kind == .unsupported)

    bytes = InspectionSupportTests.pythonArchive
    bytes[directoryOffset(bytes) + 10] = 12  // bzip2
    #expect(readError(bytes)?.description.contains("compression method 12") == true)

    bytes = InspectionSupportTests.pythonArchive
    put32(&bytes, bytes.count - 6, 0xFFFF_FFFF)  // zip64 directory offset
    #expect(readError(bytes)?.description.contains("zip64") == true)

    var writer = ZipWriter()
    writer.add("same", [1])
    writer.add("same", [2])
    #expect(readError(writer.finish())?.description.contains("appears twice") == true)
  }
}
