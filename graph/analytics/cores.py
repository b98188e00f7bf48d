"""k-cores: the nested dense layers of a network (who sits in the well-connected centre)."""

from __future__ import annotations

from collections.abc import Hashable

import networkx as nx

__all__ = ["core_number"]


def core_number(G: nx.Graph) -> dict[Hashable, int]:
    """The largest k such that the node belongs to the k-core (every member has ≥ k neighbours).

    Parameters
    ----------
    G : nx.Graph or nx.DiGraph
        Read as a simple undirected graph without self-loops (``networkx.core_number`` refuses
        self-loops, and a tie is a tie whatever its direction or weight).

    Returns
    -------
    dict
        node → core number (0 for isolated nodes).

    Examples
    --------
    >>> core_number(nx.complete_graph(4))[0]
    3

    References
    ----------
    Seidman, S. B. (1983). Network structure and minimum degree. Social Networks, 5(3), 269–287.
    Batagelj, V., & Zaversnik, M. (2003). An O(m) algorithm for cores decomposition of networks.
    arXiv:cs/0310049.
    """
    H = nx.Graph()
    H.add_nodes_from(G)
    H.add_edges_from((u, v) for u, v in G.edges() if u != v)
    return nx.core_number(H)
