#!/usr/bin/env bash
# Writes the CLI's NativeAOT executable for linux-x64 to artifacts/native/metallb-validate: the very file the tool
# package MetalLb.Validation.Cli.linux-x64 installs (the script packs that package and takes the executable out of it, so
# there is one way the native executable is built). No .NET runtime is needed to run it. NativeAOT links with clang and
# zlib; on Debian or Ubuntu: apt-get install -y clang zlib1g-dev (installed here when run as root and missing).
#   eng/publish-native.sh                      # packs, then extracts
#   eng/publish-native.sh --package NUPKG      # extracts from a MetalLb.Validation.Cli.linux-x64 package already packed
set -euo pipefail
cd "$(dirname "$0")/.."
rid=linux-x64
dest=artifacts/native
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
package=
if [ "${1:-}" = --package ]; then
  package=${2:?--package needs the path of a MetalLb.Validation.Cli.linux-x64 package}
fi

if [ -z "$package" ]; then
  if ! command -v clang >/dev/null || [ ! -e /usr/include/zlib.h ]; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq && apt-get install -y -qq --no-install-recommends clang zlib1g-dev >/dev/null
    else
      echo "publish-native: NativeAOT needs clang and zlib headers (apt-get install -y clang zlib1g-dev)" >&2
      exit 1
    fi
  fi
  # The project sets PublishAot when a runtime identifier is given; the trim/AOT analyzers' warnings are errors.
  dotnet pack src/MetalLb.Validation.Cli -c Release -r "$rid" -o "$out" -nologo >"$out.log" 2>&1 \
    || { cat "$out.log"; rm -f "$out.log"; exit 1; }
  rm -f "$out.log"
  package=$(find "$out" -name "MetalLb.Validation.Cli.$rid.*.nupkg" | head -1)
fi

[ -f "$package" ] || { echo "publish-native: no package at '$package'" >&2; exit 1; }
unzip -p "$package" "tools/any/$rid/metallb-validate" >"$out/metallb-validate" \
  || { echo "publish-native: $package holds no tools/any/$rid/metallb-validate" >&2; exit 1; }
grep -q '^ELF 64-bit' <<<"$(file -b "$out/metallb-validate")" \
  || { echo "publish-native: the packed executable is not a native ELF file" >&2; exit 1; }
mkdir -p "$dest"
install -m 755 "$out/metallb-validate" "$dest/metallb-validate"
echo "$dest/metallb-validate ($(du -h "$dest/metallb-validate" | cut -f1), $rid, NativeAOT, from $(basename "$package"))"
