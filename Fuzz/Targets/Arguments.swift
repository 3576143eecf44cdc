// libFuzzer target: the command-line parser with the real command tree (Inspect.root).
//
// The input is split into arguments at newlines; whatever the parser returns is rendered
// (help text, or the error message and exit code), as the CLI would.
import InspectCommands

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  let arguments = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  do {
    switch try ArgumentParser.parse(arguments, root: Inspect.root) {
    case .command(let parsed): _ = parsed.path
    case .help(let request): _ = HelpGenerator.render(request)
    case .version(let version): _ = version
    }
  } catch {
    _ = error.description
    _ = error.exitCode
  }
  return 0
}
