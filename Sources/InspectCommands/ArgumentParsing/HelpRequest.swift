/// A request for the help of one command.
public struct HelpRequest: Sendable, Equatable {
  /// The names of the commands from the root to the one wanted, for example
  /// `["inspect", "score"]`.
  public var path: [String]
  /// The command whose help is wanted.
  public var command: CommandSpec

  /// Creates a help request.
  public init(path: [String], command: CommandSpec) {
    self.path = path
    self.command = command
  }
}
