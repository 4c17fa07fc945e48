#!/usr/bin/env bash
# The monitor at scale, measured the way it runs: the stand-in serves OBJECTS objects (default 10,000: a third Nodes, a
# third NodeNetworkStates holding each node's BGP source VIP on lo, a third BGPPeers each pinned to its node from that
# VIP; a few pools and advertisements), `metallb-validate monitor` watches it, and the script measures
#   - the monitor's resident memory once ready (VmRSS) and its peak (VmHWM), from /proc;
#   - the time from a change (a NodeNetworkState loses its VIP, or gets it back) to /metrics showing it, polled every
#     10 ms, ROUNDS times each way; the median, minimum and maximum.
# Needs a build (Debug). MONITOR_CLI=PATH measures that executable (the NativeAOT one) instead of the JIT build.
#
#   benchmarks/monitor-scale.sh
#   OBJECTS=30000 ROUNDS=11 MONITOR_CLI=artifacts/native/metallb-validate benchmarks/monitor-scale.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
objects=${OBJECTS:-10000}
rounds=${ROUNDS:-7}
cli="$root/src/MetalLb.Validation.Cli/bin/Debug/net10.0/metallb-validate.dll"
standin="$root/tests/ApiServerStandIn/bin/Debug/net10.0/ApiServerStandIn.dll"
[ -f "$cli" ] && [ -f "$standin" ] || { echo "monitor-scale: build the solution first"; exit 1; }
if [ -n "${MONITOR_CLI:-}" ]; then monitor_cmd=("$MONITOR_CLI"); what=$MONITOR_CLI; else monitor_cmd=(dotnet "$cli"); what="JIT build"; fi
work=$(mktemp -d)
standin_pid= monitor_pid=
cleanup() {
  for p in $monitor_pid $standin_pid; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
  exec 3>&- 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

nodes=$((objects / 3))
python3 - "$work" "$nodes" <<'PY'
import os, sys
work, n = sys.argv[1], int(sys.argv[2])
def nns(i, vip):
    lo = "            - {ip: 127.0.0.1, prefix-length: 8}\n" + (f"            - {{ip: 10.{200 + i // 65536}.{i // 256 % 256}.{i % 256}, prefix-length: 32}}\n" if vip else "")
    return (f"apiVersion: nmstate.io/v1beta1\nkind: NodeNetworkState\nmetadata: {{name: node-{i}}}\nstatus:\n  currentState:\n    interfaces:\n"
            f"      - name: lo\n        type: loopback\n        state: up\n        ipv4:\n          enabled: true\n          address:\n{lo}"
            f"      - name: eth0\n        type: ethernet\n        state: up\n        ipv4:\n          enabled: true\n          address:\n"
            f"            - {{ip: 172.{16 + i // 65536}.{i // 256 % 256}.{i % 256}, prefix-length: 16}}\n")
docs = []
for i in range(n):
    docs.append(f"apiVersion: v1\nkind: Node\nmetadata:\n  name: node-{i}\n  labels: {{kubernetes.io/hostname: node-{i}, rack: r{i % 40}}}\n")
    docs.append(nns(i, True))
    docs.append(f"apiVersion: metallb.io/v1beta2\nkind: BGPPeer\nmetadata: {{name: peer-{i}, namespace: metallb-system}}\n"
                f"spec:\n  myASN: 64512\n  peerASN: 64600\n  peerAddress: 10.0.0.1\n  ebgpMultiHop: true\n"
                f"  sourceAddress: 10.{200 + i // 65536}.{i // 256 % 256}.{i % 256}\n  nodeSelectors: [{{matchLabels: {{kubernetes.io/hostname: node-{i}}}}}]\n")
for p in range(4):
    docs.append(f"apiVersion: metallb.io/v1beta1\nkind: IPAddressPool\nmetadata: {{name: pool-{p}, namespace: metallb-system}}\nspec:\n  addresses: [198.51.{p}.0/24]\n")
    docs.append(f"apiVersion: metallb.io/v1beta1\nkind: BGPAdvertisement\nmetadata: {{name: adv-{p}, namespace: metallb-system}}\nspec:\n  ipAddressPools: [pool-{p}]\n  nodeSelectors: [{{matchLabels: {{rack: r{p}}}}}]\n")
open(os.path.join(work, "cluster.yaml"), "w").write("---\n".join(docs))
open(os.path.join(work, "lost.yaml"), "w").write(nns(7, False))
open(os.path.join(work, "back.yaml"), "w").write(nns(7, True))
PY
echo "monitor-scale: $((nodes * 3 + 8)) objects ($nodes Nodes, NodeNetworkStates and BGPPeers), $(du -h "$work/cluster.yaml" | cut -f1) of YAML; $what"

mkfifo "$work/control"
exec 3<>"$work/control"
dotnet "$standin" --kubeconfig "$work/kubeconfig" "$work/cluster.yaml" <&3 >"$work/standin.out" 2>"$work/standin.err" &
standin_pid=$!
for _ in $(seq 1 600); do grep -q '^ready' "$work/standin.out" 2>/dev/null && break; sleep 0.2; done
grep -q '^ready' "$work/standin.out" || { cat "$work/standin.err"; echo "monitor-scale: the stand-in did not start"; exit 1; }
control() {
  local before
  before=$(wc -l <"$work/standin.out")
  echo "$1" >&3
  for _ in $(seq 1 200); do [ "$(wc -l <"$work/standin.out")" -gt "$before" ] && break; sleep 0.01; done
}

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
m="http://127.0.0.1:$port"
start=$(date +%s.%N)
"${monitor_cmd[@]}" monitor --mode frr --kubeconfig "$work/kubeconfig" --listen "127.0.0.1:$port" --debounce-ms 50 --no-events >"$work/monitor.out" 2>"$work/monitor.err" &
monitor_pid=$!
for _ in $(seq 1 1200); do curl -sf "$m/readyz" >/dev/null 2>&1 && break; sleep 0.1; done
curl -sf "$m/readyz" >/dev/null || { cat "$work/monitor.err"; curl -s "$m/readyz" | head -c 600; echo; echo "monitor-scale: not ready within 120 s"; exit 1; }
ready=$(python3 -c "import sys; print('%.1f' % (float(sys.argv[2]) - float(sys.argv[1])))" "$start" "$(date +%s.%N)")
# The process's own memory: for the JIT build, the dotnet host process is the monitor.
rss() { awk -v f="$1" '$1 == f":" { printf "%.0f", $2 / 1024 }' "/proc/$monitor_pid/status"; }
sleep 2
echo "monitor-scale: ready after ${ready} s; resident $(rss VmRSS) MB (peak $(rss VmHWM) MB)"
curl -sf "$m/metrics" | grep -E '^metallb_validate_(objects\{|validation_duration_seconds_(sum|count) )' || true

finding='metallb_validate_findings{rule="MLB0901",severity="error",node="node-7"'
measure() { # manifest, grep -q expectation (present|absent): prints milliseconds from the change to /metrics showing it
  local file=$1 want=$2 t0 t1
  t0=$(date +%s%N)
  control "apply $file"
  for _ in $(seq 1 3000); do
    # Into a file, then grep: `curl | grep -q` under pipefail fails when grep stops reading early.
    curl -sf "$m/metrics" >"$work/scrape" || true
    if grep -qF "$finding" "$work/scrape"; then [ "$want" = present ] && break; else [ "$want" = absent ] && break; fi
    sleep 0.01
  done
  t1=$(date +%s%N)
  echo $(((t1 - t0) / 1000000))
}
lost=() back=()
for _ in $(seq 1 "$rounds"); do
  lost+=("$(measure "$work/lost.yaml" present)")
  back+=("$(measure "$work/back.yaml" absent)")
done
stats() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { printf "median %d ms (min %d, max %d, %d rounds)", a[int((NR + 1) / 2)], a[1], a[NR], NR }'; }
echo "monitor-scale: change -> /metrics, VIP lost:  $(stats "${lost[@]}")"
echo "monitor-scale: change -> /metrics, VIP back:  $(stats "${back[@]}")"
echo "monitor-scale: resident after the rounds $(rss VmRSS) MB (peak $(rss VmHWM) MB)"
curl -sf "$m/metrics" | grep -E '^metallb_validate_(validation_duration_seconds_(sum|count) |last_validation_phase_seconds)' || true
