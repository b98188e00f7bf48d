"""The one weight convention every module shares (see the package docstring)."""

from __future__ import annotations

import networkx as nx


def edge_weight(data: dict, weight: str | None) -> float:
    """The edge's weight, 1.0 when the attribute is absent or ``weight`` is None."""
    if weight is None:
        return 1.0
    return float(data.get(weight, 1.0))


def positive(G: nx.Graph, weight: str | None = "weight") -> nx.Graph:
    """A read-only view of ``G`` without edges of non-positive weight (all nodes kept)."""
    if weight is None:
        return G
    return nx.subgraph_view(G, filter_edge=lambda u, v: edge_weight(G[u][v], weight) > 0)


def sorted_copy(G: nx.Graph, weight: str | None = "weight") -> nx.Graph:
    """A copy of the positive-weight edges with nodes and edges inserted in sorted key order.

    Seeded heuristics (Louvain) visit nodes in insertion order; sorting makes their result depend on
    the graph, not on the order in which a SPARQL answer happened to arrive.
    """
    H = G.__class__()
    H.add_nodes_from(sorted(G, key=str))
    edges = [(u, v, edge_weight(d, weight)) for u, v, d in G.edges(data=True)]
    H.add_weighted_edges_from(
        sorted(((u, v, w) for u, v, w in edges if w > 0), key=lambda e: (str(e[0]), str(e[1])))
    )
    return H
