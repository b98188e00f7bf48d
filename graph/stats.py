"""Counts a researcher checks first: instances per class, and what each document contributed."""

from __future__ import annotations

from beleidsgraaf.graph.sparql_files import read_sparql
from beleidsgraaf.graph.store import GraphStore


def class_counts(store: GraphStore) -> list[tuple[str, int, int]]:
    """(class, instances mentioned in documents, instances in the whole dataset incl. vocabulary)."""
    return [
        (row["class"].value.rsplit("#", 1)[-1], int(row["inDocuments"].value), int(row["all"].value))
        for row in store.query(read_sparql("class-counts"))
    ]


def document_counts(store: GraphStore) -> list[tuple]:
    return [
        (
            row["file"].value,
            row["kind"].value,
            row["date"].value if row["date"] else None,
            int(row["entities"].value),
            int(row["mentions"].value),
            int(row["relations"].value),
        )
        for row in store.query(read_sparql("document-counts"))
    ]
