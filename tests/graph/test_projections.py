"""Projections on a statement model written for the test, checked against values worked out by hand,
and every projection on the seeds' graph."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import pytest

from beleidsgraaf.graph import network
from beleidsgraaf.graph.projections import PROJECTIONS, ProjectionError, Statement, StatementModel
from beleidsgraaf.graph.store import GraphStore

A, B, C = "urn:a", "urn:b", "urn:c"
X, Y, Z = "urn:x", "urn:y", "urn:z"


def _st(i: int, s: str, p: str, o: str, date: str, sentence: str = "") -> Statement:
    return Statement(f"urn:st{i}", s, p, o, f"doc{i}.txt", date, "Kamerbrief", sentence or f"zin {i}")


@pytest.fixture
def model() -> StatementModel:
    nodes = {iri: {"type": "Organisation", "label": iri[-1].upper(), "ids": set()} for iri in (A, B, C)}
    nodes |= {iri: {"type": "Policy", "label": iri[-1].upper(), "ids": set()} for iri in (X, Y, Z)}
    # A supports X, Y, Z; B supports X, opposes Y; C opposes X
    assertions = [
        _st(1, A, "supports", X, "2024-03-01"),
        _st(2, A, "supports", Y, "2024-05-01"),
        _st(3, A, "supports", Z, "2025-01-10"),
        _st(4, B, "supports", X, "2025-02-01"),
        _st(5, B, "opposes", Y, "2025-02-01"),
        _st(6, C, "opposes", X, "2025-03-01"),
    ]
    mentions = [
        Statement("urn:m1", A, "", "", "doc1.txt", "2024-03-01", "Kamerbrief", "A en B spraken."),
        Statement("urn:m2", B, "", "", "doc1.txt", "2024-03-01", "Kamerbrief", "A en B spraken."),
        Statement("urn:m3", C, "", "", "doc1.txt", "2024-03-01", "Kamerbrief", "Toen C."),
    ]
    return StatementModel(nodes, assertions, mentions)


def test_congruence_conflict_subtract_by_hand(model: StatementModel) -> None:
    congruence = network(model, "congruence")
    # A and B agree on X only; A–C and B–C share no stance
    assert {tuple(sorted(e)) for e in congruence.edges} == {(A, B)}
    assert congruence[A][B]["weight"] == 1
    conflict = network(model, "conflict")
    # A–B disagree on Y; A–C on X; B–C on X
    assert {tuple(sorted(e)): d["weight"] for *e, d in conflict.edges(data=True)} == {
        (A, B): 1,
        (A, C): 1,
        (B, C): 1,
    }
    subtract = network(model, "subtract")
    assert {tuple(sorted(e)): d["weight"] for *e, d in subtract.edges(data=True)} == {(A, C): -1, (B, C): -1}


@pytest.mark.parametrize(
    ("normalization", "expected"),
    # A has 3 concepts, B has 2, together 3; congruence 1
    [("none", 1.0), ("average", 1 / 2.5), ("jaccard", 1 / 3), ("cosine", 1 / math.sqrt(6))],
)
def test_normalisations(model: StatementModel, normalization: str, expected: float) -> None:
    g = network(model, "congruence", normalization=normalization)
    assert g[A][B]["weight"] == pytest.approx(expected)


def test_affiliation_is_two_mode_with_evidence(model: StatementModel) -> None:
    g = network(model, "affiliation")
    assert g.graph["bipartite"] and {g.nodes[n]["mode"] for n in (A, B, C)} == {0}
    assert {g.nodes[n]["mode"] for n in (X, Y, Z)} == {1}
    edge = g[B][Y]
    assert edge["predicate"] == "opposes" and edge["evidence"] == ["urn:st5"]
    assert edge["sentences"] == [{"text": "zin 5", "file": "doc5.txt", "date": "2025-02-01"}]


def test_co_mention_by_sentence(model: StatementModel) -> None:
    g = network(model, "co-mention")
    assert list(g.edges) == [(A, B)] and g[A][B]["weight"] == 1


def test_time_slices_and_periods(model: StatementModel) -> None:
    slices = network(model, "affiliation", slices="year")
    assert [g.graph["slice"] for g in slices] == ["2024", "2025"]
    assert [g.number_of_edges() for g in slices] == [2, 4]
    windows = network(model, "affiliation", slices=200)
    assert windows[0].graph["slice"] == "2024-03-01..2024-09-16" and windows[0].number_of_edges() == 2
    import datetime as dt

    assert network(model, "affiliation", start=dt.date(2025, 1, 1)).number_of_edges() == 4


def test_bad_options_are_clear_errors(model: StatementModel) -> None:
    with pytest.raises(ProjectionError, match=r"^projection "):
        network(model, "nonsense")
    with pytest.raises(ProjectionError, match=r"^normalization "):
        network(model, "congruence", normalization="max")


@pytest.mark.parametrize("projection", PROJECTIONS)
def test_every_projection_on_the_seeds(projection: str, seeds_store: Path) -> None:
    g = network(GraphStore(seeds_store, read_only=True), projection)
    assert g.graph["projection"] == projection
    for _, data in g.nodes(data=True):
        assert {"label", "type", "iri", "identifiers", "mode", "documents", "first_date", "last_date"} <= set(
            data
        )
    for *_, data in g.edges(data=True):
        assert {"weight", "evidence_count", "first_date", "last_date", "evidence", "sentences"} <= set(data)
    if projection in ("affiliation", "co-mention", "citation", "membership"):
        assert g.number_of_edges() > 0


def _evidence_index(store: GraphStore) -> dict[str, tuple[str, ...]]:
    """What each evidence IRI is: an assertion's (subject, object), a mention's entity, a document's
    cited papers."""
    index: dict[str, tuple[str, ...]] = {}
    for row in store.query("SELECT ?a ?s ?o WHERE { ?a a bg:Assertion ; rdf:subject ?s ; rdf:object ?o }"):
        index[row["a"].value] = ("Assertion", row["s"].value, row["o"].value)
    for row in store.query("SELECT ?m ?e WHERE { ?m a bg:Mention ; bg:refersTo ?e }"):
        index[row["m"].value] = ("Mention", row["e"].value)
    for row in store.query("SELECT ?d ?p WHERE { ?d a bg:Document ; bg:cites ?p }"):
        index.setdefault(row["d"].value, ("Document",))
        index[row["d"].value] += (row["p"].value,)
    return index


@pytest.mark.parametrize("projection", PROJECTIONS)
def test_every_edge_names_the_statements_it_stands_on(projection: str, seeds_store: Path) -> None:
    """`evidence` is one field for every projection: the IRIs of the assertions or mentions behind
    an edge (for a citation, the citing document), and they name both of its ends."""
    store = GraphStore(seeds_store, read_only=True)
    index = _evidence_index(store)
    g = network(store, projection)
    for u, v, data in g.edges(data=True):
        assert data["evidence"] and data["evidence"] == sorted(set(data["evidence"])), (u, v)
        kinds = {index[iri][0] for iri in data["evidence"]}
        if projection == "citation":
            assert data["evidence"] == [u] and v in index[u][1:]
            continue
        if projection == "co-mention":
            assert kinds == {"Mention"}
            assert {index[iri][1] for iri in data["evidence"]} == {u, v}, (u, v)
        else:
            assert kinds == {"Assertion"}
            assert all({u, v} <= set(index[iri][1:]) for iri in data["evidence"]), (u, v)


def test_a_series_or_period_says_how_many_undated_documents_it_left_out(seeds_store: Path) -> None:
    store = GraphStore(seeds_store, read_only=True)
    undated = {
        row["f"].value
        for row in store.query(
            "SELECT ?f WHERE { ?d bg:fileName ?f ; bg:contentHash ?h FILTER NOT EXISTS { ?d dcterms:date ?x } }"
        )
    }
    assert len(undated) == 1  # the seeds: one letter states no date
    whole = network(store, "co-mention")
    series = network(store, "co-mention", slices="year")
    assert whole.graph["undated_documents"] == 0
    assert {g.graph["undated_documents"] for g in series} == {len(undated)}
    import datetime as dt

    assert network(store, "co-mention", start=dt.date(2000, 1, 1)).graph["undated_documents"] == 1
    # what the series misses is what the undated letter alone holds
    kept = {frozenset(e) for g in series for e in g.edges}
    missing = [e for e in whole.edges if frozenset(e) not in kept]
    assert missing
    assert all({s["file"] for s in whole.edges[e]["sentences"]} <= undated for e in missing)


def test_slices_keep_to_the_period() -> None:
    nodes = {
        "urn:a": {"type": "Organisation", "label": "A", "ids": set()},
        "urn:x": {"type": "Policy", "label": "X", "ids": set()},
    }
    assertions = [
        Statement(f"urn:s{i}", "urn:a", "supports", "urn:x", f"d{i}.txt", date, "Kamerbrief", "zin")
        for i, date in enumerate(["2024-02-01", "2024-11-01"])
    ]
    model = StatementModel(nodes, assertions, [])
    (only,) = network(model, "affiliation", slices="year", end=dt.date(2024, 6, 30))
    assert only["urn:a"]["urn:x"]["evidence_count"] == 1
