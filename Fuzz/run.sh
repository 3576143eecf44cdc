#!/usr/bin/env bash
# Runs one libFuzzer target built by Fuzz/build.sh, seeded from Examples/ and Fuzz/Seeds/.
#
#   Fuzz/run.sh CSVSample 60              # 60 seconds
#   Fuzz/run.sh CSVSample 0 -runs=10000000  # extra libFuzzer flags after the time (0 = no limit)
#
# The growing corpus is kept in .build/fuzz/corpus/<target>; a crash is written to
# .build/fuzz/artifacts/<target>/ and the script exits non-zero.
set -euo pipefail
shopt -s nullglob
cd "$(dirname "$0")/.."
target=$1 seconds=${2:-60}
shift 2 || shift $#
bin=.build/fuzz/bin/$target
corpus=.build/fuzz/corpus/$target
artifacts=.build/fuzz/artifacts/$target
mkdir -p "$corpus" "$artifacts" "$corpus.seeds"

max_len=8192
case $target in
  FrameworkJSON) seeds=(Tests/InspectionCompilerTests/Snapshots/*.json Examples/Published/*.json) ;;
  # The plan is the Demonstration framework's: other frameworks' samples only exercise the
  # header check (hundreds of unknown columns, each with a suggestion), slowly.
  CSVSample) seeds=(Examples/Demonstration/sample.csv) max_len=1024 ;;
  JSONSample) seeds=() max_len=2048 ;;
  # Workbooks: the first byte chooses a whole .xlsx, a deflate stream, a sheet or shared
  # strings (Fuzz/Targets/XLSXSample.swift); the seeds in Fuzz/Seeds/XLSXSample hold each.
  XLSXSample) seeds=() max_len=8192 ;;
  Judgements) seeds=(Examples/Demonstration/judgements.csv Examples/*/judgements.csv) ;;
  Arguments) seeds=() ;;
  # Partial results of the Demonstration sample (Fuzz/Seeds/PartialResult: two parts, their
  # merge, one with exclusions and incomplete answers, one broken down by case_type).
  PartialResult) seeds=() max_len=8192 ;;
  # The two smallest published files whole; the others cut short (still useful: invalid JSON,
  # then the hand-written seeds of Fuzz/Seeds/PublishedFigures).
  PublishedFigures) seeds=(Examples/Published/*.json) max_len=16384 ;;
  *) echo "unknown target '$target'" >&2; exit 64 ;;
esac
[ -d "Fuzz/Seeds/$target" ] && seeds+=(Fuzz/Seeds/"$target"/*)
for seed in "${seeds[@]}"; do
  # Keep seeds small: libFuzzer mutates faster on short inputs.
  head -c "$max_len" "$seed" >"$corpus.seeds/$(basename "$(dirname "$seed")")-$(basename "$seed")"
done

time_flag=()
[ "$seconds" != 0 ] && time_flag=(-max_total_time="$seconds")
# Leak detection is off: the Swift runtime's metadata caches and lazily initialised globals
# (the compiled plan) live until exit and LeakSanitizer reports them at every exit.
# malloc_context_size=0: no stack is recorded at each malloc and free, which was about a fifth of
# the sample targets' time. It changes only what a report shows (no "allocated by" / "freed
# by" stacks), not what is detected; re-run a crash input with
# ASAN_OPTIONS=detect_leaks=0 for the full report.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:malloc_context_size=0}
# A Swift runtime trap (fatalError, a failed check) is reported by libFuzzer as a deadly
# signal with its stack; Swift's own backtracer would instead trip AddressSanitizer while
# reading memory and report a bogus heap-buffer-overflow in CrashHandlerLinux.cpp.
export SWIFT_BACKTRACE=${SWIFT_BACKTRACE:-enable=no}
# The sample targets stop at 1 KiB (CSV) and 2 KiB (JSON): their time per input grows with
# its length (every case is parsed, tallied and fingerprinted twice), and a long run drifts
# towards the maximum. At 1 KiB CSVSample runs about twice as fast as at 4 KiB and reaches
# all but 0.2% of the coverage; 1 KiB still holds a Demonstration header and some 17 CSV
# rows or over 200 tiny broken ones (past the per-code diagnostic limit), 2 KiB some 10 JSON
# cases. A -max_len among the extra flags overrides this (libFuzzer keeps the last).
exec "$bin" "${time_flag[@]}" -timeout=20 -rss_limit_mb=2048 -max_len="$max_len" -detect_leaks=0 \
  -artifact_prefix="$artifacts/" -print_final_stats=1 "$@" "$corpus" "$corpus.seeds"
