#!/usr/bin/env bash
# Runs every bench of issue 6 in one go, then prints the table of medians and ratios.
# Usage (from anywhere): bash benches/run.sh [criterion args, e.g. a filter]
set -euo pipefail
cd "$(dirname "$0")/.."
cargo bench --bench round_trip --bench throughput --bench wait_any --bench await -- "$@"
python3 benches/summary.py target/criterion
