import InspectionDSL

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The `inspect` executable's entry point, for InspectionKit and for criteria packs.
///
/// A package that declares its own frameworks adds a small executable target, by convention
/// `inspect-frameworks`, whose `main.swift` is one line. It is then a full `inspect` that also
/// knows the package's frameworks, and the `compile-frameworks` and `validate-frameworks`
/// plugins build and run it:
///
/// ```swift
/// // Sources/inspect-frameworks/main.swift
/// import InspectCommands
/// import LocalCriteria
///
/// InspectMain.run(frameworks: LocalCriteria.frameworks)
/// ```
public enum InspectMain {
  /// Runs `inspect` with the command line's arguments and exits with its status.
  ///
  /// - Parameter frameworks: the package's own frameworks; `nil` for the shipped catalog.
  public static func run(frameworks: [Framework]? = nil) -> Never {
    signal(SIGPIPE, SIG_IGN)
    let catalog = frameworks.map(InspectCatalog.init(own:)) ?? .shipped
    exit(
      Inspect.run(
        Array(CommandLine.arguments.dropFirst()), catalog: catalog,
        out: { write($0, to: 1) }, err: { write($0, to: 2) }))
  }

  /// Writes all of `text` to the file descriptor, retrying short writes and interruptions.
  private static func write(_ text: String, to descriptor: Int32) {
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
      let count = bytes.withUnsafeBytes { systemWrite(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        return
      }
      bytes = bytes.dropFirst(count)
    }
  }
}

#if canImport(Glibc)
  private let systemWrite = Glibc.write
#elseif canImport(Darwin)
  private let systemWrite = Darwin.write
#endif
