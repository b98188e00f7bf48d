"""The graph: the only place objects become triples; the store; network projections of it.

`network` is imported on first use, so that a light module of this part (the SPARQL lexer the
endpoint's parser worker starts with) does not load networkx and the extraction stack with it.
"""

from __future__ import annotations

from typing import Any

__all__ = ["network"]


def __getattr__(name: str) -> Any:
    if name == "network":
        from beleidsgraaf.graph.projections import network

        return network
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
