import InspectCommands
import Testing

@Suite("ExitCode")
struct ExitCodeTests {
  @Test func exitCodesFollowSysexits() {
    #expect(ExitCode.success.rawValue == 0)
    #expect(ExitCode.failure.rawValue == 1)
    #expect(ExitCode.usage.rawValue == 64)
  }
}
