#!/usr/bin/env bash
# CPU time per answer, split between the server that answers and the PostgreSQL cluster behind it, under wrk load.
# On a 2-core machine the two share the cores, so this says where an answer's cost lies and what rate the cores allow at
# most (the cores / the CPU time of an answer), whatever else the server did better.
# Usage: bench/cpu-per-answer.sh "<server pids>" <postmaster pid or -> <wrk arguments...>
# e.g.   bench/cpu-per-answer.sh "$(pgrep -f 'node.*postgraphile')" "$(head -1 /var/lib/postgresql/15/main/postmaster.pid)" \
#          -t2 -c32 -d10s -s ../shared/peers/lib/post-json.lua http://127.0.0.1:5678/graphql   (with WRK_BODY_FILE set)
# Prints answers/s, then ms of CPU per answer in the server, in PostgreSQL's backends, and both.
set -euo pipefail
SERVERS=$1 POSTMASTER=$2; shift 2

ticks_of() { # the user and system clock ticks of these pids (children included: a cluster's backends come and go)
  local total=0
  for pid in "$@"; do
    [ -r "/proc/$pid/stat" ] || continue
    total=$(( total + $(sed 's/.*) //' "/proc/$pid/stat" | awk '{ print $12 + $13 + $14 + $15 }') ))
  done
  echo "$total"
}
cluster() { # the postmaster's children: backends, and the writers that flush what they write
  [ "$POSTMASTER" = - ] && return
  pgrep -P "$POSTMASTER" || true
}

server_before=$(ticks_of $SERVERS)
backends_before=$(ticks_of $(cluster))
wrk "$@" > /tmp/cpu-per-answer.$$ 2>&1
server_after=$(ticks_of $SERVERS)
backends_after=$(ticks_of $(cluster))
answers=$(awk '/requests in/ { print $1 }' /tmp/cpu-per-answer.$$)
rate=$(awk '/^Requests\/sec:/ { print $2 }' /tmp/cpu-per-answer.$$)
rm -f /tmp/cpu-per-answer.$$

HZ=$(getconf CLK_TCK)
ms() { echo "scale=3; ($1) * 1000 / $HZ / $answers" | bc; }
server=$(ms "$server_after - $server_before")
backends=$(ms "$backends_after - $backends_before")
echo "answers/s $rate; CPU ms per answer: server $server, PostgreSQL $backends, both $(echo "$server + $backends" | bc) (load $(cut -d' ' -f1 /proc/loadavg))"
