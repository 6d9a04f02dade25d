#!/usr/bin/env bash
# Measures several builds of the project back to back, in interleaved rounds, so that
# each round of each build sees about the same machine (a shared VM drifts by 2x within
# minutes). Each argument is NAME=DIR: a checkout of the project with this repository's
# benches/ copied in (e.g. a `git worktree` of an older commit). Prints one table of
# medians over the rounds (min–max beside each) and the per-round ratios of issue 15.
#
#   git worktree add --detach ../base 521558e && cp -r benches ../base/
#   ROUNDS=3 bash benches/back_to_back.sh base=../base new=.
#
# The loaded rows leave out the peers that collapse to milliseconds per call under load
# (the atomic floor, kanal): criterion sizes a sample from its warm-up, and a peer that
# collapses after it can then take an hour per sample.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${OUT:-target/back_to_back.jsonl}"
mkdir -p "$(dirname "$out")"
: >"$out"
filter='^round_trip/(trivial|work_1us)/(atomic_floor|async_interface|async_interface_wait|async_interface_inline|crossbeam_worker|kanal_worker_0|tokio_spawn_blocking)$|^round_trip_loaded/(trivial|work_1us)/(async_interface|async_interface_wait|async_interface_inline|crossbeam_worker|tokio_spawn_blocking)$'
here="$(pwd)"
echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2-), $(nproc) cores"
for round in $(seq 1 "${ROUNDS:-3}"); do
  for build in "$@"; do
    name="${build%%=*}" dir="${build#*=}"
    load="$(cut -d' ' -f1 /proc/loadavg)"
    (
      cd "$dir"
      rm -rf target/criterion
      cargo bench --bench round_trip -- --warm-up-time 0.3 --measurement-time 1 "$filter" >/dev/null 2>&1
      cargo bench --bench throughput -- --warm-up-time 0.3 --measurement-time 1 \
        'async_interface|crossbeam_worker' >/dev/null 2>&1
      python3 "$here/benches/back_to_back.py" record "$name" "$round" "$load" target/criterion
    ) >>"$out"
    echo "round $round: $name done, load average $load at its start" >&2
  done
done
python3 benches/back_to_back.py table "$out" "${@%%=*}"
