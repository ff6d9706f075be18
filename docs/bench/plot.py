#!/usr/bin/env python3
"""Draws docs/bench/scaling.svg from docs/bench/build-scaling.csv (figures of `./airkg bench --stage build --documents N`).

The rows of one code series are drawn (`before-97617f5`: the 1,000, 3,000 and 10,000 runs); the 3,000 run after
commit 97617f5 stands in the table only.

Three panels against the number of generated documents: the full build's and Jena's raw load's wall time; a rebuild
after one document is added, changed or removed, as a share of the full build; the ratio of the build's triples/s to
the raw load's. Standard library
only: `python3 docs/bench/plot.py`.
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
W, H, PAD = 300, 220, 48


def panel(x0, title, xs, series, ylabel, ymax=None, guide=None):
    """One panel: each series a polyline with its points; `guide` a dashed horizontal line (value, label)."""
    xmax = max(xs) * 1.05
    ymax = ymax or max(v for _, vals, _ in series for v in vals if v is not None) * 1.15
    sx = lambda x: x0 + PAD + (W - PAD - 10) * x / xmax
    sy = lambda y: H - PAD + 10 - (H - PAD - 20) * y / ymax
    out = [f'<text x="{x0 + W / 2}" y="16" text-anchor="middle" font-weight="bold">{title}</text>',
           f'<line x1="{sx(0)}" y1="{sy(0)}" x2="{sx(xmax)}" y2="{sy(0)}" stroke="black"/>',
           f'<line x1="{sx(0)}" y1="{sy(0)}" x2="{sx(0)}" y2="{sy(ymax)}" stroke="black"/>',
           f'<text x="{x0 + W / 2}" y="{H - 8}" text-anchor="middle">generated documents</text>',
           f'<text x="{x0 + 12}" y="{H / 2}" text-anchor="middle" transform="rotate(-90 {x0 + 12} {H / 2})">{ylabel}</text>']
    for x in xs:
        out.append(f'<text x="{sx(x)}" y="{sy(0) + 14}" text-anchor="middle" font-size="10">{x:,}</text>')
    for k in range(5):
        y = ymax * k / 4
        label = f"{y:,.0f}" if ymax >= 10 else f"{y:.2f}"
        out.append(f'<text x="{sx(0) - 4}" y="{sy(y) + 3}" text-anchor="end" font-size="10">{label}</text>')
    if guide:
        out.append(f'<line x1="{sx(0)}" y1="{sy(guide[0])}" x2="{sx(xmax)}" y2="{sy(guide[0])}" stroke="grey" stroke-dasharray="4 3"/>')
        out.append(f'<text x="{sx(xmax)}" y="{sy(guide[0]) - 3}" text-anchor="end" font-size="10" fill="grey">{guide[1]}</text>')
    for i, (name, vals, colour) in enumerate(series):
        pts = [(sx(x), sy(v)) for x, v in zip(xs, vals) if v is not None]
        out.append('<polyline fill="none" stroke="%s" stroke-width="2" points="%s"/>' % (colour, " ".join(f"{a:.1f},{b:.1f}" for a, b in pts)))
        out += [f'<circle cx="{a:.1f}" cy="{b:.1f}" r="3" fill="{colour}"/>' for a, b in pts]
        out.append(f'<text x="{sx(0) + 8}" y="{32 + 13 * i}" font-size="11" fill="{colour}">{name}</text>')
    return out


def main():
    with open(os.path.join(HERE, "build-scaling.csv"), newline="") as f:
        rows = [r for r in csv.DictReader(f) if r.get("series", "") == "before-97617f5"]
    rows.sort(key=lambda r: int(r["documents"]))
    xs = [int(r["documents"]) for r in rows]
    num = lambda key: [float(r[key]) if r[key] else None for r in rows]
    share = lambda key: [float(r[key]) / float(r["full_build_s"]) * 100 if r[key] else None for r in rows]
    parts = panel(0, "Full build and raw load", xs, [("full build (s)", num("full_build_s"), "#1c7ed6"),
                                                     ("Jena raw load (s)", num("raw_load_s"), "#868e96")], "seconds")
    parts += panel(W + 20, "Rebuild of one document", xs, [("added (% of full)", share("one_added_s"), "#c92a2a"),
                                                          ("changed", share("one_changed_s"), "#e67700"),
                                                          ("removed", share("one_removed_s"), "#2b8a3e")], "% of the full build",
                   guide=(5, "target 5 %"))
    parts += panel(2 * (W + 20), "Build against Jena's raw load", xs, [("triples/s ratio", num("build_raw_ratio"), "#5f3dc4")],
                   "build / raw load", ymax=1.0, guide=(0.5, "target 0.5"))
    svg = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" font-family="sans-serif" font-size="12">' % (3 * W + 40, H),
           '<rect width="100%" height="100%" fill="white"/>'] + parts + ['</svg>']
    with open(os.path.join(HERE, "scaling.svg"), "w") as f:
        f.write("\n".join(svg) + "\n")


if __name__ == "__main__":
    main()
