#!/usr/bin/env bash
# Builds an N-leaf SQLite evidence ledger through the CLI and times `ledger append` and `ledger verify`.
# Usage: bench/Chujing.Benchmarks/Ledger/large-log.sh [N=10000000] [work-dir=a new temp dir]
# Needs python3 (to generate the events) and about 600 bytes of disk per leaf.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../../.."
n=${1:-10000000}
dir=${2:-$(mktemp -d)}
dotnet build src/Chujing.Cli -c Release -v q --nologo >/dev/null
cli=(dotnet src/Chujing.Cli/bin/Release/net10.0/chujing.dll)
log="$dir/large.db"
rm -f "$log" "$log.key" "$log-wal" "$log-shm"

python3 - "$n" > "$dir/events.jsonl" <<'PY'
import sys
n = int(sys.argv[1])
out = sys.stdout
line = ('{"processor":"91110000MA01ABCD1M","filing":"F-2026-0001","time":"2026-11-27T08:00:00Z",'
        '"recipient":"Example GmbH","country":"DE","scenario":"cross-border-hr","fields":["name","mobile"],'
        '"persons":%d,"personKeys":["hmac-sha256:%064x"],"digest":"sha256:%064x"}\n')
for i in range(n):
    out.write(line % (i % 500, i * 7919, i))
PY

"${cli[@]}" ledger init "$log" >/dev/null
start=$(date +%s.%N)
"${cli[@]}" ledger append "$log" "$dir/events.jsonl" 2>/dev/null
mid=$(date +%s.%N)
"${cli[@]}" ledger verify "$log"
end=$(date +%s.%N)
python3 - "$n" "$start" "$mid" "$end" "$log" <<'PY'
import os, sys
n, start, mid, end, log = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), sys.argv[5]
print(f"leaves: {n}")
print(f"append: {mid - start:.1f} s ({n / (mid - start):,.0f} leaves/s, end to end from a JSON Lines file)")
print(f"verify: {end - mid:.1f} s ({n / (end - mid):,.0f} leaves/s)")
print(f"log size: {os.path.getsize(log) / 1e9:.2f} GB ({os.path.getsize(log) / n:.0f} bytes/leaf)")
PY
