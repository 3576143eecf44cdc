/// How a command ended, when it did not succeed.
public enum CommandFailure: Error {
  /// Bad usage: the message and usage are printed, exit 64.
  case usage(CommandLineError)
  /// The input was invalid or a check failed; diagnostics were printed, exit 1.
  case failed
}
