#!/usr/bin/env bash
# 100,000 items of one type over one province's sites (Thanh Hóa, 576 units before the 2025 reform), then a
# subtree query of a declared index with two filters and paging, on SQLite and PostgreSQL in the same run;
# writes bench/index/results.md. Usage: bench/index/run.sh [units.csv] [--items N] [--queries N] [--province CODE]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
top="$(git -C "$here" rev-parse --show-toplevel)"
csv="$top/../shared/data/vn-admin-units.csv"
if [[ $# -gt 0 && "$1" != --* ]]; then
  csv="$1"
  shift
fi

pg_port="${GOVCMS_BENCH_PG_PORT:-55492}"
work="$(mktemp -d /tmp/govcms-bench-index.XXXXXX)"
chmod 755 "$work"
cleanup() {
  "$top/scripts/postgres-temp.sh" stop "$work/pg" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

project="$here/GovCms.Bench.Index/GovCms.Bench.Index.csproj"
dotnet build "$project" -c Release -nologo -v quiet >&2
dll="$here/GovCms.Bench.Index/bin/Release/net10.0/GovCms.Bench.Index.dll"

started="$(date -u '+%Y-%m-%d %H:%M UTC')"
load="$(cut -d' ' -f1-3 /proc/loadavg)"
rows="$(cd "$top" && dotnet "$dll" Sqlite "Data Source=$work/govcms.db;Pooling=True" "$csv" "$@")"
server="$("$top/scripts/postgres-temp.sh" start "$work/pg" "$pg_port")"
rows+=$'\n'"$(cd "$top" && dotnet "$dll" PostgreSql "$server;Database=govcms_bench_index" "$csv" "$@")"

memory_gb="$(awk '/^MemTotal:/ { printf "%.1f", $2 / 1024 / 1024 }' /proc/meminfo)"
cpu="$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
missed="$(echo "$rows" | awk -F'|' '$3 ~ /Subtree\(province\)/ { gsub(/ ms| /, "", $7); if ($7 + 0 > 20) print "TARGET MISSED: p95 of the province subtree query on" $2 "is " $7 " ms (target 20 ms)" }')"
{
  echo "# Benchmark: index"
  echo
  echo "One province's sites (Thanh Hóa: the province, its districts and communes of shared/data/vn-admin-units.csv,"
  echo "created through TenantService, so the closure table is written as in production) and 100,000 published items of"
  echo "one type spread at random over them, each with a row of a declared index (\`NoticeIndex\`: field, kind, issued;"
  echo "8 fields × 6 kinds, dates over five years; the module's own indexes are (Field, Kind, TenantId, Published) to count"
  echo "and (Field, Kind, IssuedUtc, Id) to read a page in order)."
  echo "Items, versions and index rows are inserted in bulk with the rows the engine's index handler writes (the"
  echo "declared map, then the base columns); the writer itself is covered by tests/GovCms.Tests/Tree."
  echo "Then ANALYZE, and each query is \`IContentIndex<NoticeIndex>.PageAsync(Query(scope).Where(Field == f && Kind == k)"
  echo ".OrderByDescending(IssuedUtc).ThenByDescending(Id), page 1–5, 20)\`: the count of every page and one page,"
  echo "two round trips, timed with a Stopwatch in the process after 20 warm-up queries, a new service scope each."
  echo "Target: p95 ≤ 20 ms for the province subtree on both databases."
  echo
  echo "- Date: $started"
  echo "- Commit: $(git -C "$top" rev-parse --short HEAD)$( [[ -n "$(git -C "$top" status --porcelain -- src bench ':!bench/index/results.md')" ]] && echo ' (with local changes)')"
  echo "- Machine: $(nproc) cores (${cpu:-unknown CPU}), ${memory_gb} GB memory, load average $load at start (shared with other builds)"
  echo "- .NET SDK: $(dotnet --version), Release build; PostgreSQL from scripts/postgres-temp.sh (fsync off)"
  echo "- Repeat: \`bench/index/run.sh\`"
  echo
  echo "| database | scope | queries | rows matched (mean) | p50 | p95 | p99 |"
  echo "|---|---|---|---|---|---|---|"
  echo "$rows"
  echo
  [[ -n "$missed" ]] && echo "$missed" || echo "Target met on both databases."
} >"$here/results.md"

cat "$here/results.md"
