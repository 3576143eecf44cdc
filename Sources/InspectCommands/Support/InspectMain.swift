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
  /// Every write to standard output and standard error is checked: if one fails (a full disk,
  /// a closed descriptor), nothing more is written there and the run exits 1, with a message
  /// on standard error when standard output failed, unless it failed because its reader went
  /// away (EPIPE: `inspect … | head` ends quietly).
  ///
  /// - Parameter frameworks: the package's own frameworks; `nil` for the shipped catalog.
  public static func run(frameworks: [Framework]? = nil) -> Never {
    signal(SIGPIPE, SIG_IGN)
    let catalog = frameworks.map(InspectCatalog.init(own:)) ?? .shipped
    let output = StandardStream(descriptor: 1)
    let errors = StandardStream(descriptor: 2)
    var status = Inspect.run(
      Array(CommandLine.arguments.dropFirst()), catalog: catalog,
      out: { output.write($0) }, err: { errors.write($0) })
    if let failure = output.failure {
      if failure != EPIPE {
        errors.write("error: cannot write to standard output: \(systemMessage(failure))\n")
      }
      status = ExitCode.failure.rawValue
    }
    if errors.failure != nil { status = ExitCode.failure.rawValue }
    exit(status)
  }

  private static func systemMessage(_ code: Int32) -> String {
    guard let text = strerror(code) else { return "error \(code)" }
    return String(cString: text)
  }
}

/// Standard output or standard error, written unbuffered with every write checked: the first
/// failure is kept and nothing more is written.
private final class StandardStream {
  let descriptor: Int32
  /// The `errno` of the first failed write.
  private(set) var failure: Int32?

  init(descriptor: Int32) { self.descriptor = descriptor }

  /// Writes all of `text`, retrying short writes and interruptions.
  func write(_ text: String) {
    guard failure == nil else { return }
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
      let count = bytes.withUnsafeBytes { systemWrite(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        if errno == EAGAIN || errno == EWOULDBLOCK {
          // A non-blocking descriptor that is full: wait until it can take more.
          var ready = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
          _ = poll(&ready, 1, -1)
          continue
        }
        failure = errno
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
