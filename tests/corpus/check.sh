#!/usr/bin/env bash
# The corpus baseline: how `#[async_interface]` handles each trait under tests/corpus/.
# Run from the worktree root: `bash tests/corpus/check.sh [name...] > tests/corpus/BASELINE.md`
# prints the tables (outcomes, by shape, per trait) in Markdown; the raw results are in
# target/corpus-check/results.json. Needs cargo (offline: the dependencies of the facade
# crate must be in the local registry, as after any build of the workspace) and python3.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec python3 tests/corpus/check.py "$@"
