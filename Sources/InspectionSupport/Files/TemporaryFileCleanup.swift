#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Removes the temporary file being written when `inspect` is interrupted or terminated.
///
/// ``AtomicFile`` and the streaming writer write to a hidden temporary file and rename it into
/// place, so the target is never partial. Without this, a Ctrl-C (SIGINT), SIGTERM or SIGHUP
/// mid-write would leave the hidden temporary file behind; with it, the handler unlinks it and
/// the process then dies of the same signal. SIGKILL cannot be caught: the target is still
/// untouched, and the hidden `.<name>.inspect-<pid>.tmp` file is the only trace.
///
/// ```swift
/// TemporaryFileCleanup.register(temporaryPath)
/// defer { TemporaryFileCleanup.unregister() }
/// ```
enum TemporaryFileCleanup {
  /// The path to unlink, as a C string allocated before the handler can run (a signal
  /// handler may only call async-signal-safe functions: `unlink`, `signal`, `raise`).
  nonisolated(unsafe) private static var pending: UnsafeMutablePointer<CChar>?
  nonisolated(unsafe) private static var installed = false

  /// Notes `path` as the file to remove if a signal arrives; installs the handlers once.
  static func register(_ path: String) {
    if !installed {
      installed = true
      // A signal mask is inherited across exec: a parent that blocks these signals (some
      // test runners and process launchers do) would otherwise keep them pending until the
      // write had finished.
      var signals = sigset_t()
      sigemptyset(&signals)
      for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
        let previous = signal(signalNumber, TemporaryFileCleanup.handle)
        // A signal the parent chose to ignore (`nohup`, background jobs) stays ignored.
        if let previous, unsafeBitCast(previous, to: Int.self) == 1 {
          signal(signalNumber, previous)
          continue
        }
        sigaddset(&signals, signalNumber)
      }
      sigprocmask(SIG_UNBLOCK, &signals, nil)
    }
    let previous = pending
    pending = strdup(path)
    free(previous)
  }

  /// Forgets the file (it was renamed into place or removed).
  static func unregister() {
    let previous = pending
    pending = nil
    free(previous)
  }

  private static let handle: @convention(c) (Int32) -> Void = { signalNumber in
    if let path = TemporaryFileCleanup.pending { unlink(path) }
    signal(signalNumber, SIG_DFL)
    raise(signalNumber)
  }
}
