#!/usr/bin/env bash
# pre-commit hook: runs Debian's pre-commit with this repository's .pre-commit-hooks.yaml on a throwaway git repository,
# as a user would: the README's .pre-commit-config.yaml snippets as written, except that `repo:` names this repository
# by its local path and `rev:` the commit checked out, then `pre-commit install` and `git commit`. A good manifest commits; an IPAddressPool with an
# invalid address is refused, with the finding in the output. The CLI is on PATH as `metallb-validate` (a wrapper
# around the built dll). No network: the hook is language: system and the repository is a local path. Needs a build.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
dll="$root/src/MetalLb.Validation.Cli/bin/Debug/net10.0/metallb-validate.dll"
fail() { echo "pre-commit: $*"; exit 1; }
[ -f "$dll" ] || fail "no $dll: build the solution first"
command -v pre-commit >/dev/null || (apt-get update -qq && apt-get install -y -qq pre-commit >/dev/null)
pre-commit --version

# pre-commit clones the hook repository at `rev`: what it tests is the committed .pre-commit-hooks.yaml.
rev=$(git rev-parse HEAD)
git cat-file -e "$rev:.pre-commit-hooks.yaml" 2>/dev/null || fail "commit $rev has no .pre-commit-hooks.yaml"
git diff --quiet HEAD -- .pre-commit-hooks.yaml || echo "pre-commit: note: .pre-commit-hooks.yaml has uncommitted changes; testing the committed one"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/bin"
cat > "$work/bin/metallb-validate" <<WRAPPER
#!/bin/sh
exec dotnet "$dll" "\$@"
WRAPPER
chmod +x "$work/bin/metallb-validate"
export PATH="$work/bin:$PATH" PRE_COMMIT_HOME="$work/cache"
export GIT_AUTHOR_NAME=ci GIT_AUTHOR_EMAIL=ci@example.invalid GIT_COMMITTER_NAME=ci GIT_COMMITTER_EMAIL=ci@example.invalid
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1   # no user or system git settings (hooksPath, templates, signing)

# The README's two snippets (section "pre-commit hook"): the config, and the folder form's hook entry.
python3 - README.md "$root" "$rev" "$work" <<'PY'
import re, sys
readme, root, rev, work = sys.argv[1:]
text = open(readme, encoding="utf-8").read()
section = text[text.index("\n## pre-commit hook"):]
section = section[:section.index("\n## ", 1)]
blocks = re.findall(r"```yaml\n(.*?)```", section, re.S)
config = next(b for b in blocks if b.startswith("repos:") and "id: metallb-validate" in b)
folder = next(b for b in blocks if b.lstrip().startswith("- id: metallb-validate") and "pass_filenames: false" in b)
config, n = re.subn(r"(?m)^(- repo: ).*$", lambda m: m.group(1) + root, config)
config, k = re.subn(r"(?m)^(  rev: )\S+", lambda m: m.group(1) + rev, config)
assert n == 1 and k == 1, "the README's config snippet has no repo: and rev: line"
header = config[:config.index("  hooks:\n") + len("  hooks:\n")]
open(f"{work}/config.yaml", "w").write(config)
open(f"{work}/config-folder.yaml", "w").write(header + folder)
PY
folder=$(sed -n 's/^ *args: \[\(.*\)\]$/\1/p' "$work/config-folder.yaml")
[ -n "$folder" ] || fail "the README's folder form names no folder"

repo="$work/manifests"
git init -q -b main "$repo"
cd "$repo"
cp "$work/config.yaml" .pre-commit-config.yaml
pre-commit install > /dev/null
git add .pre-commit-config.yaml
git commit -q -m "pre-commit config" > "$work/out.0" 2>&1 || { cat "$work/out.0"; fail "committing the config alone failed"; }

mkdir -p "$folder"
cat > "$folder/pools.yaml" <<'YAML'
apiVersion: metallb.io/v1beta1
kind: IPAddressPool
metadata:
  name: public
  namespace: metallb-system
spec:
  addresses:
  - 203.0.113.0/25
---
apiVersion: metallb.io/v1beta1
kind: L2Advertisement
metadata:
  name: public
  namespace: metallb-system
spec:
  ipAddressPools:
  - public
YAML
printf 'replicas: 2\n' > values.yaml   # YAML that is not a Kubernetes object: info, not a failure
git add "$folder/pools.yaml" values.yaml
git commit -m "a good pool" > "$work/out.good" 2>&1 || { cat "$work/out.good"; fail "the good manifest was refused"; }
grep -q "metallb-validate.*Passed" "$work/out.good" || { cat "$work/out.good"; fail "the hook did not run on the good manifest"; }

cat > "$folder/office.yaml" <<'YAML'
apiVersion: metallb.io/v1beta1
kind: IPAddressPool
metadata:
  name: office
  namespace: metallb-system
spec:
  addresses:
  - 192.168.10.300/24
YAML
git add "$folder/office.yaml"
set +e
git commit -m "a bad pool" > "$work/out.bad" 2>&1
code=$?
set -e
[ "$code" -ne 0 ] || { cat "$work/out.bad"; fail "the commit with an invalid address was accepted"; }
grep -q "metallb-validate.*Failed" "$work/out.bad" || { cat "$work/out.bad"; fail "the hook did not fail"; }
grep -Fq "$folder/office.yaml" "$work/out.bad" && grep -Eq "error +MLB[0-9]+ .*192\.168\.10\.300" "$work/out.bad" \
  || { cat "$work/out.bad"; fail "the refusal does not show the finding"; }
[ "$(git rev-list --count HEAD)" -eq 2 ] || fail "a refused commit was recorded"

# The folder form the README shows: the hook validates the folder whenever a file in it changes, so the invalid
# office.yaml (still staged) fails a run that was given only pools.yaml.
cp "$work/config-folder.yaml" .pre-commit-config.yaml
set +e
pre-commit run metallb-validate --files "$folder/pools.yaml" > "$work/out.folder" 2>&1
code=$?
set -e
[ "$code" -ne 0 ] && grep -Eq "error +MLB[0-9]+ .*192\.168\.10\.300" "$work/out.folder" \
  || { cat "$work/out.folder"; fail "the folder form did not validate the folder"; }
sed -i 's/192\.168\.10\.300/192.168.10.0/' "$folder/office.yaml"
git add "$folder/office.yaml" .pre-commit-config.yaml
git commit -m "the pool fixed, the folder form" > "$work/out.fixed" 2>&1 || { cat "$work/out.fixed"; fail "the fixed pool was refused"; }

echo "pre-commit: good manifest committed, bad one refused (and by the folder form), fixed one committed; the finding:"
grep -E "error +MLB" "$work/out.bad" | sed 's/^/  /'
