#!/usr/bin/env bash
# Packs the library, the testing package and the tool (Release, SourceLink, symbols), installs the tool from the local
# packages into a temporary tool path and runs it as a user would: text, json, sarif and junit on samples/configs,
# --version, --help, and the settings file found in the working directory.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "package: $*"; exit 1; }

# SourceLink (always on) maps sources only when the git remote names the public repository; a CI clone's origin is a
# local path, so pack from a clone of HEAD whose origin is the repository URL the packages advertise.
repo_url=$(sed -n 's:.*<RepositoryUrl>\(.*\)</RepositoryUrl>.*:\1:p' Directory.Build.props)
git clone -q --no-hardlinks "$root" "$work/src"
git -C "$work/src" remote set-url origin "$repo_url.git"
for project in MetalLb.Validation MetalLb.Validation.Testing MetalLb.Validation.Kubernetes MetalLb.Validation.Cli; do
  dotnet pack "$work/src/src/$project" -c Release -o "$work/packages" -p:ContinuousIntegrationBuild=true -nologo -v quiet >/dev/null \
    || { dotnet pack "$work/src/src/$project" -c Release -o "$work/packages" -p:ContinuousIntegrationBuild=true -nologo | tail -30; fail "pack $project failed"; }
done
ls "$work/packages"

version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props)
for id in MetalLb.Validation MetalLb.Validation.Testing MetalLb.Validation.Kubernetes; do
  nupkg="$work/packages/$id.$version.nupkg"
  [ -f "$work/packages/$id.$version.snupkg" ] || fail "$id has no symbol package"
  listing=$(unzip -l "$nupkg")
  for part in README.md "lib/net8.0/$id.dll" "lib/net8.0/$id.xml" "lib/net10.0/$id.dll" "lib/net10.0/$id.xml"; do
    grep -q " $part\$" <<<"$listing" || fail "$id package lacks $part"
  done
  nuspec=$(unzip -p "$nupkg" "$id.nuspec")
  grep -q '<license type="expression">Apache-2.0</license>' <<<"$nuspec" || fail "$id nuspec lacks the license expression"
  grep -q "<repository type=\"git\" url=\"$repo_url\"" <<<"$nuspec" || fail "$id nuspec lacks the repository URL"
  unzip -o -q "$work/packages/$id.$version.snupkg" -d "$work/symbols-$id"
  grep -a -q "raw.githubusercontent.com" "$work/symbols-$id/lib/net10.0/$id.pdb" || fail "$id symbols carry no SourceLink map"
done
# Outputs are captured before grep: under pipefail, `grep -q` closing the pipe early fails the writer with SIGPIPE.
tool_listing=$(unzip -l "$work/packages/MetalLb.Validation.Cli.$version.nupkg")
grep -q " README.md\$" <<<"$tool_listing" || fail "tool package lacks README.md"
tool_symbols="$work/packages/MetalLb.Validation.Cli.$version.snupkg"
[ -f "$tool_symbols" ] || fail "MetalLb.Validation.Cli has no symbol package"
symbols_listing=$(unzip -l "$tool_symbols")
grep -q " tools/net10.0/any/metallb-validate.pdb\$" <<<"$symbols_listing" || fail "tool symbol package lacks metallb-validate.pdb"
unzip -o -q "$tool_symbols" -d "$work/symbols-cli"
grep -a -q "raw.githubusercontent.com" "$work/symbols-cli/tools/net10.0/any/metallb-validate.pdb" || fail "tool symbols carry no SourceLink map"

dotnet tool install MetalLb.Validation.Cli --version "$version" --tool-path "$work/tools" --add-source "$work/packages" >/dev/null
tool="$work/tools/metallb-validate"
grep -Eq "^$version(\+[0-9a-f]+)?\$" <<<"$("$tool" --version)" || fail "--version does not print $version (+commit)"
grep -q "validate" <<<"$("$tool" --help)" || fail "--help lists no validate command"
grep -q -- "--no-suppressions" <<<"$("$tool" validate --help)" || fail "validate --help lacks --no-suppressions"
grep -q "^MLB0104" <<<"$("$tool" rules)" || fail "rules does not list MLB0104"

for format in text json sarif junit; do
  set +e
  "$tool" validate samples/configs --format "$format" > "$work/out.$format" 2> "$work/err.$format"
  code=$?
  set -e
  [ "$code" -eq 1 ] || fail "$format: expected exit 1 on the sample, got $code"
  [ ! -s "$work/err.$format" ] || fail "$format: unexpected stderr: $(cat "$work/err.$format")"
done
grep -q "MLB0104" "$work/out.text" || fail "text output lacks MLB0104"
grep -Eq '^[0-9]+ errors?, [0-9]+ warnings?' <(tail -1 "$work/out.text") || fail "text output lacks the summary line"
if grep -q $'\e\[' "$work/out.text"; then fail "text output to a file has colour codes"; fi
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["summary"]["errors"] > 0' "$work/out.json"
python3 -c 'import sys, xml.etree.ElementTree as E; r=E.parse(sys.argv[1]).getroot(); assert r.tag=="testsuites" and len(r.iter("failure").__next__().attrib["message"])>0' "$work/out.junit"
bash .ci/steps/sarif.sh "$work/out.sarif"

# The settings file in the working directory is found, and its ignorePaths apply relative to it.
mkdir -p "$work/proj/generated"
cp samples/configs/pools.yaml "$work/proj/generated/"
printf 'apiVersion: metallb.io/v1beta1\nkind: IPAddressPool\nmetadata: {name: ok, namespace: metallb-system}\nspec: {addresses: [10.9.0.0/24]}\n' > "$work/proj/pool.yaml"
(cd "$work/proj" && "$tool" validate . >/dev/null 2>&1) && fail "without a settings file the generated bad pools should fail"
printf 'ignorePaths: ["generated/**"]\n' > "$work/proj/.metallb-validate.yaml"
(cd "$work/proj" && "$tool" validate .) >/dev/null || fail "ignorePaths in the discovered .metallb-validate.yaml did not apply"
# The README's install-from-a-clone lines, exactly as written, in a fresh clone with a scratch home (--global).
readme_install=$(awk '/^Install the tool from nuget.org/{on=1} on&&/^```sh$/{getline; while ($0 != "```") {print; getline}; exit}' README.md)
[ "$(wc -l <<<"$readme_install")" -eq 3 ] || fail "README install block not found"
git clone -q --no-hardlinks "$root" "$work/readme-clone"
(cd "$work/readme-clone" && HOME="$work/home" PATH="$work/home/.dotnet/tools:$PATH" DOTNET_CLI_HOME="$work/home" bash -euo pipefail -c "$readme_install") >"$work/readme-install.log" 2>&1 \
  || { cat "$work/readme-install.log"; fail "the README's install lines fail"; }
grep -Eq "^$version(\+[0-9a-f]+)?\$" <(tail -1 "$work/readme-install.log") || fail "the README-installed tool does not print $version"

echo "package: 4 packages and their symbol packages packed and checked; tool installed and run in text, json, sarif and junit"
