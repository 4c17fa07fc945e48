#!/usr/bin/env bash
# Conformance: our verdicts against MetalLB's own test cases (metallb-parity), its shipped samples, and real configurations (realworld) judged finding by finding.
# Runs only when the shared corpus sits beside the clone (../shared/corpus); otherwise says it skipped.
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus=../shared/corpus
if [ ! -d "$corpus/metallb-parity" ] || [ ! -d "$corpus/metallb" ] || [ ! -d "$corpus/realworld" ]; then
  echo "conformance: skipped ($corpus not found)"
  exit 0
fi
dotnet run --project tests/MetalLb.Validation.Conformance -- "$corpus" tests/MetalLb.Validation.Conformance/known-differences.yaml tests/MetalLb.Validation.Conformance/realworld-expectations.yaml
