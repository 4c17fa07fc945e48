#!/usr/bin/env bash
# node-check against real interfaces: the NetNs tests create network namespaces, so they need root and iproute2.
# CI_REQUIRE_NETNS=1 stops them from skipping: a missing prerequisite fails the step instead of hiding it.
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! command -v ip >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq iproute2 >/dev/null
fi
[ "$(id -u)" -eq 0 ] || { echo "topology-netns: must run as root (network namespaces)"; exit 1; }

log=$(mktemp)
set +e
CI_REQUIRE_NETNS=1 dotnet test tests/MetalLb.Validation.Tests --no-restore --filter "Category=NetNs" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
[ "$status" -eq 0 ] || exit "$status"
passed=$(grep -oE "Passed: +[0-9]+" "$log" | awk '{ s += $2 } END { print s + 0 }')
skipped=$(grep -oE "Skipped: +[0-9]+" "$log" | awk '{ s += $2 } END { print s + 0 }')
[ "$passed" -gt 0 ] && [ "$skipped" -eq 0 ] || { echo "topology-netns: expected NetNs tests to run (passed $passed, skipped $skipped)"; exit 1; }
echo "topology-netns: $passed passed"
