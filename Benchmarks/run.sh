#!/usr/bin/env bash
# InspectionKit benchmarks (run on demand; not part of `swift test` or CI).
#
#   Benchmarks/run.sh                        # 10,000, 100,000 and 1,000,000 OMI2 cases
#   BENCH_SIZES="10000 100000" Benchmarks/run.sh
#   BENCH_REPEAT=5 Benchmarks/run.sh         # runs per measurement (median reported; default 3)
#   BENCH_MEMORY_SIZES="" Benchmarks/run.sh  # skip the peak-memory check at 2,000,000 cases
#   BENCH_STATIC=0 Benchmarks/run.sh         # the dynamically linked build (default: static)
#
# For each size it generates a deterministic OMI2 sample (`inspect generate-sample OMI2
# --cases N --seed 1`), warms the file cache, then times `wc -l` (the floor: reading the
# file), `inspect score OMI2 <file> --format json --output …` (wall time and peak resident
# memory from /usr/bin/time) and Benchmarks/score_pandas.py (pandas is installed with pip
# when missing), checks that pandas and inspect agree, and prints each against the targets:
# inspect at most 5× `wc -l`, at least 20× faster than pandas, peak memory at most 64 MiB.
# It also times `inspect compile all` (every shipped framework), and checks peak memory alone
# on bigger samples (BENCH_MEMORY_SIZES, default 2,000,000 cases). Needs ~3 GB of disk in
# $BENCH_DIR (default .build/bench) for the largest samples.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=${BENCH_SIZES:-"10000 100000 1000000"}
repeat=${BENCH_REPEAT:-3}
dir=${BENCH_DIR:-.build/bench}
mkdir -p "$dir"

echo "== machine"
uname -srm
grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: /cpu: /' || true
grep -qw sha_ni /proc/cpuinfo 2>/dev/null && echo "SHA extensions: yes (SHA-256 in hardware)" \
  || echo "SHA extensions: not seen (SHA-256 in Swift)"
echo "cores: $(nproc)"
free -m 2>/dev/null | awk '/Mem:/ {print "memory: " $2 " MiB"}' || true
swift --version 2>&1 | head -1
echo "load: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"

# The Swift runtime and Foundation linked in (--static-swift-stdlib), as a command-line tool
# is shipped on Linux: it starts about 3 ms sooner and needs no Swift toolchain where it runs.
# BENCH_STATIC=0 measures the dynamically linked binary `swift build -c release` makes. Its own
# build directory, so that switching does not relink the everyday one.
if [ "${BENCH_STATIC:-1}" = 1 ]; then
  build=(swift build -c release --product inspect --static-swift-stdlib --scratch-path .build/bench-static)
  linking="Swift runtime linked statically"
else
  build=(swift build -c release --product inspect)
  linking="Swift runtime linked dynamically"
fi
echo "== build (release; $linking)"
"${build[@]}" 2>&1 | tail -1
inspect=$("${build[@]}" --show-bin-path)/inspect

python3 -c "import pandas" 2>/dev/null || pip install --quiet pandas
echo "pandas $(python3 -c 'import pandas; print(pandas.__version__)'), $(python3 --version)"

# median of the numbers on stdin
median() { sort -g | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
# wall seconds (microsecond clock) and peak resident KiB of one run of "$@", as "seconds kib";
# standard output goes to $out (default /dev/null)
measure() {
  local start=$EPOCHREALTIME
  /usr/bin/time -f "%M" -o "$dir/time.txt" "$@" >"${out:-/dev/null}" 2>"$dir/stderr.txt"
  local end=$EPOCHREALTIME
  echo "$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.4f", b - a }') $(cat "$dir/time.txt")"
}

echo "== compile all shipped frameworks"
rm -rf "$dir/frameworks"
times=$(for _ in $(seq "$repeat"); do
  measure "$inspect" compile all --output "$dir/frameworks" | cut -d' ' -f1
done | median)
echo "inspect compile all: ${times} s (median of $repeat; $(ls "$dir/frameworks" | wc -l) documents)"

printf '\n== scoring OMI2 samples (median of %s runs; warm file cache)\n' "$repeat"
printf '%10s %9s %8s %9s %7s %9s %11s %9s %9s %8s\n' \
  cases MB "wc -l s" "inspect s" "× wc" "MB/s" "cases/s" "peak MiB" "pandas s" "speedup"
verdicts=()
for n in $sizes; do
  sample="$dir/omi2-$n.csv"
  [ -s "$sample" ] || "$inspect" generate-sample OMI2 --cases "$n" --seed 1 --output "$sample"
  cat "$sample" >/dev/null  # warm the cache
  bytes=$(wc -c <"$sample")
  wc_s=$(for _ in $(seq "$repeat"); do measure wc -l "$sample" | cut -d' ' -f1; done | median)
  runs=$(for _ in $(seq "$repeat"); do
    measure "$inspect" score OMI2 "$sample" --format json --output "$dir/inspect-$n.json"
  done)
  inspect_s=$(cut -d' ' -f1 <<<"$runs" | median)
  peak_kib=$(cut -d' ' -f2 <<<"$runs" | sort -g | tail -1)
  pandas_runs=$repeat
  [ "$n" -ge 1000000 ] && pandas_runs=1  # minutes per run
  pandas_s=$(for _ in $(seq "$pandas_runs"); do
    out="$dir/pandas-$n.json" measure python3 Benchmarks/score_pandas.py \
      "$dir/frameworks/OMI2-2009.json" "$sample" | cut -d' ' -f1
  done | median)
  python3 Benchmarks/compare.py "$dir/inspect-$n.json" "$dir/pandas-$n.json"
  awk -v n="$n" -v b="$bytes" -v w="$wc_s" -v s="$inspect_s" -v k="$peak_kib" -v p="$pandas_s" '
    function max(a, c) { return a > c ? a : c }
    BEGIN {
      s1 = max(s, 0.0001); w1 = max(w, 0.0001)
      printf "%10d %9.1f %8.3f %9.3f %7.1f %9.0f %11.0f %9.1f %9.2f %8.1f\n",
        n, b / 1e6, w, s, s1 / w1, b / 1e6 / s1, n / s1, k / 1024, p, p / s1
    }'
  verdicts+=("$(awk -v n="$n" -v w="$wc_s" -v s="$inspect_s" -v k="$peak_kib" -v p="$pandas_s" '
    function max(a, c) { return a > c ? a : c }
    BEGIN {
      s1 = max(s, 0.0001); w1 = max(w, 0.0001)
      printf "%d cases: ≤5× wc -l %s (%.1f×), ≥20× pandas %s (%.1f×), ≤64 MiB %s (%.1f MiB)",
        n, (s1 / w1 <= 5 ? "met" : "MISSED"), s1 / w1, (p / s1 >= 20 ? "met" : "MISSED"), p / s1,
        (k / 1024 <= 64 ? "met" : "MISSED"), k / 1024
    }')")
done
# Memory must stay flat beyond the timed sizes too: inspect alone on bigger samples.
memory_sizes=${BENCH_MEMORY_SIZES-"2000000"}
if [ -n "$memory_sizes" ]; then
  printf '\n== peak memory on bigger samples (inspect only; one run each)\n'
  for n in $memory_sizes; do
    sample="$dir/omi2-$n.csv"
    [ -s "$sample" ] || "$inspect" generate-sample OMI2 --cases "$n" --seed 1 --output "$sample"
    read -r seconds kib < <(measure "$inspect" score OMI2 "$sample" --format json \
      --output "$dir/inspect-$n.json")
    awk -v n="$n" -v s="$seconds" -v k="$kib" 'BEGIN {
      printf "%10d cases: %.2f s, peak %.1f MiB\n", n, s, k / 1024 }'
    verdicts+=("$(awk -v n="$n" -v k="$kib" 'BEGIN {
      printf "%d cases: ≤64 MiB %s (%.1f MiB)", n, (k / 1024 <= 64 ? "met" : "MISSED"), k / 1024 }')")
  done
fi

echo
echo "== targets"
printf '%s\n' "${verdicts[@]}"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
