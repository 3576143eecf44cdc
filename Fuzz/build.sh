#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/Targets/ with the package's own sources, instrumented
# with `-sanitize=fuzzer,address`: the C targets (CSHA256, CSVLineScan) and then one static
# library per Swift
# module in dependency order, then one executable per target. Nothing here touches
# `swift build` or `swift test`.
#
#   Fuzz/build.sh                 # all targets into .build/fuzz/bin/
#   Fuzz/build.sh CSVSample       # one target (the libraries are rebuilt only when stale)
set -euo pipefail
cd "$(dirname "$0")/.."

out=.build/fuzz
mkdir -p "$out/lib" "$out/bin"
# -I Sources/<C target>/include: its module.modulemap makes `import <C target>` resolve.
# -package-name: modules share `package` declarations (SHA256.hashFour), as under SwiftPM.
flags=(-O -sanitize=fuzzer,address -parse-as-library -swift-version 6 -g -package-name InspectionKit -I "$out/lib"
  -I Sources/CSHA256/include -I Sources/CSVLineScan/include)

# The C targets (the toolbox's SHA-256 block function and CSV line scan),
# with the toolchain's clang so that their fuzzer and ASan instrumentation match swiftc's.
# -fsanitize=fuzzer-no-link: coverage without libFuzzer's main, which the targets link once.
stale=false  # once a library is rebuilt, every later one is too (they see its layout)
clang=$(dirname "$(command -v swiftc)")/clang
[ -x "$clang" ] || clang=clang
c_targets=(CSHA256 CSVLineScan)
for name in "${c_targets[@]}"; do
  c_lib="$out/lib/lib$name.a"
  if [ ! -f "$c_lib" ] || [ -n "$(find "Sources/$name" -newer "$c_lib" -type f | head -1)" ]; then
    stale=true
    echo "building $name" >&2
    objects=()
    for source in "Sources/$name"/*.c; do
      object="$out/lib/$name-$(basename "$source" .c).o"
      "$clang" -fsanitize=fuzzer-no-link,address -O2 -g -std=c11 -Wall -Wextra -Werror \
        -I "Sources/$name/include" -c "$source" -o "$object"
      objects+=("$object")
    done
    rm -f "$c_lib"
    ar rcs "$c_lib" "${objects[@]}"
  fi
done

# Module and source directory, in dependency order (keep in step with Package.swift's targets;
# CI fails here if a module is missing).
modules=(
  "InspectionSupport Sources/InspectionSupport"
  "InspectionStatistics Sources/InspectionStatistics"
  "InspectionSchema Sources/InspectionSchema"
  "InspectionDSL Sources/InspectionDSL"
  "InspectionCompiler Sources/InspectionCompiler"
  "InspectionEvaluator Sources/InspectionEvaluator"
  "InspectionComparison Sources/InspectionComparison"
  "InspectionReports Sources/InspectionReports"
  "FrameworkCatalog Frameworks"
  "InspectCommands Sources/InspectCommands"
)

for entry in "${modules[@]}"; do
  read -r name dir <<<"$entry"
  lib="$out/lib/lib$name.a"
  if ! $stale && [ -f "$lib" ] && [ -z "$(find "$dir" -name '*.swift' -newer "$lib" | head -1)" ]; then
    continue
  fi
  stale=true
  echo "building $name" >&2
  # Each module as one static library; -sanitize=fuzzer instruments without linking a main.
  swiftc "${flags[@]}" -wmo -module-name "$name" -emit-library -static \
    -emit-module -emit-module-path "$out/lib/$name.swiftmodule" \
    -o "$lib" $(find "$dir" -name '*.swift' | sort)
done

# Static libraries link dependents first; the C targets are needed by the Swift ones, so last.
libs=()
for ((i = ${#modules[@]} - 1; i >= 0; i--)); do
  read -r name _ <<<"${modules[$i]}"
  libs+=("-l$name")
done
for name in "${c_targets[@]}"; do libs+=("-l$name"); done

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=($(cd Fuzz/Targets && ls *.swift | sed 's/\.swift$//'))
fi
for target in "${targets[@]}"; do
  echo "linking $target" >&2
  # Each target is one file plus the helpers in Fuzz/Targets/Shared/.
  # (gold warns about every ASan helper symbol it cannot export: noise, filtered.)
  swiftc "${flags[@]}" -module-name "Fuzz$target" Fuzz/Targets/"$target".swift \
    Fuzz/Targets/Shared/*.swift -L "$out/lib" "${libs[@]}" -lm -o "$out/bin/$target" 2>&1 \
    | { grep -v "Cannot export local symbol" || true; }
  test -x "$out/bin/$target"
done
