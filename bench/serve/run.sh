#!/usr/bin/env bash
# Load figures for `chujing serve`: POST /api/assess and POST /api/evidence in batches, against a server on loopback
# with the demo data; GET /health as the baseline, and GET /api/auth/me signed in and anonymous for the cost of
# authentication itself, all measured in the same run. Needs wrk (Debian).
# Usage: [DB=<postgres connection string>] bench/serve/run.sh [seconds] [connections]   (SQLite in a temp folder by default)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
seconds=${1:-15}
connections=${2:-32}
batch=${BATCH:-1000}
. bench/serve/demo-server.sh

rate() { awk '/Requests\/sec/ {print $2}' "$1"; }
echo "== baseline: GET /health ($connections connections, ${seconds}s)"
wrk -t2 -c"$connections" -d"${seconds}s" -s bench/serve/health.lua "$base/health" | tee "$tmp/health"
echo "== GET /api/auth/me, anonymous (401: routing, no cookie, the permission's challenge)"
wrk -t2 -c"$connections" -d"${seconds}s" -s bench/serve/me.lua "$base/api/auth/me" | tee "$tmp/anonymous"
echo "== GET /api/auth/me, signed in (the cookie decrypted and checked against the account, the permission granted)"
wrk -t2 -c"$connections" -d"${seconds}s" -s bench/serve/me.lua "$base/api/auth/me" -- "$cookie" | tee "$tmp/me"
echo "== POST /api/assess"
wrk -t2 -c"$connections" -d"${seconds}s" -s bench/serve/assess.lua "$base/api/assess" -- "$cookie" | tee "$tmp/assess"
python3 - "$(rate "$tmp/health")" "$(rate "$tmp/anonymous")" "$(rate "$tmp/me")" "$(rate "$tmp/assess")" <<'PY'
import sys
health, anonymous, me, assess = (float(x) for x in sys.argv[1:])
print("== summary (requests/s)")
print(f"GET /health {health:,.0f}   GET /api/auth/me anonymous {anonymous:,.0f}   signed in {me:,.0f}   POST /api/assess {assess:,.0f}")
print(f"signed-in /api/auth/me = {me / health:.2f} x /health (goal >= 0.5)")
print(f"cost of authentication: {1e6 / me - 1e6 / anonymous:.1f} us per request at saturation (signed in minus anonymous, 2 cores shared with wrk)")
PY
token=$(curl -s -b "chujing.session=$cookie" -H 'content-type: application/json' -d '{"name":"bench gateway"}' "$base/api/tokens" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
echo "== POST /api/check, bearer token, one event per request"
wrk -t2 -c"$connections" -d"${seconds}s" -s bench/serve/check.lua "$base/api/check" -- "$token" "$uscc"
filing=$(curl -s -b "chujing.session=$cookie" "$base/api/filings" | python3 -c 'import json,sys; print(next(f["id"] for f in json.load(sys.stdin) if f["status"] == "approved"))')
echo "== POST /api/check, bearer token, one event per request naming the approved filing $filing"
wrk -t2 -c"$connections" -d"${seconds}s" -s bench/serve/check-filed.lua "$base/api/check" -- "$token" "$uscc" "$filing"
echo "== POST /api/evidence, $batch events per request"
wrk -t2 -c4 -d"${seconds}s" --timeout 30s -s bench/serve/evidence.lua "$base/api/evidence" -- "$cookie" "$batch" "$uscc"
