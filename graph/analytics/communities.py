"""Communities by Louvain modularity optimisation, with deterministic community ids."""

from __future__ import annotations

from collections.abc import Hashable, Iterable

import networkx as nx

from beleidsgraaf.graph.analytics._weights import sorted_copy

__all__ = ["louvain", "partition"]


def partition(communities: Iterable[Iterable[Hashable]]) -> dict[Hashable, int]:
    """Number communities 0, 1, ... by size (largest first), then by smallest node key (as str).

    Examples
    --------
    >>> partition([{"c"}, {"b", "a"}])
    {'a': 0, 'b': 0, 'c': 1}
    """
    ordered = sorted(
        (sorted(c, key=str) for c in communities), key=lambda members: (-len(members), str(members[0]))
    )
    return {node: cid for cid, members in enumerate(ordered) for node in members}


def louvain(
    G: nx.Graph, weight: str | None = "weight", *, resolution: float = 1.0, seed: int = 42
) -> dict[Hashable, int]:
    """Louvain communities (``networkx.community.louvain_communities``), node → community id.

    The graph is first copied with nodes and edges in sorted key order and only positive-weight edges
    (modularity needs non-negative weights), so a fixed ``seed`` gives the same partition however the
    graph was built. Directed graphs use directed modularity (Leicht & Newman 2008).

    Parameters
    ----------
    G : nx.Graph or nx.DiGraph
    weight : str or None
        Edge attribute; None treats every edge as weight 1.
    resolution : float
        Above 1 favours smaller communities, below 1 larger ones (Reichardt & Bornholdt 2006).
    seed : int
        Seed of the random node order; fixed for reproducible reports.

    Returns
    -------
    dict
        node → community id, ids ordered by community size (desc) then smallest node key, see
        :func:`partition`. Isolated nodes are their own community.

    Examples
    --------
    >>> G = nx.barbell_graph(3, 0)
    >>> louvain(G)
    {0: 0, 1: 0, 2: 0, 3: 1, 4: 1, 5: 1}

    References
    ----------
    Blondel, V. D., Guillaume, J.-L., Lambiotte, R., & Lefebvre, E. (2008). Fast unfolding of
    communities in large networks. Journal of Statistical Mechanics, P10008.
    """
    if len(G) == 0:
        return {}
    H = sorted_copy(G, weight)
    found = nx.community.louvain_communities(H, weight="weight", resolution=resolution, seed=seed)
    return dict(sorted(partition(found).items(), key=lambda item: str(item[0])))
