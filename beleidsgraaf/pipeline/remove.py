"""Documents out of the store: their graphs dropped whole, and with them whatever only they stated."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from beleidsgraaf.graph.rdf import graph_iri
from beleidsgraaf.graph.store import GraphStore


@dataclass
class RemoveReport:
    removed: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)


def remove(names: list[str], store: GraphStore) -> RemoveReport:
    """Remove the documents stored under these file names (a path counts by its file name, as a
    build names graphs), in one transaction; then restate the shared facts without them."""
    report = RemoveReport()
    graphs = {}
    for name in names:
        file_name = Path(name).name
        graph = graph_iri(file_name)
        stored = store.file_name(graph)
        if stored is None:
            report.failed.append((name, "no document of this file name in the store"))
        elif graph not in graphs:
            graphs[graph] = stored
    store.remove_documents(list(graphs))
    report.removed = sorted(graphs.values())
    store.refresh_shared()
    store.flush()
    return report
