#!/usr/bin/env bash
# The NativeAOT executable (eng/publish-native.sh, artifacts/native/metallb-validate) must print exactly what the JIT
# build prints: `validate --format json` on samples/configs, samples/topology/manifests (with the nodes' ip -j address
# files) and every input of ../shared/corpus (when it sits beside the clone), in each of the three modes; stdout byte for
# byte and the exit code. The conformance step (.ci/steps/conformance.sh) is an in-process C# runner over the library
# (MetalLbValidator), not over the CLI, so it cannot be pointed at the binary; this step covers the same corpus instead.
set -euo pipefail
cd "$(dirname "$0")/../.."
start=$SECONDS
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# --reuse: the executable package.sh took out of the tool package it packed (one NativeAOT compile in CI, not two).
native=artifacts/native/metallb-validate
if [ "${1:-}" = --reuse ] && [ -x "$native" ]; then
  echo "native: testing $native as package.sh left it"
else
  bash eng/publish-native.sh
fi
jit=src/MetalLb.Validation.Cli/bin/Debug/net10.0/metallb-validate.dll
[ -f "$jit" ] || dotnet build src/MetalLb.Validation.Cli -nologo -v quiet >/dev/null

corpus=../shared/corpus
corpus_files=()
if [ -d "$corpus" ]; then
  mapfile -t corpus_files < <(find "$corpus" -type f \( -name '*.yaml' -o -name '*.yml' -o -name '*.json' \) | LC_ALL=C sort)
else
  echo "native: $corpus not found; comparing on the samples only"
fi

run() { # file stem, command...
  local stem=$1; shift
  set +e
  "$@" >"$stem.out" 2>"$stem.err"
  echo $? >"$stem.code"
  set -e
}

compared=0
compare() { # name, validate arguments...
  local name=$1; shift
  local mode
  for mode in native frr frr-k8s; do
    run "$out/jit-$name-$mode" dotnet "$jit" validate "$@" --mode "$mode" --format json
    run "$out/aot-$name-$mode" "$native" validate "$@" --mode "$mode" --format json
    if ! cmp -s "$out/jit-$name-$mode.out" "$out/aot-$name-$mode.out"; then
      diff -u "$out/jit-$name-$mode.out" "$out/aot-$name-$mode.out" | head -40 || true
      echo "native: stdout differs from the JIT build on $name --mode $mode"; exit 1
    fi
    if ! cmp -s "$out/jit-$name-$mode.code" "$out/aot-$name-$mode.code"; then
      echo "native: exit $(cat "$out/aot-$name-$mode.code") where the JIT build exits $(cat "$out/jit-$name-$mode.code") on $name --mode $mode"
      cat "$out/aot-$name-$mode.err"; exit 1
    fi
    [ -s "$out/jit-$name-$mode.out" ] || { echo "native: the JIT build printed nothing on $name --mode $mode"; cat "$out/jit-$name-$mode.err"; exit 1; }
    compared=$((compared + 1))
    echo "  $name --mode $mode: same stdout ($(wc -c <"$out/jit-$name-$mode.out") bytes, $(grep -o '"ruleId"' "$out/jit-$name-$mode.out" | wc -l) findings), exit $(cat "$out/jit-$name-$mode.code")"
  done
}

compare samples samples/configs
compare topology samples/topology/manifests \
  --ip-addr worker-1=samples/topology/ip-addr/worker-1.json --ip-addr worker-2=samples/topology/ip-addr/worker-2.json
if [ "${#corpus_files[@]}" -gt 0 ]; then
  echo "  corpus: ${#corpus_files[@]} files"
  compare corpus "${corpus_files[@]}"
fi
echo "native = JIT on $compared runs"

# The long-running side of the native executable: the monitor's story (HttpListener, signals, source-generated JSON).
MONITOR_CLI="$(pwd)/$native" bash .ci/steps/monitor.sh >"$out/monitor.log" 2>&1 || { cat "$out/monitor.log"; exit 1; }
grep -E '^monitor: (ready|SIGTERM)|after the change' "$out/monitor.log"
echo "native: step took $((SECONDS - start)) s"
