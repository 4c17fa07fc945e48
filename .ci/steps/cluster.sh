#!/usr/bin/env bash
# Live cluster input against the kube-apiserver stand-in (tests/ApiServerStandIn), a process on 127.0.0.1 loaded with
# samples/configs. First Debian's kubectl reads it through a kubeconfig, which shows the stand-in speaks the API as a
# kube-apiserver does (discovery, Tables, lists, a watch that sees an object added and deleted, 403); then
# `metallb-validate validate --cluster` must report exactly the findings (rule, object, path, severity, node, message)
# and exit code of `metallb-validate validate samples/configs` (the Namespaces the pools serve exist), and MLB0111 once
# one of them is deleted. Needs a build (Debug) first.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
cli="$root/src/MetalLb.Validation.Cli/bin/Debug/net10.0/metallb-validate.dll"
standin="$root/tests/ApiServerStandIn/bin/Debug/net10.0/ApiServerStandIn.dll"
fail() { echo "cluster: $*"; exit 1; }
[ -f "$cli" ] && [ -f "$standin" ] || fail "build the solution first"

if ! command -v kubectl >/dev/null; then
  apt-get update -qq
  if apt-cache policy kubectl | grep -q 'Candidate: [0-9]'; then apt-get install -y -qq kubectl >/dev/null; else apt-get install -y -qq kubernetes-client >/dev/null; fi
fi

work=$(mktemp -d)
pid=
watcher=
cleanup() {
  [ -n "$watcher" ] && kill "$watcher" 2>/dev/null || true
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  exec 3>&- 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
mkfifo "$work/control"
exec 3<>"$work/control"
dotnet "$standin" --kubeconfig "$work/kubeconfig" samples/configs tests/ApiServerStandIn/Fixtures/namespaces.yaml <&3 >"$work/standin.out" 2>"$work/standin.err" &
pid=$!
for _ in $(seq 1 100); do grep -q '^ready' "$work/standin.out" 2>/dev/null && break; sleep 0.2; done
grep -q '^ready' "$work/standin.out" || { cat "$work/standin.err"; fail "the stand-in did not start"; }
export KUBECONFIG="$work/kubeconfig"
control() { # command, expected answer prefix
  local before
  before=$(wc -l <"$work/standin.out")
  echo "$1" >&3
  for _ in $(seq 1 50); do [ "$(wc -l <"$work/standin.out")" -gt "$before" ] && break; sleep 0.1; done
  tail -1 "$work/standin.out" | grep -q '^ok' || fail "stand-in command '$1': $(tail -1 "$work/standin.out")"
}

echo "cluster: kubectl $(kubectl version --client 2>/dev/null | head -1) against $(sed -n 's/^ready //p' "$work/standin.out")"
kubectl get nodes >"$work/nodes.txt"
cat "$work/nodes.txt"
head -1 "$work/nodes.txt" | grep -q '^NAME  *AGE' || fail "kubectl get nodes printed no table header"
[ "$(grep -c '^worker-' "$work/nodes.txt")" -eq 3 ] || fail "kubectl get nodes did not list the 3 sample nodes"

kubectl get namespaces -o name >"$work/namespaces.txt"
[ "$(sort "$work/namespaces.txt" | tr '\n' ' ')" = "namespace/default namespace/intranet namespace/kube-system namespace/metallb-system " ] \
  || fail "kubectl get namespaces: $(cat "$work/namespaces.txt")"
echo "cluster: kubectl get namespaces: $(wc -l <"$work/namespaces.txt") namespaces"

kubectl get ipaddresspools.metallb.io -n metallb-system -o json >"$work/pools.json"
python3 - "$work/pools.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
items = d["items"]
assert sorted(i["metadata"]["name"] for i in items) == ["office", "public", "public-extra"], items
for i in items:
    assert i["apiVersion"] == "metallb.io/v1beta1" and i["kind"] == "IPAddressPool", i
    assert all(i["metadata"].get(k) for k in ("resourceVersion", "uid", "creationTimestamp")), i["metadata"]
print("cluster: kubectl -o json: %d IPAddressPools with resourceVersion, uid, creationTimestamp" % len(items))
PY

# EndpointSlices (how the monitor finds the node agents) by the label Kubernetes puts on a Service's slices.
control "apply tests/ApiServerStandIn/Fixtures/monitor/node-agent-slice.yaml"
kubectl get endpointslices.discovery.k8s.io -n metallb-system -l kubernetes.io/service-name=metallb-validate-node-agent -o jsonpath='{range .items[*]}{.metadata.name} {.endpoints[0].nodeName} {.endpoints[0].addresses[0]}:{.ports[0].port}{"\n"}{end}' >"$work/slices.txt"
grep -q '^metallb-validate-node-agent-7xk2p worker-2 169.254.74.2:7474$' "$work/slices.txt" || fail "kubectl get endpointslices -l: $(cat "$work/slices.txt")"
[ -z "$(kubectl get endpointslices.discovery.k8s.io -n metallb-system -l kubernetes.io/service-name=other -o name)" ] || fail "the label selector did not filter EndpointSlices"
echo "cluster: kubectl -l kubernetes.io/service-name=...: the node agents' EndpointSlice $(cat "$work/slices.txt")"

# A watch: kubectl lists, then watches from the list's resourceVersion; it must see an object added, then deleted.
kubectl get ipaddresspools.metallb.io -n metallb-system --watch --output-watch-events -o json >"$work/watch.json" 2>"$work/watch.err" &
watcher=$!
for _ in $(seq 1 50); do grep -q '"name": "public-extra"' "$work/watch.json" 2>/dev/null && break; sleep 0.2; done
control "apply tests/ApiServerStandIn/Fixtures/new-pool.yaml"
control "delete IPAddressPool metallb-system lab"
for _ in $(seq 1 50); do grep -q '"type": "DELETED"' "$work/watch.json" 2>/dev/null && break; sleep 0.2; done
kill "$watcher" 2>/dev/null || true
wait "$watcher" 2>/dev/null || true
watcher=
python3 - "$work/watch.json" <<'PY'
import json, sys
text = open(sys.argv[1]).read()
decoder, events, at = json.JSONDecoder(), [], 0
while at < len(text):
    while at < len(text) and text[at].isspace():
        at += 1
    if at < len(text):
        event, at = decoder.raw_decode(text, at)
        events.append((event["type"], event["object"]["metadata"]["name"]))
assert ("ADDED", "lab") in events and ("DELETED", "lab") in events, events
print("cluster: kubectl --watch saw %s" % ", ".join("%s %s" % e for e in events))
PY

# The tool through the same kubeconfig: the findings of the files, modulo where they are written.
set +e
dotnet "$cli" validate --cluster --kubeconfig "$work/kubeconfig" --format json >"$work/cluster.json" 2>"$work/cluster.err"
cluster_code=$?
dotnet "$cli" validate samples/configs --format json >"$work/files.json"
files_code=$?
set -e
[ "$cluster_code" -eq "$files_code" ] || { cat "$work/cluster.err"; fail "exit $cluster_code from the cluster, $files_code from the files"; }
python3 - "$work/cluster.json" "$work/files.json" <<'PY'
import json, sys
def findings(path):
    d = json.load(open(path))
    return d, sorted((f["ruleId"], json.dumps(f["resource"], sort_keys=True), f["path"], f["severity"], f["node"], f["message"]) for f in d["diagnostics"])
cluster, c = findings(sys.argv[1])
files, f = findings(sys.argv[2])
assert c == f, "cluster and files differ:\n%s\n%s" % (c, f)
assert all(x["file"].startswith("cluster:") for x in cluster["diagnostics"]), cluster["diagnostics"]
assert cluster["source"]["kind"] == "cluster" and cluster["source"]["server"].startswith("https://127.0.0.1:"), cluster["source"]
print("cluster: validate --cluster = validate samples/configs: %d findings, exit codes equal" % len(c))
PY
# SARIF of the cluster: the schema, a logical place per object (no file to point at).
set +e
dotnet "$cli" validate --cluster --kubeconfig "$work/kubeconfig" --format sarif >"$work/cluster.sarif" 2>/dev/null
set -e
bash .ci/steps/sarif.sh "$work/cluster.sarif"

# Namespaces are read (metadata only): with intranet gone, the office pool's serviceAllocation names a missing one.
control "delete Namespace - intranet"
set +e
dotnet "$cli" validate --cluster --kubeconfig "$work/kubeconfig" --format json >"$work/no-intranet.json" 2>"$work/no-intranet.err"
set -e
python3 - "$work/no-intranet.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
hits = [f for f in d["diagnostics"] if f["ruleId"] == "MLB0111"]
assert len(hits) == 1 and '"intranet"' in hits[0]["message"] and hits[0]["file"].startswith("cluster:IPAddressPool/"), hits
print("cluster: intranet deleted -> MLB0111 at %s %s" % (hits[0]["file"], hits[0]["path"]))
PY

# 403: a resource the account may not list is a plain message and exit 2, from kubectl and from the tool.
control "forbid nodes"
kubectl get nodes >/dev/null 2>"$work/forbidden.err" && fail "kubectl read forbidden nodes"
grep -q 'Forbidden\|forbidden' "$work/forbidden.err" || fail "kubectl: $(cat "$work/forbidden.err")"
set +e
dotnet "$cli" validate --cluster --kubeconfig "$work/kubeconfig" >/dev/null 2>"$work/tool-forbidden.err"
code=$?
set -e
[ "$code" -eq 2 ] && grep -q 'forbidden to list nodes (403)' "$work/tool-forbidden.err" || fail "validate --cluster on forbidden nodes: exit $code, $(cat "$work/tool-forbidden.err")"
echo "cluster: 403 on nodes: kubectl says Forbidden, validate --cluster exits 2: $(cat "$work/tool-forbidden.err")"
