#!/usr/bin/env bash
# Trimmed and NativeAOT consumers (tests/TrimmedConsumer, linux-x64) must report exactly what the JIT build reports, on
# the samples and the conformance corpora (../shared/corpus, when it sits beside the clone), in every mode; and the
# AdmissionHandler must answer a review there. The rules are listed, not found by reflection, and the JSON is
# source-generated, so neither trimming nor AOT compilation removes anything; the library declares IsAotCompatible and
# builds with the trim and AOT analyzers' warnings as errors.
set -euo pipefail
cd "$(dirname "$0")/../.."
app=tests/TrimmedConsumer
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# NativeAOT links with clang and zlib.
if ! command -v clang >/dev/null || [ ! -e /usr/include/zlib.h ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends clang zlib1g-dev >/dev/null
fi

publish() { # name, extra properties...
  local name=$1; shift
  dotnet publish "$app" -c Release -r linux-x64 --self-contained -o "$out/$name" "$@" >"$out/$name.log" 2>&1 \
    || { cat "$out/$name.log"; exit 1; }
}
dotnet build "$app" -c Release -o "$out/jit" >"$out/jit.log" 2>&1 || { cat "$out/jit.log"; exit 1; }
publish trimmed -p:PublishTrimmed=true
publish aot -p:PublishAot=true
[ -x "$out/aot/TrimmedConsumer" ] && ! [ -e "$out/aot/TrimmedConsumer.dll" ] || { echo "the AOT publish made no native executable"; exit 1; }

inputs=(samples/configs samples/topology/manifests)
corpus=../shared/corpus
if [ -d "$corpus" ]; then
  mapfile -t files < <(find "$corpus" -type f \( -name '*.yaml' -o -name '*.yml' -o -name '*.json' \) | LC_ALL=C sort)
  inputs+=("${files[@]}")
else
  echo "trimmed/AOT: $corpus not found; comparing on the samples only"
fi

run() { # name, command...
  local name=$1; shift
  set +e
  "$@" >"$out/$name.txt" 2>&1; echo "exit $?" >>"$out/$name.txt"
  set -e
}
run validate-jit dotnet "$out/jit/TrimmedConsumer.dll" validate "${inputs[@]}"
run admit-jit dotnet "$out/jit/TrimmedConsumer.dll" admit samples/configs
grep -q '"allowed":false' "$out/admit-jit.txt" && grep -q 'exit 0' "$out/admit-jit.txt" \
  || { cat "$out/admit-jit.txt"; echo "the JIT build's admission handler did not deny an overlapping pool"; exit 1; }
for build in trimmed aot; do
  run "validate-$build" "$out/$build/TrimmedConsumer" validate "${inputs[@]}"
  run "admit-$build" "$out/$build/TrimmedConsumer" admit samples/configs
  for what in validate admit; do
    diff -u "$out/$what-jit.txt" "$out/$what-$build.txt" | head -40 || true
    cmp -s "$out/$what-jit.txt" "$out/$what-$build.txt" || { echo "$build build differs from JIT on $what"; exit 1; }
  done
  echo "$build = JIT on ${#inputs[@]} inputs x 3 modes ($(grep -o '"ruleId"' "$out/validate-jit.txt" | wc -l) findings, $(tail -2 "$out/validate-jit.txt" | head -1)) and on an admission review"
done
