#!/usr/bin/env bash
# Whole-process timings, the way a user meets the tool: each command is a fresh process, timed wall-clock with its peak
# resident memory (GNU time's %M). Builds what it needs: the native executable (eng/publish-native.sh), the YamlDotNet
# baseline (benchmarks/YamlStreamBaseline, a JIT build and a NativeAOT build) and the generated input
# (benchmarks/MetalLb.Validation.Benchmarks generate). The commands run interleaved, RUNS rounds, and the script prints
# a Markdown table of medians and ratios with the commit. Then, beside it, BenchmarkDotNet's in-process figures for
# the same scale (ParseAndValidateBenchmarks, --job short; INPROCESS=0 leaves them out).
#
#   benchmarks/whole-process.sh                 # 11 rounds at scale 1.0 (14,000 objects, 7.5 MB)
#   RUNS=21 SCALE=0.5 benchmarks/whole-process.sh
#   benchmarks/whole-process.sh --smoke         # CI: tiny input, one round, no NativeAOT baseline, reuses the binary
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

runs=${RUNS:-11}
scale=${SCALE:-1.0}
inprocess=${INPROCESS:-1}
smoke=false
if [ "${1:-}" = "--smoke" ]; then
  smoke=true runs=1 scale=0.01 inprocess=0
fi

work=${WORK:-$(mktemp -d)}
mkdir -p "$work"
[ -n "${WORK:-}" ] || trap 'rm -rf "$work"' EXIT
log="$work/build.log"
say() { echo "whole-process: $*" >&2; }
build() { "$@" >>"$log" 2>&1 || { tail -40 "$log" >&2; exit 1; }; }

command -v /usr/bin/time >/dev/null || {
  say "needs GNU time for peak memory (apt-get install -y time)"
  exit 1
}

native=artifacts/native/metallb-validate
if $smoke && [ -x "$native" ]; then
  say "reusing $native"
else
  say "publishing the native executable"
  build bash eng/publish-native.sh
fi

say "building the YamlDotNet baseline (JIT)"
build dotnet build benchmarks/YamlStreamBaseline -c Release -o "$work/baseline-jit" -nologo
baseline_jit=(dotnet "$work/baseline-jit/YamlStreamBaseline.dll")
baseline_aot=()
if ! $smoke; then
  say "publishing the YamlDotNet baseline (NativeAOT)"
  build dotnet publish benchmarks/YamlStreamBaseline -c Release -r linux-x64 -p:PublishAot=true -o "$work/baseline-aot" -nologo
  baseline_aot=("$work/baseline-aot/YamlStreamBaseline")
fi

input="$work/cluster-$scale.yaml"
say "generating the input (scale $scale)"
build dotnet run -c Release --project benchmarks/MetalLb.Validation.Benchmarks -- generate "$scale" "$input"
objects=$(grep -c '^kind: ' "$input" || true)
bytes=$(stat -c %s "$input")

# name|command (a validate exits 1 when it finds errors, as the generated input has; 2 and up is a failure).
commands=(
  "native \`validate samples/configs\`|$native validate samples/configs"
  "native \`validate <input> --mode frr\`|$native validate $input --mode frr"
  "YamlDotNet \`YamlStream\` (JIT)|${baseline_jit[*]} $input"
)
[ ${#baseline_aot[@]} -eq 0 ] || commands+=("YamlDotNet \`YamlStream\` (NativeAOT)|${baseline_aot[*]} $input")

# One warm-up round (page cache, first-run costs), then the measured rounds, interleaved.
for round in $(seq 0 "$runs"); do
  for i in "${!commands[@]}"; do
    cmd=${commands[$i]#*|}
    start=$EPOCHREALTIME
    set +e
    /usr/bin/time -f %M -o "$work/rss" $cmd >/dev/null 2>"$work/stderr"
    code=$?
    set -e
    end=$EPOCHREALTIME
    if [ "$code" -gt 1 ]; then
      say "'$cmd' exited $code"
      cat "$work/stderr" >&2
      exit 1
    fi
    [ "$round" -eq 0 ] && continue
    ms=$(echo "$start $end" | awk '{ printf "%.1f", ($2 - $1) * 1000 }')
    echo "$ms $(tail -1 "$work/rss")" >>"$work/times.$i"
  done
done

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
declare -a wall rss
for i in "${!commands[@]}"; do
  wall[$i]=$(cut -d' ' -f1 "$work/times.$i" | median)
  rss[$i]=$(cut -d' ' -f2 "$work/times.$i" | median)
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2fx", a / b }'; }
mb() { awk -v k="$1" 'BEGIN { printf "%.0f MB", k / 1024 }'; }

commit=$(git rev-parse --short HEAD)
dirty=$(git status --porcelain --untracked-files=no | grep -q . && echo "+changes" || true)
echo
echo "Whole process, median of $runs interleaved run(s), at $commit$dirty, $(date -u +%Y-%m-%d), $(nproc) cores."
echo "Input: generated scale $scale, $objects objects, $(awk -v b="$bytes" 'BEGIN { printf "%.1f MB", b / 1e6 }')."
echo
echo "| Command | Median wall | Peak RSS (median) | Time vs YamlDotNet JIT | Memory vs YamlDotNet JIT | Time vs YamlDotNet AOT | Memory vs YamlDotNet AOT |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for i in "${!commands[@]}"; do
  row="| ${commands[$i]%%|*} | ${wall[$i]} ms | $(mb "${rss[$i]}")"
  if [ "$i" -eq 0 ]; then
    row+=" | | | | |"
  else
    row+=" | $(ratio "${wall[$i]}" "${wall[2]}") | $(ratio "${rss[$i]}" "${rss[2]}")"
    if [ ${#commands[@]} -gt 3 ]; then
      row+=" | $(ratio "${wall[$i]}" "${wall[3]}") | $(ratio "${rss[$i]}" "${rss[3]}") |"
    else
      row+=" | | |"
    fi
  fi
  echo "$row"
done

if [ "$inprocess" = 1 ]; then
  say "in process: BenchmarkDotNet (ParseAndValidateBenchmarks, --job short, scale $scale)"
  METALLB_BENCH_SCALES=$scale dotnet run -c Release --project benchmarks/MetalLb.Validation.Benchmarks -- \
    --filter '*ParseAndValidate*' --job short --artifacts "$work/bdn" >"$work/bdn.log" 2>&1 || { tail -40 "$work/bdn.log" >&2; exit 1; }
  echo
  echo "In process (BenchmarkDotNet, --job short, scale $scale, same commit):"
  echo
  grep -E '^\|' "$work/bdn.log"
fi
