"""What the page and the figure share: node positions, colours by type and the size metrics.

One layout over the union of all slices keeps a node in the same place when the reader switches
period, which is what makes slices comparable by eye.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

import networkx as nx
import numpy as np

# Okabe-Ito and friends: told apart by colour-blind readers, readable on white.
TYPE_COLOURS: dict[str, str] = {
    "Person": "#0072B2",
    "Organisation": "#E69F00",
    "Country": "#009E73",
    "Place": "#56B4E9",
    "Policy": "#D55E00",
    "Instrument": "#CC79A7",
    "Document": "#7F7F7F",
    "Post": "#8C6D31",
}
OTHER_COLOURS = ["#F0E442", "#17BECF", "#9467BD", "#BCBD22", "#8C564B", "#393B79"]
FALLBACK_COLOUR = "#A0A0A0"

# Numeric attributes that are codes or bookkeeping, not measures worth sizing a node by.
NOT_METRICS = frozenset({"mode"})


def type_colours(types: Iterable[str]) -> dict[str, str]:
    """Colour for every type present: the fixed colour of a core type, else the next spare one."""
    out: dict[str, str] = {}
    spare = iter(OTHER_COLOURS)
    for t in sorted(set(types)):
        out[t] = TYPE_COLOURS.get(t) or next(spare, FALLBACK_COLOUR)
    return out


def is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def numeric_node_attributes(graph: nx.Graph) -> list[str]:
    """Metrics a node can be sized by: "degree" always, then every numeric attribute all nodes carry."""
    names: set[str] | None = None
    for _, data in graph.nodes(data=True):
        here = {k for k, v in data.items() if is_number(v) and k not in NOT_METRICS}
        names = here if names is None else names & here
    rest = sorted((names or set()) - {"degree"})
    return ["degree", *rest]


def metric_values(graph: nx.Graph, name: str) -> dict[str, float]:
    """The metric per node: the attribute when every node has it, or the degree computed here."""
    values = {n: d.get(name) for n, d in graph.nodes(data=True)}
    if graph.number_of_nodes() and all(is_number(v) for v in values.values()):
        return {n: float(v) for n, v in values.items()}  # type: ignore[arg-type]
    if name == "degree":
        return {n: float(d) for n, d in graph.degree()}
    raise ValueError(f"no numeric node attribute {name!r}; try one of {numeric_node_attributes(graph)}")


def _union(graphs: Iterable[nx.Graph]) -> nx.Graph:
    union = nx.Graph()
    for g in graphs:
        union.add_nodes_from(g.nodes)
        union.add_edges_from(g.to_undirected().edges if g.is_directed() else g.edges)
    return union


def _dense_spring(graph: nx.Graph, seed: int, iterations: int = 50) -> dict[str, tuple[float, float]]:
    """Fruchterman-Reingold on a dense matrix, for large graphs when scipy (networkx's sparse path) is
    missing. Same forces and cooling as networkx's small-graph solver, so the pictures look alike."""
    nodes = list(graph)
    n = len(nodes)
    index = {v: i for i, v in enumerate(nodes)}
    adj = np.zeros((n, n), dtype=np.float32)
    for u, v in graph.edges:
        adj[index[u], index[v]] = adj[index[v], index[u]] = 1.0
    pos = np.random.RandomState(seed).rand(n, 2).astype(np.float32)
    k = math.sqrt(1.0 / n)
    t = 0.1
    dt = t / (iterations + 1)
    for _ in range(iterations):
        delta = pos[:, None, :] - pos[None, :, :]
        dist = np.maximum(np.linalg.norm(delta, axis=-1), 0.01)
        force = k * k / dist**2 - adj * dist / k
        disp = np.einsum("ijk,ij->ik", delta, force)
        length = np.maximum(np.linalg.norm(disp, axis=-1), 0.01)
        pos += disp * (t / length)[:, None]
        t -= dt
    pos = nx.rescale_layout(pos.astype(float))
    return {v: (float(x), float(y)) for v, (x, y) in zip(nodes, pos, strict=True)}


def layout(graphs: Iterable[nx.Graph], *, seed: int = 42) -> dict[str, tuple[float, float]]:
    """Positions in [-1, 1] for every node of every graph, from one spring layout of their union."""
    union = _union(graphs)
    if union.number_of_nodes() == 0:
        return {}
    try:
        pos: Mapping = nx.spring_layout(union, seed=seed)
    except ImportError:  # networkx needs scipy from 500 nodes on
        return _dense_spring(union, seed)
    return {v: (float(p[0]), float(p[1])) for v, p in pos.items()}
