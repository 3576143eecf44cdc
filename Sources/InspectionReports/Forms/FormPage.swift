import InspectionEvaluator
import InspectionSchema
import InspectionSupport

/// The case entry page of a framework (`inspect form <framework> --format html`): one
/// self-contained HTML file, with its style and script inline and nothing fetched, in which
/// an inspector records cases one at a time and exports them as a sample `inspect score`
/// reads.
///
/// The page holds the case's id, attributes (and any declared case metadata), then every
/// question by section and criterion with its text, guidance and the scale's options. Its
/// script (``FormPageScript``) decides which questions apply from the ``FormModel`` — the
/// framework's applicability as the evaluator compiled it — and hides the others (or shows
/// them greyed, with the reason); refuses to save a case with a relevant question unanswered
/// unless it is marked incomplete; lists the cases entered with their completeness; exports
/// and imports CSV and JSON samples; keeps the work in the browser's storage and warns before
/// the page is left with changes not exported.
///
/// ```swift
/// let html = FormPage.render(FormModel(plan: plan), generator: "InspectionKit 0.1.0")
/// ```
public enum FormPage {
  /// The page for `model`, starting with `<!DOCTYPE html>` and ending in a newline;
  /// `generator` is recorded in a `<meta name="generator">`.
  public static func render(_ model: FormModel, generator: String? = nil) -> String {
    let document = model.plan.document
    let title = "\(document.id) \(document.version): case entry"
    var head =
      "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, "
      + "initial-scale=1\">\n"
    if let generator {
      head += "<meta name=\"generator\" content=\"\(Markup.escape(generator, quotes: true))\">\n"
    }
    head += "<title>\(Markup.escape(title, quotes: false))</title>\n"
    head += "<style>\(FormPageStyle.css)</style>\n"
    let body = Markup.element(
      "body", [:],
      [
        .element("a", ["class": "skip", "href": "#case-form"], [.text("Skip to the case form")]),
        header(document, fingerprint: model.plan.fingerprint),
        .element("main", [:], [casesPanel(), caseForm(model)]),
      ])
    // JSON in a script element: "</" is written "<\\/" so that no text can end the element.
    let json = CanonicalJSON.compact(model.json).replacingOccurrences(of: "</", with: "<\\/")
    var page = "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n"
    page += head
    page += "</head>\n"
    page += body.rendered()
    page += "\n<script type=\"application/json\" id=\"form-model\">"
    page += json
    page += "</script>\n<script>"
    page += FormPageScript.javaScript
    page += "</script>\n</html>\n"
    return page
  }

  private static func header(_ document: FrameworkDocument, fingerprint: String) -> Markup {
    .element(
      "header", ["class": "page"],
      [
        .element("h1", [:], [.text("\(document.id) \(document.version): \(document.title)")]),
        .element(
          "p", [:],
          [
            .text("Case entry. Record each case, then export the sample for inspect score. "),
            .element("span", ["class": "fingerprint"], [.text("Framework \(fingerprint)")]),
          ]),
      ])
  }

  private static func casesPanel() -> Markup {
    .element(
      "section", ["id": "cases-panel", "aria-labelledby": "cases-heading"],
      [
        .element("h2", ["id": "cases-heading"], [.text("Cases entered")]),
        .element("div", ["id": "status", "role": "status", "aria-live": "polite"]),
        .element("div", ["id": "import-report", "class": "report", "hidden": "hidden"]),
        .element("p", ["id": "cases-summary"], [.text("No cases yet.")]),
        .element(
          "div", ["class": "toolbar"],
          [
            .element("button", ["type": "button", "id": "new-case"], [.text("New case")]),
            .element(
              "label", ["class": "button file", "for": "import"],
              [
                .text("Import CSV or JSON…")
              ]),
            .element(
              "input",
              [
                "type": "file", "id": "import", "class": "visually-hidden",
                "accept": ".csv,.json,.txt,text/csv,application/json",
              ]),
            .element("button", ["type": "button", "id": "export-csv"], [.text("Export CSV")]),
            .element("button", ["type": "button", "id": "export-json"], [.text("Export JSON")]),
            .element(
              "button", ["type": "button", "id": "clear-all", "class": "danger"],
              [
                .text("Remove all cases")
              ]),
          ]),
        .element(
          "table", ["id": "case-list"],
          [
            .element("caption", ["class": "visually-hidden"], [.text("Cases entered")]),
            .element(
              "thead", [:],
              [
                .element(
                  "tr", [:],
                  [
                    .element("th", ["scope": "col"], [.text("Case")]),
                    .element("th", ["scope": "col"], [.text("Status")]),
                    .element("th", ["scope": "col", "class": "num"], [.text("Answered")]),
                    .element(
                      "th", ["scope": "col"],
                      [
                        .element("span", ["class": "visually-hidden"], [.text("Actions")])
                      ]),
                  ])
              ]),
            .element("tbody", [:]),
          ]),
      ])
  }

  private static func caseForm(_ model: FormModel) -> Markup {
    let plan = model.plan
    var facts: [Markup] = [
      .element("legend", [:], [.text("The case")]),
      field(
        id: "case-id", label: "Case id", hint: "As in the case file; unique in the sample.",
        control: .element(
          "input",
          [
            "type": "text", "id": "case-id", "autocomplete": "off", "spellcheck": "false",
            "aria-describedby": "case-id-hint",
          ])),
    ]
    for (index, attribute) in plan.attributes.enumerated() {
      let options: [Markup] =
        [.element("option", ["value": ""], [.text("Choose…")])]
        + attribute.values.map { .element("option", attributes: [("value", $0)], [.text($0)]) }
      facts.append(
        field(
          id: "attr-\(index)", label: attribute.title, hint: "Column \(attribute.id)",
          control: .element(
            "select",
            attributes: [
              ("id", "attr-\(index)"), ("data-attribute", String(index)),
              ("aria-describedby", "attr-\(index)-hint"),
            ], options)))
    }
    for (index, name) in model.metadata.enumerated() {
      facts.append(
        field(
          id: "meta-\(index)", label: name, hint: "Case metadata: recorded, not scored.",
          control: .element(
            "input",
            attributes: [
              ("type", "text"), ("id", "meta-\(index)"), ("autocomplete", "off"),
              ("aria-describedby", "meta-\(index)-hint"),
            ])))
    }
    facts.append(
      .element(
        "div", ["class": "field checkbox"],
        [
          .element("input", ["type": "checkbox", "id": "excluded"]),
          .element("label", ["for": "excluded"], [.text("Leave this case out of the scores")]),
        ]))
    facts.append(
      .element(
        "div", ["class": "field", "id": "excluded-field", "hidden": "hidden"],
        [
          .element("label", ["for": "excluded-reason"], [.text("Why the case is left out")]),
          .element("input", ["type": "text", "id": "excluded-reason", "autocomplete": "off"]),
        ]))

    var children: [Markup] = [
      .element("h2", ["id": "form-heading"], [.text("New case")]),
      .element(
        "div",
        [
          "id": "errors", "class": "error-summary", "tabindex": "-1", "hidden": "hidden",
          "aria-labelledby": "errors-heading",
        ],
        [
          .element("h3", ["id": "errors-heading"], [.text("The case cannot be saved yet")]),
          .element("ul", [:]),
        ]),
      .element("fieldset", ["class": "case-facts"], facts),
      .element("p", ["id": "progress", "class": "progress"]),
      .element(
        "div", ["class": "field checkbox"],
        [
          .element("input", ["type": "checkbox", "id": "show-all"]),
          .element(
            "label", ["for": "show-all"],
            [
              .text("Show the questions that do not apply to this case")
            ]),
        ]),
    ]
    var position = 0
    for section in plan.document.sections {
      var criteria: [Markup] = []
      for criterion in section.criteria where !criterion.questions.isEmpty {
        var questions: [Markup] = []
        for question in criterion.questions {
          questions.append(questionMarkup(question, index: position, plan: plan))
          position += 1
        }
        criteria.append(
          .element(
            "div", ["class": "criterion"],
            [.element("h4", [:], [.text("\(criterion.id) \(criterion.title)")])] + questions))
      }
      guard !criteria.isEmpty else { continue }
      children.append(
        .element(
          "section", ["class": "framework-section"],
          [.element("h3", [:], [.text("Section \(section.id): \(section.title)")])] + criteria))
    }
    children.append(
      .element(
        "div", ["class": "actions"],
        [
          .element(
            "div", ["class": "field checkbox"],
            [
              .element("input", ["type": "checkbox", "id": "incomplete"]),
              .element(
                "label", ["for": "incomplete"],
                [
                  .text("Save with questions unanswered (incomplete)")
                ]),
            ]),
          .element(
            "button", ["type": "submit", "id": "save-case", "class": "primary"],
            [
              .text("Save case")
            ]),
          .element("button", ["type": "button", "id": "discard"], [.text("Discard changes")]),
        ]))
    return .element(
      "form", ["id": "case-form", "novalidate": "novalidate", "aria-labelledby": "form-heading"],
      children)
  }

  private static func field(id: String, label: String, hint: String, control: Markup) -> Markup {
    .element(
      "div", ["class": "field"],
      [
        .element("label", attributes: [("for", id)], [.text(label)]),
        .element("span", attributes: [("class", "hint"), ("id", "\(id)-hint")], [.text(hint)]),
        control,
      ])
  }

  private static func questionMarkup(
    _ question: FrameworkDocument.Question, index: Int, plan: ScoringPlan
  ) -> Markup {
    let scale = plan.questions[index].scale
    var described = ["q-\(index)-na"]
    var children: [Markup] = [
      .element(
        "legend", [:],
        [
          .element("span", ["class": "qid"], [.text(question.id)]),
          .text(question.text),
        ])
    ]
    if let guidance = question.guidance, !guidance.isEmpty {
      children.append(
        .element(
          "p", attributes: [("class", "guidance"), ("id", "q-\(index)-guidance")],
          [
            .text(guidance)
          ]))
      described.insert("q-\(index)-guidance", at: 0)
    }
    children.append(
      .element(
        "p", attributes: [("class", "na-reason"), ("id", "q-\(index)-na")],
        [
          .text(
            // Its condition in effect: its own with its section's and criterion's, the one
            // rule the page's script and the evaluator apply.
            plan.questions[index].applicabilityInEffect.map {
              "Does not apply to this case: asked only when \($0.explanation)."
            }
              ?? "")
        ]))
    let options = scale.options.enumerated().map { optionIndex, option -> Markup in
      var label: [Markup] = [
        .element(
          "input",
          attributes: [
            ("type", "radio"), ("name", "q-\(index)"), ("id", "q-\(index)-\(optionIndex)"),
            ("value", option.code),
          ]),
        .element("span", [:], [.text(option.label)]),
      ]
      if option.label.lowercased() != option.code.lowercased() {
        label.append(.element("span", ["class": "code"], [.text(option.code)]))
      }
      return .element("label", ["class": "option"], label)
    }
    children.append(.element("div", ["class": "options"], options))
    children.append(
      .element(
        "button",
        attributes: [
          ("type", "button"), ("class", "clear-answer"), ("data-question", String(index)),
          ("aria-label", "Clear the answer to \(question.id)"),
        ], [.text("Clear answer")]))
    return .element(
      "fieldset",
      attributes: [
        ("class", "question"), ("id", "q-\(index)"), ("data-question", String(index)),
        ("aria-describedby", described.joined(separator: " ")),
      ], children)
  }
}
