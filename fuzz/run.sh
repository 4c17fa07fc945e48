#!/usr/bin/env bash
# Runs an AFL++ campaign over the loader and engine through SharpFuzz.
#   fuzz/run.sh [minutes]       default 30; findings go to fuzz/findings (not committed)
#   FUZZ_TARGET=admission fuzz/run.sh [minutes]   AdmissionHandler's byte input (seeds fuzz/admission/corpus),
#                               findings in fuzz/findings-admission
# Needs: apt-get install afl++; the sharpfuzz instrumenter (dotnet tool SharpFuzz.CommandLine, installed here).
set -euo pipefail
cd "$(dirname "$0")"
minutes=${1:-30}
target=${FUZZ_TARGET:-engine}
if [ "$target" = admission ]; then
  seeds=admission/corpus; dict=(); [ -f /usr/share/afl/dictionaries/json.dict ] && dict=(-x /usr/share/afl/dictionaries/json.dict)
  out=${FUZZ_OUT:-$PWD/findings-admission}
else
  seeds=corpus; dict=(-x yaml.dict)
  out=${FUZZ_OUT:-$PWD/findings}
fi
export FUZZ_TARGET=$target
work=${FUZZ_WORK:-$PWD/.build}
tools=$work/tools

command -v afl-fuzz >/dev/null || { echo "afl-fuzz missing: apt-get install afl++"; exit 2; }
[ -x "$tools/sharpfuzz" ] || dotnet tool install --tool-path "$tools" SharpFuzz.CommandLine >/dev/null

# Build into a private folder, then instrument our library and YamlDotNet there (sharpfuzz rewrites the dlls in place).
rm -rf "$work/bin"
dotnet publish MetalLb.Validation.Fuzz -c Release -o "$work/bin" -p:TreatWarningsAsErrors=true >/dev/null
# The seeds (our own small manifests) must pass before instrumenting: instrumented code only runs under afl-fuzz.
dotnet "$work/bin/MetalLb.Validation.Fuzz.dll" "$seeds"
for dll in MetalLb.Validation.dll YamlDotNet.dll; do
  "$tools/sharpfuzz" "$work/bin/$dll"
done

export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
resume=()
[ -d "$out/default/queue" ] && resume=(-i -) || resume=(-i "$seeds")
exec afl-fuzz "${resume[@]}" -o "$out" -t 5000 -m none -V $((minutes * 60)) "${dict[@]}" \
  -- dotnet "$work/bin/MetalLb.Validation.Fuzz.dll"
