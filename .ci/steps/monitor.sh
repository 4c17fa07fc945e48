#!/usr/bin/env bash
# metallb-validate monitor with real parts: Debian's Prometheus scrapes the monitor, which watches the kube-apiserver
# stand-in loaded with samples/topology (BGP peers from VIPs) and NodeNetworkStates holding worker-1's and worker-2's
# VIPs. The story: worker-2 is redeployed with a new address and its VIP is not re-added (its NodeNetworkState is
# MODIFIED) -> MLB0901 appears in /metrics, in Prometheus (HTTP API), in /api/v1/nodes/worker-2 and as an Event; the
# VIP comes back -> all of them clear. Then the node agent: worker-2 loses its NodeNetworkState and the real agent
# (node-check --watch) runs in a network namespace as worker-2, found through its EndpointSlice; the VIP is removed
# from the namespace's lo -> MLB0901 naming agent:worker-2 in /metrics; re-added -> it clears (needs root for the
# namespace). Also: promtool checks a scrape and tests the shipped alert rules. Every wait is bounded. Needs a build (Debug) first. MONITOR_OUT=DIR keeps the story's outputs (the README shows them);
# MONITOR_CLI=PATH runs that executable instead of the JIT build (native.sh runs the story on the NativeAOT one).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
cli="$root/src/MetalLb.Validation.Cli/bin/Debug/net10.0/metallb-validate.dll"
standin="$root/tests/ApiServerStandIn/bin/Debug/net10.0/ApiServerStandIn.dll"
fixtures="$root/tests/ApiServerStandIn/Fixtures/monitor"
story=monitor
# shellcheck source=.ci/steps/story.lib.sh
. .ci/steps/story.lib.sh
[ -f "$cli" ] && [ -f "$standin" ] || fail "build the solution first"
if [ -n "${MONITOR_CLI:-}" ]; then monitor_cmd=("$MONITOR_CLI"); else monitor_cmd=(dotnet "$cli"); fi

need=()
command -v promtool >/dev/null && command -v prometheus >/dev/null || need+=(prometheus)
python3 -c 'import yaml' 2>/dev/null || need+=(python3-yaml)
if ! command -v kubectl >/dev/null; then
  apt-get update -qq
  if apt-cache policy kubectl | grep -q 'Candidate: [0-9]'; then need+=(kubectl); else need+=(kubernetes-client); fi
fi
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

work=$(mktemp -d)
out=${MONITOR_OUT:-$work/out}
mkdir -p "$out"
standin_pid= monitor_pid= prometheus_pid= agent_pid=
netns=mlbv-agent-$$
cleanup() {
  for p in $agent_pid $prometheus_pid $monitor_pid $standin_pid; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
  # Whatever still runs in the story's own namespace keeps it (and its veth) alive: stop it first.
  for p in $(ip netns pids "$netns" 2>/dev/null); do kill "$p" 2>/dev/null || true; done
  ip link del "mlbv-h$$" 2>/dev/null || true
  ip netns del "$netns" 2>/dev/null || true
  exec 3>&- 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# 1. The shipped alert rules: the PrometheusRule's groups as a plain rule file, checked and unit-tested.
shipped_rules deploy/monitor

# 2. The stand-in with the topology, and the monitor watching it.
mkfifo "$work/control"
exec 3<>"$work/control"
dotnet "$standin" --kubeconfig "$work/kubeconfig" samples/topology/manifests "$fixtures/nodes-with-vips.yaml" <&3 >"$work/standin.out" 2>"$work/standin.err" &
standin_pid=$!
for _ in $(seq 1 100); do grep -q '^ready' "$work/standin.out" 2>/dev/null && break; sleep 0.2; done
grep -q '^ready' "$work/standin.out" || { cat "$work/standin.err"; fail "the stand-in did not start"; }
export KUBECONFIG="$work/kubeconfig"
control() {
  local before
  before=$(wc -l <"$work/standin.out")
  echo "$1" >&3
  for _ in $(seq 1 50); do [ "$(wc -l <"$work/standin.out")" -gt "$before" ] && break; sleep 0.1; done
  tail -1 "$work/standin.out" | grep -q '^ok' || fail "stand-in command '$1': $(tail -1 "$work/standin.out")"
}

mport=$(free_port)
"${monitor_cmd[@]}" monitor --mode frr --kubeconfig "$work/kubeconfig" --listen "127.0.0.1:$mport" --debounce-ms 100 --resync 5 --node-agents metallb-validate-node-agent --node-agent-interval 1 >"$work/monitor.out" 2>"$work/monitor.err" &
monitor_pid=$!
m="http://127.0.0.1:$mport"

# The node agent for step 6, started now so its start overlaps the first story. worker-2 is a network namespace (lo holds the VIP, eth0 a veth with worker-2's address and the
# address its EndpointSlice names); the real agent serves its interfaces there and worker-2's NodeNetworkState goes.
command -v ip >/dev/null || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends iproute2 >/dev/null; }
ip netns add "$netns"
ip link add "mlbv-h$$" type veth peer name "mlbv-n$$"
ip link set "mlbv-n$$" netns "$netns"
ip addr add 169.254.74.1/30 dev "mlbv-h$$"
ip link set "mlbv-h$$" up
in_ns() { ip netns exec "$netns" "$@"; }
in_ns ip link set lo up
in_ns ip link set "mlbv-n$$" name eth0
in_ns ip addr add 169.254.74.2/30 dev eth0
in_ns ip addr add 10.0.0.12/24 dev eth0
in_ns ip link set eth0 up
in_ns ip addr add 10.255.0.2/32 dev lo
in_ns ip link add eth1 type veth peer name eth1-peer  # the office network L2Advertisement office announces on, as in its NodeNetworkState
in_ns ip addr add 192.168.50.3/24 dev eth1
in_ns ip link set eth1 up
in_ns ip link set eth1-peer up
# ip netns exec execs the agent: $! is the agent itself.
ip netns exec "$netns" "${monitor_cmd[@]}" node-check --watch --node worker-2 --interval 1s --listen 169.254.74.2:7474 --mode frr samples/topology/manifests >"$work/agent.out" 2>"$work/agent.err" &
agent_pid=$!

for _ in $(seq 1 100); do curl -sf "$m/readyz" >/dev/null 2>&1 && break; sleep 0.2; done
curl -sf "$m/readyz" >"$out/readyz.json" || { cat "$work/monitor.err"; curl -s "$m/readyz" || true; fail "the monitor did not become ready"; }
echo "monitor: ready on $m: $(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["reason"])' "$out/readyz.json")"

# 3. Prometheus scraping it every second.
start_prometheus metallb-validate "127.0.0.1:$mport" metallb_validate_ready

# 4. promtool on a real scrape.
curl -sf "$m/metrics" >"$out/metrics-before.txt"
promtool check metrics <"$out/metrics-before.txt"
echo "monitor: promtool check metrics: a scrape of $(grep -vc '^#' "$out/metrics-before.txt") samples is valid"
grep -q 'rule="MLB0901"' "$out/metrics-before.txt" && fail "MLB0901 before the story: $(grep MLB0901 "$out/metrics-before.txt")"

t0=$(now)
metrics_url="$m/metrics"
node_has() { curl -sf "$m/api/v1/nodes/worker-2" | python3 -c 'import json,sys; d=json.load(sys.stdin)["node"]; sys.exit(0 if any(x["ruleId"]=="MLB0901" for x in d["diagnostics"]) == (sys.argv[1]=="yes") else 1)' "$1"; }
event_count() { kubectl get events -A -o json | python3 -c 'import json,sys; print(sum(1 for e in json.load(sys.stdin)["items"] if e["reason"]==sys.argv[1] and e["involvedObject"]["name"] in ("worker-2","tor-a-worker-2")))' "$1"; }
events_are() { [ "$(event_count "$1")" = "$2" ]; }

# 5. The story. worker-2 redeployed: new address, VIP not re-added.
echo "monitor: worker-2's NodeNetworkState loses 10.255.0.2"
t0=$(now)
control "apply $fixtures/worker-2-vip-lost.yaml"
wait_for "MLB0901 for worker-2 in /metrics" 10 has_metric 'metallb_validate_findings{rule="MLB0901",severity="error",node="worker-2",namespace="metallb-system"} 1'
wait_for "MLB0901 for worker-2 in Prometheus" 15 in_prometheus 'metallb_validate_findings{rule="MLB0901",node="worker-2"}' "1 1"
wait_for "MLB0901 in /api/v1/nodes/worker-2" 10 node_has yes
wait_for "MLB0901 Events on BGPPeer tor-a-worker-2 and Node worker-2" 10 events_are MLB0901 2
wait_for "alert MetalLbBgpSessionBlocked pending in Prometheus" 15 in_prometheus 'ALERTS{alertname="MetalLbBgpSessionBlocked",node="worker-2"}' "1 1"
curl -sf "$m/metrics" >"$out/metrics-vip-lost.txt"
promtool check metrics <"$out/metrics-vip-lost.txt"
curl -sf "$m/api/v1/nodes/worker-2" | python3 -m json.tool >"$out/node-worker-2-vip-lost.json"
query 'metallb_validate_findings{rule="MLB0901"}' | python3 -m json.tool >"$out/prometheus-query.json"
kubectl get events -A -o custom-columns=NAMESPACE:.metadata.namespace,TYPE:.type,REASON:.reason,KIND:.involvedObject.kind,OBJECT:.involvedObject.name,MESSAGE:.message >"$out/events.txt"
python3 - "$out/node-worker-2-vip-lost.json" <<'PY'
import json, sys
node = json.load(open(sys.argv[1]))["node"]
session = node["sessions"][0]
assert session["peer"] == "tor-a-worker-2" and session["sourceAddress"] == "10.255.0.2" and session["sourceInterface"] is None, session
assert not any("10.255.0.2/32" in i["addresses"] for i in node["interfaces"]), node["interfaces"]
assert any("10.0.0.22/24" in i["addresses"] for i in node["interfaces"]), node["interfaces"]
print("monitor: /api/v1/nodes/worker-2: session %s from %s on no interface; eth0 now 10.0.0.22" % (session["peer"], session["sourceAddress"]))
PY

# The VIP comes back.
echo "monitor: worker-2's NodeNetworkState holds 10.255.0.2 again"
t0=$(now)
control "apply $fixtures/worker-2-vip-back.yaml"
wait_for "MLB0901 gone from /metrics" 10 lacks_metric 'rule="MLB0901"'
wait_for "MLB0901 gone from Prometheus" 15 in_prometheus 'metallb_validate_findings{rule="MLB0901"}' "0 -"
wait_for "MLB0901 gone from /api/v1/nodes/worker-2" 10 node_has no
wait_for "MLB0901Cleared Events on both objects" 10 events_are MLB0901Cleared 2
curl -sf "$m/api/v1/nodes/worker-2" | python3 -m json.tool >"$out/node-worker-2-vip-back.json"
python3 -c 'import json,sys; s=json.load(open(sys.argv[1]))["node"]["sessions"][0]; assert s["sourceInterface"]=="lo", s; print("monitor: /api/v1/nodes/worker-2: %s from %s on lo again" % (s["peer"], s["sourceAddress"]))' "$out/node-worker-2-vip-back.json"
kubectl get events -A -o custom-columns=NAMESPACE:.metadata.namespace,TYPE:.type,REASON:.reason,KIND:.involvedObject.kind,OBJECT:.involvedObject.name >"$out/events-after.txt"
curl -sf "$m/metrics" >"$out/metrics-after.txt"
promtool check metrics <"$out/metrics-after.txt"

# 6. The node agent (started with the monitor): worker-2's NodeNetworkState goes, its agent's EndpointSlice comes.
for _ in $(seq 1 100); do curl -sf http://169.254.74.2:7474/api/v1/interfaces >/dev/null 2>&1 && break; sleep 0.2; done
curl -sf http://169.254.74.2:7474/api/v1/interfaces >/dev/null || { cat "$work/agent.err"; fail "the node agent did not serve its interfaces"; }
agent_state() { # what the monitor and the agent say, when a wait of the agent story fails
  echo "--- monitor /readyz"; curl -s "$m/readyz"; echo
  echo "--- monitor /api/v1/nodes/worker-2"; curl -s "$m/api/v1/nodes/worker-2"; echo
  echo "--- agent /api/v1/interfaces"; curl -s http://169.254.74.2:7474/api/v1/interfaces; echo
  echo "--- agent stderr"; tail -20 "$work/agent.err"
}
on_timeout=agent_state
control "apply tests/ApiServerStandIn/Fixtures/monitor/node-agent-slice.yaml"
control "delete NodeNetworkState - worker-2"
source_is() { curl -sf "$m/metrics" | grep -q "metallb_validate_node_interface_source{node=\"worker-2\",source=\"$1\"} 1"; }
t0=$(now)
wait_for "worker-2's interfaces from its agent (node_interface_source)" 15 source_is agent
has_metric 'metallb_validate_node_agent_up{node="worker-2"} 1' || fail "node_agent_up for worker-2 is not 1"
curl -sf "$m/metrics" | grep '^metallb_validate_findings{.*severity="error"' && fail "error findings while worker-2's agent reports what its NodeNetworkState did"
echo "monitor: worker-2's agent (network namespace) loses 10.255.0.2"
t0=$(now)
in_ns ip addr del 10.255.0.2/32 dev lo
wait_for "MLB0901 for worker-2 in /metrics from its agent" 15 has_metric 'metallb_validate_findings{rule="MLB0901",severity="error",node="worker-2",namespace="metallb-system"} 1'
curl -sf "$m/api/v1/nodes/worker-2" | python3 -m json.tool >"$out/node-worker-2-agent-vip-lost.json"
python3 - "$out/node-worker-2-agent-vip-lost.json" <<'PY'
import json, sys
node = json.load(open(sys.argv[1]))["node"]
assert node["interfaceSource"]["kind"] == "agent" and node["interfaceSource"]["agent"]["endpoint"] == "169.254.74.2:7474", node["interfaceSource"]
finding = next(d for d in node["diagnostics"] if d["ruleId"] == "MLB0901")
assert "interfaces from agent:worker-2" in finding["message"], finding["message"]
print("monitor: /api/v1/nodes/worker-2: interfaces from %s, MLB0901 says 'interfaces from agent:worker-2'" % node["interfaceSource"]["source"])
PY
echo "monitor: worker-2's agent holds 10.255.0.2 again"
t0=$(now)
in_ns ip addr add 10.255.0.2/32 dev lo
wait_for "MLB0901 gone from /metrics" 15 lacks_metric 'rule="MLB0901"'
kill "$agent_pid"; wait "$agent_pid" 2>/dev/null || true; agent_pid=

# 7. SIGTERM: the monitor stops cleanly.
kill -TERM "$monitor_pid"
for _ in $(seq 1 100); do kill -0 "$monitor_pid" 2>/dev/null || break; sleep 0.1; done
kill -0 "$monitor_pid" 2>/dev/null && fail "the monitor did not stop within 10 s of SIGTERM"
set +e; wait "$monitor_pid"; code=$?; set -e
monitor_pid=
[ "$code" -eq 0 ] || { cat "$work/monitor.err"; fail "the monitor exited $code on SIGTERM"; }
echo "monitor: SIGTERM -> exit 0"
grep -q 'generation [0-9]*: .* (1 new, 0 cleared)' "$work/monitor.err" && grep -q '(0 new, 1 cleared)' "$work/monitor.err" || { cat "$work/monitor.err"; fail "the monitor's log does not show the finding appear and clear"; }
sed -n 's/^metallb-validate monitor: generation/monitor: log: generation/p' "$work/monitor.err"
