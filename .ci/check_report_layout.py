#!/usr/bin/env python3
"""Reports on a phone and on paper (issue: reports that print and read on a phone).

Usage: check_report_layout.py INSPECT OUTDIR

1. Renders the OMI 2008 score report (the 110-case example with its judgements; and again
   broken down by case type), the OMI2
   booklet and the OMI 2008 / OMI2 comparison page at 375 x 812 CSS pixels in headless
   Chromium, driven over the DevTools protocol (.ci/cdp.py), and measures in the browser that
   nothing widens the page: document.documentElement.scrollWidth must not exceed the viewport
   width (tables and wide charts scroll inside their own boxes). A screenshot of each is
   written to OUTDIR for check_png.py (not blank).
2. Prints the score report to PDF with Chromium's --print-to-pdf and checks with poppler's
   pdfinfo and pdftotext that it has at most 12 A4 pages and that its first page carries the
   summary of scores (the chart's criteria), not a near-blank page. Prints the page count.
"""
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cdp import Browser, chromium_binary  # noqa: E402

MAX_PAGES = 12


def run(arguments):
    result = subprocess.run(arguments, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"error: {' '.join(arguments)} failed:\n{result.stderr}")
    return result.stdout


def main():
    inspect, out = sys.argv[1], os.path.abspath(sys.argv[2])
    os.makedirs(out, exist_ok=True)
    pages = {
        "score-OMI2008": [
            "score", "OMI@2008", "Examples/OMI-2008/sample.csv",
            "--judgements", "Examples/OMI-2008/judgements.csv"],
        "score-OMI2008-by-case_type": [
            "score", "OMI@2008", "Examples/OMI-2008/sample.csv",
            "--judgements", "Examples/OMI-2008/judgements.csv", "--by", "case_type"],
        "booklet-OMI2": ["doc", "OMI2"],
        "compare-OMI2008-OMI2": [
            "compare", "--sample", "Examples/OMI-2008/sample.csv", "--frameworks", "OMI@2008,OMI2"],
    }
    for name, arguments in pages.items():
        run([inspect] + arguments + ["--format", "html", "--output", f"{out}/{name}.html"])

    failures = []
    with Browser() as browser:
        page = browser.new_page(width=375, height=812, mobile=True)
        for name in pages:
            page.navigate(f"file://{out}/{name}.html")
            width, viewport, text = page.evaluate(
                "[document.documentElement.scrollWidth, window.innerWidth,"
                " document.body.innerText.length]")
            wide = page.evaluate(
                "Array.from(document.querySelectorAll('main *')).filter(e => {"
                " const r = e.getBoundingClientRect();"
                " if (r.right <= window.innerWidth + 0.5) return false;"
                " for (let p = e.parentElement; p; p = p.parentElement) {"
                "  const o = getComputedStyle(p).overflowX;"
                "  if (o === 'auto' || o === 'scroll' || o === 'hidden') return false; }"
                " return true; }).slice(0, 5).map(e => e.tagName + '.' + e.className)")
            print(f"{name} at 375 px: scrollWidth {width}, viewport {viewport}, "
                  f"{text} characters of text")
            if viewport != 375:
                failures.append(f"{name}: the viewport is {viewport} px, not 375")
            if width > viewport:
                failures.append(f"{name}: the page is {width} px wide at {viewport} px "
                                f"(overflowing: {', '.join(wide) or 'unknown'})")
            if wide:
                failures.append(f"{name}: cut off at 375 px: {', '.join(wide)}")
            if text < 500:
                failures.append(f"{name}: only {text} characters of text at 375 px")
            page.screenshot(f"{out}/{name}-375.png")

    pdf = f"{out}/score-OMI2008.pdf"
    log = subprocess.run(
        [chromium_binary(), "--headless", "--no-sandbox", "--disable-gpu",
         "--no-pdf-header-footer", f"--print-to-pdf={pdf}", f"file://{out}/score-OMI2008.html"],
        capture_output=True, text=True)
    if log.returncode != 0 or not os.path.exists(pdf):
        raise SystemExit(f"error: chromium could not print the report:\n{log.stderr}")
    info = run(["pdfinfo", pdf])
    count = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    size = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+) pts", info, re.M)
    first = run(["pdftotext", "-f", "1", "-l", "1", "-layout", pdf, "-"])
    print(f"OMI 2008 score report printed: {count} A4 pages (at most {MAX_PAGES})")
    if count > MAX_PAGES:
        failures.append(f"the printed report has {count} pages, more than {MAX_PAGES}")
    if not size or abs(float(size.group(1)) - 595.3) > 2 or abs(float(size.group(2)) - 841.9) > 2:
        failures.append(f"the printed pages are not A4: {size.group(0) if size else info}")
    for wanted in ["Summary of scores", "Offender Management Inspection",
                   "Preparing for sentence", "Sentence planning", "Headline scores"]:
        if wanted not in first:
            failures.append(f"the first printed page lacks {wanted!r}")
    if failures:
        for failure in failures:
            print(f"error: {failure}", file=sys.stderr)
        raise SystemExit(1)


if __name__ == "__main__":
    main()
