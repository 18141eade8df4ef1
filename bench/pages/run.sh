#!/usr/bin/env bash
# Throughput of the public pages, in one run, on the same machine:
#   base      the commit this work started from (GOVCMS_BENCH_BASE, default a6ab27d: issue 9's portal, before the
#             content engine of issue 10), built in a temporary git worktree outside the repository, with the output
#             cache of pages off like "uncached" (a commit older than the cache ignores the setting)
#   uncached  the current tree with the output cache of pages off (GovCms:OutputCache:Enabled=false); the
#             fragments it keeps in the same store (lists, related news, the article) still on
#   bare      the same with the fragments off too (GovCms:OutputCache:Fragments=false): every query runs
#   cached    the current tree as configured by default (in-memory output cache)
#   nginx     nginx serving a static copy of the same article bytes (apt nginx, its own config on 127.0.0.1)
# Each host is published (Release) and started on its own port of 127.0.0.1 with a fresh SQLite database holding
# the demo network; all are warmed up, then measured with wrk on a commune's home page and one of its articles in
# alternating rounds (base, uncached, cached, nginx, base, ...) so that a change in the machine's load hits every
# variant alike; each figure is the best round.
# Writes bench/pages/results.md.
# Usage: bench/pages/run.sh [seconds per measure, default 20] [rounds, default 2]
# Targets: the cached article at 50% or more of nginx's requests/s; the uncached pages not slower than the base.
# A miss is reported as "TARGET MISSED".
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
top="$(git -C "$here" rev-parse --show-toplevel)"
seconds="${1:-20}"
rounds="${2:-2}"
port="${GOVCMS_BENCH_PORT:-5190}"
base_commit="${GOVCMS_BENCH_BASE:-a6ab27d}"
wrk_args=(-t2 -c32)

command -v wrk >/dev/null || { echo "wrk is needed (apt-get install -y wrk)" >&2; exit 1; }
command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || { echo "nginx is needed (apt-get install -y nginx-light)" >&2; exit 1; }
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"

work="$(mktemp -d /tmp/govcms-bench-pages.XXXXXX)"
chmod 755 "$work" # nginx's workers (www-data when started as root) read the static copy below it
host_pids=()
stop_hosts() {
  for pid in "${host_pids[@]}"; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  host_pids=()
}
cleanup() {
  stop_hosts
  [[ -f "$work/nginx/nginx.pid" ]] && kill "$(cat "$work/nginx/nginx.pid")" 2>/dev/null || true
  git -C "$top" worktree remove --force "$work/base-src" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "Publishing the current tree and $base_commit ..." >&2
dotnet publish "$top/src/Host/GovCms.Web/GovCms.Web.csproj" -c Release -o "$work/current" -nologo -v quiet >&2
git -C "$top" worktree add --detach "$work/base-src" "$base_commit" >/dev/null 2>&1
dotnet publish "$work/base-src/src/Host/GovCms.Web/GovCms.Web.csproj" -c Release -o "$work/base" -nologo -v quiet >&2

base_url="http://127.0.0.1:$port/phuong-dong-son"
declare -A paths=(
  [home]="/phuong-dong-son/"
  [article]="/phuong-dong-son/tin-tuc/phuong-dong-son-trien-khai-ke-hoach-chuyen-doi-so-nam-2026"
)
pages=(home article)

declare -A port_of pid_of
# start_host VARIANT FOLDER PORT [extra environment...]: production settings, warnings only, a fresh database.
start_host() {
  local variant="$1" folder="$2" host_port="$3"; shift 3
  local data="$work/data-$variant"
  mkdir -p "$data"
  (cd "$folder" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$host_port" \
    GovCms__Database__ConnectionString="Data Source=$data/govcms.db" GovCms__Media__Root="$data/media" \
    GovCms__Demo__Enabled=true GovCms__Demo__Password='Bench@2026pass' Logging__LogLevel__Default=Warning "$@" \
    dotnet GovCms.Web.dll >"$data/host.log" 2>&1) &
  host_pids+=($!)
  pid_of[$variant]=$!
  port_of[$variant]=$host_port
}

wait_host() {
  local variant="$1"
  for _ in $(seq 1 300); do
    curl -sf -o /dev/null "http://127.0.0.1:${port_of[$variant]}/health" && break
    sleep 1
  done
  for name in "${pages[@]}"; do
    local status
    status="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${port_of[$variant]}${paths[$name]}")"
    [[ "$status" == 200 ]] || { echo "$variant ${paths[$name]} answered $status" >&2; cat "$work/data-$variant/host.log" >&2; exit 1; }
  done
}

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
ticks_per_second="$(getconf CLK_TCK)"
rows=""
declare -A rps_of

declare -A best_row
# measure VARIANT PAGE: one wrk run; keeps the best requests/s of the rounds with its row.
measure() {
  local variant="$1" name="$2" pid="${pid_of[$1]:-}"
  local url="http://127.0.0.1:${port_of[$variant]}${paths[$name]}" before="" after="" report requests rps p50 p99 errors cpu_us="–"
  [[ -n "$pid" ]] && before="$(cpu_ticks "$pid")"
  report="$(wrk "${wrk_args[@]}" -d"${seconds}s" --latency "$url")"
  [[ -n "$pid" ]] && after="$(cpu_ticks "$pid")"
  requests="$(awk '/requests in/ { print $1 }' <<<"$report")"
  rps="$(awk '/Requests\/sec/ { print $2 }' <<<"$report")"
  p50="$(awk '$1 == "50%" { print $2 }' <<<"$report")"
  p99="$(awk '$1 == "99%" { print $2 }' <<<"$report")"
  errors="$(awk '/Non-2xx|Socket errors/ { $1 = $1; printf "%s; ", $0 }' <<<"$report")"
  [[ -n "$pid" ]] && cpu_us="$(awk -v t="$((after - before))" -v hz="$ticks_per_second" -v n="$requests" 'BEGIN { printf "%.0f", t / hz * 1e6 / n }')"
  echo "round: $variant $name $rps requests/s, $cpu_us µs CPU per request" >&2
  if [[ -z "${rps_of[$variant/$name]:-}" ]] || awk -v a="$rps" -v b="${rps_of[$variant/$name]}" 'BEGIN { exit !(a > b) }'; then
    rps_of["$variant/$name"]="$rps"
    best_row["$variant/$name"]="| $variant | $name | $rps | $p50 | $p99 | $cpu_us | ${errors:-none} |"
  fi
}

warm_up() {
  local variant="$1"
  for name in "${pages[@]}"; do
    wrk "${wrk_args[@]}" -d10s "http://127.0.0.1:${port_of[$variant]}${paths[$name]}" >/dev/null
  done
}

started="$(date -u '+%Y-%m-%d %H:%M UTC')"
load_start="$(cut -d' ' -f1-3 /proc/loadavg)"

start_host base "$work/base" "$port" GovCms__OutputCache__Enabled=false
start_host uncached "$work/current" "$((port + 1))" GovCms__OutputCache__Enabled=false
start_host cached "$work/current" "$((port + 2))"
start_host bare "$work/current" "$((port + 4))" GovCms__OutputCache__Enabled=false GovCms__OutputCache__Fragments=false
variants=(base bare uncached cached)
for variant in "${variants[@]}"; do wait_host "$variant"; done
article_bytes="$(curl -s -o "$work/article.html" -w '%{size_download}' "http://127.0.0.1:${port_of[cached]}${paths[article]}")"
# Warm-up of every page before any measure: view compilation, connection pool, and the JIT's second tier.
for variant in "${variants[@]}"; do warm_up "$variant"; done
# nginx: the article's bytes as the current host serves them, at the same address, 2 workers (one per core).
mkdir -p "$work/nginx/root$(dirname "${paths[article]}")" "$work/nginx/tmp"
cp "$work/article.html" "$work/nginx/root${paths[article]}"
chmod -R a+rX "$work/nginx/root"
cat >"$work/nginx/nginx.conf" <<EOF
worker_processes 2;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  client_body_temp_path $work/nginx/tmp;
  proxy_temp_path $work/nginx/tmp;
  fastcgi_temp_path $work/nginx/tmp;
  uwsgi_temp_path $work/nginx/tmp;
  scgi_temp_path $work/nginx/tmp;
  default_type text/html;
  server { listen 127.0.0.1:$port; root $work/nginx/root; }
}
EOF
port_of[nginx]="$((port + 3))"
sed -i "s/listen 127.0.0.1:$port;/listen 127.0.0.1:${port_of[nginx]};/" "$work/nginx/nginx.conf"
"$nginx_bin" -c "$work/nginx/nginx.conf" -p "$work/nginx"
for _ in $(seq 1 20); do [[ -f "$work/nginx/nginx.pid" ]] && break; sleep 0.2; done
curl -sf -o /dev/null "http://127.0.0.1:${port_of[nginx]}${paths[article]}" || { echo "nginx did not serve the article" >&2; cat "$work/nginx/error.log" >&2; exit 1; }
wrk "${wrk_args[@]}" -d10s "http://127.0.0.1:${port_of[nginx]}${paths[article]}" >/dev/null

# nginx takes its turn in the same rounds, so a change in the machine's load hits it and the hosts alike.
for round in $(seq 1 "$rounds"); do
  for name in "${pages[@]}"; do
    for variant in "${variants[@]}"; do measure "$variant" "$name"; done
    if [[ "$name" == article ]]; then measure nginx article; fi
  done
done
stop_hosts
kill "$(cat "$work/nginx/nginx.pid")"
rm -f "$work/nginx/nginx.pid"
rows=""
for variant in base bare uncached cached; do
  for name in "${pages[@]}"; do rows+="${best_row[$variant/$name]}"$'\n'; done
done
rows+="${best_row[nginx/article]}"$'\n'

load_end="$(cut -d' ' -f1-3 /proc/loadavg)"
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
static_ratio="$(ratio "${rps_of[cached/article]}" "${rps_of[nginx/article]}")"
missed=""
awk -v r="$static_ratio" 'BEGIN { exit !(r < 0.5) }' && missed+="TARGET MISSED: the cached article served $static_ratio of nginx's requests/s, under 0.50."$'\n'
for name in "${pages[@]}"; do
  r="$(ratio "${rps_of[uncached/$name]}" "${rps_of[base/$name]}")"
  awk -v r="$r" 'BEGIN { exit !(r < 1) }' && missed+="TARGET MISSED: the uncached $name page served $r of the base's requests/s."$'\n'
done

memory_gb="$(awk '/^MemTotal:/ { printf "%.1f", $2 / 1024 / 1024 }' /proc/meminfo)"
cpu="$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
{
  echo "# Benchmark: public pages"
  echo
  echo "A commune's home page and one of its article pages, rendered by the portal theme, on the demo network"
  echo "(SQLite, fresh database for every host), measured in one run: **base** is commit \`$base_commit\` (the tree"
  echo "this work started from) with the output cache of pages off as in **uncached**, **bare** the current tree with the output cache and its fragments off (every query runs),"
  echo "**uncached** the current tree with the output cache of pages off (\`GovCms:OutputCache:Enabled=false\`; the"
  echo "home page's lists, related news and the article come from fragments in the same store), **cached** the"
  echo "current tree as configured by default (in-memory output cache, pages evicted per site on every change),"
  echo "**nginx** a static copy of the same article bytes ($article_bytes bytes) served by nginx with 2 workers."
  echo "\`wrk ${wrk_args[*]} -d${seconds}s --latency\` after 10 s of warm-up on each page of each host; $rounds rounds alternating the"
  echo "variants, the best round of each shown; wrk on the same machine. wrk sends no Accept-Encoding, so nothing is"
  echo "compressed (as nginx serves it). \"Host CPU per"
  echo "request\" is the CPU time the host process used during the run divided by the requests served: it depends"
  echo "much less than requests/s on what else the machine runs."
  echo
  echo "- Date: $started"
  echo "- Commit: $(git -C "$top" rev-parse --short HEAD)$( [[ -n "$(git -C "$top" status --porcelain -- src bench ':!bench/pages/results.md')" ]] && echo ' (with local changes)'), base $base_commit"
  echo "- Machine: $(nproc) cores (${cpu:-unknown CPU}), ${memory_gb} GB memory; load average $load_start at start, $load_end at the end"
  echo "- .NET SDK: $(dotnet --version), Release build (dotnet publish), ASPNETCORE_ENVIRONMENT=Production; $("$nginx_bin" -v 2>&1)"
  echo "- Logging at Warning (no per-request log lines), as this script starts the hosts"
  echo "- Repeat: \`bench/pages/run.sh\`"
  echo
  echo "| Variant | Page | Requests/s | p50 | p99 | Host CPU per request (µs) | Errors |"
  echo "|---|---|---|---|---|---|---|"
  printf '%s' "$rows"
  echo
  echo "- Cached article / nginx static: **$static_ratio** (target 0.50 or more)"
  for name in "${pages[@]}"; do
    echo "- $name / base: bare **$(ratio "${rps_of[bare/$name]}" "${rps_of[base/$name]}")**, uncached **$(ratio "${rps_of[uncached/$name]}" "${rps_of[base/$name]}")**, cached **$(ratio "${rps_of[cached/$name]}" "${rps_of[base/$name]}")**"
  done
  [[ -n "$missed" ]] && { echo; printf '%s' "$missed"; }
} >"$here/results.md"

cat "$here/results.md"
