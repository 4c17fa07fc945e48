# shellcheck shell=bash
# What the monitor's and the node agent's stories (.ci/steps/monitor.sh, node-agent.sh) share; sourced by both after
# they set `story` (the prefix of every line) and `work` (their temp directory). A story sets `metrics_url` before
# has_metric/lacks_metric and `t0` (now) at each change it times; wait_for calls `on_timeout` first when it is set.

fail() { echo "$story: $*"; exit 1; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
now() { date +%s.%N; }
since() { python3 -c "import sys; print('%.2f' % (float(sys.argv[2]) - float(sys.argv[1])))" "$1" "$(now)"; }

wait_for() { # what, seconds, command...: runs the command until it succeeds; prints the time since the change ($t0)
  local what=$1 limit=$2
  shift 2
  for _ in $(seq 1 $((limit * 10))); do "$@" >/dev/null 2>&1 && { echo "$story:   $what $(since "$t0") s after the change"; return 0; }; sleep 0.1; done
  [ -n "${on_timeout:-}" ] && $on_timeout
  fail "$what: not within $limit s"
}
has_metric() { curl -sf "$metrics_url" >"$work/scrape" && grep -q "$1" "$work/scrape"; }
lacks_metric() { curl -sf "$metrics_url" >"$work/scrape" && ! grep -q "$1" "$work/scrape"; }

shipped_rules() { # DIR (deploy/monitor or deploy/node-agent): its PrometheusRule as a plain rule file, checked and unit-tested
  python3 - "$1/prometheusrule.yaml" "$work/rules.yaml" <<'PY'
import sys, yaml
rule = yaml.safe_load(open(sys.argv[1]))
assert rule["kind"] == "PrometheusRule", rule["kind"]
yaml.safe_dump({"groups": rule["spec"]["groups"]}, open(sys.argv[2], "w"), sort_keys=False, width=1000)
PY
  cp "$1/tests/rules-test.yaml" "$work/"
  promtool check rules "$work/rules.yaml" >/dev/null
  promtool test rules "$work/rules-test.yaml" >/dev/null
  echo "$story: promtool checks and unit-tests the rules of $1/prometheusrule.yaml"
}

start_prometheus() { # job, target, a query that returns 1 once the target is scraped: Debian's Prometheus every second
  local pport
  pport=$(free_port)
  cat >"$work/prometheus.yml" <<YAML
global:
  scrape_interval: 1s
  evaluation_interval: 1s
rule_files: ["$work/rules.yaml"]
scrape_configs:
  - job_name: $1
    static_configs:
      - targets: ["$2"]
YAML
  prometheus --config.file="$work/prometheus.yml" --storage.tsdb.path="$work/tsdb" --web.listen-address="127.0.0.1:$pport" >"$work/prometheus.log" 2>&1 &
  prometheus_pid=$!
  p="http://127.0.0.1:$pport"
  for _ in $(seq 1 150); do [ "$(series "$3" 2>/dev/null)" = "1 1" ] && break; sleep 0.2; done
  [ "$(series "$3")" = "1 1" ] || { tail -20 "$work/prometheus.log"; fail "Prometheus does not see $3 = 1"; }
  echo "$story: $(prometheus --version 2>&1 | head -1) scrapes it"
}
query() { curl -sf --get "$p/api/v1/query" --data-urlencode "query=$1"; }
# The number of series a query returns, and the first one's value (or "-").
series() { query "$1" | python3 -c 'import json,sys; r=json.load(sys.stdin)["data"]["result"]; print(len(r), r[0]["value"][1] if r else "-")'; }
in_prometheus() { [ "$(series "$1")" = "$2" ]; }
