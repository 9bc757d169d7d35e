#!/usr/bin/env bash
# Load figures for `chujing serve`: POST /api/assess, POST /api/evidence in batches (with and without naming a
# filing, so with the consistency check doing its work), POST /api/check with an API token, against a server on
# loopback with the demo data, and GET /health as the baseline measured in the same run. Needs wrk (Debian).
# Usage: [DB=<postgres connection string>] [CHUJING_CONSISTENCY=off] bench/serve/run.sh [seconds] [connections]
# (SQLite in a temp folder by default; CHUJING_CONSISTENCY=off records exports unchecked, for the figure without the check)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
seconds=${1:-15}
connections=${2:-32}
batch=${BATCH:-1000}
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
dotnet build src/Chujing.Cli -c Release --nologo -v q >/dev/null
tmp=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
db=${DB:-$tmp/chujing.db}
dotnet src/Chujing.Cli/bin/Release/net10.0/chujing.dll serve --demo --db "$db" --urls "$base" 2>"$tmp/serve.log" >/dev/null &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$tmp"' EXIT
for _ in $(seq 1 60); do curl -sf "$base/health" >/dev/null && break; sleep 0.5; done
cookie=$(curl -s -c - -H 'content-type: application/json' -d '{"email":"ent-a@demo.local","password":"Demo-Passw0rd!"}' "$base/api/auth/login" | awk '/chujing.session/ {print $7}')
uscc=$(curl -s -b "chujing.session=$cookie" "$base/api/processors" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["uscc"])')

echo "== baseline: GET /health ($connections connections, ${seconds}s)"
wrk -t2 -c"$connections" -d"${seconds}s" -s bench/serve/health.lua "$base/health"
echo "== POST /api/assess"
wrk -t2 -c"$connections" -d"${seconds}s" -s bench/serve/assess.lua "$base/api/assess" -- "$cookie"
echo "== POST /api/evidence, $batch events per request (no filing named)"
wrk -t2 -c4 -d"${seconds}s" --timeout 30s -s bench/serve/evidence.lua "$base/api/evidence" -- "$cookie" "$batch" "$uscc"

# An approved filing for the checked cases: enterprise A drafts and submits, the 大兴 officer approves.
json='content-type: application/json'
filing=$(curl -s -b "chujing.session=$cookie" -H "$json" "$base/api/filings" -d '{"title":"bench","listEdition":"beijing-ftz/2024","scenario":"bj-pharma-pharmacovigilance","fields":[],"recipients":[{"name":"Novum Pharma AG","country":"CH"}],"purpose":"pv","importantData":false,"persons":{"personal":900000,"sensitive":0},"retentionMonths":24,"securityMeasures":"tls","validFrom":"2026-12-01","validUntil":"2027-11-30"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
curl -s -o /dev/null -b "chujing.session=$cookie" -X POST "$base/api/filings/$filing/submit"
officer=$(curl -s -c - -H "$json" -d '{"email":"daxing@demo.local","password":"Demo-Passw0rd!"}' "$base/api/auth/login" | awk '/chujing.session/ {print $7}')
curl -s -o /dev/null -b "chujing.session=$officer" -H "$json" -d '{}' "$base/api/filings/$filing/approve"
token=$(curl -s -b "chujing.session=$cookie" -H "$json" -d '{"name":"bench gateway"}' "$base/api/tokens" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')

echo "== POST /api/evidence, $batch events per request naming approved filing $filing (1 in 100 deviating)"
wrk -t2 -c4 -d"${seconds}s" --timeout 30s -s bench/serve/evidence-filed.lua "$base/api/evidence" -- "$cookie" "$batch" "$uscc" "$filing"
echo "== POST /api/check, 1 event per request, API token"
wrk -t2 -c"$connections" -d"${seconds}s" -s bench/serve/check.lua "$base/api/check" -- "$token" "$uscc" "$filing"
