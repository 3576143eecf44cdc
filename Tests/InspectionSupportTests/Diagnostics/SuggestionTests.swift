import InspectionSupport
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

  @Test func comparesCaseInsensitivelyBeyondASCII() {
    #expect(Suggestion.closest(to: "ÉCOLE", among: ["ecole", "école"]) == "école")
    #expect(Suggestion.closest(to: "ecole", among: ["ÉCOLE"], maxDistance: 1) == "ÉCOLE")
    // CR LF is one character: one deletion away from "ab", not two.
    #expect(Suggestion.closest(to: "a\r\nb", among: ["ab"], maxDistance: 1) == "ab")
    #expect(Suggestion.closest(to: "ab", among: ["A\r\nB"], maxDistance: 1) == "A\r\nB")
  }

  @Test func asciiNamesMatchTheCharacterDistance() {
    // closest compares ASCII names as bytes; it must find what the distance between the
    // lowercased characters gives, for every name of up to three of these scalars (a CR
    // before an LF makes one character with it).
    var names = [""]
    for length in 1...3 {
      for name in names where name.unicodeScalars.count == length - 1 {
        for scalar in ["a", "B", "\r", "\n", "-"] { names.append(name + scalar) }
      }
    }
    for input in names {
      for candidate in names {
        for limit in 0...2 {
          // A candidate equal to the input is never suggested.
          let expected =
            candidate != input
            && Suggestion.distance(input.lowercased(), candidate.lowercased()) <= limit
          let found = Suggestion.closest(to: input, among: [candidate], maxDistance: limit) != nil
          #expect(found == expected, "\(Array(input.utf8)) vs \(Array(candidate.utf8)), \(limit)")
        }
      }
    }
  }
}
