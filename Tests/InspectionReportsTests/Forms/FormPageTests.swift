import Foundation
import InspectionEvaluator
import InspectionSchema
import InspectionSupport
import Testing

@testable import InspectionReports

/// The plan of a catalog framework.
func formPlan(_ id: String) throws -> ScoringPlan {
  let (document, fingerprint) = try Fixtures.framework(id)
  return try ScoringPlan(document, fingerprint: fingerprint)
}

@Suite struct FormPageTests {
  @Test func theDemonstrationPageMatchesItsSnapshot() throws {
    let html = FormPage.render(
      FormModel(plan: try formPlan("DEMO")), generator: "InspectionKit 0.0.0-test")
    assertSnapshot(html, named: "DEMO-form.html")
  }

  @Test func thePageIsSelfContainedAndDeterministic() throws {
    let model = FormModel(plan: try formPlan("OMI2"))
    let html = FormPage.render(model)
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">"))
    #expect(!html.contains("src="))
    #expect(!html.contains("<link"))
    #expect(!html.contains("http://") && !html.contains("https://"))
    #expect(!html.contains("fetch(") && !html.contains("XMLHttpRequest"))
    // Exactly the two scripts end where they should: nothing in the data ends one early.
    #expect(html.components(separatedBy: "</script>").count == 3)
    #expect(html == FormPage.render(model))
  }

  @Test func everyQuestionIsAGroupWithItsOptionsLabelledAndItsReason() throws {
    let plan = try formPlan("DEMO")
    let html = FormPage.render(FormModel(plan: plan))
    for (index, planned) in plan.questions.enumerated() {
      #expect(html.contains("<fieldset class=\"question\" id=\"q-\(index)\""))
      for (option, answer) in planned.scale.options.enumerated() {
        #expect(html.contains("id=\"q-\(index)-\(option)\" value=\"\(answer.code)\">"))
      }
    }
    #expect(html.contains("Does not apply to this case: asked only when case_type is licence."))
    #expect(html.contains("<label for=\"attr-1\">Risk of Harm level</label>"))
  }

  @Test func theModelCarriesTheCompiledConditions() throws {
    let plan = try formPlan("DEMO")
    let json = CanonicalJSON.compact(FormModel(plan: plan).json)
    let model = try JSONParser.parse(Array(json.utf8)).root
    let questions = try #require(model.objectValue?["questions"]?.arrayValue)
    #expect(questions.count == plan.questions.count)
    func when(_ id: String) -> String? {
      questions.first { $0.objectValue?["id"]?.stringValue == id }
        .flatMap { $0.objectValue?["when"] }.map(CanonicalJSON.compact)
    }
    // 2.2.b: the answer to 2.2.a (question 6) is yes, and case_type (attribute 0) is not custody.
    #expect(when("2.2.b") == #"["all",[["q",6,["yes"]],["not",["a",0,["custody"]]]]]"#)
    #expect(when("1.1.a") == "null")
    #expect(when("2.2.c") == #"["any",[["a",1,["medium"]],["a",1,["high"]]]]"#)
  }

  @Test func declaredMetadataGetsItsOwnLabelledInputs() throws {
    let html = FormPage.render(FormModel(plan: try formPlan("DEMO"), metadata: ["inspector"]))
    #expect(html.contains("<label for=\"meta-0\">inspector</label>"))
    #expect(html.contains(#""metadata":["inspector"]"#))
  }
}

@Suite struct FormWorkbookTests {
  /// Every part of the workbook, decompressed, one after another: a reviewable golden file.
  static func dump(_ bytes: [UInt8]) throws -> String {
    let archive = try ZipArchive(bytes: bytes)
    return try archive.entries.map { entry in
      "== \(entry.name)\n"
        + String(decoding: try archive.contents(of: entry.name, limit: 1 << 24), as: UTF8.self)
    }.joined(separator: "\n") + "\n"
  }

  @Test func theDemonstrationWorkbookMatchesItsSnapshot() throws {
    let bytes = FormWorkbook.render(
      FormModel(plan: try formPlan("DEMO")), generator: "InspectionKit 0.0.0-test")
    assertSnapshot(try Self.dump(bytes), named: "DEMO-form-workbook.txt")
    #expect(
      FormWorkbook.render(
        FormModel(plan: try formPlan("DEMO")), generator: "InspectionKit 0.0.0-test") == bytes)
  }

  @Test func theCasesSheetHasTheSampleColumnsAndReadsAsAnEmptySample() throws {
    let plan = try formPlan("OMI2")
    let bytes = FormWorkbook.render(FormModel(plan: plan, metadata: ["team"]))
    let workbook = try XLSXWorkbook(bytes: bytes)
    #expect(workbook.sheets.map(\.name) == ["Cases", "Questions", "Read me"])
    var rows = try workbook.rows(of: try #require(workbook.firstSheet))
    let header = try #require(try rows.next()).cells.map(\.text)
    #expect(
      header == ["case"] + plan.attributes.map(\.id) + ["team"] + plan.questions.map(\.question.id)
        + ["excluded"])
    #expect(try rows.next() == nil)
    var reader = try XLSXSampleReader(
      bytes: bytes, plan: plan, displayName: "form.xlsx",
      options: SampleReadOptions(metadata: ["team"]))
    let evaluation = Evaluator.evaluate(plan: plan, reader: &reader)
    #expect(!evaluation.failed)
    #expect(evaluation.result.warnings.contains { $0.code == "IK0213" })
  }

  @Test func listsTooLongToWriteInlineGoToAHiddenSheet() throws {
    let values = (0..<60).map { "value-\($0)" }
    let document = FrameworkDocument(
      id: "LONG", version: "1", title: "Long lists",
      attributes: [FrameworkDocument.CaseAttribute(id: "area", title: "Area", values: values)],
      scales: [.yesNo],
      sections: [
        FrameworkDocument.Section(
          id: "1", title: "S",
          criteria: [
            FrameworkDocument.Criterion(
              id: "1.1", title: "C",
              questions: [FrameworkDocument.Question(id: "1.1.a", text: "Q?")])
          ])
      ])
    let plan = try ScoringPlan(document, fingerprint: "sha256:test")
    let workbook = try XLSXWorkbook(bytes: FormWorkbook.render(FormModel(plan: plan)))
    let lists = try #require(workbook.sheets.first { $0.name == "Lists" })
    #expect(!lists.isVisible)
    let dump = try Self.dump(FormWorkbook.render(FormModel(plan: plan)))
    #expect(dump.contains("<formula1>Lists!$A$1:$A$60</formula1>"))
    #expect(dump.contains(#"<formula1>"yes,no,na"</formula1>"#))
  }
}
