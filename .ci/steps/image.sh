#!/usr/bin/env bash
# The container image (eng/build-image.sh) from the native executable package.sh left at artifacts/native: the OCI
# archive loads into podman; the image holds only the executable, glibc, OpenSSL 3, the CA bundle, the Debian
# copyright files and passwd/group, and says which Debian package versions they came from; it runs as 65532 with a
# read-only root and no capabilities, as the manifests run it: --version; validate of a mounted sample prints what the
# executable prints outside (exit 1); validate --cluster over HTTPS against the kube-apiserver stand-in (OpenSSL
# dlopened from the image: with libssl.so.3 hidden the same run fails); the monitor ready and the node agent (the
# DaemonSet's arguments) answering /healthz and /readyz, and leaving with 0 on SIGTERM. kustomize renders the image
# name set in deploy/*/kustomization.yaml. Needs package.sh's executable and a build (Debug) of the stand-in.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
fail() { echo "image: $*"; exit 1; }
executable=artifacts/native/metallb-validate
standin="$root/tests/ApiServerStandIn/bin/Debug/net10.0/ApiServerStandIn.dll"
[ -x "$executable" ] || fail "no $executable: run .ci/steps/package.sh (or eng/publish-native.sh) first"
[ -f "$standin" ] || fail "build the solution first"
if ! command -v podman >/dev/null || ! command -v runc >/dev/null || ! command -v buildah >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends buildah podman runc >/dev/null
fi
version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props)

bash eng/build-image.sh --executable "$executable"
archive="artifacts/image/metallb-validate-$version.oci.tar"
image="localhost/metallb-validate:$version"

work=$(mktemp -d)
export CONTAINERS_STORAGE_CONF="$work/storage.conf"
printf '[storage]\ndriver = "vfs"\nrunroot = "%s/run"\ngraphroot = "%s/graph"\n' "$work" "$work" >"$CONTAINERS_STORAGE_CONF"
standin_pid=
cleanup() {
  podman rm -a -f >/dev/null 2>&1 || true
  podman rmi -a -f >/dev/null 2>&1 || true
  if [ -n "$standin_pid" ]; then kill "$standin_pid" 2>/dev/null || true; wait "$standin_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
# This sandbox's kernel has hybrid cgroups (crun refuses them: runc with cgroupfs) and forbids raising RLIMIT_NPROC
# to podman's default; a cluster's runtime needs none of this. As the pods run: read-only root, no capabilities.
podman_run() {
  podman --cgroup-manager=cgroupfs --runtime runc run --ulimit nofile=4096:4096 --ulimit nproc=4096:4096 \
    --read-only --cap-drop all --security-opt no-new-privileges "$@"
}

[ "$(podman load -q -i "$archive")" = "Loaded image: $image" ] || fail "podman load did not load $image from $archive"
podman image inspect "$image" --format '{{json .Config}}' >"$work/config.json"
python3 - "$work/config.json" "$(dpkg-query -W -f '${Version}' libc6)" "$(dpkg-query -W -f '${Version}' libssl3)" \
  "$(dpkg-query -W -f '${Version}' ca-certificates)" "$version" <<'PY'
import json, sys
c = json.load(open(sys.argv[1]))
libc, libssl, ca, version = sys.argv[2:]
assert c["User"] == "65532:65532", c["User"]
assert c["Entrypoint"] == ["/usr/local/bin/metallb-validate"], c["Entrypoint"]
labels = c["Labels"]
for package, expected in (("libc6", libc), ("libssl3", libssl), ("ca-certificates", ca)):
    assert labels.get("io.github.metallb-validation.debian." + package) == expected, (package, labels)
assert labels["org.opencontainers.image.version"] == version, labels
print("image: user 65532, entrypoint /usr/local/bin/metallb-validate; labels libc6 %s, libssl3 %s, ca-certificates %s" % (libc, libssl, ca))
PY

# Outputs are captured before grep: under pipefail, `grep -q` closing the pipe early fails the writer with SIGPIPE.
# Every file in the image, and nothing else.
rootfs=$(podman image mount "$image")
(cd "$rootfs" && find . -type f -o -type l | sed 's:^\./:/:' | sort) >"$work/files.txt"
unexpected=$(grep -vxE '/usr/local/bin/metallb-validate|/lib64/ld-linux-x86-64\.so\.2|/(usr/)?lib/x86_64-linux-gnu/lib(c\.so\.6|m\.so\.6|ssl\.so\.3|crypto\.so\.3)|/etc/ssl/certs/ca-certificates\.crt|/usr/lib/ssl/(cert\.pem|certs)|/usr/share/doc/(libc6|libssl3|ca-certificates)/copyright|/etc/(passwd|group|nsswitch\.conf)' "$work/files.txt" || true)
[ -z "$unexpected" ] || fail "files the image should not hold: $unexpected"
for needed in /usr/local/bin/metallb-validate /lib64/ld-linux-x86-64.so.2 /etc/ssl/certs/ca-certificates.crt; do
  grep -qx "$needed" "$work/files.txt" || fail "the image lacks $needed"
done
# Every library the executable and OpenSSL link is in the image (readelf: DT_NEEDED).
for elf in usr/local/bin/metallb-validate $(grep -E 'lib(ssl|crypto)\.so\.3$' "$work/files.txt" | sed 's:^/::'); do
  for lib in $(readelf -d "$rootfs/$elf" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'); do
    grep -q "/$lib\$" "$work/files.txt" || fail "$elf needs $lib, which the image lacks"
  done
done
echo "image: $(wc -l <"$work/files.txt") files, $(du -sh "$rootfs" | cut -f1): $(grep -c '\.so' "$work/files.txt") libraries (glibc, OpenSSL 3), the CA bundle, the executable"
podman image unmount "$image" >/dev/null

[ "$(podman_run --rm --network none "$image" --version)" = "$("$executable" --version)" ] || fail "--version differs from the executable's"
echo "image: --version $(podman_run --rm --network none "$image" --version)"

# A mounted sample: the same bytes and exit code as the executable outside the image.
set +e
podman_run --rm --network none -v "$root/samples:/home/nonroot/samples:ro" "$image" validate samples/configs >"$work/image.txt" 2>"$work/image.err"; code=$?
"$executable" validate samples/configs >"$work/host.txt" 2>"$work/host.err"; host_code=$?
set -e
[ "$code" -eq 1 ] && [ "$host_code" -eq 1 ] || fail "validate of the sample exits $code in the image, $host_code outside: $(tail -3 "$work/image.err")"
for stream in txt err; do
  cmp -s "$work/image.$stream" "$work/host.$stream" || { diff "$work/host.$stream" "$work/image.$stream" | head; fail "validate prints other bytes in the image ($stream)"; }
done
grep -q MLB0104 "$work/image.txt" || fail "no MLB0104 in the image's findings"
echo "image: validate samples/configs (mounted) exits 1 with what the executable prints outside: $(tail -1 "$work/image.txt")"

# HTTPS to the API server: OpenSSL is dlopened from the image; the stand-in's certificate is in the kubeconfig.
mkfifo "$work/control"
exec 3<>"$work/control"  # the stand-in reads commands from its stdin; kept open, it stays up
dotnet "$standin" --kubeconfig "$work/kubeconfig" samples/configs tests/ApiServerStandIn/Fixtures/namespaces.yaml <&3 >"$work/standin.out" 2>"$work/standin.err" &
standin_pid=$!
for _ in $(seq 1 100); do grep -q '^ready' "$work/standin.out" 2>/dev/null && break; sleep 0.2; done
grep -q '^ready' "$work/standin.out" || { cat "$work/standin.err"; fail "the stand-in did not start"; }
chmod 644 "$work/kubeconfig"
cluster_run() { podman_run --rm --network host -v "$work/kubeconfig:/kube/config:ro" "$@"; }
set +e
# stdout and stderr apart: podman relays the two streams on their own, so their interleaving is not the program's.
cluster_run "$image" validate --cluster --kubeconfig /kube/config >"$work/cluster-image.txt" 2>"$work/cluster-image.err"; code=$?
"$executable" validate --cluster --kubeconfig "$work/kubeconfig" >"$work/cluster-host.txt" 2>"$work/cluster-host.err"; host_code=$?
cluster_run -v "/dev/null:$(grep -m1 "/libssl\.so\.3$" "$work/files.txt"):ro" "$image" validate --cluster --kubeconfig /kube/config >"$work/no-ssl.txt" 2>&1; no_ssl=$?
set -e
[ "$code" -eq 1 ] && [ "$host_code" -eq 1 ] || fail "validate --cluster exits $code in the image, $host_code outside: $(tail -3 "$work/cluster-image.err")"
for stream in txt err; do
  cmp -s "$work/cluster-image.$stream" "$work/cluster-host.$stream" || { diff "$work/cluster-host.$stream" "$work/cluster-image.$stream" | head; fail "validate --cluster prints other bytes in the image ($stream)"; }
done
[ "$no_ssl" -ne 0 ] && [ "$no_ssl" -ne 1 ] || fail "with libssl.so.3 hidden validate --cluster still exits $no_ssl: the check proves nothing"
echo "image: validate --cluster over HTTPS exits 1 with the executable's findings; with libssl.so.3 hidden it exits $no_ssl ($(grep -m1 -io 'no usable version of libssl[^.]*\|ssl[^.]*' "$work/no-ssl.txt" || head -c 80 "$work/no-ssl.txt"))"

port_of() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
wait_ready() { # url
  for _ in $(seq 1 100); do curl -fs "$1/readyz" >/dev/null && return 0; sleep 0.1; done
  return 1
}
stop_cleanly() { # container, name
  podman stop -t 10 "$1" >/dev/null
  [ "$(podman wait "$1")" = 0 ] || fail "$2 did not exit 0 on SIGTERM: $(podman logs "$1" 2>&1 | tail -3)"
  podman rm "$1" >/dev/null
}

# The monitor with the Deployment's arguments, listening on loopback, reading the stand-in.
mapfile -t monitor_args < <(kubectl kustomize deploy/monitor | python3 -c '
import sys, yaml
d = next(d for d in yaml.safe_load_all(sys.stdin) if d and d["kind"] == "Deployment")
print("\n".join(a for a in d["spec"]["template"]["spec"]["containers"][0]["args"] if not a.startswith("--listen")))')
port=$(port_of)
monitor=$(podman_run -d --network host -e POD_NAMESPACE=metallb-system -v "$work/kubeconfig:/kube/config:ro" "$image" \
  "${monitor_args[@]}" --listen "127.0.0.1:$port" --kubeconfig /kube/config --no-events)
wait_ready "http://127.0.0.1:$port" || fail "the monitor is not ready: $(curl -s "http://127.0.0.1:$port/readyz"; podman logs "$monitor" 2>&1 | tail -5)"
curl -fs "http://127.0.0.1:$port/healthz" >/dev/null || fail "the monitor's /healthz"
grep -q '^metallb_validate_findings{rule="MLB0104"' <<<"$(curl -fs "http://127.0.0.1:$port/metrics")" || fail "the monitor's /metrics lacks MLB0104"
echo "image: monitor (${monitor_args[*]}) ready in the image; /healthz 200, MLB0104 in /metrics"
stop_cleanly "$monitor" monitor

# The node agent with the DaemonSet's arguments and its ConfigMap's file, on the host's network as in the DaemonSet.
mapfile -t agent_args < <(kubectl kustomize deploy/node-agent | python3 -c '
import sys, yaml
d = next(d for d in yaml.safe_load_all(sys.stdin) if d and d["kind"] == "DaemonSet")
print("\n".join(a for a in d["spec"]["template"]["spec"]["containers"][0]["args"] if not a.startswith("--listen")))')
port=$(port_of)
agent=$(podman_run -d --network host -e NODE_NAME=worker-2 \
  -v "$root/deploy/node-agent/config:/etc/metallb-validate/config:ro" "$image" "${agent_args[@]}" --listen "127.0.0.1:$port")
wait_ready "http://127.0.0.1:$port" || fail "the node agent is not ready: $(podman logs "$agent" 2>&1 | tail -5)"
[ "$(curl -fs "http://127.0.0.1:$port/healthz" -o /dev/null -w '%{http_code}')" = 200 ] || fail "the node agent's /healthz"
grep -q '^metallb_validate_agent_build_info{node="worker-2"' <<<"$(curl -fs "http://127.0.0.1:$port/metrics")" || fail "the node agent's /metrics"
curl -fs -D "$work/headers" "http://127.0.0.1:$port/api/v1/interfaces" -o /dev/null
grep -qi '^X-Node-Name: worker-2' "$work/headers" || fail "the node agent's /api/v1/interfaces names no node"
echo "image: node agent (${agent_args[*]}) ready in the image; /healthz 200, /metrics and /api/v1/interfaces answer"
stop_cleanly "$agent" "node agent"

for dir in deploy/monitor deploy/node-agent deploy/node-agent-cluster; do
  images=$(kubectl kustomize "$dir" | sed -n 's/^ *image: //p' | sort -u)
  [ "$images" = "registry.example.com/metallb-validate:$version" ] || fail "$dir renders the image '$images', not the kustomization's metallb-validate:$version"
done
echo "image: deploy/monitor, deploy/node-agent and deploy/node-agent-cluster render registry.example.com/metallb-validate:$version (kustomization.yaml images:)"
