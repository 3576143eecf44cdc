import FrameworkCatalog
import InspectCommands
import InspectionDSL
import Testing

/// `show` and `diff` on a derived framework, and a package's own catalog, run in-process.
@Suite("Derived frameworks on the command line")
struct DerivationCommandTests {
  static let derived = Framework(
    "OMI-test", version: "1", title: "OMI with one change", basedOn: FrameworkCatalog.omi2008
  ) {
    Remove("1.1.f")
  }

  static let catalog = InspectCatalog(own: [derived])

  /// Runs `inspect` with the test catalog; returns status, standard output and standard error.
  static func run(_ arguments: String...) -> (status: Int32, out: String, err: String) {
    nonisolated(unsafe) var out = ""
    nonisolated(unsafe) var err = ""
    let status = Inspect.run(arguments, catalog: catalog, out: { out += $0 }, err: { err += $0 })
    return (status, out, err)
  }

  @Test func showPrintsTheBaseAndTheChanges() {
    let result = Self.run("show", "OMI-test")
    #expect(result.status == 0)
    #expect(result.out.contains("Based on: OMI@2008 (sha256:"))
    #expect(result.out.contains("with 1 change:\n  - removed question 1.1.f\n"))
  }

  @Test func diffPrintsTheDerivationFromItsBase() {
    let result = Self.run("diff", "OMI@2008", "OMI-test")
    #expect(result.status == 0, "\(result.err)")
    #expect(result.out.hasPrefix("OMI-test@1: OMI with one change\nBased on: OMI@2008"))
  }

  @Test(arguments: [["diff", "OMI2", "OMI-test"], ["diff", "OMI@2008", "DEMO"]])
  func diffOfFrameworksNotDerivedFromEachOtherIsOnlyStructural(_ arguments: [String]) {
    nonisolated(unsafe) var out = ""
    nonisolated(unsafe) var err = ""
    let status = Inspect.run(
      arguments, catalog: Self.catalog, out: { out += $0 }, err: { err += $0 })
    #expect(status == 0, "\(err)")
    #expect(!out.contains("Based on:"))
  }

  @Test func compileAllCompilesThePackagesOwnFrameworksOnly() {
    let result = Self.run("compile", "all")
    #expect(result.status == 0)
    #expect(result.out == "OMI-test@1: compiled with no errors\n")
  }

  @Test func namesStillResolveToTheShippedFrameworks() {
    #expect(Self.catalog.framework(named: "OMI@2008")?.version == "2008")
    #expect(Self.catalog.framework(named: "OMI-test")?.id == "OMI-test")
    #expect(Self.catalog.keys.first == "OMI-test@1")
  }
}
