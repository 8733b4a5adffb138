#!/usr/bin/env bash
# Cold start: seconds from starting the process to the first 200 of a REST list (or of ASK), on an existing database (migrated and
# seeded by an earlier start) and on a new one (migrated and seeded by this start). The API is published as the Dockerfile
# publishes it (Release, ReadyToRun). Prints every run and the median of each.
# ROUNDS (default 5) runs of each; BUILDS="<dir> <dir>" compares published builds alternately instead of publishing this tree;
# ASK="<path>" times the first 200 of another address instead (a GraphQL query asked by GET, percent-encoded, say);
# PROVIDER=postgres POSTGRES="<connection string>" (the line .ci/start-postgres prints) starts on databases of that server.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

ROUNDS=${ROUNDS:-5}
PORT=${BENCH_PORT:-5098}
WORK=$(mktemp -d /tmp/opendata-coldstart.XXXX)
# database_settings <name>: the settings that put the API on its database called <name>.
database_settings() {
  if [ "${PROVIDER:-sqlite}" = postgres ]; then
    echo "Database__Provider=postgres ConnectionStrings__OpenData=${POSTGRES:?POSTGRES names the server};Database=opendata_cold_$1"
  else
    echo "Database__Path=$WORK/$1.db"
  fi
}
drop_database() {
  if [ "${PROVIDER:-sqlite}" = postgres ]; then
    psql "$(psql_conninfo "$POSTGRES")" -qc "DROP DATABASE IF EXISTS opendata_cold_$1 WITH (FORCE)" 2> /dev/null
  else
    rm -f "$WORK/$1.db"*
  fi
}
cleanup() {
  for build in ${BUILDS:-}; do
    for database in existing new; do drop_database "$(basename "$build")_$database"; done
  done
  rm -rf "$WORK"
}
trap cleanup EXIT
if [ -z "${BUILDS:-}" ]; then
  publish_api "$WORK/app"
  BUILDS="$WORK/app"
fi
export Logging__LogLevel__Default=Warning

ASK=${ASK:-/api/v1/organisations?limit=5}
# first_answer <build> <database name>: seconds until $ASK answers 200. One process polls (a connection attempt every 5 ms):
# a curl started every 10 ms, as this script did until the eighteenth session, took enough of the 2 cores to add 0.3-0.4 s.
first_answer() {
  env $(database_settings "$2") python3 - "$1" "$PORT" "$ASK" "$WORK/server.log" <<'PY'
import socket, subprocess, sys, time
build, port, ask, log = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
start = time.monotonic()
server = subprocess.Popen(['dotnet', f'{build}/OpenData.Api.dll', '--urls', f'http://127.0.0.1:{port}'],
                          stdout=open(log, 'w'), stderr=subprocess.STDOUT)
while True:
    if server.poll() is not None:
        sys.exit(open(log).read())
    try:
        connection = socket.create_connection(('127.0.0.1', port), timeout=120)
    except OSError:
        time.sleep(0.005)
        continue
    connection.sendall(f'GET {ask} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n'.encode())
    status = connection.recv(64)
    connection.close()
    if b' 200 ' in status.split(b'\r\n')[0]:
        break
    time.sleep(0.005)
print(f'{time.monotonic() - start:.3f}')
server.terminate()
server.wait()
PY
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); ${PROVIDER:-sqlite}; first 200 of $ASK"
for build in $BUILDS; do
  # The existing database is the one a first start creates; its seeding is remembered, so later starts only check it.
  first_answer "$build" "$(basename "$build")_existing" > /dev/null
done
for round in $(seq "$ROUNDS"); do
  for build in $BUILDS; do
    name=$(basename "$build")
    drop_database "${name}_new"
    echo "$name existing $(first_answer "$build" "${name}_existing")" >> "$WORK/times"
    echo "$name new $(first_answer "$build" "${name}_new")" >> "$WORK/times"
  done
done
cat "$WORK/times"
for build in $BUILDS; do
  name=$(basename "$build")
  for database in existing new; do
    echo "median $name $database database: $(grep "^$name $database " "$WORK/times" | cut -d' ' -f3 | median) s"
  done
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
