#!/usr/bin/env bash
# Provisions every administrative unit of Vietnam with the unit recipes (province, district, commune)
# through the "tenants import" command, once on SQLite and once on PostgreSQL, then serves each
# database and requests the home page of 1,000 random tenants that no request has touched yet.
# The same run measures this commit and the previous release (a6ab27d, the tree the engine work of issue 10
# started from: issue 9's portal, before the content engine; --base 773b7f6 for the release before it), built from a temporary checkout
# under /tmp), one after the other on each database. Writes bench/provisioning/results.md.
# Usage: bench/provisioning/run.sh [units.csv] [--only sqlite|postgresql] [--base COMMIT] [--units N] [--samples N]
#   --units N    only the first N units of the CSV (parents come before their children): a smoke run
#   --samples N  home pages requested per database (default 1000)
#   --base none  this commit only
# Targets: 50 sites/s or more on SQLite, sites/s not lower than the previous release, peak RSS under
# 1 GB, p95 of the home pages under 50 ms; a miss is reported as a "TARGET MISSED" line.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
top="$(git -C "$here" rev-parse --show-toplevel)"
csv="$top/../shared/data/vn-admin-units.csv"
only=""
base=a6ab27d
units=""
samples=1000
while [[ $# -gt 0 ]]; do
  case "$1" in
    --only) only="$2"; shift 2 ;;
    --base) base="$2"; shift 2 ;;
    --units) units="$2"; shift 2 ;;
    --samples) samples="$2"; shift 2 ;;
    *) csv="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"; shift ;;
  esac
done
[[ -f "$csv" ]] || { echo "No CSV at $csv" >&2; exit 1; }
[[ "$base" == none ]] && base=""
port="${GOVCMS_BENCH_PORT:-5191}"
pg_port="${GOVCMS_BENCH_PG_PORT:-55491}"

work="$(mktemp -d /tmp/govcms-bench-provisioning.XXXXXX)"
chmod 755 "$work"
host_pid=""
cleanup() {
  [[ -n "$host_pid" ]] && kill "$host_pid" 2>/dev/null && wait "$host_pid" 2>/dev/null
  "$top/scripts/postgres-temp.sh" stop "$work/pg" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

csv_name="$(basename "$csv")"
if [[ -n "$units" ]]; then
  head -n "$((units + 1))" "$csv" >"$work/units.csv"
  csv="$work/units.csv"
fi

dotnet publish "$top/src/Host/GovCms.Web/GovCms.Web.csproj" -c Release -o "$here/out" -nologo -v quiet >&2
head_commit="$(git -C "$top" rev-parse --short HEAD)"
builds=("$head_commit|$here/out")
if [[ -n "$base" ]]; then
  # The previous release from a plain checkout of its tree (no git worktree to leave behind), published once.
  base="$(git -C "$top" rev-parse --short "$base")"
  mkdir -p "$work/base"
  git -C "$top" archive "$base" | tar -x -C "$work/base"
  dotnet publish "$work/base/src/Host/GovCms.Web/GovCms.Web.csproj" -c Release -o "$work/base-out" -nologo -v quiet >&2
  builds=("$base|$work/base-out" "${builds[@]}")
fi

# Becomes a command run in the published folder $out with the host's settings for the current $provider and
# $connection: call it in a subshell, "( in_host ... )", or in the background, where it keeps its PID.
in_host() {
  cd "$out" && exec env ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning GovCms__Demo__Enabled=false \
    GovCms__Database__Provider="$provider" GovCms__Database__ConnectionString="$connection" "$@"
}

# Adds one Markdown table row for the current $build, $out, $provider, $connection, $size (database size command)
# and $prefixes, on an empty database ($reset empties it).
measure() {
  local log="$work/$provider.$build.import.log" timing="$work/$provider.$build.time"
  eval "$reset"
  ( in_host /usr/bin/time -f '%e %M' -o "$timing" dotnet GovCms.Web.dll tenants import "$csv" ) >"$log" 2>&1 \
    || { echo "The $provider import failed:" >&2; tail -n 40 "$log" >&2; exit 1; }
  read -r wall import_rss_kb <"$timing"
  created="$(awk '/Đã tạo/ { gsub(/[^0-9]/, "", $0); print; exit }' "$log")"
  seconds="$(awk '/Thời gian/ { for (i = 1; i < NF; i++) if ($(i + 1) == "giây") { sub(",", ".", $i); print $i; exit } }' "$log")"
  rate="$(awk -v n="$created" -v s="$seconds" 'BEGIN { printf "%.1f", n / s }')"
  database_mb="$(eval "$size" | awk '{ printf "%.0f", $1 / 1024 / 1024 }')"

  in_host dotnet GovCms.Web.dll --urls "http://127.0.0.1:$port" >"$work/$provider.$build.host.log" 2>&1 &
  host_pid=$!
  for _ in $(seq 1 180); do
    curl -sf -o /dev/null "http://127.0.0.1:$port/health" && break
    kill -0 "$host_pid" 2>/dev/null || { echo "The host stopped:" >&2; cat "$work/$provider.$build.host.log" >&2; exit 1; }
    sleep 1
  done
  # Warm the process (JIT, view compilation, connection pool) on 20 tenants left out of the sample.
  eval "$prefixes" >"$work/prefixes"
  sed -n '1,20p' "$work/prefixes" | while read -r prefix; do curl -s -o /dev/null "http://127.0.0.1:$port/$prefix/"; done
  sed -n "21,$((20 + samples))p" "$work/prefixes" | while read -r prefix; do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "http://127.0.0.1:$port/$prefix/"
  done >"$work/$provider.$build.times"
  host_rss_kb="$(awk '/^VmHWM:/ { print $2 }' "/proc/$host_pid/status")"
  kill "$host_pid" && wait "$host_pid" 2>/dev/null || true
  host_pid=""

  read -r requests failures p50 p95 p99 < <(python3 - "$work/$provider.$build.times" <<'EOF'
import sys
rows = [line.split() for line in open(sys.argv[1])]
times = sorted(float(t) * 1000 for _, t in rows)
pick = lambda q: times[min(len(times) - 1, int(q * len(times)))]
print(len(rows), sum(1 for status, _ in rows if status != "200"), *(f"{pick(q):.1f}" for q in (0.50, 0.95, 0.99)))
EOF
)
  peak_mb="$(( (import_rss_kb > host_rss_kb ? import_rss_kb : host_rss_kb) / 1024 ))"
  rates["$provider.$build"]="$rate"
  rows+="| $provider | $build$( [[ "$build" == "$base" ]] && echo ' (previous release)' || echo ' (this commit)') | $created | $seconds s | $rate | $wall s | $database_mb MB | $((import_rss_kb / 1024)) MB | $((host_rss_kb / 1024)) MB | $requests ($failures not 200) | $p50 ms | $p95 ms | $p99 ms |"$'\n'
  if [[ -n "$base" && "$build" != "$base" ]] && awk -v r="$rate" -v b="${rates[$provider.$base]}" 'BEGIN { exit !(r < b) }'; then
    missed+="TARGET MISSED: $provider provisioned $rate sites/s, under the previous release's ${rates[$provider.$base]}."$'\n'
  fi
  if [[ "$provider" == Sqlite && "$build" != "$base" ]] && awk -v r="$rate" 'BEGIN { exit !(r < 50) }'; then
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
declare -A rates=()

# Measures every build on the current database, the previous release first.
measure_builds() {
  local entry
  for entry in "${builds[@]}"; do
    build="${entry%%|*}"
    out="${entry#*|}"
    measure
  done
}

if [[ -z "$only" || "$only" == sqlite ]]; then
  provider=Sqlite
  connection="Data Source=$work/govcms.db"
  size="stat -c %s '$work/govcms.db'"
  prefixes="python3 -c \"import sqlite3; [print(r[0]) for r in sqlite3.connect('$work/govcms.db').execute('SELECT UrlPrefix FROM Tenant WHERE UrlPrefix IS NOT NULL ORDER BY random()')]\""
  reset="rm -f '$work/govcms.db' '$work/govcms.db-wal' '$work/govcms.db-shm'"
  measure_builds
fi

if [[ -z "$only" || "$only" == postgresql ]]; then
  server="$("$top/scripts/postgres-temp.sh" start "$work/pg" "$pg_port")"
  provider=PostgreSql
  connection="$server;Database=govcms_bench"
  size="psql -h 127.0.0.1 -p $pg_port -U postgres -d govcms_bench -Atc 'SELECT pg_database_size(current_database())'"
  prefixes="psql -h 127.0.0.1 -p $pg_port -U postgres -d govcms_bench -Atc 'SELECT \"UrlPrefix\" FROM \"Tenant\" WHERE \"UrlPrefix\" IS NOT NULL ORDER BY random()'"
  reset="psql -h 127.0.0.1 -p $pg_port -U postgres -d postgres -qAtc 'DROP DATABASE IF EXISTS govcms_bench WITH (FORCE)'"
  measure_builds
fi

memory_gb="$(awk '/^MemTotal:/ { printf "%.1f", $2 / 1024 / 1024 }' /proc/meminfo)"
cpu="$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
{
  echo "# Benchmark: provisioning"
  echo
  echo "Every administrative unit in \`$csv_name\` provisioned with the unit recipes (recipes/province,"
  echo "district and commune: the tenant, its roles, settings, menu, 11 categories and 4 pages, one"
  echo "transaction each) by \`GovCms.Web tenants import\` on an empty database; then the host serves that"
  echo "database and the home page of $samples random tenants is requested once each with curl, one after"
  echo "the other, after 20 requests to other tenants to warm the process. Targets: 50 sites/s or more on"
  echo "SQLite, sites/s not lower than the previous release's, peak RSS under 1 GB, p95 of the home pages under 50 ms."
  echo "Each database is measured for the previous release ($( [[ -n "$base" ]] && echo "$base" || echo "not measured")) and this commit in the same run,"
  echo "one after the other, each on an empty database."
  echo
  if [[ -n "$units" ]]; then
    echo "**Smoke run**: only the first $units units of the CSV and $samples home pages, on a shared machine. These figures"
    echo "show that the benchmark works; they are no measurement. Run it whole on a quiet machine: \`bench/provisioning/run.sh\`."
    echo
  fi
  echo "- Date: $started"
  echo "- Commit: $head_commit$( [[ -n "$(git -C "$top" status --porcelain -- src recipes bench ':!bench/provisioning/results.md')" ]] && echo ' (with local changes)')"
  echo "- Machine: $(nproc) cores (${cpu:-unknown CPU}), ${memory_gb} GB memory, load average $load at start (the cores are shared)"
  echo "- .NET SDK: $(dotnet --version), Release build (dotnet publish), ASPNETCORE_ENVIRONMENT=Production, logging at Warning"
  echo "- SQLite: WAL with synchronous=NORMAL (the host's settings). PostgreSQL 15 from \`scripts/postgres-temp.sh\`"
  echo "  on the same machine over TCP, with fsync and synchronous_commit off (a throwaway server)"
  echo "- Sites/s: units created divided by the command's own timer; wall time adds the start and the migrations"
  echo "- Repeat: \`bench/provisioning/run.sh [units.csv]\` (\`--units 150 --samples 50\` for a smoke run)"
  echo
  echo "| Database | Build | Sites | Import time | Sites/s | Wall time | Database size | Peak RSS, import | Peak RSS, serving | Home pages | p50 | p95 | p99 |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|"
  printf '%s' "$rows"
  [[ -n "$missed" ]] && { echo; printf '%s' "$missed"; }
} >"$here/results.md"

cat "$here/results.md"
[[ "$missed" != *FAILED* ]]
