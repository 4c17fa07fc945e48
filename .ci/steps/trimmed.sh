#!/usr/bin/env bash
# A trimmed, self-contained consumer (samples/Embedding) must report exactly what the JIT build reports: the rules are
# listed, not found by reflection, and the admission JSON is source-generated, so trimming removes neither.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=$(mktemp -d)
dotnet publish samples/Embedding -c Release -r linux-x64 --self-contained -p:PublishTrimmed=true -o "$out/trimmed" >"$out/publish.log" 2>&1 \
  || { cat "$out/publish.log"; exit 1; }
for input in samples/configs samples/topology/manifests; do
  set +e
  "$out/trimmed/Embedding" "$input" >"$out/trimmed.txt"; trimmed=$?
  dotnet run --project samples/Embedding -- "$input" >"$out/jit.txt"; jit=$?
  set -e
  [ "$trimmed" -eq "$jit" ] || { echo "trimmed exit $trimmed, JIT exit $jit on $input"; exit 1; }
  diff -u "$out/jit.txt" "$out/trimmed.txt" || { echo "trimmed build reports differently on $input"; exit 1; }
  [ -s "$out/jit.txt" ] || { echo "no output on $input"; exit 1; }
  echo "trimmed = JIT on $input ($(wc -l <"$out/jit.txt") lines, exit $jit)"
done
