#!/usr/bin/env bash
# Runs every bench in one go, then prints the table of medians, ratios and the targets of
# issue 15, and draws benches/round_trip.svg. Records the CPU and the load average.
# Usage (from anywhere): bash benches/run.sh [criterion args, e.g. a filter]
set -euo pipefail
cd "$(dirname "$0")/.."
echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2-), $(nproc) cores"
echo "load average before: $(cat /proc/loadavg)"
cargo bench --bench round_trip --bench throughput --bench wait_any --bench await -- "$@"
echo "load average after: $(cat /proc/loadavg)"
python3 benches/summary.py target/criterion
python3 benches/chart.py target/criterion benches/round_trip.svg trivial
