#!/usr/bin/env python3
"""Prints the medians of the last `cargo bench` run as markdown tables, with ratios
against the peers of the same run, and checks the targets of issue 15.

Reads target/criterion/<group>/<bench>/new/{benchmark,estimates}.json (criterion writes
them without its HTML reports). Usage: python3 benches/summary.py [target/criterion]
"""
import json
import pathlib
import sys

from durations import fmt_ns

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "target/criterion")
groups = {}
for meta_path in sorted(root.glob("**/new/benchmark.json")):
    meta = json.loads(meta_path.read_text())
    est = json.loads((meta_path.parent / "estimates.json").read_text())
    median = est["median"]["point_estimate"]  # ns per iteration
    name = meta["function_id"] or meta["value_str"]
    param = meta["value_str"] if meta["function_id"] else None
    groups.setdefault(meta["group_id"], []).append((name, param, median))


def ratio(a, b):
    return f"{a / b:.3g}×" if b else "–"


ORDER = [
    "direct", "atomic_floor", "async_interface", "async_interface_wait", "async_interface_inline",
    "crossbeam_worker", "kanal_worker_0", "kanal_worker_1", "thread_spawn", "tokio_spawn_blocking", "blocking_unblock",
    "rayon_oneshot", "crossbeam_select",
]
medians = {}
for group, rows in sorted(groups.items()):
    rows.sort(key=lambda r: (int(r[1]) if r[1] else 0,
                             ORDER.index(r[0]) if r[0] in ORDER else 99))
    for name, param, median in rows:
        medians[(group, name, param)] = median
    throughput = group.startswith("throughput")
    print(f"\n### {group}\n")
    extra = " | calls/s" if throughput else ""
    print(f"| mechanism | param | median per call | ÷ crossbeam worker | ÷ tokio spawn_blocking{extra} |")
    print("|---|---:|---:|---:|---:|" + ("---:|" if throughput else ""))
    for name, param, median in rows:
        cb = medians.get((group, "crossbeam_worker", None)) or medians.get(
            (group, "crossbeam_select", param))
        tk = medians.get((group, "tokio_spawn_blocking", None))
        row = f"| {name} | {param or ''} | {fmt_ns(median)} | {ratio(median, cb) if cb else '–'} | {ratio(median, tk) if tk else '–'} |"
        if throughput:
            row += f" {1e9 / median / 1e6:.3g} M |"
        print(row)

print("\n### Targets of issue 15 (this run)\n")


def get(group, name, param=None):
    return medians.get((group, name, param))


checks = []
T = "round_trip/trivial"
wait = get(T, "async_interface_wait")
plain = get(T, "async_interface")
cb = get(T, "crossbeam_worker")
floor = get(T, "atomic_floor")
tk = get(T, "tokio_spawn_blocking")
inline = get(T, "async_interface_inline")
if wait and cb:
    checks.append((f"begin → wait → finish ≤ 0.5× crossbeam worker: {fmt_ns(wait)} = {wait / cb:.2f}× "
                   f"(begin → finish: {fmt_ns(plain or 0)} = {(plain or 0) / cb:.2f}×)", wait <= 0.5 * cb))
if wait and floor:
    checks.append((f"begin → wait → finish ≤ 3× the atomic floor ({fmt_ns(floor)}): {wait / floor:.2f}×",
                   wait <= 3 * floor))
if inline:
    checks.append((f"bookkeeping alone (Inline) ≤ 120 ns: {fmt_ns(inline)}", inline <= 120))
work = get("round_trip/work_1us", "async_interface")
direct = get("round_trip/work_1us", "direct")
if work:
    checks.append((f"1 µs of work in ≤ 1.5 µs: {fmt_ns(work)} (the work alone: {fmt_ns(direct or 0)})",
                   work <= 1500))
if plain and tk:
    checks.append((f"≥ 50× faster than spawn_blocking: {tk / plain:.0f}×", tk >= 50 * plain))
for method in ("trivial", "work_1us"):
    L = f"round_trip_loaded/{method}"
    lcb = get(L, "crossbeam_worker")
    for name in ("async_interface", "async_interface_wait"):
        ours = get(L, name)
        if ours and lcb:
            checks.append((f"loaded {method} {name} ≤ 1.0× crossbeam worker: {fmt_ns(ours)} vs "
                           f"{fmt_ns(lcb)} = {ours / lcb:.2f}×", ours <= lcb))
thr = get("throughput/8_clients", "async_interface")
if thr:
    checks.append((f"8 clients ≥ 3 M calls/s: {1e3 / thr:.2f} M calls/s", 1e9 / thr >= 3e6))
wa = [get("wait_any", "async_interface", str(n)) for n in (1, 100, 10000)]
if all(wa):
    checks.append((f"wait-any flat 1 → 10,000: {' / '.join(fmt_ns(x) for x in wa)} ({wa[2] / wa[0]:.2f}×)",
                   wa[2] <= 1.5 * wa[0]))
for text, met in checks:
    print(f"- {'met' if met else 'NOT met'}: {text}")
