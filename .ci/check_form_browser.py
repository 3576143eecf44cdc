"""The case entry page in a real browser (Chromium, headless, driven by the DevTools protocol).

    python3 .ci/check_form_browser.py INSPECT SAMPLE.csv WORKDIR [--screenshots DIR]

1. `inspect form OMI2` writes the page; Chromium loads it.
2. The first half of SAMPLE's cases are entered through the page's controls (a change event
   on each select, a click on each answer's radio button, a click on Save), and exported as
   CSV; the browser's storage is cleared; the export is imported through the file input, and
   the remaining cases are entered the same way, so that a half-done sample is continued.
   Every answer the sample gives must be to a question the page shows as applying.
3. The page's CSV and JSON exports must score (`inspect score --format json`) byte for byte
   as SAMPLE does.
4. Keyboard: a radio group is answered and the case saved with keys alone.
5. The page warns before it is left with changes not exported.
6. Every form control has an accessible name; at 375 px nothing is wider than the screen.
7. Screenshots at 1280 and 375 px, with one case half entered.
"""

import csv
import io
import json
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cdp import Browser  # noqa: E402


def fail(message):
    print(f"error: {message}", file=sys.stderr)
    sys.exit(1)


def run(*arguments):
    result = subprocess.run(arguments, capture_output=True, text=True)
    if result.returncode != 0:
        fail(f"{' '.join(arguments)} failed ({result.returncode}):\n{result.stderr}")
    return result.stdout


# Fills the form with one case, through its controls, and saves it. Returns what went wrong.
ENTER_CASE = """
(function (c) {
  function $(id) { return document.getElementById(id); }
  function set(element, value) {
    element.value = value;
    element.dispatchEvent(new Event("input", { bubbles: true }));
    element.dispatchEvent(new Event("change", { bubbles: true }));
  }
  $("new-case").click();
  set($("case-id"), c.id);
  var model = JSON.parse($("form-model").textContent), problems = [];
  model.attributes.forEach(function (a, i) { set($("attr-" + i), c.attributes[a.id] || ""); });
  model.metadata.forEach(function (m, i) { set($("meta-" + i), c.metadata[m] || ""); });
  model.questions.forEach(function (q, i) {
    var code = c.answers[q.id];
    if (!code) return;
    var radio = document.querySelector('input[name="q-' + i + '"][value="' + CSS.escape(code) + '"]');
    if (!radio) { problems.push(q.id + ": no option " + code); return; }
    if (radio.disabled || $("q-" + i).hidden) { problems.push(q.id + ": answered in the sample, but shown as not applying"); return; }
    radio.click();
    if (!radio.checked) problems.push(q.id + ": the click did not choose " + code);
  });
  if (c.excluded) { $("excluded").click(); set($("excluded-reason"), c.excluded); }
  var before = window.inspectionForm.caseCount();
  $("save-case").click();
  if (!$("errors").hidden) problems.push("not saved: " + $("errors").innerText);
  else if (window.inspectionForm.caseCount() !== before + 1) problems.push("not added to the list");
  return problems;
})(%s)
"""


def read_sample(path):
    with open(path, newline="", encoding="utf-8") as file:
        rows = list(csv.reader(file))
    header, cases = rows[0], []
    for row in rows[1:]:
        values = dict(zip(header, row))
        cases.append(values)
    return header, cases


def as_case(values, model):
    attribute_ids = [a["id"] for a in model["attributes"]]
    return {
        "id": values["case"],
        "attributes": {a: values.get(a, "") for a in attribute_ids},
        "metadata": {m: values.get(m, "") for m in model["metadata"]},
        "answers": {q["id"]: values.get(q["id"], "") for q in model["questions"]},
        "excluded": values.get("excluded", ""),
    }


def wait_for_file(path, timeout=30):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if os.path.exists(path) and os.path.getsize(path) > 0 and not os.path.exists(path + ".crdownload"):
            time.sleep(0.2)
            return
        time.sleep(0.1)
    fail(f"the browser did not download {path}")


def export(page, button, downloads, name):
    path = os.path.join(downloads, name)
    if os.path.exists(path):
        os.remove(path)
    page.evaluate(f'document.getElementById("{button}").click()')
    wait_for_file(path)
    return path


def enter(page, cases, model):
    for values in cases:
        problems = page.evaluate(ENTER_CASE % json.dumps(as_case(values, model)))
        if problems:
            fail(f"case {values['case']}: " + "; ".join(problems))


def main():
    if len(sys.argv) < 4:
        fail(__doc__)
    inspect, sample, work = sys.argv[1], os.path.abspath(sys.argv[2]), os.path.abspath(sys.argv[3])
    screenshots = sys.argv[sys.argv.index("--screenshots") + 1] if "--screenshots" in sys.argv else work
    os.makedirs(work, exist_ok=True)
    downloads = os.path.join(work, "downloads")
    os.makedirs(downloads, exist_ok=True)
    form = os.path.join(work, "OMI2-form.html")
    run(inspect, "form", "OMI2", "--output", form)
    url = "file://" + form
    _, cases = read_sample(sample)
    half = len(cases) // 2

    with Browser() as browser:
        browser.allow_downloads(downloads)
        page = browser.new_page(1280, 900)
        page.navigate(url)
        model = page.evaluate('JSON.parse(document.getElementById("form-model").textContent)')
        # The page names its exports after the framework it was made for.
        stem = f'{model["framework"]["id"]}-{model["framework"]["version"]}-sample'

        # Accessible names, and no overflow at 375 px.
        unnamed = page.evaluate("""
          Array.prototype.filter.call(document.querySelectorAll("input, select, button, textarea"),
            function (e) {
              var name = (e.labels && e.labels.length) || e.getAttribute("aria-label") ||
                (e.tagName === "BUTTON" && e.textContent.trim());
              return !name;
            }).map(function (e) { return e.outerHTML.slice(0, 80); })""")
        if unnamed:
            fail("controls without an accessible name: " + "; ".join(unnamed[:5]))
        groups = page.evaluate("""
          Array.prototype.filter.call(document.querySelectorAll("fieldset.question"),
            function (f) { return !f.querySelector("legend"); }).length""")
        if groups:
            fail(f"{groups} question groups have no legend")

        # The first half, entered through the controls, then exported.
        enter(page, cases[:half], model)
        first = export(page, "export-csv", downloads, stem + ".csv")
        os.replace(first, os.path.join(work, "half.csv"))

        # Storage cleared (as in another browser), the half-done sample imported, the rest entered.
        page.evaluate("localStorage.clear()")
        page.navigate(url)
        if page.evaluate("window.inspectionForm.caseCount()") != 0:
            fail("the cleared page still holds cases")
        page.set_file("#import", os.path.join(work, "half.csv"))
        deadline = time.time() + 20
        while page.evaluate("window.inspectionForm.caseCount()") != half:
            if time.time() > deadline:
                fail("importing the half-done sample did not give back its cases: "
                     + str(page.evaluate('document.getElementById("status").innerText')))
            time.sleep(0.1)
        report = page.evaluate('document.getElementById("import-report").innerText')
        if report.strip():
            fail("importing the page's own export reported problems: " + report)
        enter(page, cases[half:], model)
        exported_csv = export(page, "export-csv", downloads, stem + ".csv")
        exported_json = export(page, "export-json", downloads, stem + ".json")

        # Keyboard: answer a question and save with keys alone.
        page.evaluate("""(function () {
          document.getElementById("new-case").click();
          var id = document.getElementById("case-id");
          id.focus();
        })()""")
        page.send("Input.insertText", {"text": "KEYBOARD-1"})
        page.evaluate('document.getElementById("excluded").focus()')
        page.key(" ", "Space", " ", 32)
        if not page.evaluate('document.getElementById("excluded").checked'):
            fail("Space did not tick the 'leave out' box")
        page.evaluate('document.getElementById("excluded-reason").focus()')
        page.send("Input.insertText", {"text": "keyboard check"})
        page.evaluate('document.getElementById("save-case").focus()')
        page.key("Enter", "Enter", "\r", 13)
        saved = page.evaluate("JSON.parse(window.inspectionForm.toJSON()).cases.some(function (c) { return c.case === 'KEYBOARD-1'; })")
        if not saved:
            fail("the case entered with the keyboard was not saved: "
                 + str(page.evaluate('document.getElementById("status").innerText')))
        first_radio = page.evaluate("""(function () {
          var r = document.querySelector('fieldset.question:not([disabled]) input[type=radio]');
          r.focus(); return r.name; })()""")
        page.key(" ", "Space", " ", 32)
        if not page.evaluate(f'document.querySelector(\'input[name="{first_radio}"]:checked\') !== null'):
            fail("Space did not choose an answer")
        page.key("ArrowRight", "ArrowRight", None, 39)
        second = page.evaluate(f'document.querySelector(\'input[name="{first_radio}"]:checked\').value')
        if second == page.evaluate(f'document.querySelector(\'input[name="{first_radio}"]\').value'):
            fail("the arrow key did not move to the next answer")

        # Leaving with changes not exported asks first (the keyboard case is not exported).
        page.click_at(5, 5)  # a real click: browsers ask only after the user has interacted
        browser.events.clear()
        navigation = browser.post("Page.navigate", {"url": "about:blank"}, page.session)
        dialog = browser.wait_for("Page.javascriptDialogOpening", timeout=10)
        if dialog["params"].get("type") != "beforeunload":
            fail(f"expected a warning before leaving, got {dialog['params']}")
        page.send("Page.handleJavaScriptDialog", {"accept": False})
        browser.reply(navigation, "Page.navigate")

        # Import reads codes as inspect score does: semicolons, letter case, spaces, labels; a
        # value that is no code is reported and left out.
        page.evaluate('document.getElementById("clear-all").click(); '
                      'document.getElementById("clear-all").click()')
        with open(os.path.join(work, "half.csv"), encoding="utf-8") as file:
            clean = [next(csv.reader([line])) for line in file.readlines()[:3]]
        messy = [row[:] for row in clean]
        header = clean[0]
        first_yes = next(i for i, v in enumerate(messy[1]) if v == "yes" and header[i][0].isdigit())
        messy[1][first_yes] = " Yes"
        na_label = next(o["label"] for o in model["scales"][0]["options"] if o["code"] == "na")
        first_na = next((i for i, v in enumerate(messy[2]) if v == "na"), None)
        if first_na is not None:
            messy[2][first_na] = na_label.upper()
        bad = next(i for i, v in enumerate(messy[2]) if v == "no" and header[i][0].isdigit())
        messy[2][bad] = "maybe"
        text = "\n".join(";".join(row) for row in messy) + "\n"
        page.evaluate("window.inspectionForm.importText(%s, 'messy.csv')" % json.dumps(text))
        notes = page.evaluate('document.getElementById("import-report").innerText')
        if page.evaluate("window.inspectionForm.caseCount()") != 2 or \
                f"'maybe' is not an answer to {header[bad]}" not in notes or len(notes.splitlines()) != 1:
            fail(f"importing a messy file: {page.evaluate('window.inspectionForm.caseCount()')} "
                 f"cases, notes: {notes!r}")
        exported = list(csv.reader(io.StringIO(page.evaluate("window.inspectionForm.toCSV()"))))
        expected = [row[:] for row in clean]
        expected[2][bad] = ""
        if exported != expected:
            fail("a messy file imported and exported does not give the clean rows")

        # Screenshots at 1280 and 375 px: the first case half entered. ("Remove all cases",
        # confirmed, leaves nothing unexported, so the page can be left without a warning.)
        page.evaluate('document.getElementById("clear-all").click(); '
                      'document.getElementById("clear-all").click()')
        if page.evaluate("window.inspectionForm.caseCount()") != 0:
            fail("'Remove all cases', confirmed, left cases")
        page.navigate(url)
        with open(os.path.join(work, "half.csv"), encoding="utf-8") as file:
            three = "".join(file.readlines()[:4])
        page.evaluate("window.inspectionForm.importText(%s, 'sample.csv')" % json.dumps(three))
        # The next case half entered: its attributes and its first answers, with the questions
        # that do not apply shown greyed.
        example = as_case(cases[3], model)
        answered = [q["id"] for q in model["questions"] if example["answers"][q["id"]]][:12]
        example["answers"] = {k: (v if k in answered else "") for k, v in example["answers"].items()}
        page.evaluate("""(function (c) {
          function $(id) { return document.getElementById(id); }
          function set(e, v) { e.value = v; e.dispatchEvent(new Event("change", { bubbles: true })); }
          set($("case-id"), c.id);
          var model = JSON.parse($("form-model").textContent);
          model.attributes.forEach(function (a, i) { set($("attr-" + i), c.attributes[a.id]); });
          model.questions.forEach(function (q, i) {
            var code = c.answers[q.id];
            if (code) document.querySelector('input[name="q-' + i + '"][value="' + code + '"]').click();
          });
          $("show-all").click();
        })(%s)""" % json.dumps(example))
        first_answer = next(i for i, q in enumerate(model["questions"]) if q["id"] == answered[0])
        page.evaluate('window.scrollTo(0, document.getElementById("progress").offsetTop - 330)')
        page.screenshot(os.path.join(screenshots, "form-1280.png"))
        page.resize(375, 812, mobile=True)
        overflow = page.evaluate("document.documentElement.scrollWidth")
        if overflow > 375:
            fail(f"at 375 px the page is {overflow} px wide")
        page.evaluate('window.scrollTo(0, document.getElementById("q-%d").offsetTop - 150)'
                      % first_answer)
        page.screenshot(os.path.join(screenshots, "form-375.png"))
        page.evaluate('document.getElementById("clear-all").click(); '
                      'document.getElementById("clear-all").click(); localStorage.clear()')

    original = run(inspect, "score", "OMI2", sample, "--format", "json")
    for path in (exported_csv, exported_json):
        scored = run(inspect, "score", "OMI2", path, "--format", "json")
        if scored != original:
            fail(f"{path} does not score as {sample} does")
    print(f"form: {len(cases)} cases entered in Chromium ({half} imported back half-done); "
          "the CSV and JSON exports score byte-identically")


if __name__ == "__main__":
    main()
