"""The graph: the only place objects become triples; the store; network projections of it."""

from beleidsgraaf.graph.projections import network

__all__ = ["network"]
