#!/usr/bin/env bash
# POST /api/evidence alone, in batches of 1,000 events: naming the demo's approved filing as it files them
# (bench/serve/evidence-filed.lua, one event in 100 deviating), the same with every event a new person (past the
# filing's count every event is over it and stores a deviation), and naming none (bench/serve/evidence.lua, every
# event a no-filing deviation), with the
# server's own CPU time per 1,000 events (from /proc/PID/stat) beside the throughput: on a shared machine the CPU
# per event varies less than the throughput does. Needs wrk (Debian).
# Usage: [DB=<postgres connection string>] [WARMUP=seconds, default 20] bench/serve/evidence.sh [seconds, default 10] [connections, default 4]
# The warm-up lets tiered compilation finish: after 3-5 s of load the runtime's background compiler still took about a
# quarter of the server's CPU, so a short warm-up measures the JIT as much as the ingestion.
# On PostgreSQL the run ends with the ceiling: the rows the first batch stored, written again by binary COPY alone
# (bench/Chujing.Benchmarks raw-copy), one transaction per batch, on the same server.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
seconds=${1:-10}
connections=${2:-4}
. bench/serve/demo-server.sh
filing=$(curl -s -b "chujing.session=$cookie" "$base/api/filings" | python3 -c 'import json,sys; print(next(f["id"] for f in json.load(sys.stdin) if f["status"] == "approved"))')
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
# Warm-up (JIT and tiered compilation, pools, the compiled filing check).
wrk -t2 -c"$connections" -d"${WARMUP:-20}s" --timeout 30s -s bench/serve/evidence-filed.lua "$base/api/evidence" -- "$cookie" 1000 "$uscc" "$filing" >/dev/null
cpu() { awk '{print $14 + $15}' "/proc/$server/stat"; }
for case in evidence-filed:400 evidence-filed:0 evidence:0; do
  script=${case%%:*}
  before=$(cpu)
  out=$(wrk -t2 -c"$connections" -d"${seconds}s" --timeout 30s -s "bench/serve/$script.lua" "$base/api/evidence" -- "$cookie" 1000 "$uscc" "$filing" "${case##*:}")
  after=$(cpu)
  requests=$(echo "$out" | awk '/requests in/ {print $1}')
  ticks=$(getconf CLK_TCK)
  echo "$case: $(echo "$out" | grep 'events/s'), $requests requests, server CPU $(python3 -c "print(round(($after - $before) * 1000 / $ticks / $requests, 1))") ms per 1,000 events"
done
if [[ -n ${DB:-} ]]; then
  dotnet build bench/Chujing.Benchmarks -c Release --nologo -v q >/dev/null
  echo "raw-copy: $(dotnet bench/Chujing.Benchmarks/bin/Release/net10.0/Chujing.Benchmarks.dll raw-copy "$DB" "$seconds" 1000)"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
