import InspectionSupport
import Testing

@Suite struct QuotedTests {
  static let sixty = String(repeating: "a", count: 60)

  @Test("Short text is quoted whole; long text is cut after 60 characters and its length given")
  func quoted() {
    for (text, expected) in [
      ("", "''"),
      ("roh", "'roh'"),
      (Self.sixty, "'\(Self.sixty)'"),
      (Self.sixty + "b", "'\(Self.sixty)…' (61 characters)"),
      // Characters, not bytes: each "é" is two bytes, each flag eight.
      (
        String(repeating: "é", count: 61), "'\(String(repeating: "é", count: 60))…' (61 characters)"
      ),
      (String(repeating: "🇬🇧", count: 60), "'\(String(repeating: "🇬🇧", count: 60))'"),
      ("it's", "'it's'"),
    ] {
      #expect(Quoted(text).description == expected)
      #expect("\(Quoted(text))" == expected)
    }
  }

  @Test func aSubstringIsQuotedLikeTheString() {
    let line = "name,\(Self.sixty)x,other"
    let field = line.split(separator: ",")[1]
    #expect(Quoted(field).description == "'\(Self.sixty)…' (61 characters)")
  }

  @Test func aMegabyteBecomesAShortMessage() {
    let message = "column \(Quoted(String(repeating: "x", count: 1 << 20))) is unknown"
    #expect(message.utf8.count == 104)
    #expect(message.hasSuffix("…' (1048576 characters) is unknown"))
  }
}
