#!/usr/bin/env bash
# The node agent (`node-check --watch`) on a real interface: a network namespace stands for worker-2, joined to the
# root namespace by a veth; its eth0 holds the node IP and the VIP 10.255.0.2 that deploy/node-agent/config's BGPPeer pins as
# sourceAddress. The agent runs inside it; Debian's Prometheus, in the root namespace, scrapes it over the veth. The
# story: the VIP is removed from eth0 -> MLB0901 appears in the agent's /metrics, in Prometheus (HTTP API) and
# /api/v1/interfaces no longer lists it (read back through `validate --ip-addr`, as the monitor reads it); the VIP is
# re-added -> all clear. Then the configuration file goes away for a while (a failed round keeps the last good state)
# and SIGTERM ends the agent with 0. promtool checks a scrape and tests the shipped alert rules. Every wait is bounded.
# Needs root, iproute2 and a build (Debug). NODE_AGENT_OUT=DIR keeps the outputs (the README shows them).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
cli="$root/src/MetalLb.Validation.Cli/bin/Debug/net10.0/metallb-validate.dll"
story=node-agent
# shellcheck source=.ci/steps/story.lib.sh
. .ci/steps/story.lib.sh
[ -f "$cli" ] || fail "build the solution first"
[ "$(id -u)" -eq 0 ] || fail "must run as root (network namespaces)"

need=()
command -v ip >/dev/null || need+=(iproute2)
command -v promtool >/dev/null && command -v prometheus >/dev/null || need+=(prometheus)
python3 -c 'import yaml' 2>/dev/null || need+=(python3-yaml)
command -v kubectl >/dev/null || need+=(kubectl)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

work=$(mktemp -d)
out=${NODE_AGENT_OUT:-$work/out}
mkdir -p "$out"
# Names and a /24 of our own: the root namespace is shared with whatever else runs on the machine.
tag=$(printf '%04x' $(( ($$ + RANDOM) % 65536 )))
ns="mlbv-nodeagent-$tag"
host="mlbva$tag"
octet=
for _ in $(seq 1 20); do
  candidate=$(( RANDOM % 250 + 2 ))
  ip -4 route show | grep -q "^172\.31\.$candidate\." || { octet=$candidate; break; }
done
[ -n "$octet" ] || fail "no free 172.31.x.0/24 in the root namespace"
node_ip="172.31.$octet.12" root_ip="172.31.$octet.1" vip=10.255.0.2
agent_pid= prometheus_pid=
cleanup() {
  for p in $prometheus_pid $agent_pid; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
  ip netns delete "$ns" 2>/dev/null || true
  ip link delete "$host" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# 1. The shipped alert rules, checked and unit-tested; the manifests render.
shipped_rules deploy/node-agent
kubectl kustomize deploy/node-agent | python3 -c '
import sys, yaml
docs = {d["kind"]: d for d in yaml.safe_load_all(sys.stdin) if d}
pod = docs["DaemonSet"]["spec"]["template"]["spec"]
assert pod["hostNetwork"] and pod["dnsPolicy"] == "ClusterFirstWithHostNet", pod
env = pod["containers"][0]["env"][0]
assert env["name"] == "NODE_NAME" and env["valueFrom"]["fieldRef"]["fieldPath"] == "spec.nodeName", env
svc = docs["Service"]["spec"]
assert svc["clusterIP"] == "None" and svc["ports"][0]["name"] == "http" and svc["ports"][0]["port"] == 7474, svc
print("node-agent: deploy/node-agent renders: %s" % ", ".join(sorted(docs)))'
kubectl kustomize deploy/node-agent-cluster | python3 -c '
import sys, yaml
docs = {d["kind"]: d for d in yaml.safe_load_all(sys.stdin) if d}
pod = docs["DaemonSet"]["spec"]["template"]["spec"]
assert "--cluster" in pod["containers"][0]["args"] and pod["automountServiceAccountToken"] and "volumes" not in pod, pod
assert "ConfigMap" not in docs and {"ClusterRole", "Role"} <= set(docs), sorted(docs)
print("node-agent: deploy/node-agent-cluster renders: --cluster, a token, RBAC, no ConfigMap")'

# 2. worker-2: a namespace, eth0 with the node IP and the VIP, the other end of the veth in the root namespace.
ip netns add "$ns"
ip link add "$host" type veth peer name eth0 netns "$ns"
ip address add "$root_ip/24" dev "$host"
ip link set "$host" up
ip -n "$ns" link set lo up
ip -n "$ns" address add "$node_ip/24" dev eth0
ip -n "$ns" address add "$vip/32" dev eth0
ip -n "$ns" link set eth0 up

cp deploy/node-agent/config/metallb.yaml "$work/metallb.yaml"
ip netns exec "$ns" dotnet "$cli" node-check --watch --interval 1s --listen :7474 --node worker-2 --mode frr "$work/metallb.yaml" >"$work/agent.out" 2>"$work/agent.err" &
agent_pid=$!
a="http://$node_ip:7474"
for _ in $(seq 1 150); do curl -sf "$a/readyz" >/dev/null 2>&1 && break; sleep 0.2; done
curl -sf "$a/readyz" >"$out/readyz.json" || { cat "$work/agent.err"; curl -s "$a/readyz" || true; fail "the agent did not become ready"; }
echo "node-agent: ready at $a (from the root namespace, over the veth): $(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["reason"])' "$out/readyz.json")"

# 3. Prometheus in the root namespace scraping it every second.
start_prometheus metallb-validate-node-agent "$node_ip:7474" 'metallb_validate_agent_ready{node="worker-2"}'

curl -sf "$a/metrics" >"$out/metrics-before.txt"
promtool check metrics <"$out/metrics-before.txt"
grep -q 'rule="MLB0901"' "$out/metrics-before.txt" && fail "MLB0901 before the story: $(grep MLB0901 "$out/metrics-before.txt")"
curl -sf -D "$work/headers" "$a/api/v1/interfaces" | python3 -m json.tool >"$out/interfaces-before.json"
grep -qi '^X-Node-Name: worker-2' "$work/headers" || fail "no X-Node-Name: worker-2 on /api/v1/interfaces: $(cat "$work/headers")"
grep -q "\"$vip\"" "$out/interfaces-before.json" || fail "/api/v1/interfaces lacks $vip before the story"
echo "node-agent: promtool check metrics: a scrape of $(grep -vc '^#' "$out/metrics-before.txt") samples is valid; /api/v1/interfaces lists eth0 with $node_ip and $vip"

metrics_url="$a/metrics"
interfaces_have_vip() { curl -sf "$a/api/v1/interfaces" | python3 -c 'import json,sys; held=any(x["local"]==sys.argv[1] for i in json.load(sys.stdin) for x in i["addr_info"]); sys.exit(0 if held == (sys.argv[2]=="yes") else 1)' "$vip" "$1"; }

# 4. The story: the VIP is not re-added after a redeploy.
echo "node-agent: $vip removed from worker-2's eth0"
t0=$(now)
ip -n "$ns" address del "$vip/32" dev eth0
wait_for "MLB0901 in the agent's /metrics" 10 has_metric 'metallb_validate_agent_findings{rule="MLB0901",severity="error",namespace="metallb-system",node="worker-2"} 1'
wait_for "$vip gone from /api/v1/interfaces" 10 interfaces_have_vip no
wait_for "MLB0901 for worker-2 in Prometheus" 15 in_prometheus 'metallb_validate_agent_findings{rule="MLB0901",node="worker-2"}' "1 1"
wait_for "alert MetalLbNodeSourceAddressMissing pending in Prometheus" 15 in_prometheus 'ALERTS{alertname="MetalLbNodeSourceAddressMissing",node="worker-2"}' "1 1"
curl -sf "$a/metrics" >"$out/metrics-vip-lost.txt"
promtool check metrics <"$out/metrics-vip-lost.txt"
curl -sf "$a/api/v1/interfaces" >"$work/interfaces-vip-lost.json"
python3 -m json.tool "$work/interfaces-vip-lost.json" >"$out/interfaces-vip-lost.json"
curl -sf "$a/api/v1/findings" | python3 -m json.tool >"$out/findings-vip-lost.json"
query 'metallb_validate_agent_findings{rule="MLB0901"}' | python3 -m json.tool >"$out/prometheus-query.json"
# What the monitor does with the answer (ConfigurationLoader.AddIpAddressJson): the same finding, from the root namespace.
set +e
dotnet "$cli" validate --mode frr --format json --ip-addr "worker-2=$work/interfaces-vip-lost.json" deploy/node-agent/config >"$out/validate-ip-addr.json"
code=$?
set -e
[ "$code" -eq 1 ] || fail "validate --ip-addr worker-2=<the agent's answer> exited $code, not 1"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1]))["diagnostics"]; assert [x["ruleId"] for x in d if x["node"]=="worker-2"]==["MLB0901"], d' "$out/validate-ip-addr.json"
echo "node-agent: validate --ip-addr worker-2=<its /api/v1/interfaces> reports MLB0901 too"

echo "node-agent: $vip added back"
t0=$(now)
ip -n "$ns" address add "$vip/32" dev eth0
wait_for "MLB0901 gone from the agent's /metrics" 10 lacks_metric 'rule="MLB0901"'
wait_for "$vip back in /api/v1/interfaces" 10 interfaces_have_vip yes
wait_for "MLB0901 gone from Prometheus" 15 in_prometheus 'metallb_validate_agent_findings{rule="MLB0901"}' "0 -"
curl -sf "$a/metrics" >"$out/metrics-after.txt"
promtool check metrics <"$out/metrics-after.txt"

# 5. The configuration cannot be read for a while: the round fails, the last good state stays, readyz says why.
echo "node-agent: the configuration file goes away"
t0=$(now)
mv "$work/metallb.yaml" "$work/metallb.yaml.away"
round_failed() { curl -sf "$a/readyz" | python3 -c 'import json,sys; r=json.load(sys.stdin); sys.exit(0 if r["status"]=="degraded" and "cannot be read" in r["reason"] else 1)'; }
wait_for "readyz degraded (still ready) with the reason" 10 round_failed
wait_for "metallb_validate_agent_last_round_ok 0" 10 has_metric 'metallb_validate_agent_last_round_ok{node="worker-2"} 0'
curl -sf "$a/readyz" | python3 -m json.tool >"$out/readyz-degraded.json"
mv "$work/metallb.yaml.away" "$work/metallb.yaml"
t0=$(now)
wait_for "back to ready" 10 has_metric 'metallb_validate_agent_last_round_ok{node="worker-2"} 1'

# 6. SIGTERM: the agent stops cleanly.
kill -TERM "$agent_pid"
for _ in $(seq 1 100); do kill -0 "$agent_pid" 2>/dev/null || break; sleep 0.1; done
kill -0 "$agent_pid" 2>/dev/null && fail "the agent did not stop within 10 s of SIGTERM"
set +e; wait "$agent_pid"; code=$?; set -e
agent_pid=
[ "$code" -eq 0 ] || { cat "$work/agent.err"; fail "the agent exited $code on SIGTERM"; }
echo "node-agent: SIGTERM -> exit 0"
grep -q '(1 new: MLB0901 BGPPeer/tor-a-worker-2, 0 cleared)' "$work/agent.err" && grep -q '(0 new, 1 cleared: MLB0901 BGPPeer/tor-a-worker-2)' "$work/agent.err" || { cat "$work/agent.err"; fail "the agent's log does not show the finding appear and clear"; }
cp "$work/agent.err" "$out/agent.log"
sed -n 's/^metallb-validate node agent: /node-agent: log: /p' "$work/agent.err"
