/// A spreadsheet workbook (Office Open XML, `.xlsx`) opened for reading its cell values.
///
/// Opening reads the package's relationships, the workbook's list of sheets, the shared
/// strings and the number formats; a sheet's rows are then streamed by an
/// ``XLSXRowReader``, so memory holds the shared strings and one row, not the sheet. The zip
/// container is read by ``ZipArchive`` (refusing hostile archives), every XML part by
/// ``XMLScanner`` (refusing DTDs), and each part is limited in size (``Limits``).
///
/// Cells are read as the text a user sees in them, for the values a sample holds: strings
/// (shared, inline or computed by a formula), numbers in their shortest decimal form
/// (`42`, `0.5`), dates and times as ISO 8601 (`2010-03-01`), booleans as `TRUE` and
/// `FALSE`, and error values as written (`#N/A`).
///
/// ```swift
/// let workbook = try XLSXWorkbook(bytes: fileBytes)
/// var rows = try workbook.rows(of: workbook.sheets[0])
/// while let row = try rows.next() { print(row.number, row.cells.map(\.text)) }
/// ```
public struct XLSXWorkbook: Sendable {
  /// How much a workbook's parts may hold before it is refused.
  public struct Limits: Sendable, Hashable {
    /// The most bytes a sheet's XML may expand to (streamed, so this bounds time, not memory).
    public var maxSheetBytes: Int
    /// The most bytes any other part (workbook, shared strings, styles) may expand to.
    public var maxPartBytes: Int
    /// The most shared strings.
    public var maxSharedStrings: Int

    /// Limits of 4 GiB a sheet, 256 MiB another part and 4,000,000 shared strings.
    public init(
      maxSheetBytes: Int = 1 << 32, maxPartBytes: Int = 256 << 20,
      maxSharedStrings: Int = 4_000_000
    ) {
      self.maxSheetBytes = maxSheetBytes
      self.maxPartBytes = maxPartBytes
      self.maxSharedStrings = maxSharedStrings
    }
  }

  /// A sheet of the workbook.
  public struct Sheet: Sendable, Hashable {
    /// The sheet's name, as on its tab.
    public var name: String
    /// Its part in the package (`xl/worksheets/sheet1.xml`).
    public var part: String
    /// Whether the sheet is shown (not hidden or very hidden).
    public var isVisible: Bool
  }

  /// The worksheets, in the workbook's order (chart sheets and other kinds are not listed).
  public let sheets: [Sheet]
  let archive: ZipArchive
  let sharedStrings: [String]
  let formats: XLSXNumberFormats
  let limits: Limits

  /// Opens the workbook in `bytes` (the contents of an `.xlsx` file).
  public init(bytes: [UInt8], limits: Limits = Limits()) throws(XLSXError) {
    let archive: ZipArchive
    do {
      archive = try ZipArchive(bytes: bytes)
    } catch {
      throw XLSXError("not a readable .xlsx workbook: \(error)")
    }
    self.archive = archive
    self.limits = limits
    let workbookPart =
      try Self.relationships(of: "", in: archive, limits: limits)
      .first { $0.type.hasSuffix("/officeDocument") }?.target ?? "xl/workbook.xml"
    guard archive.entry(named: workbookPart) != nil else {
      throw XLSXError(
        "not an .xlsx workbook: it has no \(workbookPart) (a file saved in another format?)")
    }
    let relationships = try Self.relationships(of: workbookPart, in: archive, limits: limits)
    var sheets: [Sheet] = []
    var date1904 = false
    try Self.scan(workbookPart, in: archive, limit: limits.maxPartBytes) {
      (event) throws(XMLError) in
      switch event {
      case .start("sheet", let attributes):
        guard let id = attributes.value("r:id") ?? attributes.value("id"),
          let relationship = relationships.first(where: { $0.id == id }),
          relationship.type.hasSuffix("/worksheet")
        else { return }
        sheets.append(
          Sheet(
            name: attributes.value("name") ?? "", part: relationship.target,
            isVisible: (attributes.value("state") ?? "visible") == "visible"))
      case .start("workbookPr", let attributes):
        date1904 = ["1", "true"].contains(attributes.value("date1904") ?? "")
      default: break
      }
    }
    self.sheets = sheets

    var strings: [String] = []
    if let part = relationships.first(where: { $0.type.hasSuffix("/sharedStrings") })?.target,
      archive.entry(named: part) != nil
    {
      strings = try Self.readSharedStrings(part, in: archive, limits: limits)
    }
    self.sharedStrings = strings

    var formats = XLSXNumberFormats()
    if let part = relationships.first(where: { $0.type.hasSuffix("/styles") })?.target,
      archive.entry(named: part) != nil
    {
      let bytes = try Self.contents(part, in: archive, limit: limits.maxPartBytes)
      do {
        formats = try XLSXNumberFormats(styles: bytes)
      } catch {
        throw XLSXError(part: part, "not well-formed XML: \(error)")
      }
    }
    formats.date1904 = date1904
    self.formats = formats
  }

  /// The sheet named `name` exactly, or else the only one named so ignoring case.
  public func sheet(named name: String) -> Sheet? {
    if let exact = sheets.first(where: { $0.name == name }) { return exact }
    let matches = sheets.filter { $0.name.lowercased() == name.lowercased() }
    return matches.count == 1 ? matches[0] : nil
  }

  /// The first visible sheet (the first sheet if all are hidden).
  public var firstSheet: Sheet? { sheets.first(where: \.isVisible) ?? sheets.first }

  /// A reader of `sheet`'s rows, from the first.
  public func rows(of sheet: Sheet) throws(XLSXError) -> XLSXRowReader {
    guard let entry = archive.entry(named: sheet.part) else {
      throw XLSXError(part: sheet.part, "the workbook lists sheet '\(sheet.name)' but lacks it")
    }
    do {
      let reader = try archive.reader(for: entry, limit: limits.maxSheetBytes)
      return XLSXRowReader(
        scanner: XMLScanner(ZipXMLInput(reader: reader)), part: sheet.part,
        sharedStrings: sharedStrings, formats: formats)
    } catch {
      throw XLSXError(part: sheet.part, "\(error)")
    }
  }

  // MARK: Parts

  /// A relationship of a part: its id, type and target part.
  struct Relationship: Sendable {
    var id: String
    var type: String
    var target: String
  }

  /// The relationships of `part` (`""`: the package's), with targets resolved to part names.
  static func relationships(of part: String, in archive: ZipArchive, limits: Limits)
    throws(XLSXError) -> [Relationship]
  {
    let directory = part.split(separator: "/").dropLast().joined(separator: "/")
    let name = part.split(separator: "/").last.map(String.init) ?? ""
    let relationshipsPart = (directory.isEmpty ? "" : directory + "/") + "_rels/\(name).rels"
    guard archive.entry(named: relationshipsPart) != nil else { return [] }
    var relationships: [Relationship] = []
    try scan(relationshipsPart, in: archive, limit: limits.maxPartBytes) {
      (event) throws(XMLError) in
      guard case .start("Relationship", let attributes) = event,
        attributes.value("TargetMode") != "External",
        let id = attributes.value("Id"), let type = attributes.value("Type"),
        let target = attributes.value("Target")
      else { return }
      relationships.append(
        Relationship(id: id, type: type, target: resolve(target, from: directory)))
    }
    return relationships
  }

  /// A relationship target as a part name: relative to `directory`, or absolute (`/xl/…`).
  static func resolve(_ target: String, from directory: String) -> String {
    var components: [Substring] =
      target.hasPrefix("/") ? [] : directory.split(separator: "/")
    for component in target.split(separator: "/") {
      switch component {
      case ".": continue
      case "..": _ = components.popLast()
      default: components.append(component)
      }
    }
    return components.joined(separator: "/")
  }

  static func contents(_ part: String, in archive: ZipArchive, limit: Int) throws(XLSXError)
    -> [UInt8]
  {
    do {
      return try archive.contents(of: part, limit: limit)
    } catch {
      throw XLSXError(part: part, "\(error.message)")
    }
  }

  /// Calls `body` with every event of `part`.
  static func scan(
    _ part: String, in archive: ZipArchive, limit: Int,
    _ body: (XMLEvent) throws(XMLError) -> Void
  ) throws(XLSXError) {
    let bytes = try contents(part, in: archive, limit: limit)
    var scanner = XMLScanner(XMLBytesInput(bytes))
    do {
      while let event = try scanner.next() { try body(event) }
    } catch {
      throw XLSXError(part: part, "not well-formed XML: \(error)")
    }
  }

  /// The shared strings: each `<si>`'s text, runs joined, phonetic guides left out.
  static func readSharedStrings(_ part: String, in archive: ZipArchive, limits: Limits)
    throws(XLSXError) -> [String]
  {
    guard let entry = archive.entry(named: part) else { return [] }
    let reader: ZipEntryReader
    do {
      reader = try archive.reader(for: entry, limit: limits.maxPartBytes)
    } catch {
      throw XLSXError(part: part, "\(error.message)")
    }
    var scanner = XMLScanner(ZipXMLInput(reader: reader))
    var strings: [String] = []
    var current = ""
    var inText = false
    do {
      while let event = try scanner.next() {
        switch event {
        case .start("si", _): current = ""
        case .end("si"):
          guard strings.count < limits.maxSharedStrings else {
            throw XMLError(
              offset: scanner.offset,
              "more than \(limits.maxSharedStrings) shared strings; at most that many are read")
          }
          strings.append(current)
        case .start("t", _): inText = true
        case .end("t"): inText = false
        case .start("rPh", _): try scanner.skipElement()
        case .text(let text) where inText: current += text
        default: break
        }
      }
    } catch {
      throw XLSXError(part: part, "\(error)")
    }
    return strings
  }
}
