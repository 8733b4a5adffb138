#!/usr/bin/env bash
# Publishes the API as the Dockerfile does, seeds a fresh database and drives 60 s of mixed REST and GraphQL load with wrk
# (Debian package wrk) from this machine. Prints requests/s, p50 and p99 latency and the error count.
# RATE_LIMIT (requests per minute per client) defaults high enough to measure the server, not the limiter;
# set RATE_LIMIT=600 to see the public default answer 429s.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
command -v wrk > /dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 1; }

DURATION=${DURATION:-60s}
WORK=$(mktemp -d /tmp/opendata-load.XXXX)
PORT=5098
export Database__Path="$WORK/load.db" Logging__LogLevel__Default=Warning RateLimits__AnonymousPermitsPerWindow=${RATE_LIMIT:-100000000}

publish_api "$WORK/app"
dotnet "$WORK/app/OpenData.Api.dll" --urls "http://127.0.0.1:$PORT" > "$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; rm -rf "$WORK"' EXIT
until curl -sf "http://127.0.0.1:$PORT/health/ready" > /dev/null; do sleep 0.5; done

wrk -t2 -c32 -d "$DURATION" --latency -s bench/load.lua "http://127.0.0.1:$PORT" | sed -n '/^requests:/,$p'
