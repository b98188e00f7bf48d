"""Counts a researcher checks first: instances per class, and what each document contributed."""

from __future__ import annotations

from beleidsgraaf.graph.store import GraphStore

CLASS_COUNTS = """
SELECT ?class (COUNT(DISTINCT ?mentioned) AS ?inDocuments) (COUNT(DISTINCT ?s) AS ?all) WHERE {
  ?s a ?class .
  FILTER(STRSTARTS(STR(?class), STR(bg:)) || ?class = org:Post)
  OPTIONAL { ?doc bg:mentions ?s . BIND(?s AS ?mentioned) }
} GROUP BY ?class ORDER BY DESC(?inDocuments) DESC(?all)
"""

DOCUMENT_COUNTS = """
SELECT ?file ?kind ?date
       (COUNT(DISTINCT ?entity) AS ?entities) (COUNT(DISTINCT ?mention) AS ?mentions)
       (COUNT(DISTINCT ?assertion) AS ?relations)
WHERE {
  ?doc bg:fileName ?file ; bg:documentKind/skos:prefLabel ?kind .
  FILTER(LANG(?kind) = "nl")
  OPTIONAL { ?doc dcterms:date ?date }
  OPTIONAL { ?doc bg:mentions ?entity }
  OPTIONAL { ?mention bg:inDocument ?doc ; a bg:Mention }
  OPTIONAL { ?assertion bg:inDocument ?doc ; a bg:Assertion }
} GROUP BY ?file ?kind ?date ORDER BY ?file
"""


def class_counts(store: GraphStore) -> list[tuple[str, int, int]]:
    """(class, instances mentioned in documents, instances in the whole dataset incl. vocabulary)."""
    return [
        (row["class"].value.rsplit("#", 1)[-1], int(row["inDocuments"].value), int(row["all"].value))
        for row in store.query(CLASS_COUNTS)
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
        for row in store.query(DOCUMENT_COUNTS)
    ]
