#!/usr/bin/env bash
# Creates every administrative unit of Vietnam as a tenant, times tenant resolution and writes
# bench/tenants/results.md. Usage: bench/tenants/run.sh [units.csv] [--requests N]
# Exits non-zero only when a request resolves to the wrong tenant (or the run fails);
# missed targets are reported as "TARGET MISSED" lines in the results.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
top="$(git -C "$here" rev-parse --show-toplevel)"
csv="$top/../shared/data/vn-admin-units.csv"
if [[ $# -gt 0 && "$1" != --* ]]; then
  csv="$1"
  shift
fi

project="$here/GovCms.Bench.Tenants/GovCms.Bench.Tenants.csproj"
dotnet build "$project" -c Release -nologo -v quiet >&2

started="$(date -u '+%Y-%m-%d %H:%M UTC')"
load="$(cut -d' ' -f1-3 /proc/loadavg)"
output="$(mktemp)"
trap 'rm -f "$output"' EXIT
status=0
(cd "$top" && dotnet "$here/GovCms.Bench.Tenants/bin/Release/net10.0/GovCms.Bench.Tenants.dll" "$csv" "$@") >"$output" || status=$?
if [[ $status -ne 0 && $status -ne 1 ]]; then
  echo "The benchmark failed (exit $status); results.md is left unchanged." >&2
  exit "$status"
fi

memory_gb="$(awk '/^MemTotal:/ { printf "%.1f", $2 / 1024 / 1024 }' /proc/meminfo)"
cpu="$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
{
  echo "# Benchmark: tenants"
  echo
  echo "Every administrative unit in shared/data/vn-admin-units.csv created as a plain tenant"
  echo "(no recipe) through TenantService on a fresh SQLite database, then tenant resolution"
  echo "timed for random requests. Targets: RSS growth under 150 MB, median resolution under 50 µs."
  echo "RSS is VmRSS after a full compacting GC that returns free memory to the system; resolution"
  echo "times are single calls of TenantResolutionMiddleware.Resolve, Stopwatch around each."
  echo
  echo "- Date: $started"
  echo "- Commit: $(git -C "$top" rev-parse --short HEAD)$( [[ -n "$(git -C "$top" status --porcelain -- src bench ':!bench/tenants/results.md')" ]] && echo ' (with local changes)')"
  echo "- Machine: $(nproc) cores (${cpu:-unknown CPU}), ${memory_gb} GB memory, load average $load at start"
  echo "- .NET SDK: $(dotnet --version), Release build"
  echo "- Repeat: \`bench/tenants/run.sh\`"
  echo
  cat "$output"
} >"$here/results.md"

cat "$here/results.md"
exit "$status"
