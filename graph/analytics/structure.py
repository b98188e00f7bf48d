"""Network-level figures: size, density, fragmentation and how centralised the network is."""

from __future__ import annotations

import networkx as nx

from beleidsgraaf.graph.analytics.centrality import strength

__all__ = ["degree_centralization", "mean_strength", "summary"]


def degree_centralization(G: nx.Graph) -> float:
    """Freeman's degree centralisation: how far the network is from a star (1) towards equality (0).

    ``C_D = Σ_i (d_max − d_i) / ((n − 1)(n − 2))`` over the degrees of the simple undirected graph
    without self-loops (a directed graph is read undirected); the denominator is the sum a star of
    n nodes reaches, the maximum. 0 for fewer than three nodes.

    Examples
    --------
    >>> degree_centralization(nx.star_graph(4))
    1.0

    References
    ----------
    Freeman, L. C. (1978). Centrality in social networks: Conceptual clarification. Social Networks,
    1(3), 215–239.
    """
    n = len(G)
    if n < 3:
        return 0.0
    H = nx.Graph()
    H.add_nodes_from(G)
    H.add_edges_from((u, v) for u, v in G.edges() if u != v)
    degrees = [d for _, d in H.degree()]
    top = max(degrees)
    return sum(top - d for d in degrees) / ((n - 1) * (n - 2))


def mean_strength(G: nx.Graph, weight: str | None = "weight") -> float:
    """Mean weighted degree, ``Σ_i s_i / n`` (= 2W/n for total edge weight W); 0 for an empty graph.

    Examples
    --------
    >>> mean_strength(nx.path_graph(3))
    1.3333333333333333
    """
    if len(G) == 0:
        return 0.0
    return sum(strength(G, weight).values()) / len(G)


def summary(G: nx.Graph, weight: str | None = "weight") -> dict[str, int | float]:
    """The figures a network table reports, in a fixed order.

    Parameters
    ----------
    G : nx.Graph or nx.DiGraph
    weight : str or None
        Edge attribute for the mean weighted degree.

    Returns
    -------
    dict
        ``nodes``, ``edges``, ``density`` (``networkx.density``: m / (n(n−1)/2), directed m / (n(n−1))),
        ``components`` and ``largest_component`` (weakly connected when directed; nodes),
        ``degree_centralization`` (Freeman) and ``mean_strength``.

    Examples
    --------
    >>> summary(nx.path_graph(4))["density"]
    0.5

    References
    ----------
    Wasserman, S., & Faust, K. (1994). Social Network Analysis: Methods and Applications. Cambridge
    University Press, ch. 4 and 5.
    """
    if G.is_directed():
        components = [len(c) for c in nx.weakly_connected_components(G)]
    else:
        components = [len(c) for c in nx.connected_components(G)]
    return {
        "nodes": G.number_of_nodes(),
        "edges": G.number_of_edges(),
        "density": nx.density(G) if len(G) > 1 else 0.0,
        "components": len(components),
        "largest_component": max(components, default=0),
        "degree_centralization": degree_centralization(G),
        "mean_strength": mean_strength(G, weight),
    }
