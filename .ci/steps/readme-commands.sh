#!/usr/bin/env bash
# Every command in the README's ```sh blocks, run as written by eng/readme-commands.py in a fresh clone of HEAD with
# nothing beside it (no ../shared) and a scratch home directory: the two front-door commands (the sample, the whole
# test suite), the tool's install from a clone (portable, NativeAOT and top-level packages, `--global`), the kubectl
# plugin lines through Debian's kubectl, `explain`. Commands the README marks "not run by CI" are listed, not run.
# Usage: readme-commands.sh [LOGDIR]   (each command's output is kept in LOGDIR/NN.log when given)
set -euo pipefail
cd "$(dirname "$0")/../.."

# What the README's commands need besides the .NET SDK: clang and zlib for the NativeAOT package, kubectl (Debian's
# kubectl, or kubernetes-client where there is no package named kubectl).
missing=()
command -v clang >/dev/null && [ -e /usr/include/zlib.h ] || missing+=(clang zlib1g-dev)
if ! command -v kubectl >/dev/null; then
  apt-get update -qq
  if grep -q 'Candidate: [0-9]' <<<"$(apt-cache policy kubectl)"; then missing+=(kubectl); else missing+=(kubernetes-client); fi
fi
if [ "${#missing[@]}" -gt 0 ]; then
  [ "$(id -u)" -eq 0 ] || { echo "readme-commands: needs ${missing[*]} (apt-get install -y ${missing[*]})"; exit 1; }
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The runner's own tests (how it reads markers, continuations and transcripts, and judges exit codes), then the README.
python3 -m unittest discover -s eng -p 'test_*.py'
python3 eng/readme-commands.py ${1:+--logs "$1"}
