#!/usr/bin/env python3
"""Checks that score_pandas.py and `inspect score --format json` agree.

    python3 Benchmarks/compare.py inspect.json pandas.json

Compares every question's sufficient / insufficient / relevant counts and every criterion,
section and headline value (to 1e-9); prints a one-line verdict, exits 1 on a difference.
"""
import json
import sys

inspect_path, pandas_path = sys.argv[1:3]
with open(inspect_path, encoding="utf-8") as handle:
    ours = json.load(handle)
with open(pandas_path, encoding="utf-8") as handle:
    theirs = json.load(handle)

problems = []
for question in ours["questions"]:
    other = theirs["questions"].get(question["id"])
    for key in ("sufficient", "insufficient", "relevant"):
        if other is None or other[key] != question[key]:
            problems.append(f"question {question['id']} {key}: {question[key]} vs {other and other[key]}")
for kind in ("criteria", "sections", "headlines"):
    for item in ours[kind]:
        a, b = item["percent"], theirs["items"].get(item["id"])
        if (a is None) != (b is None) or (a is not None and abs(a - b) > 1e-9):
            problems.append(f"{item['id']}: {a} vs {b}")
if problems:
    print("pandas and inspect DISAGREE:", *problems[:20], sep="\n  ")
    sys.exit(1)
print(f"pandas and inspect agree on {len(ours['questions'])} questions and "
      f"{sum(len(ours[k]) for k in ('criteria', 'sections', 'headlines'))} items")
