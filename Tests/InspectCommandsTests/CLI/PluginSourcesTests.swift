import Foundation
import Testing

/// The two plugins share `FrameworkTool.swift` (a plugin target cannot import another module),
/// kept as two identical files: a fix to one, such as printing each diagnostic once, must reach
/// both.
@Suite struct PluginSourcesTests {
  @Test func bothPluginsRunTheSameFrameworkTool() throws {
    let root = InspectProcess.packageRoot.appendingPathComponent("Plugins")
    let compile = try Data(
      contentsOf: root.appendingPathComponent("CompileFrameworks/FrameworkTool.swift"))
    let validate = try Data(
      contentsOf: root.appendingPathComponent("ValidateFrameworks/FrameworkTool.swift"))
    #expect(
      compile == validate,
      "Plugins/CompileFrameworks/FrameworkTool.swift and Plugins/ValidateFrameworks/FrameworkTool.swift differ"
    )
  }
}
