"""The embedded store on its own: replacing a graph, labels and shared facts over documents (computed
whole, or for what a write touched), malformed queries."""

from __future__ import annotations

from pathlib import Path

import pytest
from pyoxigraph import Literal, NamedNode, Quad
from rdflib import URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from beleidsgraaf.graph.store import GraphStore, StoreError
from beleidsgraaf.ontology import BG, BGID, ENTITIES_GRAPH


def q(s: str, p, o, g: str) -> Quad:
    obj = (
        o
        if isinstance(o, Literal | NamedNode)
        else NamedNode(str(o))
        if isinstance(o, URIRef)
        else Literal(o)
    )
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
                q("org/stichting-x", BG.statedAltLabel, name, f"graph/{i}")
                if i
                else q(f"doc/{i}", BG.cites, BGID["paper/36180-1"], f"graph/{i}"),
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


def _recomputed(store: GraphStore) -> set[tuple[str, str, str]]:
    """The shared facts a full computation gives over the same documents and vocabulary."""
    fresh = GraphStore(None)
    fresh.store.extend(q for q in store.store if q.graph_name != NamedNode(str(ENTITIES_GRAPH)))
    fresh.refresh_shared()
    return _shared(fresh)


@pytest.fixture
def incremental(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many entities each incremental refresh recomputed: a refresh that silently fell back to
    the full computation would leave the assertions about it untested."""
    calls: list[int] = []
    original = GraphStore._refresh_changed

    def counted(self, graph, documents, changes):  # type: ignore[no-untyped-def]
        calls.append(len(changes.entities))
        original(self, graph, documents, changes)

    monkeypatch.setattr(GraphStore, "_refresh_changed", counted)
    return calls


def test_a_refresh_after_writes_recomputes_only_what_they_touched(
    tmp_path: Path, incremental: list[int]
) -> None:
    store = GraphStore(tmp_path / "store")

    def document(i: int, version: str, names: dict[str, str], cites: str | None = None) -> None:
        quads = [q(f"doc/{i}", BG.contentHash, version, f"graph/{i}")]
        for entity, name in names.items():
            quads += [
                q(entity, BG.statedType, BG.Organisation, f"graph/{i}"),
                q(entity, BG.statedLabel, name, f"graph/{i}"),
            ]
        if cites:
            quads.append(q(f"doc/{i}", BG.cites, BGID[cites], f"graph/{i}"))
        store.write_documents({NamedNode(str(BGID[f"graph/{i}"])): quads})

    document(0, "a", {"org/x": "Stichting X", "org/y": "Fonds Y"}, "paper/36180-1")
    document(1, "a", {"org/x": "Stichting X"}, "paper/36180-1")
    store.refresh_shared()  # the first computation is a full one
    assert incremental == [] and _shared(store) == _recomputed(store)

    # graph 0 no longer names Y nor cites the paper; graph 1 still does; a new graph names Z
    document(0, "b", {"org/x": "SX"})
    document(2, "a", {"org/z": "Raad Z"}, "paper/21501-02")
    store.refresh_shared()
    assert incremental == [3]  # X, Y (graph 0's old and new records) and Z; not the rest
    facts = _shared(store)
    assert facts == _recomputed(store)
    assert not any(s == str(BGID["org/y"]) for s, _, _ in facts)
    assert (str(BGID["paper/36180-1"]), str(BG.kamerstuk), "36180-1") in facts
    assert (str(BGID["org/x"]), str(SKOS.altLabel), "SX") in facts

    document(1, "b", {})  # the last citation of 36180-1 and the last "Stichting X" go
    store.refresh_shared()
    facts = _shared(store)
    assert len(incremental) == 2 and facts == _recomputed(store)
    assert not any(s == str(BGID["paper/36180-1"]) for s, _, _ in facts)
    assert (str(BGID["org/x"]), str(SKOS.prefLabel), "SX") in facts


def test_a_refresh_after_an_interrupted_build_recomputes_everything(
    tmp_path: Path, incremental: list[int]
) -> None:
    """Documents written by a process that died before its refresh are not known to the next one:
    the stored digest is not the one its own first write saw, so it computes the whole graph."""
    path = tmp_path / "store"
    store = GraphStore(path)
    store.write_documents({NamedNode(str(BGID["graph/0"])): [q("doc/0", BG.contentHash, "a", "graph/0")]})
    store.refresh_shared()
    store.write_documents(
        {
            NamedNode(str(BGID["graph/1"])): [
                q("doc/1", BG.contentHash, "a", "graph/1"),
                q("org/x", BG.statedLabel, "Stichting X", "graph/1"),
            ]
        }
    )
    store.flush()
    del store  # no refresh: as if killed
    again = GraphStore(path)
    again.write_documents(
        {
            NamedNode(str(BGID["graph/2"])): [
                q("doc/2", BG.contentHash, "a", "graph/2"),
                q("org/z", BG.statedLabel, "Raad Z", "graph/2"),
            ]
        }
    )
    again.refresh_shared()
    assert incremental == []
    assert {s for s, _, _ in _shared(again)} == {str(BGID["org/x"]), str(BGID["org/z"])}


def test_removed_documents_take_what_only_they_stated(tmp_path: Path, incremental: list[int]) -> None:
    store = GraphStore(tmp_path / "store")
    for i, name in enumerate(("Stichting X", "Fonds Y")):
        store.write_documents(
            {
                NamedNode(str(BGID[f"graph/{i}"])): [
                    q(f"doc/{i}", BG.contentHash, "a", f"graph/{i}"),
                    q("org/x", BG.statedLabel, "Stichting X", f"graph/{i}"),
                    q(f"org/{i}", BG.statedLabel, name, f"graph/{i}"),
                ]
            }
        )
    store.refresh_shared()
    store.remove_documents([NamedNode(str(BGID["graph/1"])), NamedNode(str(BGID["graph/9"]))])
    store.refresh_shared()
    assert incremental == [2]  # org/x and org/1, from graph 1's records
    assert store.document_graphs() == [NamedNode(str(BGID["graph/0"]))]
    assert _shared(store) == _recomputed(store)
    assert {s for s, _, _ in _shared(store)} == {str(BGID["org/x"]), str(BGID["org/0"])}
