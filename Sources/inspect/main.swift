// The `inspect` executable: everything happens in InspectCommands, which tests run in-process.
import InspectCommands

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes all of `text` to the file descriptor, retrying short writes and interruptions.
func write(_ text: String, to descriptor: Int32) {
  var bytes = Array(text.utf8)[...]
  while !bytes.isEmpty {
    let count = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    if count < 0 {
      if errno == EINTR { continue }
      return
    }
    bytes = bytes.dropFirst(count)
  }
}

signal(SIGPIPE, SIG_IGN)
exit(
  Inspect.run(
    Array(CommandLine.arguments.dropFirst()),
    out: { write($0, to: 1) },
    err: { write($0, to: 2) }))
