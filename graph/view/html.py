"""The interactive page: graph slices as JSON inside one HTML file with its own script and style.

Nothing is fetched when the page opens (no CDN, no fonts), so it works from a file:// URL on a machine
without a network and can be mailed or archived beside the corpus it was built from.
"""

from __future__ import annotations

import html
import json
import re
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from beleidsgraaf.graph.view.layout import (
    is_number,
    layout,
    metric_values,
    numeric_node_attributes,
    type_colours,
)

NODE_TEXT = ("label", "type", "iri", "identifiers", "first_date", "last_date")
EDGE_TEXT = ("first_date", "last_date", "predicate")


def _slice_name(graph: nx.Graph, index: int, graphs: list[nx.Graph]) -> str:
    """What the period menu shows: the slice, with the projection when the graphs mix projections."""
    slice_ = str(graph.graph.get("slice", "") or f"graph {index + 1}")
    projections = {g.graph.get("projection", "") for g in graphs}
    projection = graph.graph.get("projection", "")
    return f"{projection} · {slice_}" if len(projections) > 1 and projection else slice_


def _node(graph: nx.Graph, node: str, metrics: dict[str, dict[str, float]]) -> dict[str, Any]:
    data = graph.nodes[node]
    out: dict[str, Any] = {"id": str(node)}
    for key in NODE_TEXT:
        out[key] = str(data.get(key, "") or "")
    out["label"] = out["label"] or str(node)
    out["iri"] = out["iri"] or str(node)
    out["type"] = out["type"] or "Other"
    out["mode"] = int(data.get("mode", 0) or 0)
    out["documents"] = int(data.get("documents", 0) or 0)
    out["m"] = {name: values[node] for name, values in metrics.items()}
    return out


def _edge(data: dict[str, Any], source: int, target: int) -> dict[str, Any]:
    out: dict[str, Any] = {"s": source, "t": target}
    for key in EDGE_TEXT:
        out[key] = str(data.get(key, "") or "")
    weight = data.get("weight", 1.0)
    out["weight"] = float(weight) if is_number(weight) else 1.0
    out["evidence_count"] = int(data.get("evidence_count", 0) or 0)
    evidence = data.get("evidence", [])
    out["evidence"] = evidence.split() if isinstance(evidence, str) else [str(e) for e in evidence or []]
    out["sentences"] = [
        {"text": str(s.get("text", "")), "file": str(s.get("file", "")), "date": str(s.get("date", "") or "")}
        for s in data.get("sentences", []) or []
        if isinstance(s, dict)
    ]
    return out


def view_data(graphs: list[nx.Graph], *, title: str, size_by: str = "degree") -> dict[str, Any]:
    """Everything the page draws, as plain JSON-able data: shared positions, colours and one entry per
    slice with its nodes (metrics included) and edges (with their evidence sentences)."""
    positions = layout(graphs)
    slices = []
    metric_names: list[str] = []
    for i, graph in enumerate(graphs):
        names = numeric_node_attributes(graph)
        metric_names += [m for m in names if m not in metric_names]
        metrics = {name: metric_values(graph, name) for name in names}
        order = {node: j for j, node in enumerate(graph.nodes)}
        slices.append(
            {
                "name": _slice_name(graph, i, graphs),
                "projection": str(graph.graph.get("projection", "")),
                "slice": str(graph.graph.get("slice", "")),
                "directed": graph.is_directed(),
                "bipartite": bool(graph.graph.get("bipartite", False)),
                "nodes": [_node(graph, node, metrics) for node in graph.nodes],
                "edges": [_edge(d, order[u], order[v]) for u, v, d in graph.edges(data=True)],
            }
        )
    types = {n["type"] for s in slices for n in s["nodes"]}
    return {
        "title": title,
        "sizeBy": size_by if size_by in metric_names else "degree",
        "metrics": metric_names,
        "colours": type_colours(types),
        "positions": {node: [round(x, 5), round(y, 5)] for node, (x, y) in positions.items()},
        "slices": slices,
    }


def embed_json(data: Any) -> str:
    """JSON that is safe inside <script>: "<", ">" and "&" become \\u escapes, so no label can close the
    tag or open a comment, and JSON.parse still gives the text back unchanged."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _asset(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def render_html(graphs: list[nx.Graph], path: Path, *, title: str, size_by: str = "degree") -> None:
    """Write one self-contained HTML page showing `graphs` (one per period or projection slice)."""
    if not graphs:
        raise ValueError("render_html needs at least one graph")
    data = view_data(list(graphs), title=title, size_by=size_by)
    fills = {
        "TITLE": html.escape(title),
        "CSS": _asset("view.css"),
        "JS": _asset("view.js"),
        "DATA": embed_json(data),
    }
    # One pass, so a title that happens to contain a placeholder is not filled in twice.
    page = re.sub(r"/\*@(TITLE|CSS|JS|DATA)@\*/", lambda m: fills[m.group(1)], _asset("view.html"))
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(page, encoding="utf-8")
