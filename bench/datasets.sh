#!/usr/bin/env bash
# Benchmarks publishing and downloading on a synthetic dataset of about 1 million observations.
# The synthetic data lives in its own database (a file under /tmp, or with PROVIDER=postgres a database of its own on the
# server POSTGRES names, e.g. the line .ci/start-postgres prints) and never reaches the real one.
# Prints import speed (rows/s) and, per download format, time and the server's peak memory.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

ROWS_TARGET=${ROWS_TARGET:-1000000}
WORK=$(mktemp -d /tmp/opendata-bench.XXXX)
DB="$WORK/bench.db"
KEY=benchmark-key
HASH=$(printf '%s' "$KEY" | sha256sum | cut -d' ' -f1)
PORT=${BENCH_PORT:-5099}
if [ "${PROVIDER:-sqlite}" = postgres ]; then
  export Database__Provider=postgres ConnectionStrings__OpenData="${POSTGRES:?POSTGRES names the server};Database=opendata_bench_$$"
else
  export Database__Path="$DB"
fi
export ApiKeys__0__Name=benchmark ApiKeys__0__Operator=true ApiKeys__0__Sha256="$HASH" Logging__LogLevel__Default=Warning

publish_api "$WORK/app"
APP="dotnet $WORK/app/OpenData.Api.dll"

$APP --urls "http://127.0.0.1:$PORT" > "$WORK/server.log" 2>&1 &
SERVER=$!
drop_database() {
  if [ "${PROVIDER:-sqlite}" = postgres ]; then
    psql "$(psql_conninfo "$POSTGRES")" -qc "DROP DATABASE IF EXISTS opendata_bench_$$ WITH (FORCE)"
  fi
}
trap 'kill $SERVER 2>/dev/null || true; drop_database; rm -rf "$WORK"' EXIT
until curl -sf "http://127.0.0.1:$PORT/health" > /dev/null; do sleep 0.5; done

curl -sf -X PUT "http://127.0.0.1:$PORT/api/v1/datasets/synthetic-benchmark" -H "X-Api-Key: $KEY" -H 'Content-Type: application/json' \
  -d '{"titleSv":"SYNTETISKA TESTDATA för prestandamätning","titleEn":"SYNTHETIC TEST DATA for benchmarks","sources":["opendata-reference-sources"],
       "indicators":[{"code":"SYNTHETIC","nameSv":"Syntetiskt mått","unitSv":"antal"}]}' > /dev/null

# Every Swedish county and municipality (311 areas) x 3 sexes x enough years for the target row count.
curl -sf "http://127.0.0.1:$PORT/api/v1/areas?kind=county&limit=100" "http://127.0.0.1:$PORT/api/v1/areas?kind=municipality&limit=100&page="{1,2,3} \
  | grep -o '"code":"[0-9]*"' | cut -d'"' -f4 | sort -u > "$WORK/areas.txt"
AREAS=$(wc -l < "$WORK/areas.txt")
YEARS=$(( (ROWS_TARGET + AREAS * 3 - 1) / (AREAS * 3) ))
awk -v years="$YEARS" 'BEGIN { print "indicator,area,period,sex,value"; srand(1) }
  { area[NR] = $1 }
  END { for (y = 0; y < years; y++) for (a = 1; a <= NR; a++) { printf "SYNTHETIC,%s,%d,female,%.1f\nSYNTHETIC,%s,%d,male,%.1f\nSYNTHETIC,%s,%d,total,%.1f\n",
        area[a], 1000 + y, rand() * 1000, area[a], 1000 + y, rand() * 1000, area[a], 1000 + y, rand() * 1000 } }' "$WORK/areas.txt" > "$WORK/synthetic.csv"
ROWS=$(( $(wc -l < "$WORK/synthetic.csv") - 1 ))
echo "synthetic dataset: $ROWS observations ($(du -h "$WORK/synthetic.csv" | cut -f1) CSV)"

kill $SERVER; wait $SERVER 2>/dev/null || true
echo "import command:"
$APP import "$WORK/synthetic.csv" --dataset synthetic-benchmark | sed 's/^/  first:  /'
sed -i '2s/,[0-9.]*$/,-1/' "$WORK/synthetic.csv"
$APP import "$WORK/synthetic.csv" --dataset synthetic-benchmark | sed 's/^/  again (one value changed): /'

$APP --urls "http://127.0.0.1:$PORT" > "$WORK/server.log" 2>&1 &
SERVER=$!
until curl -sf "http://127.0.0.1:$PORT/health" > /dev/null; do sleep 0.5; done
curl -sf "http://127.0.0.1:$PORT/api/v1/datasets/synthetic-benchmark/data?format=csv&area=00" > /dev/null
rss() { grep "$1" /proc/$SERVER/status | awk '{ printf "%.0f MB", $2 / 1024 }'; }
echo "server memory after start: $(rss VmRSS) resident"
for format in csv json jsonstat; do
  START=$(date +%s.%N)
  BYTES=$(curl -sf "http://127.0.0.1:$PORT/api/v1/datasets/synthetic-benchmark/data?format=$format" | wc -c)
  END=$(date +%s.%N)
  printf "download %-8s %6.1f MB in %5.2f s; server peak so far %s, resident now %s\n" "$format" \
    "$(echo "$BYTES / 1048576" | bc -l)" "$(echo "$END - $START" | bc -l)" "$(rss VmHWM)" "$(rss VmRSS)"
done
