import Testing

@testable import InspectionSupport

@Suite struct CSVByteSourceTests {
  @Test(arguments: [1, 2, 3, 5, 100])
  func memorySourceHandsOutEveryByteOnce(_ maxChunk: Int) throws {
    let bytes = Array("héllo, world\r\n".utf8)
    var source = MemorySource(bytes, maxChunk: maxChunk)
    var collected: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4)
    while true {
      let count = try buffer.withUnsafeMutableBytes { raw in try source.read(into: raw) }
      #expect(count <= min(4, maxChunk))
      if count == 0 { break }
      collected += buffer[0..<count]
    }
    #expect(collected == bytes)
  }

  @Test func emptyBufferReadsNothing() throws {
    var source = MemorySource("abc")
    var empty: [UInt8] = []
    #expect(try empty.withUnsafeMutableBytes { try source.read(into: $0) } == 0)
  }

  @Test func nonPositiveChunkIsOne() throws {
    var source = MemorySource("ab", maxChunk: 0)
    var buffer = [UInt8](repeating: 0, count: 8)
    #expect(try buffer.withUnsafeMutableBytes { try source.read(into: $0) } == 1)
  }
}
