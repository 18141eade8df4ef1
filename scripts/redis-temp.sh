#!/usr/bin/env bash
# A throwaway Redis server for tests and benchmarks, on 127.0.0.1 only, without persistence.
#   scripts/redis-temp.sh start DIR PORT   -> prints a StackExchange.Redis configuration string
#   scripts/redis-temp.sh stop DIR
set -euo pipefail

case "${1:-}" in
  start)
    dir=$2 port=$3
    command -v redis-server >/dev/null || { echo "redis-server not found (apt-get install -y redis-server)" >&2; exit 1; }
    mkdir -p "$dir"
    redis-server --port "$port" --bind 127.0.0.1 --daemonize yes --dir "$dir" --save "" --appendonly no \
      --pidfile "$dir/redis.pid" --logfile "$dir/redis.log" >/dev/null
    for _ in $(seq 1 50); do
      redis-cli -p "$port" ping >/dev/null 2>&1 && break
      sleep 0.1
    done
    redis-cli -p "$port" ping >/dev/null 2>&1 || { cat "$dir/redis.log" >&2; exit 1; }
    echo "127.0.0.1:$port"
    ;;
  stop)
    dir=$2
    if [ -f "$dir/redis.pid" ]; then
      # Redis removes its pid file as it exits, so read the pid once.
      pid=$(cat "$dir/redis.pid")
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 50); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
      done
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start DIR PORT | stop DIR" >&2
    exit 2
    ;;
esac
