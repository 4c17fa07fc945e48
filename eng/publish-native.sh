#!/usr/bin/env bash
# Publishes the CLI (src/MetalLb.Validation.Cli) with NativeAOT for linux-x64 and writes the single native executable to
# artifacts/native/metallb-validate. No .NET runtime is needed to run it. NativeAOT links with clang and zlib; on Debian
# or Ubuntu: apt-get install -y clang zlib1g-dev (the script installs them when it runs as root and they are missing).
set -euo pipefail
cd "$(dirname "$0")/.."
rid=linux-x64
dest=artifacts/native
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

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
dotnet publish src/MetalLb.Validation.Cli -c Release -r "$rid" --self-contained -p:PublishAot=true -o "$out" -nologo \
  >"$out.log" 2>&1 || { cat "$out.log"; rm -f "$out.log"; exit 1; }
rm -f "$out.log"
[ -x "$out/metallb-validate" ] && ! [ -e "$out/metallb-validate.dll" ] \
  || { echo "publish-native: the publish made no native executable" >&2; exit 1; }
mkdir -p "$dest"
cp "$out/metallb-validate" "$dest/metallb-validate"
echo "$dest/metallb-validate ($(du -h "$dest/metallb-validate" | cut -f1), $rid, NativeAOT)"
