#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/Targets/ with the package's own sources, instrumented
# with `-sanitize=fuzzer,address`: the C target CSHA256 and then one static library per Swift
# module in dependency order, then one executable per target. Nothing here touches
# `swift build` or `swift test`.
#
#   Fuzz/build.sh                 # all targets into .build/fuzz/bin/
#   Fuzz/build.sh CSVSample       # one target (the libraries are rebuilt only when stale)
set -euo pipefail
cd "$(dirname "$0")/.."

out=.build/fuzz
mkdir -p "$out/lib" "$out/bin"
# -I Sources/CSHA256/include: its module.modulemap makes `import CSHA256` resolve.
# -package-name: modules share `package` declarations (SHA256.hashFour), as under SwiftPM.
flags=(-O -sanitize=fuzzer,address -parse-as-library -swift-version 6 -g -package-name InspectionKit -I "$out/lib"
  -I Sources/CSHA256/include)

# The C target (InspectionSchema's SHA-256 block function), with the toolchain's clang so that
# its fuzzer and ASan instrumentation match swiftc's. -fsanitize=fuzzer-no-link: coverage
# without libFuzzer's main, which the targets link once.
stale=false  # once a library is rebuilt, every later one is too (they see its layout)
clang=$(dirname "$(command -v swiftc)")/clang
[ -x "$clang" ] || clang=clang
c_lib="$out/lib/libCSHA256.a"
if [ ! -f "$c_lib" ] || [ -n "$(find Sources/CSHA256 -newer "$c_lib" -type f | head -1)" ]; then
  stale=true
  echo "building CSHA256" >&2
  "$clang" -fsanitize=fuzzer-no-link,address -O2 -g -std=c11 -Wall -Wextra -Werror \
    -I Sources/CSHA256/include -c Sources/CSHA256/sha256.c -o "$out/lib/CSHA256.o"
  rm -f "$c_lib"
  ar rcs "$c_lib" "$out/lib/CSHA256.o"
fi

# Module and source directory, in dependency order (keep in step with Package.swift's targets;
# CI fails here if a module is missing).
modules=(
  "InspectionSchema Sources/InspectionSchema"
  "InspectionDSL Sources/InspectionDSL"
  "InspectionCompiler Sources/InspectionCompiler"
  "InspectionEvaluator Sources/InspectionEvaluator"
  "InspectionReports Sources/InspectionReports"
  "InspectionComparison Sources/InspectionComparison"
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

# Static libraries link dependents first; CSHA256 is needed by InspectionSchema, so last.
libs=()
for ((i = ${#modules[@]} - 1; i >= 0; i--)); do
  read -r name _ <<<"${modules[$i]}"
  libs+=("-l$name")
done
libs+=(-lCSHA256)

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
