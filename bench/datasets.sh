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

# The same rows through the database's own tools, with none of the API's work (no validation, diff, revision or change
# tracking, no formatting of ours): the floor the figures above stand against on this machine.
# - import floor: the CSV copied into a table of the observations' shape with no index, then its unique key and primary key
#   built in bulk (cheaper than keeping them up to date row by row, as an import into a table others read must);
# - download floor: the dataset's rows in the download's order (indicator, area, period, sex) written as CSV to /dev/null,
#   and the same rows unsorted.
kill $SERVER; wait $SERVER 2>/dev/null || true
COLUMNS='"IndicatorCode", "AreaCode", "Period", "Sex", "Value", "Status", "NoteSv", "NoteEn", "SourceId"'
ORDER=$'"IndicatorCode", "AreaCode", "Period", CASE "Sex" WHEN \'total\' THEN 0 WHEN \'female\' THEN 1 ELSE 2 END'
KEY='"DatasetId", "AreaCode", "IndicatorCode", "Period", "Sex", "Dimension1", "Dimension2", "Dimension3", "Dimension4"'
DATASET=$'"DatasetId" = \'synthetic-benchmark\''
if [ "${PROVIDER:-sqlite}" = postgres ]; then
  SQL=(psql "$(psql_conninfo "$POSTGRES" "opendata_bench_$$")" -q -v ON_ERROR_STOP=1)
  timed() { "${SQL[@]}" -c '\timing on' -c "$1" | awk '/^Time:/ { printf "%.2f s", $2 / 1000 }'; }
  "${SQL[@]}" -c 'CREATE TABLE floor_copy (LIKE "Observations" INCLUDING DEFAULTS INCLUDING IDENTITY)' \
    -c $'ALTER TABLE floor_copy ALTER "DatasetId" SET DEFAULT \'synthetic-benchmark\', ALTER "Status" SET DEFAULT \'published\', ALTER "SourceId" SET DEFAULT \'opendata-reference-sources\''
  COPY_IN=$(timed "\\copy floor_copy (\"IndicatorCode\", \"AreaCode\", \"Period\", \"Sex\", \"Value\") FROM '$WORK/synthetic.csv' CSV HEADER")
  UNIQUE=$(timed "SET maintenance_work_mem = '256MB'; CREATE UNIQUE INDEX ON floor_copy ($KEY)")
  PRIMARY=$(timed 'ALTER TABLE floor_copy ADD PRIMARY KEY ("Id")')
  "${SQL[@]}" -c 'DROP TABLE floor_copy'
  SORTED=$(timed "\\copy (SELECT $COLUMNS FROM \"Observations\" WHERE $DATASET ORDER BY $ORDER) TO '/dev/null' CSV")
  UNSORTED=$(timed "\\copy (SELECT $COLUMNS FROM \"Observations\" WHERE $DATASET) TO '/dev/null' CSV")
  echo "PostgreSQL's own (psql), the same $ROWS rows:"
else
  if ! command -v sqlite3 > /dev/null; then echo "(no sqlite3 shell installed: no floors)"; exit 0; fi
  # As the API opens the database: a sort may use every core (PRAGMA threads), commits wait for the log, not the file.
  # Timed whole (the shell's own timer leaves out its dot commands, such as .import).
  timed() {
    local start; start=$(date +%s.%N)
    sqlite3 "$DB" '.output /dev/null' 'PRAGMA synchronous = NORMAL' "PRAGMA threads = $(nproc)" "$@"
    printf "%.2f s" "$(echo "$(date +%s.%N) - $start" | bc -l)"
  }
  sqlite3 "$DB" "$(sqlite3 "$DB" '.schema Observations' | sed 's/"Observations"/floor_copy/; s/IX_Observations_Key/IX_floor_copy_Key/; /^CREATE UNIQUE INDEX/d')"
  COPY_IN=$(timed "CREATE TEMP TABLE floor_csv (IndicatorCode, AreaCode, Period, Sex, Value)" ".import --csv --skip 1 $WORK/synthetic.csv floor_csv" \
    $'INSERT INTO floor_copy (DatasetId, IndicatorCode, AreaCode, Period, Sex, Value, Status, SourceId) SELECT \'synthetic-benchmark\', IndicatorCode, AreaCode, Period, Sex, Value, \'published\', \'opendata-reference-sources\' FROM floor_csv')
  UNIQUE=$(timed "CREATE UNIQUE INDEX IX_floor_copy_Key ON floor_copy ($KEY)")
  PRIMARY="0.00 s (SQLite's rowid is the table's own order)"
  sqlite3 "$DB" 'DROP TABLE floor_copy'
  # By a scan of the dataset's id range, as the API reads a whole dataset (through the key index each row is a seek).
  RANGE=$'Id BETWEEN (SELECT min(Id) FROM Observations WHERE "DatasetId" = \'synthetic-benchmark\') AND (SELECT max(Id) FROM Observations WHERE "DatasetId" = \'synthetic-benchmark\')'
  SORTED=$(timed "SELECT $COLUMNS FROM Observations NOT INDEXED WHERE $RANGE AND $DATASET ORDER BY $ORDER")
  UNSORTED=$(timed "SELECT $COLUMNS FROM Observations NOT INDEXED WHERE $RANGE AND $DATASET")
  echo "SQLite's own (sqlite3 shell), the same $ROWS rows:"
fi
echo "  import floor: rows in $COPY_IN, unique key built in $UNIQUE, primary key in $PRIMARY"
echo "  download floor: sorted as a download is $SORTED, unsorted $UNSORTED"
