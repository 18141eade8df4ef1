#!/usr/bin/env bash
# Runs the whole test suite: every test project, on SQLite and on a throwaway PostgreSQL 15 (and a
# throwaway Redis for the tests of shared caches), browser tests in Debian's Chromium. Installs what the tests need when it is missing (as root).
# Ends with one line: "N passed, N failed, N skipped" over all projects.
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)

install_missing() {
  local missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
  command -v redis-server >/dev/null || missing+=(redis-server)
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" != 0 ]; then
    echo "Missing: ${missing[*]}. Install them (apt-get install -y ${missing[*]}) or run this script as root." >&2
    exit 1
  fi
  echo "Installing ${missing[*]} ..."
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null || exit 1
}

install_missing

work=$(mktemp -d /tmp/govcms-test.XXXXXX)
chmod 755 "$work"
pg_dir="$work/postgres"
pg_port=${GOVCMS_TEST_PG_PORT:-55433}
redis_dir="$work/redis"
redis_port=${GOVCMS_TEST_REDIS_PORT:-$((pg_port + 1000))}
cleanup() {
  "$root/scripts/postgres-temp.sh" stop "$pg_dir"
  "$root/scripts/redis-temp.sh" stop "$redis_dir"
  rm -rf "$work"
}
trap cleanup EXIT

GOVCMS_TEST_POSTGRES=$("$root/scripts/postgres-temp.sh" start "$pg_dir" "$pg_port") || exit 1
export GOVCMS_TEST_POSTGRES
GOVCMS_TEST_REDIS=$("$root/scripts/redis-temp.sh" start "$redis_dir" "$redis_port") || exit 1
export GOVCMS_TEST_REDIS

results="$work/results"
dotnet build GovCms.sln -nologo -v quiet || { echo "0 passed, 1 failed (the build failed)"; exit 1; }
dotnet test GovCms.sln --no-build -nologo --logger "trx" --results-directory "$results" --blame-hang-timeout 10m "$@"
status=$?

# Sum the counters of every project's results file.
passed=0 failed=0 skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  value() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
  passed=$((passed + $(value passed)))
  failed=$((failed + $(value failed) + $(value error) + $(value timeout) + $(value aborted)))
  skipped=$((skipped + $(value notExecuted)))
done
[ $status -ne 0 ] && [ $failed -eq 0 ] && failed=1
echo "$passed passed, $failed failed, $skipped skipped"
exit $status
