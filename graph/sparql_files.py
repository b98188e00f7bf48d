"""The SPARQL the code runs beside the named library, kept as `.rq` files that any SPARQL tool can
run (each declares its prefixes) and that the tests run like the library's: each room keeps its own
in a `sparql/` folder (this part's in `graph/sparql/`)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

GRAPH_SPARQL = Path(__file__).resolve().parent / "sparql"


@cache
def read_sparql(name: str, folder: Path = GRAPH_SPARQL) -> str:
    """The text of `folder/name.rq`; read once per process."""
    return (folder / f"{name}.rq").read_text(encoding="utf-8")
