/// Streams the rows of one sheet of an ``XLSXWorkbook``, each with its non-empty cells.
///
/// Rows and cells come in sheet order; a row or cell without its `r` reference follows the
/// one before it. A row or cell out of order, a reference outside the sheet, a shared
/// string index out of range, or a formula with no saved value is an ``XLSXError`` naming
/// the cell. Empty cells (no value, or an empty string) are left out of ``XLSXRow/cells``.
///
/// ```swift
/// var rows = try workbook.rows(of: sheet)
/// while let row = try rows.next() {
///   for cell in row.cells { print(cell.reference, cell.text) }   // D17 yes
/// }
/// ```
public struct XLSXRowReader {
  private var scanner: XMLScanner<ZipXMLInput>
  private let part: String
  private let sharedStrings: [String]
  private let formats: XLSXNumberFormats
  private var inSheetData = false
  private var finished = false
  private var lastRow = 0

  init(
    scanner: XMLScanner<ZipXMLInput>, part: String, sharedStrings: [String],
    formats: XLSXNumberFormats
  ) {
    self.scanner = scanner
    self.part = part
    self.sharedStrings = sharedStrings
    self.formats = formats
  }

  /// The next row with at least one non-empty cell, or `nil` after the last.
  public mutating func next() throws(XLSXError) -> XLSXRow? {
    while !finished {
      do {
        guard let event = try scanner.next() else {
          finished = true
          break
        }
        switch event {
        case .start("sheetData", _): inSheetData = true
        case .end("sheetData"):
          inSheetData = false
          // The rest of the part is read too, so that its size and CRC-32 are checked.
          while try scanner.next() != nil {}
          finished = true
        case .start("row", let attributes) where inSheetData:
          let row = try readRow(attributes)
          if !row.cells.isEmpty { return row }
        default: break
        }
      } catch let error as XLSXError {
        finished = true
        throw error
      } catch let error as XMLError {
        finished = true
        throw XLSXError(part: part, "not well-formed XML: \(error)")
      } catch {
        finished = true
        throw XLSXError(part: part, "\(error)")
      }
    }
    return nil
  }

  private mutating func readRow(_ attributes: [XMLAttribute]) throws -> XLSXRow {
    var number = lastRow + 1
    if let text = attributes.value("r") {
      guard let value = Int(text), value >= 1, value <= XLSXCellReference.maxRows else {
        throw XLSXError(part: part, "row number '\(text)' is not a row of a sheet")
      }
      guard value > lastRow else {
        throw XLSXError(
          part: part, "row \(value) comes after row \(lastRow); rows must be in order")
      }
      number = value
    }
    lastRow = number
    var cells: [XLSXCell] = []
    var nextColumn = 0
    while let event = try scanner.next() {
      switch event {
      case .start("c", let attributes):
        var reference = XLSXCellReference(column: nextColumn, row: number)
        if let text = attributes.value("r") {
          guard let parsed = XLSXCellReference(text), parsed.row == number else {
            throw XLSXError(
              part: part, "cell reference '\(text)' is not a cell of row \(number)")
          }
          guard parsed.column >= nextColumn else {
            throw XLSXError(
              part: part, cell: text, "the cell comes after a cell to its right or itself")
          }
          reference = parsed
        }
        guard reference.column < XLSXCellReference.maxColumns else {
          throw XLSXError(part: part, "row \(number) has more than 16,384 cells")
        }
        nextColumn = reference.column + 1
        if let text = try readCell(attributes, reference: reference), !text.isEmpty {
          cells.append(XLSXCell(reference: reference, text: text))
        }
      case .end("row"):
        return XLSXRow(number: number, cells: cells)
      default: break
      }
    }
    throw XLSXError(part: part, "the sheet ends inside row \(number)")
  }

  /// The cell's text, or `nil` when it has no value.
  private mutating func readCell(_ attributes: [XMLAttribute], reference: XLSXCellReference)
    throws -> String?
  {
    let type = attributes.value("t") ?? "n"
    let style = attributes.value("s").flatMap { Int($0) } ?? 0
    var value: String?
    var inline: String?
    var hasFormula = false
    var inValue = false
    var inInlineText = false
    while let event = try scanner.next() {
      switch event {
      case .start("v", _):
        inValue = true
        value = value ?? ""
      case .end("v"): inValue = false
      case .start("f", _): hasFormula = true
      case .start("is", _): inline = inline ?? ""
      case .start("t", _): inInlineText = inline != nil
      case .end("t"): inInlineText = false
      case .start("rPh", _): try scanner.skipElement()
      case .text(let text):
        if inValue { value = (value ?? "") + text }
        if inInlineText { inline = (inline ?? "") + text }
      case .end("c"):
        return try text(
          type: type, value: value, inline: inline, style: style, hasFormula: hasFormula,
          reference: reference)
      default: break
      }
    }
    throw XLSXError(part: part, cell: reference.description, "the sheet ends inside the cell")
  }

  private func text(
    type: String, value: String?, inline: String?, style: Int, hasFormula: Bool,
    reference: XLSXCellReference
  ) throws(XLSXError) -> String? {
    if type == "inlineStr" { return inline ?? value }
    guard let value else {
      if hasFormula {
        throw XLSXError(
          part: part, cell: reference.description,
          "the cell holds a formula with no saved value; open the workbook in a spreadsheet "
            + "program and save it, so that its values are calculated")
      }
      return nil
    }
    switch type {
    case "s":
      guard let index = Int(value.trimmingSpaces), index >= 0, index < sharedStrings.count else {
        throw XLSXError(
          part: part, cell: reference.description,
          "the cell refers to shared string \(value), which the workbook does not have")
      }
      return sharedStrings[index]
    case "str", "e": return value
    case "b": return value.trimmingSpaces == "1" ? "TRUE" : "FALSE"
    case "d": return value
    default: return formats.text(ofNumber: value.trimmingSpaces, style: style)
    }
  }
}

extension String {
  /// The string without spaces around it (as XML may leave around a number).
  fileprivate var trimmingSpaces: String {
    let trimmed = drop { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
    return String(
      trimmed.reversed().drop { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }.reversed())
  }
}
