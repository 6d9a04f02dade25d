#!/usr/bin/env python3
"""Helper of benches/back_to_back.sh.

record NAME ROUND LOAD DIR: prints one JSON line with the criterion medians under DIR.
table FILE NAME...: prints the medians over the rounds per build, and per-round ratios.
"""
import json
import pathlib
import statistics
import sys

from durations import fmt_ns as fmt


def record(name, round_, load, root):
    rows = {}
    for meta_path in pathlib.Path(root).glob("**/new/benchmark.json"):
        meta = json.loads(meta_path.read_text())
        est = json.loads((meta_path.parent / "estimates.json").read_text())
        rows[meta["full_id"]] = est["median"]["point_estimate"]
    print(json.dumps({"build": name, "round": int(round_), "load": load, "rows": rows}))


def table(path, names):
    runs = [json.loads(line) for line in open(path)]
    ids = sorted({k for run in runs for k in run["rows"]})
    print("| bench (median over rounds, min–max) | " + " | ".join(names) + " |")
    print("|---|" + "---:|" * len(names))
    for bench in ids:
        cells = []
        for name in names:
            values = [r["rows"][bench] for r in runs if r["build"] == name and bench in r["rows"]]
            cells.append(
                f"{fmt(statistics.median(values))} ({fmt(min(values))}–{fmt(max(values))})"
                if values else "–")
        print(f"| {bench} | " + " | ".join(cells) + " |")
    print("\nPer round: begin → wait → finish ÷ crossbeam worker and ÷ atomic floor; "
          "spawn_blocking ÷ begin → finish; 8 clients")
    for name in names:
        for run in (r for r in runs if r["build"] == name):
            rows = run["rows"]
            parts = []
            for group in ["round_trip/trivial", "round_trip_loaded/trivial",
                          "round_trip_loaded/work_1us"]:
                wait = rows.get(f"{group}/async_interface_wait")
                crossbeam = rows.get(f"{group}/crossbeam_worker")
                if wait and crossbeam:
                    parts.append(f"{group} {wait / crossbeam:.2f}×")
            wait = rows.get("round_trip/trivial/async_interface_wait")
            floor = rows.get("round_trip/trivial/atomic_floor")
            if wait and floor:
                parts.append(f"÷ floor {wait / floor:.2f}×")
            begin_finish = rows.get("round_trip/trivial/async_interface")
            tokio = rows.get("round_trip/trivial/tokio_spawn_blocking")
            if begin_finish and tokio:
                parts.append(f"spawn_blocking {tokio / begin_finish:.0f}×")
            work = rows.get("round_trip/work_1us/async_interface")
            if work:
                parts.append(f"work_1us {fmt(work)}")
            clients = rows.get("throughput/8_clients/async_interface")
            if clients:
                parts.append(f"8 clients {1e3 / clients:.2f} M/s")
            print(f"- {name} round {run['round']} (load {run['load']}): " + "; ".join(parts))


if __name__ == "__main__":
    if sys.argv[1] == "record":
        record(*sys.argv[2:6])
    else:
        table(sys.argv[2], sys.argv[3:])
