#!/usr/bin/env bash
# Validates the CLI's real SARIF output against the real SARIF 2.1.0 schema (Draft 4) in ../shared/reference.
# Usage: .ci/steps/sarif.sh [FILE.sarif...]   (without FILE, runs the CLI on samples/configs and on one from stdin first)
set -euo pipefail
cd "$(dirname "$0")/../.."
schema=../shared/reference/sarif-schema-2.1.0.json
if [ ! -f "$schema" ]; then
  echo "sarif: $schema not present; schema validation skipped (the unit tests still check the structure)"
  exit 0
fi

files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  file=$(mktemp --suffix=.sarif)
  stdin_file=$(mktemp --suffix=.sarif)
  set +e
  dotnet run --no-build --project src/MetalLb.Validation.Cli -- validate samples/configs --format sarif > "$file"
  code=$?
  dotnet run --no-build --project src/MetalLb.Validation.Cli -- validate --format sarif < samples/configs/pools.yaml > "$stdin_file"
  stdin_code=$?
  set -e
  [ "$code" -eq 1 ] || { echo "sarif: expected exit 1 on the sample, got $code"; exit 1; }
  [ "$stdin_code" -eq 1 ] || { echo "sarif: expected exit 1 on the sample from stdin, got $stdin_code"; exit 1; }
  files=("$file" "$stdin_file")
fi

# jsonschema (Python) is on the CI image; Debian's python3-jsonschema is the fallback. JsonSchema.Net, the usual .NET
# choice, does not implement Draft 4, which the SARIF schema is written in.
py=python3
if ! "$py" -c 'import jsonschema' 2>/dev/null; then
  py=/usr/bin/python3
  "$py" -c 'import jsonschema' 2>/dev/null || { apt-get update -qq && apt-get install -y -qq python3-jsonschema >/dev/null; }
fi

for file in "${files[@]}"; do
"$py" -W ignore - "$schema" "$file" <<'PY'
import json, sys
import jsonschema
schema = json.load(open(sys.argv[1]))
doc = json.load(open(sys.argv[2]))
validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
for e in errors[:20]:
    print("sarif: schema violation at /" + "/".join(map(str, e.path)) + ": " + e.message)
if errors:
    sys.exit(1)
run = doc["runs"][0]
rules = run["tool"]["driver"]["rules"]
ids = [r["id"] for r in rules]
for r in run["results"]:
    assert ids[r["ruleIndex"]] == r["ruleId"], r
    loc = r["locations"][0]["physicalLocation"]["artifactLocation"]
    if "uri" not in loc:
        # Standard input and objects read from a cluster have no URI; the description names them.
        assert loc["description"]["text"] == "<stdin>" or loc["description"]["text"].startswith("cluster:"), loc
        continue
    assert not loc["uri"].startswith("/") and "\\" not in loc["uri"], loc
    assert loc.get("uriBaseId") == "%SRCROOT%", loc
for rule in rules:
    assert rule["helpUri"].endswith("/docs/rules/%s.md" % rule["id"]), rule
    # The rule pages are embedded in the library, so even an installed tool explains every rule in full.
    assert "## How to fix" in rule["help"]["markdown"], rule["id"]
    assert "**" not in rule["help"]["text"] and "```" not in rule["help"]["text"], rule["id"]
print("sarif: %s valid against SARIF 2.1.0 (%d rules, %d results)" % (sys.argv[2], len(rules), len(run["results"])))
PY
done
