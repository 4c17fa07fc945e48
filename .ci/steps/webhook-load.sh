#!/usr/bin/env bash
# The webhook's load and fault suite: the sample server as a real process over HTTPS on 127.0.0.1, in manifests mode,
# against a generated 3,500-object cluster (the benchmarks' generator at scale 0.25). Hostile bodies, slow clients,
# closed-loop load at concurrency 1 to 128 (3 s or 3,000 requests per level), memory 15 s after, a FIFO among the
# manifests and a deleted manifests directory. Fails on a hard property (an HTTP status other than 200, a code 500, an
# answer later than 5 s, /healthz not answering, a FIFO that blocks, a deleted directory read as an empty cluster) and
# prints the measured table. Every loop in the tool is bounded; the whole step is capped at 4 minutes.
#   WEBHOOK_LOAD_SCALE=0.714 .ci/steps/webhook-load.sh    # the 10,000-object cluster
set -euo pipefail
cd "$(dirname "$0")/../.."
scale=${WEBHOOK_LOAD_SCALE:-0.25}
dotnet build -c Release samples/WebhookServer -nologo -v q >/dev/null
dotnet build -c Release tests/WebhookServer.Load -nologo -v q >/dev/null
cluster=$(mktemp --suffix=.yaml)
trap 'rm -f "$cluster"' EXIT
dotnet run -c Release --project benchmarks/MetalLb.Validation.Benchmarks -- generate "$scale" "$cluster"
timeout 240 dotnet tests/WebhookServer.Load/bin/Release/net10.0/WebhookServer.Load.dll \
  --server samples/WebhookServer/bin/Release/net10.0/WebhookServer.dll --cluster "$cluster" \
  --regressions fuzz/admission/regressions --seconds 3 --max-requests 3000 --after 15 "$@"
