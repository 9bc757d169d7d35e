# Sourced by the serve benchmarks: builds the CLI, starts `chujing serve --demo` on a free loopback port (SQLite in a
# temp folder, or DB=<postgres connection string>), waits for /health and signs in as the demo enterprise.
# Sets: tmp, base, server (the PID), cookie, uscc; the EXIT trap stops the server and removes tmp.
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
dotnet build src/Chujing.Cli -c Release --nologo -v q >/dev/null
tmp=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
dotnet src/Chujing.Cli/bin/Release/net10.0/chujing.dll serve --demo --db "${DB:-$tmp/chujing.db}" --urls "$base" 2>"$tmp/serve.log" >/dev/null &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$tmp"' EXIT
for _ in $(seq 1 120); do curl -sf "$base/health" >/dev/null && break; sleep 0.5; done
cookie=$(curl -s -c - -H 'content-type: application/json' -d '{"email":"ent-a@demo.local","password":"Demo-Passw0rd!"}' "$base/api/auth/login" | awk '/chujing.session/ {print $7}')
uscc=$(curl -s -b "chujing.session=$cookie" "$base/api/processors" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["uscc"])')
