import InspectionSupport

/// Keyed pseudonyms for case ids: `P-` and the first 16 hex digits (64 bits) of the
/// HMAC-SHA-256 (``HMACSHA256``) of the case's normalised id under a secret key.
///
/// Readers replace each case id with its pseudonym as they read it (``SampleReadOptions/pseudonyms``),
/// before any rule, count, message or list sees it, so every output made from the sample —
/// reports in every format, partial results, case lists, warnings and errors — carries the
/// pseudonym only. The id is normalised first (``SampleCaseRules/normalisedID(_:)``), so ids
/// that are one case (`"A "` and `"A"`) have one pseudonym and a duplicate is still found. The
/// same key gives the same pseudonyms in every run and for every file; without the key, a
/// pseudonym cannot be traced back to its id, even by trying likely ids. An empty id stays
/// empty (and is an error as before).
///
/// The key is read from a file (``init(keyFile:)``) and held only as primed hash state: it is
/// never written anywhere, and this value's description does not show it.
///
/// ```swift
/// let pseudonyms = try CaseIDPseudonyms(keyFile: "inspection.key")
/// pseudonyms.pseudonym(for: "CRN-0042")   // "P-…" (16 hex digits), the same every run
/// ```
public struct CaseIDPseudonyms: Sendable, Hashable, CustomStringConvertible, CustomReflectable {
  /// The fewest bytes a key may have (128 bits).
  public static let minimumKeyBytes = 16
  /// The most bytes a key file may hold.
  public static let maximumKeyBytes = 4096

  private let mac: HMACSHA256
  /// Tells keys apart for `==` without holding the key: the MAC of a fixed label.
  private let keyCheck: SHA256.Digest

  /// Pseudonyms under `key` (at least ``minimumKeyBytes`` bytes).
  public init(key: [UInt8]) throws(SampleReadError) {
    guard key.count >= Self.minimumKeyBytes else {
      throw SampleReadError(
        Diagnostic(
          .unusableKeyFile,
          "the key is \(key.count) byte(s); a pseudonymisation key needs at least "
            + "\(Self.minimumKeyBytes) (make one with: head -c 32 /dev/urandom > inspection.key)"))
    }
    mac = HMACSHA256(key: key)
    keyCheck = mac.authenticate(Array("InspectionKit key check".utf8))
  }

  /// Pseudonyms under the key in the file at `keyFile`: its bytes, less one final line break
  /// (`\n` or `\r\n`), so a key written by an editor or `openssl rand -hex 32 >` is the same
  /// key as its text. Errors name the file and say what to do; none shows the key.
  public init(keyFile: String) throws(SampleReadError) {
    var bytes: [UInt8]
    do {
      bytes = try InputFile.read(keyFile, limit: Self.maximumKeyBytes, what: "key file")
    } catch {
      throw SampleReadError(
        Diagnostic(
          .unusableKeyFile, error.message + "; --pseudonymise takes a file holding the key",
          location: SourceLocation(file: keyFile, line: 1, column: 1)))
    }
    if bytes.last == 0x0A { bytes.removeLast() }
    if bytes.last == 0x0D { bytes.removeLast() }
    do {
      try self.init(key: bytes)
    } catch {
      var diagnostic = error.diagnostic
      diagnostic.message = "key file \(Quoted(keyFile)): " + diagnostic.message
      diagnostic.location = SourceLocation(file: keyFile, line: 1, column: 1)
      throw SampleReadError(diagnostic)
    }
  }

  /// The pseudonym of case id `id` (`""` for an empty id).
  public func pseudonym(for id: String) -> String {
    let normalised = SampleCaseRules.normalisedID(id)
    guard !normalised.isEmpty else { return "" }
    let digest = mac.authenticate(Array(normalised.utf8))
    return "P-" + digest.hexString.prefix(16)
  }

  public static func == (left: Self, right: Self) -> Bool { left.keyCheck == right.keyCheck }

  public func hash(into hasher: inout Hasher) { hasher.combine(keyCheck) }

  /// Says that ids are pseudonymised, never the key.
  public var description: String { "CaseIDPseudonyms(key: hidden)" }

  /// No children: `dump` shows nothing derived from the key.
  public var customMirror: Mirror { Mirror(self, children: [:]) }
}
