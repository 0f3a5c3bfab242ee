#!/usr/bin/env bash
# Soak: send N ORU^R01 messages (default 1,000,000) through Vigil's real MLLP port and sample the
# server's memory every 30 s, to show that memory stays flat however many messages it takes in.
#
#   bench/soak/soak.sh [MESSAGES] [DIR]        (builds nothing: run the README's build first)
#
# Vigil runs with a fixed 512 MB heap, so a leak ends the run with OutOfMemoryError instead of
# hiding in a large default heap. Extra Vigil arguments (e.g. a PostgreSQL URL) come from
# VIGIL_ARGS. Output in DIR (default target/soak): vigil.log, gc.log, bench.log and memory.csv
# (time, messages accepted so far, heap used, old generation used, live data after the last
# marking cycle, resident set size, reading backlog, H2 file size in MB).
set -euo pipefail
MESSAGES=${1:-1000000}
OUT=${2:-target/soak}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
JAR=${SOAK_JAR:-$ROOT/target/vigil.jar}   # SOAK_JAR: a copy, so a rebuild cannot change the jar under a running soak
BENCH=${SOAK_BENCH:-$ROOT/bench/mllp/target/vigil-mllp-bench.jar}
HTTP=${SOAK_HTTP_PORT:-18181}
MLLP=${SOAK_MLLP_PORT:-12576}
mkdir -p "$OUT" && cd "$OUT" && rm -rf data
export VIGIL_ADMIN_USER=soak VIGIL_ADMIN_PASSWORD=soak-password-1
java -Xms512m -Xmx512m -Xlog:gc:file=gc.log -jar "$JAR" --server.port=$HTTP \
  --vigil.mllp.port=$MLLP ${VIGIL_ARGS:-} > vigil.log 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
for _ in $(seq 120); do grep -q "Started VigilApplication" vigil.log && break; sleep 1; done
echo "time_s,acked,heap_used_mb,old_gen_mb,heap_live_mb,rss_mb,backlog,h2_file_mb" > memory.csv
java -jar "$BENCH" run --target localhost:$MLLP --connections 16 --messages "$MESSAGES" \
  --window 60s > bench.log 2>&1 &
BENCH_PID=$!
START=$(date +%s)
sample() { # one line of memory.csv from one scrape of the Prometheus endpoint
  curl -s -u "$VIGIL_ADMIN_USER:$VIGIL_ADMIN_PASSWORD" localhost:$HTTP/actuator/prometheus > scrape.txt || true
  awk -v t=$(( $(date +%s) - START )) -v rss_kb="$(awk '/VmRSS/ {print $2}' /proc/$PID/status)" '
    /^jvm_memory_used_bytes\{area="heap"/ { heap += $NF }
    /^jvm_memory_used_bytes\{area="heap",id="G1 Old Gen"/ { old = $NF }
    /^jvm_gc_live_data_size_bytes/ { live = $NF }
    /^vigil_reports_awaiting_reading/ { backlog = $NF }
    /^vigil_h2_file_bytes/ { file = $NF }
    /^vigil_hl7_messages_accepted_total/ { acked += $NF }
    END { printf "%d,%d,%.0f,%.0f,%.0f,%.0f,%d,%.0f\n", t, acked, heap / 1048576, old / 1048576,
          live / 1048576, rss_kb / 1024, backlog, file / 1048576 }' scrape.txt >> memory.csv
}
while kill -0 $BENCH_PID 2>/dev/null; do sample; sleep 30; done
# let the reader drain its backlog, sampling as it goes
for _ in $(seq 240); do
  sample
  [ "$(tail -1 memory.csv | cut -d, -f7)" = "0" ] && break
  sleep 15
done
tail -1 bench.log
echo "memory samples: $OUT/memory.csv"
