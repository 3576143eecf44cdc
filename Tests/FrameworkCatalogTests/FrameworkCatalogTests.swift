import FrameworkCatalog
import InspectionCompiler
import InspectionDSL
import Testing

@Suite("FrameworkCatalog")
struct FrameworkCatalogTests {
  @Test("Every shipped framework compiles with no diagnostics at all")
  func compilesCleanly() throws {
    for (id, version) in FrameworkCatalog.all.map({ ($0.id, $0.version) }) {
      let framework = try #require(
        FrameworkCatalog.all.first { $0.id == id && $0.version == version })
      let compilation = FrameworkCompiler.compile(framework)
      #expect(compilation.diagnostics.map(\.rendered) == [])
    }
  }

  @Test func idsAndVersionsAreUnique() {
    let keys = FrameworkCatalog.all.map { "\($0.id)@\($0.version)" }
    #expect(Set(keys).count == keys.count)
  }
}
