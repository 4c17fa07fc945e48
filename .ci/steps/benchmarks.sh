#!/usr/bin/env bash
# Benchmarks must keep compiling and running; real runs are manual (see README "Performance").
# A dry job, in process, on tiny inputs: each benchmark runs once, so this takes about a minute.
set -euo pipefail
cd "$(dirname "$0")/../.."
METALLB_BENCH_SCALES=0.01,0.04 dotnet run -c Release --project benchmarks/MetalLb.Validation.Benchmarks -- \
  --filter '*' --job dry --inProcess --artifacts "${TMPDIR:-/tmp}/bdn-smoke" > "${TMPDIR:-/tmp}/bdn-smoke.log" 2>&1 \
  || { tail -50 "${TMPDIR:-/tmp}/bdn-smoke.log"; exit 1; }
grep -E '^\|' "${TMPDIR:-/tmp}/bdn-smoke.log" || { echo "benchmarks printed no table"; tail -50 "${TMPDIR:-/tmp}/bdn-smoke.log"; exit 1; }
