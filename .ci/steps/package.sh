#!/usr/bin/env bash
# Packs the library, the testing package and the tool (Release, SourceLink, symbols). The tool is RID-specific: a
# top-level package pointing at a NativeAOT linux-x64 package and a portable `any` package. Installs it from the local
# packages into temporary tool paths as a user would and proves that `MetalLb.Validation.Cli` installs the native
# executable (ELF, no managed code beside it, runs with no .NET on PATH or in the environment) and that it prints what
# the portable (JIT) tool `MetalLb.Validation.Cli.any` prints, byte for byte, on the samples in every format; runs it:
# --version, --help, and the settings file found in the working directory. The README's install lines are run as
# written by .ci/steps/readme-commands.sh.
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
# The tool's RID packages: each is packed on its own (NativeAOT compiles for one RID per pack).
for rid in any linux-x64; do
  dotnet pack "$work/src/src/MetalLb.Validation.Cli" -c Release -r "$rid" -o "$work/packages" -p:ContinuousIntegrationBuild=true -nologo -v quiet >"$work/pack-$rid.log" 2>&1 \
    || { tail -30 "$work/pack-$rid.log"; fail "pack MetalLb.Validation.Cli -r $rid failed"; }
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
cli=MetalLb.Validation.Cli
tool_listing=$(unzip -l "$work/packages/$cli.$version.nupkg")
grep -q " README.md\$" <<<"$tool_listing" || fail "tool package lacks README.md"
if grep -q '\.dll$' <<<"$tool_listing"; then fail "the top-level tool package holds code; it should only point at the RID packages"; fi
[ ! -f "$work/packages/$cli.$version.snupkg" ] || fail "the top-level tool package has a symbol package, with nothing in it"
settings=$(unzip -p "$work/packages/$cli.$version.nupkg" tools/any/any/DotnetToolSettings.xml)
for rid in linux-x64 any; do
  grep -q "<RuntimeIdentifierPackage RuntimeIdentifier=\"$rid\" Id=\"$cli.$rid\" />" <<<"$settings" \
    || fail "the top-level tool package does not point at $cli.$rid: $settings"
done
native_listing=$(unzip -l "$work/packages/$cli.linux-x64.$version.nupkg")
grep -q " tools/any/linux-x64/metallb-validate\$" <<<"$native_listing" || fail "the linux-x64 package lacks the executable"
if grep -Eq '\.(dll|dbg|pdb)$' <<<"$native_listing"; then fail "the native package carries managed code or debug files: $native_listing"; fi
[ ! -f "$work/packages/$cli.linux-x64.$version.snupkg" ] || fail "the native package has a symbol package"
any_listing=$(unzip -l "$work/packages/$cli.any.$version.nupkg")
grep -q " tools/net10.0/any/metallb-validate.dll\$" <<<"$any_listing" || fail "the portable package lacks metallb-validate.dll"
[ "$(unzip -p "$work/packages/$cli.any.$version.nupkg" tools/net10.0/any/metallb-validate.runtimeconfig.json | python3 -c 'import json,sys; print(json.load(sys.stdin)["runtimeOptions"]["rollForward"])')" = Major ] \
  || fail "the portable tool does not roll forward to newer runtimes"
tool_symbols="$work/packages/$cli.any.$version.snupkg"
[ -f "$tool_symbols" ] || fail "$cli.any has no symbol package"
symbols_listing=$(unzip -l "$tool_symbols")
grep -q " tools/net10.0/any/metallb-validate.pdb\$" <<<"$symbols_listing" || fail "tool symbol package lacks metallb-validate.pdb"
unzip -o -q "$tool_symbols" -d "$work/symbols-cli"
grep -a -q "raw.githubusercontent.com" "$work/symbols-cli/tools/net10.0/any/metallb-validate.pdb" || fail "tool symbols carry no SourceLink map"
echo "package: $(cd "$work/packages" && du -h $cli.*nupkg | tr '\t' ' ' | paste -sd, -)"

# The top-level id installs the native executable on linux-x64; the `any` id installs the portable tool anywhere.
dotnet tool install "$cli" --version "$version" --tool-path "$work/tools" --add-source "$work/packages" >/dev/null
dotnet tool install "$cli.any" --version "$version" --tool-path "$work/jit-tools" --add-source "$work/packages" >/dev/null
tool="$work/tools/metallb-validate"
jit="$work/jit-tools/metallb-validate"
native_file=$(readlink -f "$tool")
grep -q '^ELF 64-bit' <<<"$(file -b "$native_file")" || fail "the installed tool is not an ELF executable: $(file -b "$native_file")"
native_dir=$(dirname "$native_file")
if [ -n "$(find "$native_dir" -name '*.dll' -o -name '*.runtimeconfig.json')" ]; then
  fail "managed code beside the installed native tool: $(ls "$native_dir")"
fi
[ -n "$(find "$work/jit-tools/.store" -name metallb-validate.dll)" ] || fail "the portable tool installed no metallb-validate.dll"
# No .NET at all: no dotnet on PATH, no DOTNET_* variables and (as root, in a private mount namespace) the .NET
# install hidden under an empty tmpfs. The native tool still validates the sample; the portable tool cannot start.
env -i PATH=/usr/bin:/bin HOME="$work" "$tool" --version >/dev/null || fail "the native tool does not run without .NET in the environment"
dotnet_root=$(dirname "$(readlink -f "$(command -v dotnet)")")
if [ "$(id -u)" -eq 0 ] && command -v unshare >/dev/null; then
  no_dotnet() { env -i PATH=/usr/bin:/bin HOME="$work" unshare -m sh -c 'mount -t tmpfs none "$0" && exec "$@"' "$dotnet_root" "$@"; }
  set +e
  no_dotnet "$tool" validate samples/configs --format json > "$work/hidden.json" 2> "$work/hidden.err"; code=$?
  no_dotnet "$jit" --version > /dev/null 2>&1; jit_hidden=$?
  set -e
  [ "$code" -eq 1 ] && [ -s "$work/hidden.json" ] || fail "with $dotnet_root hidden the native tool exits $code: $(cat "$work/hidden.err")"
  [ "$jit_hidden" -ne 0 ] || fail "with $dotnet_root hidden the portable tool still runs, so hiding .NET proves nothing"
  echo "package: with $dotnet_root hidden the native tool validates the sample (exit 1) and the portable tool cannot start (exit $jit_hidden)"
else
  echo "package: not root; the native tool is checked with no .NET in its environment only"
fi
grep -Eq "^$version(\+[0-9a-f]+)?\$" <<<"$("$tool" --version)" || fail "--version does not print $version (+commit)"
grep -q "validate" <<<"$("$tool" --help)" || fail "--help lists no validate command"
grep -q -- "--no-suppressions" <<<"$("$tool" validate --help)" || fail "validate --help lacks --no-suppressions"
grep -q "^MLB0104" <<<"$("$tool" rules)" || fail "rules does not list MLB0104"

# The native tool prints what the portable (JIT) tool prints: every format, samples/configs and the topology sample.
same=0
for args in "samples/configs" "samples/topology/manifests --mode frr --ip-addr worker-1=samples/topology/ip-addr/worker-1.json --ip-addr worker-2=samples/topology/ip-addr/worker-2.json"; do
  for format in text json sarif junit github; do
    set +e
    # shellcheck disable=SC2086 # the arguments are words
    "$tool" validate $args --format "$format" > "$work/native.out" 2>&1; native_code=$?
    # shellcheck disable=SC2086
    "$jit" validate $args --format "$format" > "$work/jit.out" 2>&1; jit_code=$?
    set -e
    [ "$native_code" -eq "$jit_code" ] || fail "validate $args --format $format: native exits $native_code, the JIT tool $jit_code"
    cmp -s "$work/native.out" "$work/jit.out" || { diff "$work/jit.out" "$work/native.out" | head -20; fail "validate $args --format $format: the native tool prints other bytes than the JIT tool"; }
    same=$((same + 1))
  done
done
echo "package: the installed native tool prints what the portable tool prints on $same runs"

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
echo "package: libraries and tool packed and checked; native tool installed and run in text, json, sarif and junit"
# The native step and the benchmarks' smoke run test this same executable (eng/publish-native.sh takes it out of the package).
bash eng/publish-native.sh --package "$work/packages/$cli.linux-x64.$version.nupkg"
