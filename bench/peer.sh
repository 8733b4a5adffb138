#!/usr/bin/env bash
# Our API beside PostGraphile on the peer kit's data, same machine, same run (../shared/peers; its README says how to set it
# up; PostGraphile must be serving and data/ generated). Publishes the API, loads the kit's organisations, networks and
# observations into it on PROVIDER (sqlite, or postgres on the server POSTGRES names, e.g. the line .ci/start-postgres
# prints), times the import and runs the kit's interleaved comparison (ours/bench-compare.sh) for ROUNDS rounds.
# With LB=1 the measured instances are two behind nginx (deploy/nginx.conf's settings, on 127.0.0.1), sharing one Redis
# (REDIS, default 127.0.0.1:6379, which must be running); nginx runs as root here, as the kit does.
# Prints the import time and the kit's summary (answers/s per query and target, ours/peer per round, medians, load).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
PEERS=$(cd "${PEERS:-../shared/peers}" && pwd)
PROVIDER=${PROVIDER:-sqlite}; ROUNDS=${ROUNDS:-1}
WORK=$(mktemp -d /tmp/opendata-peer.XXXX)
PIDS=()
cleanup() {
  kill "${PIDS[@]}" 2>/dev/null || true
  if [ "$PROVIDER" = postgres ]; then
    psql "$(psql_conninfo "$POSTGRES")" -qc "DROP DATABASE IF EXISTS opendata_peer_$$ WITH (FORCE)" || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

publish_api "$WORK/app"
APP="dotnet $WORK/app/OpenData.Api.dll"
python3 "$PEERS/ours/make-seed.py" "$WORK/app/Data/Seed" "$PEERS/data" "$WORK/seed" > /dev/null
KEY=peer-benchmark-key
HASH=$(printf '%s' "$KEY" | sha256sum | cut -d' ' -f1)
export RateLimits__AnonymousPermitsPerWindow=1000000000 RateLimits__KeyPermitsPerWindow=1000000000 \
  ApiKeys__0__Name=benchmark ApiKeys__0__Operator=true ApiKeys__0__Sha256="$HASH" Seed__Path="$WORK/seed" \
  Logging__LogLevel__Default=Warning
if [ "$PROVIDER" = postgres ]; then
  export Database__Provider=postgres ConnectionStrings__OpenData="${POSTGRES:?POSTGRES names the server};Database=opendata_peer_$$"
else
  export Database__Path="$WORK/opendata.db"
fi

serve() { # PORT [settings...]: starts an instance and waits until it is ready
  local port=$1; shift
  env "$@" $APP --urls "http://127.0.0.1:$port" > "$WORK/server-$port.log" 2>&1 &
  local pid=$!
  PIDS+=($pid)
  until curl -sf "http://127.0.0.1:$port/health/ready" > /dev/null; do
    kill -0 $pid 2>/dev/null || { echo "the instance on port $port stopped:" >&2; tail -20 "$WORK/server-$port.log" >&2; exit 1; }
    sleep 0.3
  done
}

serve 5310
python3 "$PEERS/ours/dataset-metadata.py" "$PEERS/data" | curl -sf -X PUT http://127.0.0.1:5310/api/v1/datasets/bench \
  -H "X-Api-Key: $KEY" -H 'Content-Type: application/json' --data-binary @- > /dev/null
python3 "$PEERS/ours/to-ours-csv.py" "$PEERS/data" "$WORK/observations.csv" > /dev/null
first=$($APP import "$WORK/observations.csv" --dataset bench)
echo "import ($PROVIDER): $first"
again=$($APP import "$WORK/observations.csv" --dataset bench)
echo "import again, unchanged ($PROVIDER): $again"

if [ "${LB:-0}" = 1 ]; then
  # Two instances of each kind behind nginx; the kit's ports 5310 (cache on) and 5311 (cache off) are nginx's.
  kill "${PIDS[@]}"; PIDS=()
  export Redis__Configuration="${REDIS:-127.0.0.1:6379}" RateLimits__TrustedProxies__0=127.0.0.1
  serve 5320; serve 5321; serve 5322 Http__OutputCacheSeconds=0; serve 5323 Http__OutputCacheSeconds=0
  sed -e 's/^upstream opendata_api {/upstream cached {/; s/server api1:8080/server 127.0.0.1:5320/; s/server api2:8080/server 127.0.0.1:5321/' \
      -e 's/listen 80;/listen 127.0.0.1:5310;/; s|proxy_pass http://opendata_api;|proxy_pass http://cached;|' deploy/nginx.conf > "$WORK/nginx-sites.conf"
  sed -e 's/^upstream opendata_api {/upstream uncached {/; s/server api1:8080/server 127.0.0.1:5322/; s/server api2:8080/server 127.0.0.1:5323/' \
      -e 's/listen 80;/listen 127.0.0.1:5311;/; s|proxy_pass http://opendata_api;|proxy_pass http://uncached;|' deploy/nginx.conf >> "$WORK/nginx-sites.conf"
  printf 'worker_processes 2;\npid %s/nginx.pid;\nerror_log %s/nginx-error.log;\nevents { worker_connections 1024; }\nhttp { access_log off;\ninclude %s/nginx-sites.conf;\n}\n' \
    "$WORK" "$WORK" "$WORK" > "$WORK/nginx.conf"
  nginx -c "$WORK/nginx.conf" -g 'daemon off;' &
  PIDS+=($!)
  until curl -sf http://127.0.0.1:5311/health/ready > /dev/null && curl -sf http://127.0.0.1:5310/health/ready > /dev/null; do sleep 0.3; done
else
  serve 5311 Http__OutputCacheSeconds=0
fi

# The raw Kestrel ceiling: a precomputed 50-item JSON list.
mkdir -p "$WORK/ceiling"
cp "$PEERS/ours/ceiling-Program.cs" "$WORK/ceiling/Program.cs"
printf '<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings></PropertyGroup></Project>\n' > "$WORK/ceiling/Ceiling.csproj"
dotnet publish "$WORK/ceiling" -c Release -o "$WORK/ceiling/out" -v quiet -nologo > /dev/null
ASPNETCORE_URLS=http://127.0.0.1:5313 dotnet "$WORK/ceiling/out/Ceiling.dll" > /dev/null 2>&1 &
PIDS+=($!)
until curl -sf http://127.0.0.1:5313/list > /dev/null; do sleep 0.3; done

OUT_DIR="$WORK/results" ROUNDS=$ROUNDS "$PEERS/ours/bench-compare.sh" > "$WORK/compare.log" 2>&1
python3 "$PEERS/ours/summarise.py" "$WORK/results/results.tsv"

# Q2 as a user of this API asks it: one connection of up to the observations maximum. The kit's GraphQL Q2 asks three aliased
# connections of 90, from when a GraphQL page held at most 100.
python3 "$PEERS/ours/mkbody.py" "$PEERS/ours/queries/q2p-observations-county-paged.graphql" "$WORK/q2-one.json" '{"first": 500}'
rows=$(curl -sf -H 'Content-Type: application/json' --data-binary @"$WORK/q2-one.json" http://127.0.0.1:5311/graphql \
  | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["data"]["dataset"]["observations"]["nodes"]))')
WRK_BODY_FILE="$WORK/q2-one.json" wrk -t2 -c32 -d3s -s "$PEERS/lib/post-json.lua" http://127.0.0.1:5311/graphql > /dev/null
WRK_BODY_FILE="$WORK/q2-one.json" wrk -t2 -c32 -d10s -s "$PEERS/lib/post-json.lua" http://127.0.0.1:5311/graphql > "$WORK/q2-one.txt"
one=$(awk '/^Requests\/sec:/ {print $2}' "$WORK/q2-one.txt"); bad=$(awk '/^bad_responses:/ {print $2}' "$WORK/q2-one.txt")
peer=$(awk -F'\t' '$2 == "q2" && $3 == "peer" {print $4}' "$WORK/results/results.tsv" | tail -1)
echo "q2 as one GraphQL connection (first: 500, $rows rows): $one answers/s ($bad bad); the peer's q2 in this run: $peer/s (load $(cut -d' ' -f1 /proc/loadavg))"
