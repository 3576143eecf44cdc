/// The status the `inspect` process ends with.
///
/// The values follow the BSD `sysexits.h` convention for usage errors, so that
/// scripts can tell "you called it wrongly" apart from "it ran and failed".
///
/// ```swift
/// exit(ExitCode.usage.rawValue)  // 64
/// ```
public enum ExitCode: Int32, Sendable, Equatable {
  /// The command did what was asked.
  case success = 0
  /// The command ran but failed, for example because an input was invalid.
  case failure = 1
  /// The command line itself was wrong (`EX_USAGE`).
  case usage = 64
}
