/// Writes a zip archive (PKWARE APPNOTE 6.3) in memory, deterministically: entries in the
/// order added, every timestamp 1980-01-01 00:00, no extra fields, so the same entries always
/// give the same bytes.
///
/// Each entry is deflated (``Deflater``), or stored when deflate would not make it smaller.
/// Names are UTF-8 (flag bit 11 set when a name is not ASCII).
///
/// ```swift
/// var zip = ZipWriter()
/// zip.add("mimetype", Array("text/plain".utf8))
/// let bytes = zip.finish()
/// ```
public struct ZipWriter: Sendable {
  private var output: [UInt8] = []
  private var directory: [UInt8] = []
  private var count = 0

  /// An empty archive.
  public init() {}

  /// Adds an entry named `name` holding `contents`, deflated when that makes it smaller
  /// (always stored when `compress` is `false`).
  public mutating func add(_ name: String, _ contents: [UInt8], compress: Bool = true) {
    let deflated = compress ? Deflater.deflate(contents) : contents
    let method = deflated.count < contents.count ? 8 : 0
    let data = method == 8 ? deflated : contents
    let crc = CRC32.checksum(contents)
    let nameBytes = Array(name.utf8)
    let flags = nameBytes.allSatisfy { $0 < 0x80 } ? 0 : 1 << 11
    let offset = output.count

    // Local file header.
    append32(&output, 0x0403_4B50)
    append16(&output, 20)  // version needed: 2.0 (deflate)
    append16(&output, flags)
    append16(&output, method)
    append16(&output, 0)  // time 00:00:00
    append16(&output, Self.dosDate)
    append32(&output, Int(crc))
    append32(&output, data.count)
    append32(&output, contents.count)
    append16(&output, nameBytes.count)
    append16(&output, 0)  // no extra field
    output += nameBytes
    output += data

    // Its central directory entry.
    append32(&directory, 0x0201_4B50)
    append16(&directory, 20)  // version made by: 2.0, MS-DOS attributes
    append16(&directory, 20)
    append16(&directory, flags)
    append16(&directory, method)
    append16(&directory, 0)
    append16(&directory, Self.dosDate)
    append32(&directory, Int(crc))
    append32(&directory, data.count)
    append32(&directory, contents.count)
    append16(&directory, nameBytes.count)
    append16(&directory, 0)  // extra field
    append16(&directory, 0)  // comment
    append16(&directory, 0)  // disk
    append16(&directory, 0)  // internal attributes
    append32(&directory, 0)  // external attributes
    append32(&directory, offset)
    directory += nameBytes
    count += 1
  }

  /// The archive: the entries, their directory and the end of central directory record.
  public func finish() -> [UInt8] {
    var bytes = output
    let directoryOffset = bytes.count
    bytes += directory
    append32(&bytes, 0x0605_4B50)
    append16(&bytes, 0)
    append16(&bytes, 0)
    append16(&bytes, count)
    append16(&bytes, count)
    append32(&bytes, directory.count)
    append32(&bytes, directoryOffset)
    append16(&bytes, 0)  // no comment
    return bytes
  }

  /// 1980-01-01 in MS-DOS date format: ((year - 1980) << 9) | (month << 5) | day.
  private static let dosDate = 1 << 5 | 1

  private func append16(_ bytes: inout [UInt8], _ value: Int) {
    bytes.append(UInt8(truncatingIfNeeded: value))
    bytes.append(UInt8(truncatingIfNeeded: value >> 8))
  }

  private func append32(_ bytes: inout [UInt8], _ value: Int) {
    append16(&bytes, value & 0xFFFF)
    append16(&bytes, (value >> 16) & 0xFFFF)
  }
}
