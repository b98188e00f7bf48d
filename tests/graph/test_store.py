"""The embedded store on its own: replacing a graph, labels over documents, malformed queries."""

from __future__ import annotations

from pathlib import Path

import pytest
from pyoxigraph import Literal, NamedNode, Quad
from rdflib import URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from beleidsgraaf.graph.store import GraphStore, StoreError
from beleidsgraaf.ontology import BG, BGID, ENTITIES_GRAPH


def q(s: str, p, o, g: str) -> Quad:
    obj = o if isinstance(o, Literal | NamedNode) else NamedNode(str(o)) if isinstance(o, URIRef) else Literal(o)
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
            [q("instrument/convenant-textiel", BG.statedLabel, label, f"graph/{i}")],
        )
    store.refresh_shared()
    labels = [r["l"].value for r in store.query(f"SELECT ?l WHERE {{ ?e <{SKOS.prefLabel}> ?l }}")]
    assert labels == ["Convenant Textiel"]
    alternatives = [r["l"].value for r in store.query(f"SELECT ?l WHERE {{ ?e <{SKOS.altLabel}> ?l }}")]
    assert alternatives == ["convenant textiel"]


def _shared(store: GraphStore) -> set[tuple[str, str, str]]:
    return {
        (q.subject.value, q.predicate.value, q.object.value)
        for q in store.store.quads_for_pattern(None, None, None, NamedNode(str(ENTITIES_GRAPH)))
        if q.predicate.value != str(BG.contentHash)
    }


def test_shared_facts_are_stated_once_and_leave_with_the_last_document_stating_them(tmp_path: Path) -> None:
    store = GraphStore(tmp_path / "store")
    entity, paper = str(BGID["org/stichting-x"]), str(BGID["paper/36180-1"])
    for i, name in enumerate(["Stichting X", "SX"]):
        store.replace_graph(
            NamedNode(str(BGID[f"graph/{i}"])),
            [
                q(f"doc/{i}", BG.contentHash, str(i), f"graph/{i}"),  # what the refresh keys on
                q("org/stichting-x", BG.statedType, BG.Organisation, f"graph/{i}"),
                q("org/stichting-x", BG.statedLabel, "Stichting X", f"graph/{i}"),
                q("org/stichting-x", BG.statedAltLabel, name, f"graph/{i}") if i else
                q(f"doc/{i}", BG.cites, BGID["paper/36180-1"], f"graph/{i}"),
            ],
        )
    store.refresh_shared()
    facts = _shared(store)
    assert (entity, str(RDF.type), str(BG.Organisation)) in facts
    assert (entity, str(SKOS.prefLabel), "Stichting X") in facts
    assert (entity, str(SKOS.altLabel), "SX") in facts
    assert {(entity, str(BG.labelKey), k) for k in ("stichting x", "sx")} <= facts
    assert {(paper, str(RDF.type), str(BG.Document)), (paper, str(BG.kamerstuk), "36180-1")} <= facts
    # the union holds each fact once, however many documents state it
    rows = store.query(f"SELECT ?t WHERE {{ <{entity}> a ?t }}")
    assert [r["t"].value for r in rows] == [str(BG.Organisation)]

    store.store.remove_graph(NamedNode(str(BGID["graph/1"])))  # the only one calling it "SX"
    store.refresh_shared()
    facts = _shared(store)
    assert (entity, str(SKOS.altLabel), "SX") not in facts
    assert (entity, str(SKOS.prefLabel), "Stichting X") in facts

    store.store.remove_graph(NamedNode(str(BGID["graph/0"])))
    store.refresh_shared()
    assert _shared(store) == set()


def test_a_malformed_query_is_one_clear_error() -> None:
    with pytest.raises(StoreError, match="malformed query"):
        GraphStore(None).query("SELECT ?x WHERE { ?x ")


def test_a_missing_store_cannot_be_opened_read_only(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="cannot open"):
        GraphStore(tmp_path / "nothing", read_only=True)
