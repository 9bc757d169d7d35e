#!/usr/bin/env bash
# Times `chujing scan --json` beside ripgrep on the same generated CSV, in the same run, and records peak RSS.
#
#   bench/scan/run.sh                 # 1,000,000 rows (about 250 MB), 5 alternating runs of each
#   ROWS=200000 RUNS=3 bench/scan/run.sh
#
# The scan runs twice per round: the built Release dll (dotnet chujing.dll, jitted) and a ReadyToRun publish
# (dotnet publish -r linux-x64: the chujing apphost, precompiled). The file is read once first so every tool finds it
# in the page cache. The ratio printed last is the median wall time of each scan over ripgrep's, in this run.
# Figures and the machine go to docs/benchmarks.md by hand.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

ROWS=${ROWS:-1000000}
RUNS=${RUNS:-5}
DIR=${DIR:-/tmp/chujing-bench}
FILE=${FILE:-$DIR/customers-$ROWS.csv}
mkdir -p "$DIR"
rm -f "$DIR"/time.*.*

command -v rg >/dev/null 2>&1 || { sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo; $sudo apt-get install -y -qq ripgrep >/dev/null; }
[ -f "$FILE" ] || python3 bench/scan/generate.py --rows "$ROWS" --out "$FILE"
dotnet build src/Chujing.Cli -c Release --nologo -v q >/dev/null
CLI=src/Chujing.Cli/bin/Release/net10.0/chujing.dll
RID=$(dotnet --info | awk '/RID:/ {print $2; exit}')
dotnet publish src/Chujing.Cli -c Release -r "$RID" --self-contained false --nologo -v q -o "$DIR/r2r" >/dev/null

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GB RAM"
echo "dotnet $(dotnet --version), $(rg --version | sed -n 1p), file $(du -hL "$FILE" | cut -f1) ($ROWS rows)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
cat "$FILE" >/dev/null

RG=(rg -o -c -e '[1-9][0-9]{5}(19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx]' -e '1[3-9][0-9]{9}'
    -e '[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}' -e '62[0-9]{14,17}' "$FILE")
SCAN=(dotnet "$CLI" scan "$FILE" --json)
R2R=("$DIR/r2r/chujing" scan "$FILE" --json)

for i in $(seq "$RUNS"); do
  /usr/bin/time -f "rg   %e %U %S %M" -o "$DIR/time.rg.$i" "${RG[@]}" >"$DIR/rg.out"
  /usr/bin/time -f "scan %e %U %S %M" -o "$DIR/time.scan.$i" "${SCAN[@]}" >"$DIR/scan.json"
  /usr/bin/time -f "r2r %e %U %S %M" -o "$DIR/time.r2r.$i" "${R2R[@]}" >"$DIR/r2r.json"
done

summary() {
  python3 - "$1" "$DIR"/time."$1".* <<'PY'
import statistics, sys
tool, rows = sys.argv[1], [line.split() for f in sys.argv[2:] for line in open(f)]
wall, user, sys_ = ([float(r[i]) for r in rows] for i in (1, 2, 3))
print("%-5s median wall %.2f s (min %.2f, max %.2f), median user %.2f s, sys %.2f s, peak RSS %.0f MB, %d runs"
      % (tool, statistics.median(wall), min(wall), max(wall), statistics.median(user), statistics.median(sys_), max(int(r[4]) for r in rows) / 1024, len(rows)))
PY
}
summary rg
summary scan
summary r2r
python3 - "$DIR" <<'PY'
import statistics, sys, glob
median = lambda tool: statistics.median(float(open(f).read().split()[1]) for f in glob.glob(sys.argv[1] + "/time." + tool + ".*"))
print("ratio to rg (median wall): scan %.2f, r2r %.2f" % (median("scan") / median("rg"), median("r2r") / median("rg")))
PY
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "rg matches: $(cat "$DIR/rg.out")"
python3 - "$DIR/scan.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
print("scan: rows", report["rows"], "distinct persons", report["persons"]["distinct"])
for c in report["columns"]:
    print("  %-6s %s" % (c["name"], ", ".join("%s %d (%.4f)" % (t["type"], t["matches"], t["ratio"]) for t in c["types"]) or "-"))
PY
rm -f "$DIR"/time.*.*
