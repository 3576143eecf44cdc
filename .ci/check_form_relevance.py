"""The case entry page decides which questions apply exactly as the evaluator does.

    python3 .ci/check_form_relevance.py INSPECT WORKDIR [--cases N] [--seed S]

For every framework `inspect list` shows, the page (`inspect form`) is loaded in Chromium
(headless, DevTools protocol) and asked, through its own script
(`window.inspectionForm.relevance`), which questions apply to N random cases: random
attribute values and a random code on every question (each scale's not-relevant codes
included, since later conditions may test them). The cases are then written as a JSON sample
holding only the answers the page kept, and scored by `inspect score --allow-incomplete`:

- a question the page dropped but the evaluator finds relevant is left unanswered, and shows
  in the result's `incomplete` list;
- a question the page kept but the evaluator finds not relevant gives an IK0211 warning;
- and every question's counts (sufficient, insufficient, not relevant) must equal those the
  page's decisions give.

So the page and the evaluator agree on every question of every random case, or the check
fails naming the framework and the first disagreement.
"""

import json
import os
import random
import subprocess
import sys

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


def frameworks(inspect):
    lines = run(inspect, "list").splitlines()[1:]
    return [f"{line.split()[0]}@{line.split()[1]}" for line in lines if line.strip()]


def main():
    if len(sys.argv) < 3:
        fail(__doc__)
    inspect, work = sys.argv[1], os.path.abspath(sys.argv[2])
    count = int(sys.argv[sys.argv.index("--cases") + 1]) if "--cases" in sys.argv else 300
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 20260101
    os.makedirs(work, exist_ok=True)
    generator = random.Random(seed)
    checked = 0
    with Browser() as browser:
        page = browser.new_page()
        for label in frameworks(inspect):
            name = label.replace("@", "-")
            form = os.path.join(work, f"{name}.html")
            run(inspect, "form", label, "--output", form)
            page.navigate("file://" + form)
            model = page.evaluate('JSON.parse(document.getElementById("form-model").textContent)')
            cases = []
            for index in range(count):
                attributes = {a["id"]: generator.choice(a["values"]) for a in model["attributes"]}
                answers = {}
                for question in model["questions"]:
                    options = model["scales"][question["scale"]]["options"]
                    answers[question["id"]] = generator.choice(options)["code"]
                cases.append({"case": f"R{index}", "attributes": attributes, "answers": answers})
            relevant = page.evaluate(
                "(%s).map(function (c) { return window.inspectionForm.relevance(c.attributes, c.answers); })"
                % json.dumps(cases), timeout=120)
            effects = {}
            for scale in model["scales"]:
                for option in scale["options"]:
                    effects[(scale["id"], option["code"])] = option["effect"]
            expected = {q["id"]: {"sufficient": 0, "insufficient": 0, "notRelevant": 0}
                        for q in model["questions"]}
            for case, applying in zip(cases, relevant):
                applying = set(applying)
                case["answers"] = {k: v for k, v in case["answers"].items() if k in applying}
                for question in model["questions"]:
                    scale = model["scales"][question["scale"]]["id"]
                    if question["id"] in applying:
                        effect = effects[(scale, case["answers"][question["id"]])]
                    else:
                        effect = "notRelevant"
                    expected[question["id"]][effect] += 1
            sample = os.path.join(work, f"{name}-random.json")
            with open(sample, "w", encoding="utf-8") as file:
                json.dump({"cases": cases}, file)
            report = json.loads(run(inspect, "score", label, sample, "--allow-incomplete",
                                    "--format", "json"))
            if report["sample"]["incomplete"]:
                first = report["sample"]["incomplete"][0]
                fail(f"{label}: the page left out question {first['question']} of case "
                     f"{first['case']}, which the evaluator finds relevant")
            ignored = [w for w in report["warnings"] if w["code"] == "IK0211"]
            if ignored:
                fail(f"{label}: the page kept an answer the evaluator finds not relevant: "
                     f"{ignored[0]['message']}")
            for question in report["questions"]:
                counts = {key: question[key] for key in ("sufficient", "insufficient", "notRelevant")}
                if counts != expected[question["id"]] or question["unanswered"] != 0:
                    fail(f"{label}: question {question['id']}: the evaluator counts {counts}, "
                         f"the page's decisions give {expected[question['id']]}")
            checked += 1
            print(f"relevance: {label}: {count} random cases, page and evaluator agree on all "
                  f"{len(model['questions'])} questions")
    if checked == 0:
        fail("no framework was checked")


if __name__ == "__main__":
    main()
