#!/usr/bin/env bash
# Provisions every administrative unit of Vietnam with the unit recipes (province, district, commune)
# through the "tenants import" command, once on SQLite and once on PostgreSQL, then serves each
# database and requests the home page of 1,000 random tenants that no request has touched yet.
# Writes bench/provisioning/results.md.
# Usage: bench/provisioning/run.sh [units.csv] [--only sqlite|postgresql]
# Targets: 50 sites/s or more on SQLite, peak RSS under 1 GB, p95 of the home pages under 50 ms;
# a miss is reported as a "TARGET MISSED" line.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
top="$(git -C "$here" rev-parse --show-toplevel)"
csv="$top/../shared/data/vn-admin-units.csv"
only=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --only) only="$2"; shift 2 ;;
    *) csv="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"; shift ;;
  esac
done
[[ -f "$csv" ]] || { echo "No CSV at $csv" >&2; exit 1; }
port="${GOVCMS_BENCH_PORT:-5191}"
pg_port="${GOVCMS_BENCH_PG_PORT:-55491}"
samples=1000

dotnet publish "$top/src/Host/GovCms.Web/GovCms.Web.csproj" -c Release -o "$here/out" -nologo -v quiet >&2

work="$(mktemp -d)"
chmod 755 "$work"
host_pid=""
cleanup() {
  [[ -n "$host_pid" ]] && kill "$host_pid" 2>/dev/null && wait "$host_pid" 2>/dev/null
  "$top/scripts/postgres-temp.sh" stop "$work/pg" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# Becomes a command run in the published folder with the host's settings for the current $provider and
# $connection: call it in a subshell, "( in_host ... )", or in the background, where it keeps its PID.
in_host() {
  cd "$here/out" && exec env ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning GovCms__Demo__Enabled=false \
    GovCms__Database__Provider="$provider" GovCms__Database__ConnectionString="$connection" "$@"
}

# Adds one Markdown table row for the current $provider, $connection, $size (database size command) and $prefixes.
measure() {
  local log="$work/$provider.import.log" timing="$work/$provider.time"
  ( in_host /usr/bin/time -f '%e %M' -o "$timing" dotnet GovCms.Web.dll tenants import "$csv" ) >"$log" 2>&1 \
    || { echo "The $provider import failed:" >&2; tail -n 40 "$log" >&2; exit 1; }
  read -r wall import_rss_kb <"$timing"
  created="$(awk '/Đã tạo/ { gsub(/[^0-9]/, "", $0); print; exit }' "$log")"
  seconds="$(awk '/Thời gian/ { for (i = 1; i < NF; i++) if ($(i + 1) == "giây") { sub(",", ".", $i); print $i; exit } }' "$log")"
  rate="$(awk -v n="$created" -v s="$seconds" 'BEGIN { printf "%.1f", n / s }')"
  database_mb="$(eval "$size" | awk '{ printf "%.0f", $1 / 1024 / 1024 }')"

  in_host dotnet GovCms.Web.dll --urls "http://127.0.0.1:$port" >"$work/$provider.host.log" 2>&1 &
  host_pid=$!
  for _ in $(seq 1 180); do
    curl -sf -o /dev/null "http://127.0.0.1:$port/health" && break
    kill -0 "$host_pid" 2>/dev/null || { echo "The host stopped:" >&2; cat "$work/$provider.host.log" >&2; exit 1; }
    sleep 1
  done
  # Warm the process (JIT, view compilation, connection pool) on 20 tenants left out of the sample.
  eval "$prefixes" >"$work/prefixes"
  sed -n '1,20p' "$work/prefixes" | while read -r prefix; do curl -s -o /dev/null "http://127.0.0.1:$port/$prefix/"; done
  sed -n "21,$((20 + samples))p" "$work/prefixes" | while read -r prefix; do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "http://127.0.0.1:$port/$prefix/"
  done >"$work/$provider.times"
  host_rss_kb="$(awk '/^VmHWM:/ { print $2 }' "/proc/$host_pid/status")"
  kill "$host_pid" && wait "$host_pid" 2>/dev/null || true
  host_pid=""

  read -r requests failures p50 p95 p99 < <(python3 - "$work/$provider.times" <<'EOF'
import sys
rows = [line.split() for line in open(sys.argv[1])]
times = sorted(float(t) * 1000 for _, t in rows)
pick = lambda q: times[min(len(times) - 1, int(q * len(times)))]
print(len(rows), sum(1 for status, _ in rows if status != "200"), *(f"{pick(q):.1f}" for q in (0.50, 0.95, 0.99)))
EOF
)
  peak_mb="$(( (import_rss_kb > host_rss_kb ? import_rss_kb : host_rss_kb) / 1024 ))"
  rows+="| $provider | $created | $seconds s | $rate | $wall s | $database_mb MB | $((import_rss_kb / 1024)) MB | $((host_rss_kb / 1024)) MB | $requests ($failures not 200) | $p50 ms | $p95 ms | $p99 ms |"$'\n'
  if [[ "$provider" == Sqlite ]] && awk -v r="$rate" 'BEGIN { exit !(r < 50) }'; then
    missed+="TARGET MISSED: SQLite provisioned $rate sites/s, under 50."$'\n'
  fi
  awk -v p="$peak_mb" 'BEGIN { exit !(p >= 1024) }' && missed+="TARGET MISSED: $provider peak RSS $peak_mb MB, not under 1 GB."$'\n'
  awk -v p="$p95" 'BEGIN { exit !(p >= 50) }' && missed+="TARGET MISSED: $provider home page p95 $p95 ms, not under 50 ms."$'\n'
  [[ "$failures" == 0 ]] || missed+="FAILED: $failures home pages on $provider did not answer 200."$'\n'
  return 0
}

started="$(date -u '+%Y-%m-%d %H:%M UTC')"
load="$(cut -d' ' -f1-3 /proc/loadavg)"
rows=""
missed=""

if [[ -z "$only" || "$only" == sqlite ]]; then
  provider=Sqlite
  connection="Data Source=$work/govcms.db"
  size="stat -c %s '$work/govcms.db'"
  prefixes="python3 -c \"import sqlite3; [print(r[0]) for r in sqlite3.connect('$work/govcms.db').execute('SELECT UrlPrefix FROM Tenant WHERE UrlPrefix IS NOT NULL ORDER BY random()')]\""
  measure
fi

if [[ -z "$only" || "$only" == postgresql ]]; then
  server="$("$top/scripts/postgres-temp.sh" start "$work/pg" "$pg_port")"
  provider=PostgreSql
  connection="$server;Database=govcms_bench"
  size="psql -h 127.0.0.1 -p $pg_port -U postgres -d govcms_bench -Atc 'SELECT pg_database_size(current_database())'"
  prefixes="psql -h 127.0.0.1 -p $pg_port -U postgres -d govcms_bench -Atc 'SELECT \"UrlPrefix\" FROM \"Tenant\" WHERE \"UrlPrefix\" IS NOT NULL ORDER BY random()'"
  measure
fi

memory_gb="$(awk '/^MemTotal:/ { printf "%.1f", $2 / 1024 / 1024 }' /proc/meminfo)"
cpu="$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
{
  echo "# Benchmark: provisioning"
  echo
  echo "Every administrative unit in \`$(basename "$csv")\` provisioned with the unit recipes (recipes/province,"
  echo "district and commune: the tenant, its roles, settings, menu, 11 categories and 4 pages, one"
  echo "transaction each) by \`GovCms.Web tenants import\` on an empty database; then the host serves that"
  echo "database and the home page of $samples random tenants is requested once each with curl, one after"
  echo "the other, after 20 requests to other tenants to warm the process. Targets: 50 sites/s or more on"
  echo "SQLite, peak RSS under 1 GB, p95 of the home pages under 50 ms."
  echo
  echo "- Date: $started"
  echo "- Commit: $(git -C "$top" rev-parse --short HEAD)$( [[ -n "$(git -C "$top" status --porcelain -- src recipes bench ':!bench/provisioning/results.md')" ]] && echo ' (with local changes)')"
  echo "- Machine: $(nproc) cores (${cpu:-unknown CPU}), ${memory_gb} GB memory, load average $load at start (the cores are shared)"
  echo "- .NET SDK: $(dotnet --version), Release build (dotnet publish), ASPNETCORE_ENVIRONMENT=Production, logging at Warning"
  echo "- SQLite: WAL with synchronous=NORMAL (the host's settings). PostgreSQL 15 from \`scripts/postgres-temp.sh\`"
  echo "  on the same machine over TCP, with fsync and synchronous_commit off (a throwaway server)"
  echo "- Sites/s: units created divided by the command's own timer; wall time adds the start and the migrations"
  echo "- Repeat: \`bench/provisioning/run.sh [units.csv]\`"
  echo
  echo "| Database | Sites | Import time | Sites/s | Wall time | Database size | Peak RSS, import | Peak RSS, serving | Home pages | p50 | p95 | p99 |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
  printf '%s' "$rows"
  [[ -n "$missed" ]] && { echo; printf '%s' "$missed"; }
} >"$here/results.md"

cat "$here/results.md"
[[ "$missed" != *FAILED* ]]
