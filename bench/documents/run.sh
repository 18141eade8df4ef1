#!/usr/bin/env bash
# 200,000 documents (module Documents) over one province's sites (Thanh Hóa, 576 units before the 2025 reform), then the
# registry's queries through the module's declared index and the import of a 10,000-row XLSX, on SQLite and PostgreSQL
# in the same run; writes bench/documents/results.md. Runs at low priority (the machine may be shared).
# Usage: bench/documents/run.sh [units.csv] [--documents N] [--queries N] [--import-rows N] [--province CODE]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
top="$(git -C "$here" rev-parse --show-toplevel)"
csv="$top/../shared/data/vn-admin-units.csv"
if [[ $# -gt 0 && "$1" != --* ]]; then
  csv="$1"
  shift
fi

pg_port="${GOVCMS_BENCH_PG_PORT:-55493}"
work="$(mktemp -d /tmp/govcms-bench-documents.XXXXXX)"
chmod 755 "$work"
cleanup() {
  "$top/scripts/postgres-temp.sh" stop "$work/pg" 2>/dev/null || true
  rm -rf "$work" /tmp/govcms-bench-documents-media
}
trap cleanup EXIT

project="$here/GovCms.Bench.Documents/GovCms.Bench.Documents.csproj"
nice -n 19 dotnet build "$project" -c Release -nologo -v quiet >&2
dll="$here/GovCms.Bench.Documents/bin/Release/net10.0/GovCms.Bench.Documents.dll"

started="$(date -u '+%Y-%m-%d %H:%M UTC')"
load="$(cut -d' ' -f1-3 /proc/loadavg)"
clock=$SECONDS
rows="$(cd "$top" && timeout 7200 nice -n 19 dotnet "$dll" Sqlite "Data Source=$work/govcms.db;Pooling=True" "$csv" "$@")"
server="$("$top/scripts/postgres-temp.sh" start "$work/pg" "$pg_port")"
rows+=$'\n'"$(cd "$top" && timeout 7200 nice -n 19 dotnet "$dll" PostgreSql "$server;Database=govcms_bench_documents" "$csv" "$@")"
took=$((SECONDS - clock))

memory_gb="$(awk '/^MemTotal:/ { printf "%.1f", $2 / 1024 / 1024 }' /proc/meminfo)"
cpu="$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
missed="$(echo "$rows" | grep -c 'MISSED' || true)"
{
  echo "# Benchmark: documents"
  echo
  echo "One province's sites (Thanh Hóa: the province, its districts and communes of shared/data/vn-admin-units.csv, created"
  echo "through TenantService with the module Documents on) and 200,000 published documents: a fifth at the province, a quarter"
  echo "over the districts, the rest over the communes, made by \`RegistryData\` (the types of Nghị định 30/2020 with their"
  echo "symbols and weights, numbers counted per type and year, the unit's UBND/HĐND as issuers, issue dates 2020–2025,"
  echo "effective and expiry dates, 1–2 fields, 1–3 relations to earlier documents of the site, some external; one in 200"
  echo "confidential; a quarter of the province's and districts' documents shared downward). Items, versions and the rows of"
  echo "every declared index covering the type (\`DocumentIndex\`, \`DocumentFieldIndex\`, the engine's \`SharedContentIndex\`)"
  echo "are inserted in bulk as the engine's index handler writes them (reference rows of the relations are not written: no"
  echo "query below reads them). Then ANALYZE, and each query is timed with a Stopwatch in the process after 20 warm-up"
  echo "queries, a new service scope each, through \`IContentIndex<DocumentIndex>\` — the queries the public registry and the"
  echo "API run:"
  echo
  echo "- listing: \`Query(Site(province)).Where(!Confidential && DocumentType == t && Year == y).OrderByDescending(IssuedOn).ThenByDescending(Id)\`, \`PageAsync(page 50, 20)\` (count and page);"
  echo "- lookup: \`Query(VisibleFrom(site)).Where(NumberKey == key && !Confidential)\`, up to 20 rows;"
  echo "- registry with shared documents: \`Query(VisibleFrom(commune)).Where(!Confidential)\` in issue order, pages 1–5 (count and page); the whole province: \`Subtree(province)\`;"
  echo "- import: a 10,000-row XLSX (ClosedXML) of a commune's registry through \`DocumentImporter.ImportAsync\` (read, plan, the documents created"
  echo "  through the content manager with their index rows, references and audit entries, 100 a save by \`CreateManyAsync\`, one transaction), rows per second."
  echo
  echo "Targets: listing p95 ≤ 20 ms, lookup p95 ≤ 10 ms, registry with shared documents p95 ≤ 30 ms, import ≥ 500 rows/s."
  echo
  echo "- Date: $started, ${took} s in all"
  echo "- Commit: $(git -C "$top" rev-parse --short HEAD)$( [[ -n "$(git -C "$top" status --porcelain -- src bench ':!bench/documents/results.md')" ]] && echo ' (with local changes)')"
  echo "- Machine: $(nproc) cores (${cpu:-unknown CPU}), ${memory_gb} GB memory, load average $load at start ($(awk '{ print ($1 < 1.5 ? "quiet" : "**shared** with other work") }' <<<"$load")), the bench at \`nice -n 19\`"
  echo "- .NET SDK: $(dotnet --version), Release build; PostgreSQL from scripts/postgres-temp.sh (fsync off)"
  echo "- Repeat: \`bench/documents/run.sh\`"
  echo
  echo "| database | measure | runs | rows matched (mean) | p50 | p95 | p99 | target |"
  echo "|---|---|---|---|---|---|---|---|"
  echo "$rows"
  echo
  [[ "$missed" -gt 0 ]] && echo "Targets missed: $missed (marked MISSED above)." || echo "Every target met on both databases."
} >"$here/results.md"

cat "$here/results.md"
