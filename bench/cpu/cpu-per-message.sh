#!/usr/bin/env bash
# Vigil's CPU time per ORU^R01, by thread group, from /proc: steadier than a rate on a host whose
# speed drifts. Starts Vigil (embedded H2, a fresh database in DIR), warms it with WARM messages,
# then sends MESSAGES over 16 connections and waits until every report has been read.
#
#   bench/cpu/cpu-per-message.sh [MESSAGES] [DIR]   (builds nothing: run the README's build first)
#
# JAR (default target/vigil.jar; pass a copy to compare two builds), WARM (default 30000) and
# VIGIL_ARGS (e.g. a PostgreSQL URL) come from the environment.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
N=${1:-30000}
DIR=${2:-$ROOT/target/cpu}
JAR=${JAR:-$ROOT/target/vigil.jar}
BENCH=$ROOT/bench/mllp/target/vigil-mllp-bench.jar
HTTP=18282
MLLP=12577
rm -rf "$DIR" && mkdir -p "$DIR/data"
cd "$DIR"
VIGIL_ADMIN_USER=admin VIGIL_ADMIN_PASSWORD=admin-secret-1 java -jar "$JAR" ${VIGIL_ARGS:-} \
  --server.port=$HTTP --vigil.mllp.port=$MLLP > vigil.log 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
for _ in $(seq 120); do grep -q "Started VigilApplication" vigil.log && break; sleep 1; done
java -jar "$BENCH" run --target localhost:$MLLP --connections 16 --messages "${WARM:-30000}" \
  --warmup 0s > warm.log 2>&1
sleep 3
snapshot() {
  for t in /proc/$PID/task/*; do
    # a thread may end between listing and reading: skip it (its ticks are then not counted)
    stat=$(sed 's/.*) //' "$t/stat" 2>/dev/null) || continue
    comm=$(tr ' ' '_' < "$t/comm" 2>/dev/null) || continue
    fields=($stat)
    echo "$comm $((fields[11] + fields[12]))"
  done
}
snapshot > before.txt
java -jar "$BENCH" run --target localhost:$MLLP --connections 16 --messages "$N" --warmup 0s \
  | grep '^result'
for _ in $(seq 300); do
  backlog=$(curl -s -u admin:admin-secret-1 localhost:$HTTP/actuator/prometheus \
    | awk '/^vigil_reports_awaiting_reading/ {print int($2)}')
  [ "$backlog" = "0" ] && break
  sleep 1
done
snapshot > after.txt
# clock ticks (1/100 s) per thread group, as ms per message
awk -v n="$N" '
  { name = $1; sub(/[-#]?[0-9]+$/, "", name) }
  FNR == NR { before[name] += $2; next }
  { after[name] += $2 }
  END {
    for (k in after) { ms = (after[k] - before[k]) * 10 / n; total += ms
      if (ms >= 0.005) printf "  %6.3f ms/msg %s\n", ms, k }
    printf "  %6.3f ms/msg TOTAL\n", total
  }' before.txt after.txt | sort -rn
