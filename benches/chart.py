#!/usr/bin/env python3
"""Draws the round trip per mechanism, quiet and loaded, as an SVG bar chart (log scale)
from criterion's estimates of the last `cargo bench --bench round_trip` run.

Usage: python3 benches/chart.py [target/criterion] [out.svg] [method]
(method: trivial or work_1us; default trivial). Needs only the standard library.
"""
import json
import math
import pathlib
import sys

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "target/criterion")
out = pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else "benches/round_trip.svg")
method = sys.argv[3] if len(sys.argv) > 3 else "trivial"

ORDER = [
    "atomic_floor", "async_interface_inline", "async_interface", "async_interface_wait",
    "crossbeam_worker", "kanal_worker_0", "kanal_worker_1", "rayon_oneshot",
    "tokio_spawn_blocking", "blocking_unblock", "thread_spawn",
]


def medians(group):
    found = {}
    for est in (root / f"{group}_{method}").glob("*/new/estimates.json"):
        found[est.parent.parent.name] = json.loads(est.read_text())["median"]["point_estimate"]
    return found


quiet, loaded = medians("round_trip"), medians("round_trip_loaded")
names = [n for n in ORDER if n in quiet or n in loaded]
if not names:
    sys.exit(f"no estimates under {root}/round_trip_{method}: run the bench first")

values = [v for n in names for v in (quiet.get(n), loaded.get(n)) if v]
lo = 10 ** math.floor(math.log10(min(values)))
hi = 10 ** math.ceil(math.log10(max(values)))
left, width, row, bar = 190, 560, 34, 12
height = 60 + row * len(names) + 40


def x(ns):
    return left + width * (math.log10(ns) - math.log10(lo)) / (math.log10(hi) - math.log10(lo))


def label(ns):
    return f"{ns / 1000:.2f} µs" if ns >= 1000 else f"{ns:.0f} ns"


svg = [
    f'<svg xmlns="http://www.w3.org/2000/svg" width="{left + width + 120}" height="{height}" '
    'font-family="sans-serif" font-size="12">',
    '<rect width="100%" height="100%" fill="white"/>',
    f'<text x="{left}" y="20" font-size="14" font-weight="bold">round trip, {method}: '
    'median per call (log scale)</text>',
    f'<rect x="{left}" y="30" width="12" height="10" fill="#3b7dd8"/>'
    f'<text x="{left + 16}" y="39">quiet</text>',
    f'<rect x="{left + 70}" y="30" width="12" height="10" fill="#d8843b"/>'
    f'<text x="{left + 86}" y="39">loaded (a busy loop per core)</text>',
]
decade = lo
while decade <= hi:
    gx = x(decade)
    svg.append(f'<line x1="{gx:.1f}" y1="50" x2="{gx:.1f}" y2="{height - 30}" stroke="#ddd"/>')
    svg.append(f'<text x="{gx:.1f}" y="{height - 14}" text-anchor="middle">{label(decade)}</text>')
    decade *= 10
for i, name in enumerate(names):
    y = 56 + i * row
    svg.append(f'<text x="{left - 8}" y="{y + bar + 2}" text-anchor="end">{name}</text>')
    for j, (data, colour) in enumerate(((quiet, "#3b7dd8"), (loaded, "#d8843b"))):
        ns = data.get(name)
        if not ns:
            continue
        by = y + j * (bar + 1)
        svg.append(f'<rect x="{left}" y="{by}" width="{max(x(ns) - left, 1):.1f}" '
                   f'height="{bar}" fill="{colour}"/>')
        svg.append(f'<text x="{x(ns) + 4:.1f}" y="{by + bar - 2}" font-size="10">{label(ns)}</text>')
svg.append("</svg>")
out.write_text("\n".join(svg) + "\n")
print(f"wrote {out} ({len(names)} mechanisms)")
