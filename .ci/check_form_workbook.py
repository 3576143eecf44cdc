"""Workbooks with real spreadsheet software (LibreOffice, headless) and an independent reader.

    python3 .ci/check_form_workbook.py INSPECT SAMPLE.csv WORKDIR

1. LibreOffice converts SAMPLE (OMI2's) to .xlsx; `inspect score` on that workbook gives the
   same JSON report as on the CSV.
2. `inspect form OMI2 --format xlsx` writes the case entry workbook; LibreOffice opens it and
   converts its first sheet to CSV without error, and that CSV's header is the sample's columns
   (`inspect template OMI2`, then `excluded`).
3. A reader written here (Python's zipfile and ElementTree, not our code) reads the workbook
   back: the sheets, the frozen header row and first column, and on every attribute and
   question column a drop-down whose values are exactly the values or codes
   `inspect compile OMI2` declares, with the question id as the input message's title and the
   question as its text.
"""

import csv
import io
import json
import os
import shutil
import subprocess
import sys
import zipfile
import xml.etree.ElementTree as ET

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
RELATIONSHIPS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def fail(message):
    print(f"error: {message}", file=sys.stderr)
    sys.exit(1)


def run(*arguments, cwd=None):
    result = subprocess.run(arguments, capture_output=True, text=True, cwd=cwd)
    if result.returncode != 0:
        fail(f"{' '.join(arguments)} failed ({result.returncode}):\n{result.stderr}{result.stdout}")
    return result.stdout


def soffice():
    for name in ("soffice", "libreoffice"):
        if shutil.which(name):
            return shutil.which(name)
    fail("LibreOffice (soffice) is not installed")


def convert(source, extension, directory, infilter=None):
    arguments = [soffice(), "--headless", "--norestore"]
    if infilter:
        arguments.append("--infilter=" + infilter)
    profile = os.path.join(directory, "lo-profile")
    arguments += ["-env:UserInstallation=file://" + profile, "--convert-to", extension,
                  "--outdir", directory, source]
    run(*arguments)
    converted = os.path.join(directory, os.path.splitext(os.path.basename(source))[0] + "." + extension.split(":")[0])
    if not os.path.exists(converted):
        fail(f"LibreOffice did not convert {source} to {extension}")
    return converted


class Workbook:
    """The few parts of a workbook this check reads."""

    def __init__(self, path):
        self.zip = zipfile.ZipFile(path)
        if self.zip.testzip() is not None:
            fail(f"{path}: an entry fails its CRC check")
        self.strings = []
        if "xl/sharedStrings.xml" in self.zip.namelist():
            for item in ET.fromstring(self.zip.read("xl/sharedStrings.xml")).iter(MAIN + "si"):
                self.strings.append("".join(t.text or "" for t in item.iter(MAIN + "t")))
        workbook = ET.fromstring(self.zip.read("xl/workbook.xml"))
        rels = ET.fromstring(self.zip.read("xl/_rels/workbook.xml.rels"))
        targets = {r.get("Id"): r.get("Target") for r in rels}
        self.sheets = []
        for sheet in workbook.iter(MAIN + "sheet"):
            target = targets[sheet.get(RELATIONSHIPS + "id")]
            self.sheets.append((sheet.get("name"), "xl/" + target.lstrip("/").replace("xl/", "", 1),
                                sheet.get("state", "visible")))

    def sheet(self, name):
        for sheet_name, part, _ in self.sheets:
            if sheet_name == name:
                return ET.fromstring(self.zip.read(part))
        fail(f"the workbook has no sheet {name!r}")

    def rows(self, name):
        rows = []
        for row in self.sheet(name).iter(MAIN + "row"):
            cells = {}
            for cell in row.iter(MAIN + "c"):
                value = cell.find(MAIN + "v")
                text = value.text if value is not None else ""
                if cell.get("t") == "s":
                    text = self.strings[int(text)]
                cells[cell.get("r")] = text
            rows.append(cells)
        return rows


def column_name(index):
    name = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        name = chr(65 + remainder) + name
    return name


def main():
    if len(sys.argv) < 4:
        fail(__doc__)
    inspect, sample, work = sys.argv[1], os.path.abspath(sys.argv[2]), os.path.abspath(sys.argv[3])
    os.makedirs(work, exist_ok=True)

    # 1. A sample saved by LibreOffice scores as the CSV does.
    copy = os.path.join(work, "sample.csv")
    shutil.copyfile(sample, copy)
    workbook_sample = convert(copy, "xlsx", work, infilter="CSV:44,34,76,1")
    if run(inspect, "score", "OMI2", workbook_sample, "--format", "json") != \
            run(inspect, "score", "OMI2", sample, "--format", "json"):
        fail("the sample LibreOffice saved as .xlsx does not score as the CSV does")
    print("workbook: the sample LibreOffice saved as .xlsx scores byte-identically to the CSV")

    # 2. The case entry workbook opens in LibreOffice.
    form = os.path.join(work, "OMI2-form.xlsx")
    run(inspect, "form", "OMI2", "--format", "xlsx", "--output", form)
    back = convert(form, "csv:Text - txt - csv (StarCalc):44,34,76,1", work)
    with open(back, encoding="utf-8") as file:
        header = next(csv.reader(file))
    template = next(csv.reader(io.StringIO(run(inspect, "template", "OMI2"))))
    if header != template + ["excluded"]:
        fail(f"LibreOffice reads the Cases header as {header[:5]}…, not the sample's columns")
    print(f"workbook: LibreOffice opens the form and reads its {len(header)} columns")

    # 3. Its drop-downs and messages, read back independently.
    document = json.loads(run(inspect, "compile", "OMI2"))
    scales = {s["id"]: [o["code"] for o in s["options"]] for s in document["scales"]}
    expected = {a["id"]: (a["values"], a["title"]) for a in document["attributes"]}
    for section in document["sections"]:
        for criterion in section["criteria"]:
            for question in criterion["questions"]:
                expected[question["id"]] = (scales[question.get("scale", "yes-no")], question["text"])
    book = Workbook(form)
    names = [name for name, _, _ in book.sheets]
    if names[:3] != ["Cases", "Questions", "Read me"]:
        fail(f"the sheets are {names}")
    cases = book.sheet("Cases")
    pane = cases.find(f"{MAIN}sheetViews/{MAIN}sheetView/{MAIN}pane")
    if pane is None or pane.get("state") != "frozen" or pane.get("ySplit") != "1" or pane.get("xSplit") != "1":
        fail("the Cases sheet's header row and first column are not frozen")
    columns = {column_name(i): name for i, name in enumerate(header)}
    lists = {}
    if "Lists" in names:
        for row in book.rows("Lists"):
            for reference, text in row.items():
                lists.setdefault(reference.rstrip("0123456789"), []).append(text)
    checked = 0
    for validation in cases.iter(MAIN + "dataValidation"):
        column = validation.get("sqref").split(":")[0].rstrip("0123456789")
        name = columns[column]
        if name not in expected:
            continue
        values, text = expected[name]
        if validation.get("type") != "list":
            fail(f"column {name} has no drop-down")
        formula = validation.find(MAIN + "formula1").text
        if formula.startswith('"'):
            offered = formula.strip('"').split(",")
        else:
            offered = lists[formula.split("!")[1].split(":")[0].replace("$", "").rstrip("0123456789")]
        if offered != values:
            fail(f"column {name} offers {offered}, but {values} are declared")
        if validation.get("promptTitle") != name[:32]:
            fail(f"column {name}'s input message is titled {validation.get('promptTitle')!r}")
        if not (validation.get("prompt") or "").startswith(text[:200]):
            fail(f"column {name}'s input message does not give its text")
        checked += 1
    if checked != len(expected):
        fail(f"{checked} columns have drop-downs, {len(expected)} should")
    questions = book.rows("Questions")
    if len(questions) != 1 + sum(1 for k in expected if k not in {a['id'] for a in document['attributes']}):
        fail(f"the Questions sheet has {len(questions) - 1} questions")
    print(f"workbook: {checked} drop-downs read back, each with the declared codes and its question")


if __name__ == "__main__":
    main()
