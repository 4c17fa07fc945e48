#!/usr/bin/env bash
# CI: the preflight against real routers. Installs BIRD 2, GoBGP and iproute2, then runs the tests that create, per
# daemon, a network namespace, a veth pair and the daemon with its config and control socket in a temp dir (as root).
# CI_REQUIRE_PREFLIGHT=1 turns their skip into a failure.
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ "$(id -u)" -ne 0 ]; then
  echo "preflight: must run as root (network namespaces, veth links)"; exit 1
fi

export DEBIAN_FRONTEND=noninteractive
if ! command -v bird >/dev/null || ! command -v gobgpd >/dev/null || ! command -v ip >/dev/null; then
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends bird2 gobgpd iproute2 >/dev/null
fi
# Where systemd runs, the packages may start system daemons; the tests run their own in namespaces and talk only to
# addresses inside them, so a system daemon on the host does not interfere.

CI_REQUIRE_PREFLIGHT=1 timeout 180 dotnet test tests/MetalLb.Validation.Tests --filter "Category=Preflight" \
  --logger "console;verbosity=normal"
