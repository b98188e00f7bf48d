"""A static drawing of one projection for a paper: PNG or SVG (or PDF) by the file's suffix.

matplotlib is imported here only, with its Agg canvas and no pyplot state, so the HTML view and the
rest of the package work without it and nothing tries to open a window on a machine with no screen.
"""

from __future__ import annotations

import math
from pathlib import Path

import networkx as nx

from beleidsgraaf.graph.view.layout import layout, metric_values, type_colours

FORMATS = {".png", ".svg", ".pdf"}


def _sizes(values: list[float], small: float = 18.0, large: float = 420.0) -> list[float]:
    """Marker areas by the square root of the metric, so area grows with the value, not the radius."""
    lo, hi = min(values, default=0.0), max(values, default=0.0)
    if hi <= lo:
        return [(small + large) / 4] * len(values)
    return [small + (large - small) * math.sqrt((v - lo) / (hi - lo)) for v in values]


def render_figure(
    graph: nx.Graph,
    path: Path,
    *,
    size_by: str = "degree",
    title: str = "",
    top_n: int = 15,
    seed: int = 42,
) -> None:
    """Draw `graph` with nodes coloured by type (legend), sized by `size_by` and the top `top_n` labelled."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.collections import LineCollection
    from matplotlib.figure import Figure

    path = Path(path)
    if path.suffix.lower() not in FORMATS:
        raise ValueError(f"cannot tell the figure format from {path.name!r}; use one of {sorted(FORMATS)}")
    pos = layout([graph], seed=seed)
    metric = metric_values(graph, size_by) if graph.number_of_nodes() else {}
    nodes = list(graph.nodes)
    sizes = dict(zip(nodes, _sizes([metric[n] for n in nodes]), strict=True))
    types = {n: str(graph.nodes[n].get("type", "") or "Other") for n in nodes}
    colours = type_colours(types.values())

    fig = Figure(figsize=(10, 8), layout="constrained")
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    ax.set_axis_off()
    if title:
        ax.set_title(title)

    weights = [abs(float(d.get("weight", 1.0) or 1.0)) for _, _, d in graph.edges(data=True)]
    top_w = max(weights, default=1.0) or 1.0
    segments = [(pos[u], pos[v]) for u, v in graph.edges]
    ax.add_collection(
        LineCollection(
            segments,
            linewidths=[0.3 + 2.2 * math.sqrt(w / top_w) for w in weights],
            colors="#5a626e",
            alpha=0.35,
            zorder=1,
        )
    )
    for t, c in colours.items():
        members = [n for n in nodes if types[n] == t]
        ax.scatter(
            [pos[n][0] for n in members],
            [pos[n][1] for n in members],
            s=[sizes[n] for n in members],
            c=c,
            edgecolors="white",
            linewidths=0.6,
            label=f"{t} ({len(members)})",
            zorder=2,
        )
    for n in sorted(nodes, key=lambda n: (-metric[n], str(n)))[:top_n]:
        label = str(graph.nodes[n].get("label", "") or n)
        ax.annotate(
            label if len(label) <= 40 else label[:39] + "…",
            pos[n],
            xytext=(math.sqrt(sizes[n]) / 2 + 1, math.sqrt(sizes[n]) / 2 + 1),
            textcoords="offset points",
            fontsize=8,
            zorder=3,
            bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.7},
        )
    if colours:
        legend = ax.legend(loc="best", fontsize=8, frameon=True, title=f"size: {size_by}")
        for handle in legend.legend_handles:  # one marker size in the legend: it keys colour, not size
            handle.set_sizes([50])
    ax.autoscale_view()
    ax.margins(0.08)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=200 if path.suffix.lower() == ".png" else None)
