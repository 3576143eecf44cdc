import FrameworkCatalog
import InspectionCompiler
import InspectionDSL
import Testing

@Suite("FrameworkCatalog")
struct FrameworkCatalogTests {
  @Test("Every shipped framework compiles with no diagnostics at all")
  func compilesCleanly() {
    for framework in FrameworkCatalog.all {
      let compilation = FrameworkCompiler.compile(framework)
      #expect(
        compilation.diagnostics.map(\.rendered) == [], "\(framework.id)@\(framework.version)")
    }
  }

  @Test func idsAndVersionsAreUnique() {
    let keys = FrameworkCatalog.all.map { "\($0.id)@\($0.version)" }
    #expect(Set(keys).count == keys.count)
  }
}
