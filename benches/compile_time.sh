#!/usr/bin/env bash
# Compile time of a crate that uses #[async_interface] on traits of 10, 100 and 500
# methods: the macro's expansion time (rustc's -Z time-passes, enabled on stable with
# RUSTC_BOOTSTRAP=1 for this measurement only), the wall time of `cargo check` and
# `cargo build` (dev profile, incremental off) of that crate alone, its dependencies
# already built, and the CPU time of that `cargo build`.
# A baseline crate with the same trait without the attribute is built too.
#
# Usage: bash benches/compile_time.sh [sizes...]   (default: 10 100 500; REPS=3)
# The generated crates live in target/compile-time/, outside the workspace.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
out=$root/target/compile-time
sizes=("${@:-10 100 500}")
read -r -a sizes <<<"${sizes[*]}"
reps=${REPS:-3}
export CARGO_TARGET_DIR=$out/target
# Whole-crate times: incremental compilation would reuse the untouched source.
export CARGO_INCREMENTAL=0
mkdir -p "$out"

# gen NAME N ATTR: a crate with trait IBig of N methods (three shapes in turn), a server
# implementing it and a function that calls every method (through the call object when
# ATTR is 1, directly otherwise), so that everything is type-checked and compiled.
gen() {
  local name=$1 n=$2 attr=$3 dir=$out/$1
  mkdir -p "$dir/src"
  cat >"$dir/Cargo.toml" <<TOML
[package]
name = "$name"
version = "0.0.0"
edition = "2024"
publish = false

[workspace]

[dependencies]
async-interface = { path = "$root" }
TOML
  python3 - "$n" "$attr" >"$dir/src/lib.rs" <<'PY'
import sys
n, attr = int(sys.argv[1]), sys.argv[2] == "1"
shapes = [
    ("(&self, x: u64) -> u64", "x + {i}", "(7)", ""),
    ("(&self, key: &str) -> Option<String>", "key.get({i}..).map(str::to_owned)", "(\"key\".into())", ""),
    ("(&self, a: u32, b: u32) -> (u64, u64)", "(u64::from(a) * {i}, u64::from(b))", "(3, 4)", ""),
]
out = []
if attr:
    out.append("use std::sync::Arc;\nuse async_interface::prelude::*;\n")
    out.append("#[async_interface]")
out.append("pub trait IBig {")
for i in range(n):
    sig = shapes[i % 3][0]
    out.append(f"    fn m{i}{sig};")
out.append("}\n\npub struct Server;\n\nimpl IBig for Server {")
for i in range(n):
    sig, body = shapes[i % 3][0], shapes[i % 3][1].format(i=i)
    out.append(f"    fn m{i}{sig} {{ {body} }}")
out.append("}\n")
if attr:
    out.append("pub fn call_all() -> usize {\n    let call = IBigCall::new(Arc::new(Server));\n    let mut ok = 0;")
    for i in range(n):
        args = shapes[i % 3][2]
        out.append(f"    call.begin_m{i}{args}.unwrap();\n    ok += usize::from(call.finish_m{i}().is_ok());")
    out.append("    ok\n}")
else:
    out.append("pub fn call_all() -> usize {\n    let server = Server;\n    let mut ok = 0;")
    for i in range(n):
        args = shapes[i % 3][2]
        out.append(f"    ok += usize::from(std::hint::black_box(server.m{i}{args}) == Default::default());")
    out.append("    ok\n}")
print("\n".join(out))
PY
}

now() { date +%s.%N; }
# median of the arguments
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# timed DIR CMD...: "wall cpu", seconds for CMD after touching the crate's source, each
# the median of $reps. CPU is user + system time of CMD and its children (rustc): less
# sensitive than wall time to other work on a shared machine.
timed() {
  local dir=$1; shift
  local times=() cpus=() cpu_file; cpu_file=$(mktemp)
  for _ in $(seq "$reps"); do
    touch "$dir/src/lib.rs"
    local start; start=$(now)
    { TIMEFORMAT='%U %S'; time (cd "$dir" && "$@" >/dev/null 2>&1) || { echo "failed: $* in $dir" >&2; exit 1; }; } 2>"$cpu_file"
    times+=("$(echo "$(now) - $start" | bc)")
    cpus+=("$(awk '{print $1 + $2}' "$cpu_file")")
  done
  rm -f "$cpu_file"
  echo "$(median "${times[@]}") $(median "${cpus[@]}")"
}

# expansion DIR: rustc's macro expansion pass of the crate, seconds, median of $reps.
expansion() {
  local dir=$1 times=()
  for _ in $(seq "$reps"); do
    touch "$dir/src/lib.rs"
    local t
    # Its own target dir: RUSTC_BOOTSTRAP changes every fingerprint.
    t=$(cd "$dir" && CARGO_TARGET_DIR=$out/target-bootstrap RUSTC_BOOTSTRAP=1 cargo rustc --lib -q -- -Z time-passes 2>&1 |
      awk '/ expand_crate$|macro_expand_crate$/ {sub(";","",$2); print $2; exit}')
    times+=("${t:-nan}")
  done
  median "${times[@]}"
}

echo "| methods | crate | macro expansion (s) | cargo check (s) | cargo build (s) | cargo build CPU (s) | source lines |"
echo "|---:|---|---:|---:|---:|---:|---:|"
for n in "${sizes[@]}"; do
  for attr in 1 0; do
    name=ct_${n}_$attr
    gen "$name" "$n" "$attr"
    dir=$out/$name
    # Dependencies, untimed, for both profiles used below.
    (cd "$dir" && cargo build -q && cargo check -q) >/dev/null 2>&1 ||
      { (cd "$dir" && cargo build); exit 1; }
    exp=$(expansion "$dir")
    read -r check _ <<<"$(timed "$dir" cargo check)"
    read -r build build_cpu <<<"$(timed "$dir" cargo build)"
    label=$([ "$attr" = 1 ] && echo "#[async_interface]" || echo "plain trait")
    printf '| %s | %s | %.3f | %.2f | %.2f | %.2f | %s |\n' "$n" "$label" "$exp" "$check" "$build" "$build_cpu" "$(wc -l <"$dir/src/lib.rs")"
  done
done
