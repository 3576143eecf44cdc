import InspectionSchema
import Testing

@Suite("Suggestion")
struct SuggestionTests {
  static let commands = ["list", "show", "compile", "validate", "score", "merge", "template"]

  @Test(
    "Close names are suggested",
    arguments: [
      ("scroe", "score"), ("socre", "score"), ("lsit", "list"), ("compil", "compile"),
      ("templates", "template"), ("SCORE", "score"), ("vaildate", "validate"),
    ])
  func suggestsCloseName(_ typed: String, _ expected: String) {
    #expect(Suggestion.closest(to: typed, among: Self.commands) == expected)
  }

  @Test("Distant names are not suggested", arguments: ["frobnicate", "x", "", "sc", "mergers!"])
  func ignoresDistantName(_ typed: String) {
    #expect(Suggestion.closest(to: typed, among: Self.commands) == nil)
  }

  @Test func suggestsFrameworkIdentifiers() {
    #expect(Suggestion.closest(to: "OMI3", among: ["SEC", "OMI2", "OMI1"]) == "OMI2")
    #expect(Suggestion.closest(to: "omi2", among: ["SEC", "OMI2"]) == "OMI2")
  }

  @Test func honoursAnExplicitLimit() {
    #expect(Suggestion.closest(to: "frmt", among: ["format"], maxDistance: 1) == nil)
    #expect(Suggestion.closest(to: "frmt", among: ["format"], maxDistance: 2) == "format")
    #expect(Suggestion.closest(to: "a", among: ["b"], maxDistance: -1) == nil)
    #expect(Suggestion.closest(to: "a", among: [], maxDistance: 5) == nil)
  }

  @Test(
    "Distance counts edits and adjacent swaps",
    arguments: [
      ("", "", 0), ("", "abc", 3), ("abc", "", 3), ("fromat", "format", 1),
      ("kitten", "sitting", 3), ("ca", "abc", 3), ("é", "e", 1), ("🇫🇷", "🇫🇷", 0),
    ])
  func measuresDistance(_ lhs: String, _ rhs: String, _ expected: Int) {
    #expect(Suggestion.distance(lhs, rhs) == expected)
  }

}
