"""Network analytics over the projection graphs of graph/schema.md, one algorithm family per module.

Every function is pure: it reads a networkx graph and returns plain dicts; only
:func:`report.analyze` writes metrics, and it writes them on a copy.

Shared conventions, because projections carry signed or zero weights (congruence, conflict, subtract):

- Flow and path metrics (betweenness, eigenvector, PageRank, Louvain) use only edges with a positive
  ``weight``; a missing ``weight`` counts as 1. Modularity, shortest paths with distance ``1/weight``
  and Perron–Frobenius centralities are undefined for non-positive weights.
- Counting metrics (degree, strength, k-core, brokerage, density) use every edge present.
"""

from __future__ import annotations

from beleidsgraaf.graph.analytics.brokerage import ROLES, brokerage
from beleidsgraaf.graph.analytics.centrality import (
    betweenness,
    eigenvector,
    eigenvector_with_method,
    pagerank,
    strength,
)
from beleidsgraaf.graph.analytics.communities import louvain, partition
from beleidsgraaf.graph.analytics.cores import core_number
from beleidsgraaf.graph.analytics.report import AnalysisReport, analyze, write_report
from beleidsgraaf.graph.analytics.structure import degree_centralization, mean_strength, summary

__all__ = [
    "ROLES",
    "AnalysisReport",
    "analyze",
    "betweenness",
    "brokerage",
    "core_number",
    "degree_centralization",
    "eigenvector",
    "eigenvector_with_method",
    "louvain",
    "mean_strength",
    "pagerank",
    "partition",
    "strength",
    "summary",
    "write_report",
]
