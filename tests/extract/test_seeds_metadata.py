"""The seeds' document metadata in the built graph, against ../shared/gold/seeds.json."""

from __future__ import annotations

from pathlib import Path

import pytest
from pyoxigraph import Literal, Variable

from beleidsgraaf.extract.resolve import label_key
from beleidsgraaf.graph.store import GraphStore

FIELDS_QUERY = """
SELECT ?file ?kind ?date ?kamerstuk (GROUP_CONCAT(DISTINCT ?cited; separator=" ") AS ?cites)
       (GROUP_CONCAT(DISTINCT ?signerName; separator="|") AS ?signer)
WHERE {
  ?doc bg:fileName ?file ; bg:documentKind/skos:prefLabel ?kind .
  FILTER(LANG(?kind) = "nl")
  OPTIONAL { ?doc dcterms:date ?date }
  OPTIONAL { ?doc bg:kamerstuk ?kamerstuk }
  OPTIONAL { ?doc bg:cites/bg:kamerstuk ?cited }
  OPTIONAL { ?doc bg:signedBy/(skos:prefLabel|skos:altLabel) ?signerName }
} GROUP BY ?file ?kind ?date ?kamerstuk
"""


@pytest.fixture(scope="module")
def documents(seeds_store: Path, gold: dict) -> dict[str, dict]:
    store = GraphStore(seeds_store, read_only=True)
    out = {}
    for doc in gold["documents"]:
        rows = list(store.query(FIELDS_QUERY, substitutions={Variable("file"): Literal(doc["file"])}))
        assert len(rows) == 1, f"{doc['file']}: {len(rows)} documents in the graph"
        row = rows[0]
        out[doc["file"]] = {
            "kind": row["kind"].value,
            "date": row["date"].value if row["date"] else None,
            "kamerstuk": row["kamerstuk"].value if row["kamerstuk"] else None,
            "cites": set(row["cites"].value.split()) if row["cites"] else set(),
            "signer": {label_key(s) for s in row["signer"].value.split("|")} if row["signer"] else set(),
        }
    return out


def _gold_docs():
    import json

    from tests.conftest import GOLD

    if not GOLD.exists():
        return []
    return [
        pytest.param(d, id=d["file"][:3]) for d in json.loads(GOLD.read_text(encoding="utf-8"))["documents"]
    ]


@pytest.mark.parametrize("doc", _gold_docs())
def test_kind_date_kamerstuk_cites(documents: dict, doc: dict) -> None:
    got, want = documents[doc["file"]], doc["metadata"]
    assert got["kind"] == want["kind"]
    assert got["date"] == want["date"]
    assert got["kamerstuk"] == want["kamerstuk"]
    assert got["cites"] == set(want["cites"])


@pytest.mark.parametrize("doc", _gold_docs())
def test_signer_is_a_person_with_the_gold_name(documents: dict, doc: dict) -> None:
    want = doc["metadata"]["signer"]
    assert label_key(want) in documents[doc["file"]]["signer"]
