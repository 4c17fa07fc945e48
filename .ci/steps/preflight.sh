#!/usr/bin/env bash
# CI: the preflight against a real router. Installs BIRD 2 and iproute2, then runs the tests that create a network
# namespace, a veth pair and a BIRD instance (as root). CI_REQUIRE_PREFLIGHT=1 turns their skip into a failure.
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ "$(id -u)" -ne 0 ]; then
  echo "preflight: must run as root (network namespaces, veth links)"; exit 1
fi

export DEBIAN_FRONTEND=noninteractive
if ! command -v bird >/dev/null || ! command -v ip >/dev/null; then
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends bird2 iproute2 >/dev/null
fi
# The package may start a system BIRD where systemd runs; the tests use their own instance in a namespace, so a
# system one on the host does not interfere (the tests' router listens only inside its namespace).

CI_REQUIRE_PREFLIGHT=1 timeout 180 dotnet test tests/MetalLb.Validation.Tests --filter "Category=Preflight" \
  --logger "console;verbosity=normal"
