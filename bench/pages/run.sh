#!/usr/bin/env bash
# Throughput of the public pages: publishes the host (Release), starts it on 127.0.0.1 with a fresh
# SQLite database holding the demo network, and runs wrk against a commune's home page and one of
# its articles, with no output cache. Writes bench/pages/results.md.
# Usage: bench/pages/run.sh [seconds per page, default 20]
# Target: the article page at 1,300 requests/s or more; a miss is reported as "TARGET MISSED".
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
top="$(git -C "$here" rev-parse --show-toplevel)"
seconds="${1:-20}"
port="${GOVCMS_BENCH_PORT:-5190}"
target=1300

command -v wrk >/dev/null || { echo "wrk is needed (apt-get install -y wrk)" >&2; exit 1; }
dotnet publish "$top/src/Host/GovCms.Web/GovCms.Web.csproj" -c Release -o "$here/out" -nologo -v quiet >&2

data="$(mktemp -d)"
host_pid=""
cleanup() {
  [[ -n "$host_pid" ]] && kill "$host_pid" 2>/dev/null && wait "$host_pid" 2>/dev/null
  rm -rf "$data"
}
trap cleanup EXIT

# Production settings, logging only warnings; the content root is the published folder (its wwwroot holds the theme assets).
(cd "$here/out" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" \
  GovCms__Database__ConnectionString="Data Source=$data/govcms.db" GovCms__Demo__Enabled=true Logging__LogLevel__Default=Warning \
  dotnet GovCms.Web.dll >"$data/host.log" 2>&1) &
host_pid=$!
for _ in $(seq 1 120); do
  curl -sf -o /dev/null "http://127.0.0.1:$port/health" && break
  sleep 1
done

base="http://127.0.0.1:$port/phuong-dong-son"
declare -A pages=(
  [home]="$base/"
  [article]="$base/tin-tuc/phuong-dong-son-trien-khai-ke-hoach-chuyen-doi-so-nam-2026"
)
for name in home article; do
  status="$(curl -s -o /dev/null -w '%{http_code}' "${pages[$name]}")"
  [[ "$status" == 200 ]] || { echo "${pages[$name]} answered $status" >&2; cat "$data/host.log" >&2; exit 1; }
done

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$host_pid/stat"; }
ticks_per_second="$(getconf CLK_TCK)"
started="$(date -u '+%Y-%m-%d %H:%M UTC')"
load="$(cut -d' ' -f1-3 /proc/loadavg)"
# Warm-up of every page before any measure: view compilation, connection pool, and the JIT's
# second tier, which keeps the host busy for several seconds after the first requests.
for name in home article; do
  wrk -t2 -c32 -d10s "${pages[$name]}" >/dev/null
done

rows=""
missed=""
for name in home article; do
  url="${pages[$name]}"
  before="$(cpu_ticks)"
  report="$(wrk -t2 -c32 -d"${seconds}s" --latency "$url")"
  after="$(cpu_ticks)"
  requests="$(awk '/requests in/ { print $1 }' <<<"$report")"
  rps="$(awk '/Requests\/sec/ { print $2 }' <<<"$report")"
  p50="$(awk '$1 == "50%" { print $2 }' <<<"$report")"
  p99="$(awk '$1 == "99%" { print $2 }' <<<"$report")"
  errors="$(awk '/Non-2xx|Socket errors/ { $1 = $1; printf "%s; ", $0 }' <<<"$report")"
  cpu_us="$(awk -v t="$((after - before))" -v hz="$ticks_per_second" -v n="$requests" 'BEGIN { printf "%.0f", t / hz * 1e6 / n }')"
  rows+="| $name | \`${url#http://127.0.0.1:$port}\` | $rps | $p50 | $p99 | $cpu_us | ${errors:-none} |"$'\n'
  if [[ "$name" == article ]] && awk -v r="$rps" -v t="$target" 'BEGIN { exit !(r < t) }'; then
    missed="TARGET MISSED: the article page served $rps requests/s, under $target."
  fi
done

memory_gb="$(awk '/^MemTotal:/ { printf "%.1f", $2 / 1024 / 1024 }' /proc/meminfo)"
cpu="$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
{
  echo "# Benchmark: public pages"
  echo
  echo "A commune's home page and one of its article pages, rendered by the portal theme, on the demo"
  echo "network (SQLite, fresh database), no output cache. \`wrk -t2 -c32 -d${seconds}s --latency\` after"
  echo "10 s of warm-up on each page, wrk and the host on the same machine. Target: the article page at $target requests/s"
  echo "or more. \"Host CPU per request\" is the CPU time the host process used during the run divided"
  echo "by the requests served: it depends much less than requests/s on what else the machine runs."
  echo
  echo "- Date: $started"
  echo "- Commit: $(git -C "$top" rev-parse --short HEAD)$( [[ -n "$(git -C "$top" status --porcelain -- src bench ':!bench/pages/results.md')" ]] && echo ' (with local changes)')"
  echo "- Machine: $(nproc) cores (${cpu:-unknown CPU}), ${memory_gb} GB memory, load average $load at start"
  echo "- .NET SDK: $(dotnet --version), Release build (dotnet publish), ASPNETCORE_ENVIRONMENT=Production"
  echo "- Logging at Warning (no per-request log lines), as this script starts the host"
  echo "- Repeat: \`bench/pages/run.sh\`"
  echo
  echo "| Page | Path | Requests/s | p50 | p99 | Host CPU per request (µs) | Errors |"
  echo "|---|---|---|---|---|---|---|"
  printf '%s' "$rows"
  [[ -n "$missed" ]] && { echo; echo "$missed"; }
} >"$here/results.md"

cat "$here/results.md"
