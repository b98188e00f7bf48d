"""The embedded store on its own: replacing a graph, labels over documents, malformed queries."""

from __future__ import annotations

from pathlib import Path

import pytest
from pyoxigraph import Literal, NamedNode, Quad
from rdflib.namespace import RDFS, SKOS

from beleidsgraaf.graph.store import GraphStore, StoreError
from beleidsgraaf.ontology import BG, BGID


def q(s: str, p, o, g: str) -> Quad:
    obj = o if isinstance(o, Literal | NamedNode) else Literal(o)
    return Quad(NamedNode(str(BGID[s])), NamedNode(str(p)), obj, NamedNode(str(BGID[g])))


def test_replace_graph_drops_the_old_triples_and_keeps_other_graphs(tmp_path: Path) -> None:
    store = GraphStore(tmp_path / "store")
    store.replace_graph(
        NamedNode(str(BGID["graph/a"])),
        [q("doc/a", BG.contentHash, "1", "graph/a"), q("x/1", RDFS.label, "een", "graph/a")],
    )
    store.replace_graph(NamedNode(str(BGID["graph/b"])), [q("doc/b", BG.contentHash, "9", "graph/b")])
    store.replace_graph(NamedNode(str(BGID["graph/a"])), [q("doc/a", BG.contentHash, "2", "graph/a")])
    assert store.content_hash(NamedNode(str(BGID["graph/a"]))) == "2"
    assert store.content_hash(NamedNode(str(BGID["graph/b"]))) == "9"
    assert len(store) == 2


def test_labels_prefer_the_name_most_documents_use(tmp_path: Path) -> None:
    store = GraphStore(None)
    for i, label in enumerate(["Convenant Textiel", "convenant textiel", "Convenant Textiel"]):
        store.replace_graph(
            NamedNode(str(BGID[f"graph/{i}"])),
            [q("instrument/convenant-textiel", RDFS.label, label, f"graph/{i}")],
        )
    store.refresh_labels()
    labels = [r["l"].value for r in store.query(f"SELECT ?l WHERE {{ ?e <{SKOS.prefLabel}> ?l }}")]
    assert labels == ["Convenant Textiel"]


def test_a_malformed_query_is_one_clear_error() -> None:
    with pytest.raises(StoreError, match="malformed query"):
        GraphStore(None).query("SELECT ?x WHERE { ?x ")


def test_a_missing_store_cannot_be_opened_read_only(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="cannot open"):
        GraphStore(tmp_path / "nothing", read_only=True)
