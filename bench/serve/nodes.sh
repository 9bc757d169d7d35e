#!/usr/bin/env bash
# Sustained ingestion through nginx on PostgreSQL: POST /api/evidence in batches (bench/serve/evidence.lua) through
# nginx with TLS (deploy/nginx/chujing.conf, the deployment guide's file, with only the ports and certificate replaced)
# in front of two `chujing serve` nodes, then the same run in front of one node. Prints events/s, the latency
# distribution (p50/p99), errors (non-2xx answers, socket errors and timeouts) and the RSS of each node sampled every
# 10 s. Needs wrk, nginx, openssl and PostgreSQL's server binaries (Debian packages).
# Usage: bench/serve/nodes.sh [seconds per run, default 600] [connections, default 8]   (BATCH=events per request, default 1000)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
seconds=${1:-600}
connections=${2:-8}
batch=${BATCH:-1000}
for tool in wrk nginx openssl; do
  command -v "$tool" >/dev/null || [ -x "/usr/sbin/$tool" ] || { echo "$tool is needed: apt-get install $tool" >&2; exit 1; }
done
nginx=$(command -v nginx || echo /usr/sbin/nginx)
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort | tail -1)
dotnet build src/Chujing.Cli -c Release --nologo -v q >/dev/null
cli=src/Chujing.Cli/bin/Release/net10.0/chujing.dll

tmp=$(mktemp -d)
chmod 755 "$tmp"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  [ -f "$tmp/pg/postmaster.pid" ] && runuser -u postgres -- "$pgbin/pg_ctl" -D "$tmp/pg" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# PostgreSQL 15 with its default durability (fsync on, synchronous_commit on), on a temp folder.
pgport=$(free_port)
as_pg=""
[ "$(id -u)" = 0 ] && { chown postgres: "$tmp"; as_pg="runuser -u postgres --"; }
$as_pg "$pgbin/initdb" -D "$tmp/pg" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
$as_pg "$pgbin/pg_ctl" -D "$tmp/pg" -l "$tmp/pg.log" -o "-p $pgport -k $tmp -c listen_addresses=127.0.0.1 -c max_connections=200" -w start >/dev/null
db="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=postgres"
openssl rand -hex 32 > "$tmp/kek"
export CHUJING_KEY_ENCRYPTION_KEY_FILE="$tmp/kek"

start_node() { # port, extra args
  mkdir -p "$tmp/node$1"
  (cd "$tmp/node$1" && exec dotnet "$OLDPWD/$cli" serve --db "$db" --urls "http://127.0.0.1:$1" "${@:2}" 2>"$tmp/node$1.log" >/dev/null) &
  pids+=($!)
  node_pids[$1]=$!
  for _ in $(seq 1 240); do curl -sf "http://127.0.0.1:$1/health" >/dev/null && return; sleep 0.5; done
  echo "node $1 did not start: $(cat "$tmp/node$1.log")" >&2; exit 1
}
declare -A node_pids
node1=$(free_port); node2=$(free_port)
start_node "$node1" --demo
start_node "$node2"

openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 -subj /CN=chujing.example.gov.cn \
  -keyout "$tmp/key.pem" -out "$tmp/cert.pem" 2>/dev/null
start_nginx() { # name, node ports; sets $proxy_port
  local dir="$tmp/$1" port; port=$(free_port); mkdir -p "$dir"
  local servers=""; for p in "${@:2}"; do servers+="    server 127.0.0.1:$p max_fails=3 fail_timeout=5s;\n"; done
  awk -v servers="$servers" '/^    server 127\.0\.0\.1:[0-9]+ / { if (!done) { printf "%s", servers; done = 1 } next } { print }' deploy/nginx/chujing.conf |
    sed -e "s|listen 443 ssl;|listen 127.0.0.1:$port ssl;|" -e "s|/etc/chujing/tls/fullchain.pem|$tmp/cert.pem|" \
        -e "s|/etc/chujing/tls/privkey.pem|$tmp/key.pem|" > "$dir/chujing.conf"
  cat > "$dir/nginx.conf" <<EOF
worker_processes auto;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $dir/client_body;
    proxy_temp_path $dir/proxy;
    include $dir/chujing.conf;
}
EOF
  "$nginx" -p "$dir" -e "$dir/error.log" -c "$dir/nginx.conf" -g 'daemon off;' >/dev/null 2>&1 &
  pids+=($!)
  for _ in $(seq 1 60); do curl -skf -H 'Host: chujing.example.gov.cn' "https://127.0.0.1:$port/health" >/dev/null && break; sleep 0.2; done
  proxy_port=$port
}
start_nginx two "$node1" "$node2"; two=$proxy_port
start_nginx one "$node1"; one=$proxy_port

base="http://127.0.0.1:$node1"
cookie=$(curl -s -c - -H 'content-type: application/json' -d '{"email":"ent-a@demo.local","password":"Demo-Passw0rd!"}' "$base/api/auth/login" | awk '/chujing.session/ {print $7}')
uscc=$(curl -s -b "chujing.session=$cookie" "$base/api/processors" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["uscc"])')

run() { # label, nginx port, node ports...
  local label=$1 port=$2; shift 2
  echo "== $label: POST /api/evidence, $batch events per request, $connections connections, ${seconds}s, through nginx (TLS)"
  ( for ((t = 0; t <= seconds; t += 10)); do
      line="t=${t}s"
      for p in "$@"; do line+="  node :$p RSS $(awk '/VmRSS/ {printf "%.0f MiB", $2 / 1024}' "/proc/${node_pids[$p]}/status")"; done
      echo "$line"; sleep 10
    done ) > "$tmp/rss-$label" &
  local sampler=$!
  wrk -t2 -c"$connections" -d"${seconds}s" --timeout 60s --latency -H 'Host: chujing.example.gov.cn' \
    -s bench/serve/evidence.lua "https://127.0.0.1:$port/api/evidence" -- "$cookie" "$batch" "$uscc" | tee "$tmp/wrk-$label"
  kill "$sampler" 2>/dev/null || true; wait "$sampler" 2>/dev/null || true
  echo "-- RSS every 10 s"; cat "$tmp/rss-$label"
  local non2xx errors
  non2xx=$(awk '/Non-2xx/ {print $5}' "$tmp/wrk-$label"); errors=$(grep -oE 'Socket errors:.*' "$tmp/wrk-$label" || true)
  echo "-- $label: $(awk '/^events\/s/ {print $2}' "$tmp/wrk-$label") events/s; p50 $(awk '$1 == "50%" {print $2}' "$tmp/wrk-$label"), p99 $(awk '$1 == "99%" {print $2}' "$tmp/wrk-$label"); non-2xx ${non2xx:-0}; ${errors:-no socket errors}"
}
run two-nodes "$two" "$node1" "$node2"
run one-node "$one" "$node1"
