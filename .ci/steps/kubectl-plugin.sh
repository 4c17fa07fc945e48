#!/usr/bin/env bash
# kubectl plugin: an executable named kubectl-metallb_validate on PATH runs as `kubectl metallb-validate ...` (kubectl
# maps the dash in the command to an underscore in the file name). Puts one in a temporary PATH directory that runs the
# built CLI, checks `kubectl plugin list` finds it, and that `kubectl metallb-validate validate samples/configs --format
# json` prints byte for byte what the CLI prints run directly, with the same exit code (1: the sample has deliberate
# mistakes). Also checks the krew manifest template parses and names the plugin. Needs a build (Debug) first.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
dll="$root/src/MetalLb.Validation.Cli/bin/Debug/net10.0/metallb-validate.dll"
fail() { echo "kubectl-plugin: $*"; exit 1; }
[ -f "$dll" ] || fail "no $dll: build the solution first"

# Debian's kubectl. Debian bookworm has no package named kubectl (its kubectl is in kubernetes-client); use whichever
# of the two the configured sources have.
if ! command -v kubectl >/dev/null; then
  apt-get update -qq
  if apt-cache policy kubectl | grep -q 'Candidate: [0-9]'; then
    apt-get install -y -qq kubectl >/dev/null
  else
    echo "kubectl-plugin: no Debian package named kubectl; installing kubernetes-client, which provides kubectl"
    apt-get install -y -qq kubernetes-client >/dev/null
  fi
fi
kubectl version --client 2>/dev/null | head -1 || true

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/bin"
cat > "$work/bin/kubectl-metallb_validate" <<WRAPPER
#!/bin/sh
exec dotnet "$dll" "\$@"
WRAPPER
chmod +x "$work/bin/kubectl-metallb_validate"
export PATH="$work/bin:$PATH"
# kubectl never needs a cluster for a plugin, but keep it away from any kubeconfig on the machine.
export KUBECONFIG="$work/kubeconfig"

# `kubectl plugin list` exits 1 when it finds any warning (say, another plugin shadowed on this machine's PATH):
# judge it by its listing, not its status.
listing=$(kubectl plugin list 2>&1 || true)
grep -qx "$work/bin/kubectl-metallb_validate" <<<"$listing" || fail "kubectl plugin list does not show the plugin: $listing"

set +e
dotnet "$dll" validate samples/configs --format json > "$work/direct.json" 2> "$work/direct.err"
direct=$?
kubectl metallb-validate validate samples/configs --format json > "$work/plugin.json" 2> "$work/plugin.err"
plugin=$?
set -e
[ "$direct" -eq 1 ] || fail "the CLI run directly exited $direct on the sample, expected 1"
[ "$plugin" -eq "$direct" ] || fail "kubectl metallb-validate exited $plugin, the CLI $direct: $(cat "$work/plugin.err")"
cmp -s "$work/direct.json" "$work/plugin.json" || { diff "$work/direct.json" "$work/plugin.json" | head -20; fail "kubectl metallb-validate printed other JSON than the CLI"; }
cmp -s "$work/direct.err" "$work/plugin.err" || fail "stderr differs: $(cat "$work/plugin.err")"
# The underscore form reaches the same plugin.
kubectl metallb_validate --version > "$work/version" || fail "kubectl metallb_validate --version failed"
[ "$(cat "$work/version")" = "$(dotnet "$dll" --version)" ] || fail "--version through kubectl differs"

# The krew manifest template: krew's Plugin kind, named for the executable krew links (metallb-validate ->
# kubectl-metallb_validate), a linux-amd64 platform whose bin is the native executable.
python3 - deploy/krew/metallb-validate.yaml <<'PY'
import sys, yaml
m = yaml.safe_load(open(sys.argv[1]))
assert m["apiVersion"] == "krew.googlecontainertools.github.com/v1alpha2" and m["kind"] == "Plugin", m
assert m["metadata"]["name"] == "metallb-validate", m["metadata"]
spec = m["spec"]
assert spec["version"].startswith("v") and spec["shortDescription"] and spec["homepage"], spec
(p,) = spec["platforms"]
assert p["selector"]["matchLabels"] == {"os": "linux", "arch": "amd64"}, p
assert p["bin"] == "metallb-validate" and p["uri"] and p["sha256"], p
PY
echo "kubectl-plugin: kubectl metallb-validate matches the CLI (exit $plugin, $(wc -c < "$work/plugin.json") bytes of JSON); krew manifest ok"
