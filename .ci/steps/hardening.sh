#!/usr/bin/env bash
# Hardening checks that are not unit tests: the benchmarks still run (dry), and the fuzz harness replays its seed
# corpus and every input that once crashed it (fuzz/regressions) without an exception escaping.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash .ci/steps/benchmarks.sh
dotnet run -c Release --project fuzz/MetalLb.Validation.Fuzz -- fuzz/corpus fuzz/regressions
