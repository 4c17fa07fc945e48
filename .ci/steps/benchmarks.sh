#!/usr/bin/env bash
# Benchmarks must keep compiling and running; real runs are manual (see README "Performance").
# A dry job, in process, on tiny inputs: each benchmark runs once, so this takes about a minute. Then the whole-process
# script (benchmarks/whole-process.sh --smoke) once on a tiny input, reusing the native executable when the native step
# has made it, so that script cannot rot either (under a minute).
set -euo pipefail
cd "$(dirname "$0")/../.."
METALLB_BENCH_SCALES=0.01,0.04 dotnet run -c Release --project benchmarks/MetalLb.Validation.Benchmarks -- \
  --filter '*' --job dry --inProcess --artifacts "${TMPDIR:-/tmp}/bdn-smoke" > "${TMPDIR:-/tmp}/bdn-smoke.log" 2>&1 \
  || { tail -50 "${TMPDIR:-/tmp}/bdn-smoke.log"; exit 1; }
grep -E '^\|' "${TMPDIR:-/tmp}/bdn-smoke.log" || { echo "benchmarks printed no table"; tail -50 "${TMPDIR:-/tmp}/bdn-smoke.log"; exit 1; }

command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
table=$(bash benchmarks/whole-process.sh --smoke)
echo "$table"
grep -qE '^\| native `validate <input> --mode frr` \| [0-9.]+ ms \| [0-9]+ MB \| [0-9.]+x' <<<"$table" \
  || { echo "whole-process: no timing of the native validate in the table"; exit 1; }
