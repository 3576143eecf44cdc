import FrameworkCatalog
import InspectionCompiler
import InspectionDSL
import InspectionSchema

/// The frameworks one `inspect` executable knows: a package's own, then the shipped ones.
///
/// InspectionKit's own `inspect` knows the shipped frameworks (``shipped``). A criteria pack's
/// `inspect-frameworks` executable passes its own frameworks to ``InspectMain``; they come
/// first, so `compile all`, the plugins and `list` see them, and the shipped frameworks stay
/// available by name (as bases, and to compare with). The concept catalogs the frameworks
/// measure come with them.
///
/// ```swift
/// let catalog = InspectCatalog(own: [LocalCriteria.omiLocal])
/// catalog.framework(named: "OMI-local")   // the pack's framework
/// catalog.framework(named: "OMI@2008")    // a shipped one
/// ```
public struct InspectCatalog: Sendable {
  /// The package's own frameworks: what `compile all` and the plugins compile.
  public let own: [Framework]
  /// Every framework a name can resolve to: ``own`` first, then the shipped ones not shadowed.
  public let all: [Framework]
  /// The concept catalogs: those the own frameworks declare, then the shipped ones.
  public let conceptCatalogs: [ConceptCatalog]

  /// A catalog of `own` frameworks in front of the shipped ones.
  public init(own: [Framework]) {
    self.own = own
    let keys = Set(own.map { "\($0.id)@\($0.version)" })
    self.all = own + FrameworkCatalog.all.filter { !keys.contains("\($0.id)@\($0.version)") }
    var catalogs: [ConceptCatalog] = []
    for framework in own {
      for case .concepts(let use) in framework.elements
      where !catalogs.contains(where: { $0.label == use.catalog.label }) {
        catalogs.append(use.catalog)
      }
    }
    self.conceptCatalogs =
      catalogs
      + FrameworkCatalog.conceptCatalogs.filter { shipped in
        !catalogs.contains { $0.label == shipped.label }
      }
  }

  /// InspectionKit's shipped frameworks.
  public static let shipped = InspectCatalog(own: FrameworkCatalog.all)

  /// The frameworks as `id@version`, in catalog order.
  public var keys: [String] { all.map { "\($0.id)@\($0.version)" } }

  /// The framework named by `name` (`id` for the newest version, or `id@version`), or `nil`.
  public func framework(named name: String) -> Framework? {
    let parts = name.split(separator: "@", maxSplits: 1).map(String.init)
    let matches = all.filter { $0.id == parts.first }
    if parts.count == 2 { return matches.first { $0.version == parts[1] } }
    return matches.max { $0.version.versionPrecedes($1.version) }
  }

  /// The concept catalogs, compiled.
  public var conceptDocuments: [ConceptCatalogDocument] {
    conceptCatalogs.map { ConceptCatalogCompiler.compile($0).document }
  }

  /// The compiled catalog `document` names, if this catalog knows it.
  public func conceptDocument(for document: FrameworkDocument) -> ConceptCatalogDocument? {
    guard let reference = document.conceptCatalog else { return nil }
    return conceptCatalogs.first {
      $0.id == reference.id && $0.version == reference.version
    }.map { ConceptCatalogCompiler.compile($0).document }
  }
}
