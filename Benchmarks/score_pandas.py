#!/usr/bin/env python3
"""The benchmark's yardstick: InspectionKit's scoring written plainly with pandas.

    python3 Benchmarks/score_pandas.py OMI2.json sample.csv > scores.json

Reads a compiled framework document (`inspect compile`) and a CSV sample, and computes what
`inspect score` computes from the counts: per question sufficient / insufficient /
not-relevant counts with applicability (over attributes and earlier answers; an answer to a
question that does not apply is ignored), question % = sufficient / relevant, criterion
scores by their rule (mean, individual/summary weighting, weighted, minimum of key
questions, pooled), section scores (mean, weighted, pooled) and headlines by theme. It checks
what decides whether a sample can be scored at all (duplicate or missing ids, attribute
values, answers on their scale, relevant questions answered) and exits 1 if any fails.

It does not compute the sample fingerprint, bands, judgements or located messages, which
`inspect` does: the comparison favours pandas. The output is JSON with the question counts
and item values, which Benchmarks/run.sh checks against `inspect score --format json`.
"""
import json
import sys

import numpy as np
import pandas as pd


def condition_mask(condition, frame, counted):
    """The rows for which an applicability expression holds."""
    if "attribute" in condition:
        return frame[condition["attribute"]].isin(condition["in"]).to_numpy()
    if "answer" in condition:
        return counted[condition["answer"]].isin(condition["in"]).to_numpy()
    if "all" in condition:
        mask = np.ones(len(frame), dtype=bool)
        for term in condition["all"]:
            mask &= condition_mask(term, frame, counted)
        return mask
    if "any" in condition:
        mask = np.zeros(len(frame), dtype=bool)
        for term in condition["any"]:
            mask |= condition_mask(term, frame, counted)
        return mask
    if "not" in condition:
        return ~condition_mask(condition["not"], frame, counted)
    raise ValueError(f"unknown condition {condition}")


def mean(values):
    defined = [v for v in values if v is not None]
    return sum(defined) / len(defined) if defined else None


def weighted(terms):
    defined = [(v, w) for v, w in terms if v is not None]
    total = sum(w for _, w in defined)
    return sum(v * w for v, w in defined) / total if total > 0 else None


def pooled(tallies):
    sufficient = sum(t["sufficient"] for t in tallies)
    relevant = sum(t["relevant"] for t in tallies)
    return sufficient / relevant * 100 if relevant > 0 else None


def main(framework_path, sample_path):
    with open(framework_path, encoding="utf-8") as handle:
        document = json.load(handle)
    effects = {s["id"]: {o["code"]: o["effect"] for o in s["options"]} for s in document["scales"]}
    questions = [
        (section, criterion, question)
        for section in document["sections"]
        for criterion in section["criteria"]
        for question in criterion["questions"]
    ]

    # Every cell as text; only an empty cell is missing ("na" is an answer code).
    frame = pd.read_csv(sample_path, dtype=str, keep_default_na=False, na_values=[""])
    errors = 0
    errors += int(frame["case"].isna().sum()) + int(frame["case"].duplicated().sum())
    if "excluded" in frame.columns:
        frame = frame[frame["excluded"].isna()]
    for attribute in document["attributes"]:
        errors += int((~frame[attribute["id"]].isin(attribute["values"])).sum())

    counted = pd.DataFrame(index=frame.index)
    tallies = {}
    for _, _, question in questions:
        qid = question["id"]
        answers = frame[qid]
        effect = answers.map(effects[question["scale"]])
        errors += int((answers.notna() & effect.isna()).sum())  # not on the scale
        applies = (
            condition_mask(question["applicability"], frame, counted)
            if "applicability" in question
            else np.ones(len(frame), dtype=bool)
        )
        counted[qid] = answers.where(applies)
        effect = effect.to_numpy()
        errors += int((applies & answers.isna().to_numpy()).sum())  # relevant, unanswered
        sufficient = int((applies & (effect == "sufficient")).sum())
        insufficient = int((applies & (effect == "insufficient")).sum())
        tallies[qid] = {
            "sufficient": sufficient,
            "insufficient": insufficient,
            "notRelevant": int(len(frame) - sufficient - insufficient),
            "relevant": sufficient + insufficient,
        }
    if errors:
        print(f"error: {errors} problem(s) in the sample; not scored", file=sys.stderr)
        return 1

    def percent(qid):
        t = tallies[qid]
        return t["sufficient"] / t["relevant"] * 100 if t["relevant"] else None

    values = {}
    for section in document["sections"]:
        for criterion in section["criteria"]:
            members = criterion["questions"]
            rule = criterion["rule"]
            kind = rule["kind"]
            if kind == "individualSummary":
                individual = mean([percent(q["id"]) for q in members if q["role"] != "summary"])
                summary = next((percent(q["id"]) for q in members if q["role"] == "summary"), None)
                if individual is not None and summary is not None:
                    value = rule["individualShare"] * individual + rule["summaryShare"] * summary
                else:
                    value = individual if individual is not None else summary
            elif kind == "weightedQuestions":
                value = weighted([(percent(q["id"]), q.get("weight", 1)) for q in members])
            elif kind == "minimumOfKeyQuestions":
                keys = [percent(q["id"]) for q in members if q["role"] == "key"]
                keys = [v for v in keys if v is not None]
                value = min(keys) if keys else None
            elif kind == "pooledQuestions":
                value = pooled([tallies[q["id"]] for q in members])
            else:
                value = mean([percent(q["id"]) for q in members])
            values[criterion["id"]] = value
        kind = section["rule"]["kind"]
        if kind == "pooledQuestions":
            value = pooled([tallies[q["id"]] for c in section["criteria"] for q in c["questions"]])
        elif kind == "weightedCriteria":
            value = weighted([(values[c["id"]], c.get("weight", 1)) for c in section["criteria"]])
        else:
            value = mean([values[c["id"]] for c in section["criteria"]])
        values[section["id"]] = value
    for headline in document.get("headlines", []):
        members = [
            q["id"]
            for s, _, q in questions
            if (not headline["sections"] or s["id"] in headline["sections"])
            and headline["theme"] in q.get("themes", [])
        ]
        if headline["rule"]["kind"] == "pooledQuestions":
            values[headline["id"]] = pooled([tallies[q] for q in members])
        else:
            values[headline["id"]] = mean([percent(q) for q in members])

    json.dump(
        {"cases": len(frame), "questions": tallies, "items": values},
        sys.stdout, indent=1, sort_keys=True)
    print()
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        sys.exit(64)
    sys.exit(main(sys.argv[1], sys.argv[2]))
