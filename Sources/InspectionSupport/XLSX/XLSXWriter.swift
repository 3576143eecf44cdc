/// Writes a workbook (Office Open XML, `.xlsx`) of text cells, deterministically: the same
/// sheets always give the same bytes (no timestamps, no document properties, parts and
/// strings in a fixed order).
///
/// What the sheets ask for is written: bold header rows, frozen panes, column widths,
/// wrapped text, text-formatted cells, drop-down lists and input messages
/// (``XLSXDataValidation``), hidden sheets. Cell text goes to the shared strings table, in
/// order of first use. Lengths Excel refuses are cut to fit (a cell's 32,767 characters, a
/// prompt's 255, a title's 32), with `…` where text was cut.
///
/// ```swift
/// let bytes = XLSXWriter.write([XLSXSheetContent(name: "Cases", rows: [["case"], ["A"]])])
/// ```
public enum XLSXWriter {
  /// The package of `sheets`, in tab order (the first is the one shown on opening).
  public static func write(_ sheets: [XLSXSheetContent]) -> [UInt8] {
    var strings = SharedStrings()
    let sheetXML = sheets.enumerated().map { index, sheet in
      worksheet(sheet, selected: index == 0, strings: &strings)
    }
    var zip = ZipWriter()
    zip.add("[Content_Types].xml", Array(contentTypes(sheetCount: sheets.count).utf8))
    zip.add("_rels/.rels", Array(packageRelationships.utf8))
    zip.add("xl/workbook.xml", Array(workbook(sheets).utf8))
    zip.add(
      "xl/_rels/workbook.xml.rels", Array(workbookRelationships(sheetCount: sheets.count).utf8))
    zip.add("xl/styles.xml", Array(styles.utf8))
    zip.add("xl/sharedStrings.xml", Array(strings.xml.utf8))
    for (index, xml) in sheetXML.enumerated() {
      zip.add("xl/worksheets/sheet\(index + 1).xml", Array(xml.utf8))
    }
    return zip.finish()
  }

  // MARK: Package parts

  private static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  private static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  private static let relationshipTypes =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

  private static func contentTypes(sheetCount: Int) -> String {
    let type = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    var xml = declaration
    xml += "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    xml += "<Default Extension=\"rels\" "
    xml += "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    xml += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    xml += "<Override PartName=\"/xl/workbook.xml\" ContentType=\"\(type).sheet.main+xml\"/>"
    for index in 0..<sheetCount {
      xml += "<Override PartName=\"/xl/worksheets/sheet\(index + 1).xml\" "
      xml += "ContentType=\"\(type).worksheet+xml\"/>"
    }
    xml += "<Override PartName=\"/xl/styles.xml\" ContentType=\"\(type).styles+xml\"/>"
    xml += "<Override PartName=\"/xl/sharedStrings.xml\" "
    xml += "ContentType=\"\(type).sharedStrings+xml\"/>"
    xml += "</Types>"
    return xml
  }

  private static var packageRelationships: String {
    declaration
      + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      + "<Relationship Id=\"rId1\" Type=\"\(relationshipTypes)/officeDocument\" "
      + "Target=\"xl/workbook.xml\"/></Relationships>"
  }

  private static func workbook(_ sheets: [XLSXSheetContent]) -> String {
    var xml = declaration
    xml += "<workbook xmlns=\"\(main)\" xmlns:r=\"\(relationshipTypes)\">"
    xml += "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>"
    for (index, sheet) in sheets.enumerated() {
      xml += "<sheet name=\"\(XMLText.escapeAttribute(sheetName(sheet.name)))\" "
      xml += "sheetId=\"\(index + 1)\"\(sheet.hidden ? " state=\"hidden\"" : "") "
      xml += "r:id=\"rId\(index + 1)\"/>"
    }
    xml += "</sheets></workbook>"
    return xml
  }

  private static func workbookRelationships(sheetCount: Int) -> String {
    var xml = declaration
    xml += "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    for index in 0..<sheetCount {
      xml += "<Relationship Id=\"rId\(index + 1)\" Type=\"\(relationshipTypes)/worksheet\" "
      xml += "Target=\"worksheets/sheet\(index + 1).xml\"/>"
    }
    xml += "<Relationship Id=\"rId\(sheetCount + 1)\" Type=\"\(relationshipTypes)/styles\" "
    xml += "Target=\"styles.xml\"/>"
    xml += "<Relationship Id=\"rId\(sheetCount + 2)\" Type=\"\(relationshipTypes)/sharedStrings\" "
    xml += "Target=\"sharedStrings.xml\"/>"
    xml += "</Relationships>"
    return xml
  }

  /// Cell styles (`cellXfs`): 0 normal, 1 bold, 2 wrapped at the top, 3 bold wrapped at the
  /// top, 4 text (`@`), 5 bold text.
  private static var styles: String {
    declaration + "<styleSheet xmlns=\"\(main)\">"
      + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
      + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
      + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
      + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
      + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
      + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>"
      + "</cellStyleXfs><cellXfs count=\"6\">"
      + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
      + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
      + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
      + "applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>"
      + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" "
      + "applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>"
      + "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
      + "applyNumberFormat=\"1\"/>"
      + "<xf numFmtId=\"49\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
      + "applyNumberFormat=\"1\" applyFont=\"1\"/>"
      + "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>"
      + "</cellStyles></styleSheet>"
  }

  // MARK: Worksheets

  private static func worksheet(
    _ sheet: XLSXSheetContent, selected: Bool, strings: inout SharedStrings
  ) -> String {
    let baseStyle = sheet.wrapText ? 2 : sheet.textFormat ? 4 : 0
    var xml = declaration
    xml += "<worksheet xmlns=\"\(main)\" xmlns:r=\"\(relationshipTypes)\">"
    xml += "<sheetViews><sheetView workbookViewId=\"0\"\(selected ? " tabSelected=\"1\"" : "")>"
    if sheet.frozenRows > 0 || sheet.frozenColumns > 0 {
      let topLeft = XLSXCellReference(column: sheet.frozenColumns, row: sheet.frozenRows + 1)
      let pane =
        sheet.frozenRows > 0 && sheet.frozenColumns > 0
        ? "bottomRight" : sheet.frozenRows > 0 ? "bottomLeft" : "topRight"
      xml += "<pane"
      if sheet.frozenColumns > 0 { xml += " xSplit=\"\(sheet.frozenColumns)\"" }
      if sheet.frozenRows > 0 { xml += " ySplit=\"\(sheet.frozenRows)\"" }
      xml += " topLeftCell=\"\(topLeft)\" activePane=\"\(pane)\" state=\"frozen\"/>"
      xml += "<selection pane=\"\(pane)\" activeCell=\"\(topLeft)\" sqref=\"\(topLeft)\"/>"
    }
    xml += "</sheetView></sheetViews>"
    let columnCount = max(sheet.columnWidths.count, sheet.rows.map(\.count).max() ?? 0)
    if columnCount > 0 && (baseStyle != 0 || sheet.columnWidths.contains { $0 != nil }) {
      xml += "<cols>"
      for column in 0..<columnCount {
        let width = column < sheet.columnWidths.count ? sheet.columnWidths[column] : nil
        xml += "<col min=\"\(column + 1)\" max=\"\(column + 1)\""
        if let width {
          xml += " width=\"\(XLSXNumberFormats.numberText(width))\" customWidth=\"1\""
        }
        if baseStyle != 0 { xml += " style=\"\(baseStyle)\"" }
        xml += "/>"
      }
      xml += "</cols>"
    }
    xml += "<sheetData>"
    for (rowIndex, row) in sheet.rows.enumerated() {
      let bold = rowIndex < sheet.boldRows
      let style = baseStyle + (bold ? 1 : 0)
      xml += "<row r=\"\(rowIndex + 1)\">"
      for (column, text) in row.enumerated() {
        guard let text, !text.isEmpty else { continue }
        let reference = XLSXCellReference(column: column, row: rowIndex + 1)
        if !bold, sheet.numberColumns.contains(column), isPlainNumber(text) {
          xml += "<c r=\"\(reference)\"\(style != 0 ? " s=\"\(style)\"" : "")><v>\(text)</v></c>"
          continue
        }
        let index = strings.index(of: cut(text, to: 32_767))
        xml +=
          "<c r=\"\(reference)\"\(style != 0 ? " s=\"\(style)\"" : "") t=\"s\"><v>\(index)</v></c>"
      }
      xml += "</row>"
    }
    xml += "</sheetData>"
    if !sheet.validations.isEmpty {
      xml += "<dataValidations count=\"\(sheet.validations.count)\">"
      for validation in sheet.validations { xml += dataValidation(validation) }
      xml += "</dataValidations>"
    }
    xml += "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" "
    xml += "footer=\"0.3\"/></worksheet>"
    return xml
  }

  private static func dataValidation(_ validation: XLSXDataValidation) -> String {
    let column = XLSXCellReference.columnName(validation.column)
    var xml = "<dataValidation"
    switch validation.source {
    case .any: break
    case .values, .range: xml += " type=\"list\""
    }
    xml += " allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\""
    if let title = validation.errorTitle { xml += attribute("errorTitle", cut(title, to: 32)) }
    if let error = validation.error { xml += attribute("error", cut(error, to: 225)) }
    if let title = validation.promptTitle { xml += attribute("promptTitle", cut(title, to: 32)) }
    if let prompt = validation.prompt { xml += attribute("prompt", cut(prompt, to: 255)) }
    xml += " sqref=\"\(column)\(validation.firstRow):\(column)\(XLSXCellReference.maxRows)\">"
    switch validation.source {
    case .any: break
    case .values(let values):
      xml += "<formula1>\(XMLText.escape("\"" + values.joined(separator: ",") + "\""))</formula1>"
    case .range(let range):
      xml += "<formula1>\(XMLText.escape(range))</formula1>"
    }
    xml += "</dataValidation>"
    return xml
  }

  private static func attribute(_ name: String, _ value: String) -> String {
    " \(name)=\"\(XMLText.escapeAttribute(value))\""
  }

  /// `text` cut to at most `limit` UTF-16 units (what Excel counts), ending with `…` if cut.
  /// Whether `text` is a decimal number as JSON writes one (`-`, digits, an optional fraction
  /// and exponent) of at most 24 characters: what a cell of a ``XLSXSheetContent/numberColumns``
  /// column is written as a number for.
  public static func isPlainNumber(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard !bytes.isEmpty, bytes.count <= 24 else { return false }
    var index = 0
    func digits() -> Int {
      let start = index
      while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
      return index - start
    }
    if bytes[index] == UInt8(ascii: "-") { index += 1 }
    guard digits() > 0 else { return false }
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      index += 1
      guard digits() > 0 else { return false }
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
      index += 1
      if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+")
      {
        index += 1
      }
      guard digits() > 0 else { return false }
    }
    return index == bytes.count
  }

  static func cut(_ text: String, to limit: Int) -> String {
    guard text.utf16.count > limit else { return text }
    var result = ""
    var count = 0
    for character in text {
      let units = character.utf16.count
      if count + units > limit - 1 { break }
      result.append(character)
      count += units
    }
    return result + "…"
  }

  /// A sheet name Excel accepts: at most 31 characters, none of `: \ / ? * [ ]`.
  static func sheetName(_ name: String) -> String {
    let cleaned = String(name.map { ":\\/?*[]".contains($0) ? "_" : $0 })
    return String(cleaned.prefix(31))
  }

  /// The shared strings table, in order of first use.
  private struct SharedStrings {
    private var indexes: [String: Int] = [:]
    private var strings: [String] = []
    private var uses = 0

    mutating func index(of text: String) -> Int {
      uses += 1
      if let index = indexes[text] { return index }
      indexes[text] = strings.count
      strings.append(text)
      return strings.count - 1
    }

    var xml: String {
      var xml = XLSXWriter.declaration
      xml += "<sst xmlns=\"\(XLSXWriter.main)\" count=\"\(uses)\" uniqueCount=\"\(strings.count)\">"
      for text in strings {
        let preserve =
          text.first?.isWhitespace == true || text.last?.isWhitespace == true || text.contains("\n")
        xml += preserve ? "<si><t xml:space=\"preserve\">" : "<si><t>"
        xml += XMLText.escape(text) + "</t></si>"
      }
      xml += "</sst>"
      return xml
    }
  }
}
