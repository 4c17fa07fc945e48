#!/usr/bin/env bash
# Hardening checks that are not unit tests:
#  - the benchmarks still run (dry, tiny inputs);
#  - the fuzz harness replays its seed corpus and every input that once crashed it (fuzz/regressions);
#  - a real-size hostile input: a generated 100 MB file (182,000 objects) is cut at LoadLimits.MaxCharactersPerSource
#    with a finding (exit 1, MLB0002), what was read is validated, and peak memory stays under 1.5 GB.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash .ci/steps/benchmarks.sh
dotnet run -c Release --project fuzz/MetalLb.Validation.Fuzz -- fuzz/corpus fuzz/regressions
dotnet run -c Release --no-build --project fuzz/MetalLb.Validation.Fuzz -- admission fuzz/admission/corpus fuzz/admission/regressions

big=$(mktemp --suffix=.yaml)
trap 'rm -f "$big" "$big.json" "$big.time"' EXIT
dotnet run -c Release --project benchmarks/MetalLb.Validation.Benchmarks -- generate 13 "$big"
dotnet build -c Release src/MetalLb.Validation.Cli >/dev/null
set +e
if [ -x /usr/bin/time ]; then
  /usr/bin/time -v -o "$big.time" dotnet src/MetalLb.Validation.Cli/bin/Release/net10.0/metallb-validate.dll validate "$big" --format json > "$big.json"
else
  dotnet src/MetalLb.Validation.Cli/bin/Release/net10.0/metallb-validate.dll validate "$big" --format json > "$big.json"
fi
code=$?
set -e
[ "$code" -eq 1 ] || { echo "100 MB input: expected exit 1 (limit finding), got $code"; exit 1; }
python3 - "$big.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
limits = [x for x in d["diagnostics"] if x["ruleId"] == "MLB0002"]
assert len(limits) == 1 and limits[0]["line"] > 0, limits
assert d["summary"]["resources"] > 50_000, d["summary"]
print(f"100 MB input: {d['summary']['resources']:,} objects validated, cut at line {limits[0]['line']:,}: {limits[0]['message']}")
PY
if [ -f "$big.time" ]; then
  peak=$(awk -F': ' '/Maximum resident/ {print $2}' "$big.time")
  wall=$(awk -F': ' '/Elapsed/ {print $2}' "$big.time")
  echo "100 MB input: peak RSS ${peak} KB, wall ${wall}"
  [ "$peak" -lt 1572864 ] || { echo "peak memory above 1.5 GB"; exit 1; }
fi
