#!/usr/bin/env bash
# How long a hostile sample header takes to be rejected (run on demand; not part of
# `swift test` or CI). Benchmarks/README.md records the figures.
#
#   Benchmarks/header.sh                  # release build, 5 runs per header, median
#   BENCH_REPEAT=9 Benchmarks/header.sh
#   INSPECT=.build/debug/inspect Benchmarks/header.sh   # any other binary (no build)
#
# Headers, each followed by one row, all rejected (exit 1) with located errors:
#   - DEMO, "case" and 99,999 misspelt columns (100,000 fields, the most a CSV record may
#     have): 99,999 unknown columns, 20 reported one by one with did-you-mean suggestions;
#   - a generated framework of 20,000 questions q1…q20000, its header with every question id
#     misspelt (q1x…q20000x): each of the 20,000 unknown columns is close to a question, the
#     case where unbounded suggestions took more than ten minutes;
#   - DEMO, "case" and 100,000 more columns: beyond the CSV reader's field limit.
# The unit test HeaderWorkTests checks the work counter; this measures the time.
set -euo pipefail
cd "$(dirname "$0")/.."

repeat=${BENCH_REPEAT:-5}
dir=${BENCH_DIR:-.build/bench}
mkdir -p "$dir"

if [ -z "${INSPECT:-}" ]; then
  build=(swift build -c release --product inspect --static-swift-stdlib --scratch-path .build/bench-static)
  echo "== build (release, Swift runtime linked statically)"
  "${build[@]}" 2>&1 | tail -1
  INSPECT=$("${build[@]}" --show-bin-path)/inspect
fi
echo "== $(uname -srm), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"

"$INSPECT" compile DEMO --output "$dir" >/dev/null
python3 - "$dir" <<'PY'
import json, sys
d = sys.argv[1]
row = "A,licence,high" + ",yes" * 3 + ",no,good" + ",yes" * 5
with open(f"{d}/header-demo-99999.csv", "w") as f:
    f.write(",".join(["case"] + [f"q{i}x" for i in range(1, 100000)]) + "\n" + row + "\n")
with open(f"{d}/header-demo-100001.csv", "w") as f:
    f.write(",".join(["case"] + [f"q{i}x" for i in range(1, 100001)]) + "\n" + row + "\n")
# The Demonstration framework (compiled above) with its sections replaced by one criterion of
# 20,000 yes/no questions, and nothing that referred to the old ones.
with open(f"{d}/DEMO-1.json") as f:
    framework = json.load(f)
for key in ["fingerprint", "summary"]:
    framework.pop(key, None)
framework.update(id="BIG", title="20,000 questions", headlines=[], overall=[], themes=[])
questions = [{"id": f"q{i}", "text": f"Question {i}?", "scale": "yes-no", "themes": [],
              "role": "individual"}
             for i in range(1, 20001)]
framework["sections"] = [{"id": "s", "title": "S", "rule": {"kind": "meanOfCriteria"},
    "criteria": [{"id": "c", "title": "C", "rule": {"kind": "meanOfQuestions"},
                  "questions": questions}]}]
with open(f"{d}/header-big-framework.json", "w") as f:
    json.dump(framework, f)
with open(f"{d}/header-big-20000.csv", "w") as f:
    f.write(",".join(["case"] + [f"q{i}x" for i in range(1, 20001)]) + "\n")
    f.write(",".join(["A"] + ["yes"] * 20000) + "\n")
PY

median() { sort -g | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
# Times `inspect score FRAMEWORK FILE` $repeat times: prints the median wall time and checks
# the run was refused (exit 1) with the expected code.
run() {
  local label=$1 framework=$2 file=$3 code=$4
  local times=() status
  for _ in $(seq "$repeat"); do
    local start=$EPOCHREALTIME
    set +e
    "$INSPECT" score "$framework" "$file" >/dev/null 2>"$dir/header.err"
    status=$?
    set -e
    local end=$EPOCHREALTIME
    times+=("$(echo "$end - $start" | bc -l)")
  done
  [ "$status" = 1 ] || { echo "error: $label exited $status, not 1" >&2; exit 1; }
  grep -q "\[$code\]" "$dir/header.err" || { echo "error: $label did not report $code" >&2; exit 1; }
  local lines
  lines=$(wc -l <"$dir/header.err")
  printf '%-58s %8.3f s  (%s lines of diagnostics, %s)\n' "$label" \
    "$(printf '%s\n' "${times[@]}" | median)" "$lines" "$code"
}
"$INSPECT" validate "$dir/header-big-framework.json" >/dev/null
echo "== median of $repeat runs: inspect score, header rejected (exit 1)"
run "DEMO: case + 99,999 unknown columns (100,000 fields)" DEMO "$dir/header-demo-99999.csv" IK0203
run "20,000 questions: 20,000 misspelt question columns" "$dir/header-big-framework.json" \
  "$dir/header-big-20000.csv" IK0203
run "DEMO: case + 100,000 columns (beyond the field limit)" DEMO "$dir/header-demo-100001.csv" IK0201
