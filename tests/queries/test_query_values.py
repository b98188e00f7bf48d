"""Named queries' values, not only their number, on documents with the gaps real ones have
(`gappy_store`: no signer, date or number; two files of one paper that say different things) and
on the seeds with copies (`restated_store`). Every query that does not count is here (those that
count are in test_counts.py): `documents` gives one row per file with the values its own graph
states, the others each statement under the files that make it. The expected rows are read from
the N-Quads export, graph by graph, without SPARQL."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest
from pyoxigraph import RdfFormat, parse

from beleidsgraaf.graph.store import GraphStore
from beleidsgraaf.queries import library, resolve
from beleidsgraaf.queries.local import run_local
from tests.conftest import run_cli
from tests.queries.test_counts import CHECKS as COUNT_CHECKS
from tests.queries.test_counts import Triples

BG = "https://w3id.org/beleidsgraaf/def#"
DCT = "http://purl.org/dc/terms/"
PREF_LABEL = SKOS_PREF = "http://www.w3.org/2004/02/skos/core#prefLabel"
SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"


def expected_rows(export: Path) -> set[tuple[str | None, ...]]:
    """(file, kind, date, kamerstuk, signer, title) per file, from the quads of the file's graph
    and the labels wherever they are stated."""
    in_graph: dict[tuple, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    labels: dict[str, set] = defaultdict(set)
    for q in parse(path=str(export), format=RdfFormat.N_QUADS):
        in_graph[(q.graph_name, q.subject)][q.predicate.value].add(q.object)
        if q.predicate.value == PREF_LABEL:
            labels[q.subject.value].add(q.object)

    def one(values: set) -> str | None:
        assert len(values) <= 1, values
        return next(iter(values)).value if values else None

    rows = set()
    for props in in_graph.values():
        for file in props.get(BG + "fileName", ()):
            (kind_node,) = props[BG + "documentKind"]
            kind = one({k for k in labels[kind_node.value] if k.language == "nl"})
            signers = props.get(BG + "signedBy", set())
            signer = one({label for s in signers for label in labels[s.value]})
            rows.add(
                (
                    file.value, kind, one(props.get(DCT + "date", set())),
                    one(props.get(BG + "kamerstuk", set())), signer, one(props.get(DCT + "title", set())),
                )
            )  # fmt: skip
    return rows


def test_one_row_per_file_with_its_own_values(gappy_store: Path, cli: str, tmp_path: Path) -> None:
    export = tmp_path / "gappy.nq"
    run_cli(cli, "export", "--store", str(gappy_store), "--format", "nquads", "-o", str(export))
    expected = expected_rows(export)
    results = run_local(GraphStore(gappy_store, read_only=True), resolve("documents"))
    rows = [tuple(r) for r in results.rows]
    assert len(rows) == len(expected) == 27  # 24 dev-b excerpts, the untitled note, two files of a paper
    assert set(rows) == expected
    # the gaps are there: documents without a date, a number and a signer (every file gets a title,
    # its first line where it states none)
    for column in (2, 3, 4):
        assert any(r[column] is None for r in rows), results.variables[column]


def expected_citations(export: Path) -> set[tuple[str | None, ...]]:
    """(file, own number, cited number, date) for every paper a file's graph says it cites."""
    in_graph: dict[tuple, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    numbers: dict[str, set[str]] = defaultdict(set)
    for q in parse(path=str(export), format=RdfFormat.N_QUADS):
        in_graph[(q.graph_name, q.subject)][q.predicate.value].add(q.object)
        if q.predicate.value == BG + "kamerstuk":
            numbers[q.subject.value].add(q.object.value)
    rows = set()
    for props in in_graph.values():
        own = {o.value for o in props.get(BG + "kamerstuk", ())} or {None}
        dates = {d.value for d in props.get(DCT + "date", ())} or {None}
        for file in props.get(BG + "fileName", ()):
            for paper in props.get(BG + "cites", ()):
                for cited in numbers[paper.value]:
                    rows |= {(file.value, o, cited, d) for o in own for d in dates}
    return rows


def test_citations_are_each_files_own(restated_store: Path, gappy_store: Path, cli: str, tmp_path: Path) -> None:
    for store in (restated_store, gappy_store):
        export = tmp_path / f"{store.parent.name}.nq"
        run_cli(cli, "export", "--store", str(store), "--format", "nquads", "-o", str(export))
        rows = {tuple(r) for r in run_local(GraphStore(store, read_only=True), resolve("citations")).rows}
        expected = expected_citations(export)
        assert rows == expected and len(expected) > 10
        assert any(own != cited for _, own, cited, _ in rows)  # a paper's own number is no citation


RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"


@pytest.fixture(scope="module", params=["gappy_store", "restated_store"])
def built(request: pytest.FixtureRequest, cli: str, tmp_path_factory: pytest.TempPathFactory):
    store = request.getfixturevalue(request.param)
    export = tmp_path_factory.mktemp("values") / "all.nq"
    run_cli(cli, "export", "--store", str(store), "--format", "nquads", "-o", str(export))
    return GraphStore(store, read_only=True), Triples(export), files_of(export)


def files_of(export: Path) -> dict[str, set[str]]:
    """The files whose graphs state a mention or an assertion: two files of one paper state the
    same ones, under the same IRIs."""
    names: dict[tuple, set[str]] = defaultdict(set)
    stated_in: dict[str, set[tuple]] = defaultdict(set)
    for q in parse(path=str(export), format=RdfFormat.N_QUADS):
        if q.predicate.value == BG + "fileName":
            names[(q.graph_name, q.subject)].add(q.object.value)
        elif q.predicate.value == BG + "inDocument":
            stated_in[q.subject.value].add((q.graph_name, q.object))
    return {s: {f for key in keys for f in names[key]} for s, keys in stated_in.items()}


def _value(t: Triples, s: str, p: str) -> str | None:
    values = t.out[(s, p)]
    assert len(values) <= 1, (s, p, values)
    return next(iter(values)).value if values else None


def _assertions(t: Triples, predicates: set[str] | None = None) -> dict[str, tuple[str, str, str]]:
    """Every assertion: (subject, predicate, object)."""
    out = {}
    for a in t.into[(RDF + "type", BG + "Assertion")]:
        triple = (t.one(a, RDF + "subject"), t.one(a, RDF + "predicate"), t.one(a, RDF + "object"))
        if predicates is None or triple[1] in predicates:
            out[a] = triple
    return out


def test_relations_give_each_assertion_its_values(built) -> None:
    store, t, file_of = built
    expected = set()
    for a, (s, p, o) in _assertions(t).items():
        for file in file_of[a]:
            expected.add((a, s, p, o, _value(t, a, BG + "rule"), _value(t, a, BG + "start"),
                          _value(t, a, BG + "evidence"), file))  # fmt: skip
    rows = run_local(store, resolve("relations")).as_dicts()
    got = {
        (r["assertion"], r["subject"], r["predicate"], r["object"], r["rule"], r["start"], r["evidence"], r["file"])
        for r in rows
    }
    assert got == expected and len(expected) > 20


@pytest.mark.parametrize(
    ("name", "predicate", "subject", "object"),
    [
        ("implementers", "implements", "implementer", "means"),
        ("partnerships", "partnerOf", "partner", "country"),
    ],
)
def test_pairs_are_the_stated_triples_with_their_evidence(built, name: str, predicate: str, subject: str, object: str) -> None:
    store, t, file_of = built
    pairs = {(s, o) for (s, p), os in t.out.items() if p == BG + predicate for o in os}
    evidence = {
        (s, o, file) for a, (s, _, o) in _assertions(t, {BG + predicate}).items() for file in file_of[a]
    }
    rows = run_local(store, resolve(name)).as_dicts()
    assert {(r[subject], r[object]) for r in rows} == pairs
    assert {(r[subject], r[object], r["file"]) for r in rows if r["file"]} == evidence


def test_stances_are_the_stated_supports_and_opposes(built) -> None:
    store, t, file_of = built
    stances = {BG + "supports": "supports", BG + "opposes": "opposes"}
    expected = {
        (s, stances[p], o, file, _value(t, a, BG + "evidence"))
        for a, (s, p, o) in _assertions(t, set(stances)).items()
        for file in file_of[a]
    }
    rows = run_local(store, resolve("stances-over-time")).as_dicts()
    assert {(r["who"], r["stance"], r["target"], r["file"], r["evidence"]) for r in rows} == expected


def test_mentions_of_an_entity_are_its_mentions(built) -> None:
    store, t, file_of = built
    for label in ("Invest International", "Europese Commissie"):
        entities = t.named(label)
        expected = {
            (_value(t, m, BG + "surface"), _value(t, m, BG + "start"), _value(t, m, BG + "evidence"), file)
            for m, (e, _) in t.mentions().items()
            if e in entities
            for file in file_of[m]
        }
        rows = run_local(store, resolve("mentions-of-entity"), {"label": label}).as_dicts()
        assert {(r["surface"], r["start"], r["evidence"], r["file"]) for r in rows} == expected
        assert expected or label != "Europese Commissie"


ORG = "http://www.w3.org/ns/org#"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"


def _typed(t: Triples, entity: str, *classes: str) -> bool:
    allowed = set().union(*(t.subclasses(BG + c) for c in classes))
    return bool(t.out[(entity, RDF + "type")] & allowed)


def test_evidence_for_a_triple_is_every_assertion_of_it(built) -> None:
    store, t, file_of = built
    by_triple: dict[tuple[str, str, str], set] = defaultdict(set)
    for a, triple in _assertions(t).items():
        for file in file_of[a]:
            by_triple[triple].add((a, file, _value(t, a, BG + "start"), _value(t, a, BG + "evidence")))
    asked = sorted(by_triple, key=lambda k: (-len(by_triple[k]), k))[:5]  # the most stated first
    for s, p, o in asked:
        rows = run_local(store, resolve("evidence-for-triple"), {"subject": s, "predicate": p, "object": o})
        got = {(r["assertion"], r["file"], r["start"], r["evidence"]) for r in rows.as_dicts() if r["assertion"]}
        assert got == by_triple[(s, p, o)]


def test_actors_of_a_means_are_the_actors_linked_to_it(built) -> None:
    store, t, file_of = built
    found = 0
    for label in ("Dutch Good Growth Fund", "exportkredietverzekering", "Invest International"):
        means = {m for m in t.named(label) if _typed(t, m, "Instrument", "Policy")}
        links = {
            (a, p, m)
            for (a, p), objects in t.out.items()
            for m in objects & means
            if _typed(t, a, "Person", "Organisation", "Country")
        }
        evidence = {
            (s, p, o, file)
            for asr, (s, p, o) in _assertions(t).items()
            if (s, p, o) in links
            for file in file_of[asr]
        }
        rows = run_local(store, resolve("actors-of-means"), {"label": label}).as_dicts()
        assert {(r["actor"], r["predicate"], r["means"]) for r in rows} == links
        assert {(r["actor"], r["predicate"], r["means"], r["file"]) for r in rows if r["file"]} == evidence
        found += len(links)
    assert found  # the store links an actor to one of them at least


def test_eu_transpositions_are_the_stated_links_to_eu_acts(built) -> None:
    store, t, _ = built
    expected = {
        (law, p, act)
        for p in (BG + "transposes", BG + "amends")
        for (law, pred), acts in t.out.items()
        if pred == p
        for act in acts
        if _typed(t, act, "EULegalAct")
    }
    rows = run_local(store, resolve("eu-transpositions")).as_dicts()
    assert {(r["law"], r["predicate"], r["euAct"]) for r in rows} == expected and expected


def test_party_members_questions_are_the_papers_its_members_asked(built) -> None:
    store, t, _ = built
    found = 0
    for party in ("SP", "VVD", "GroenLinks"):
        parties = t.named(party)
        members = {m for p in parties for m in t.into[(ORG + "memberOf", p)]}
        expected = {
            (m, file.value)
            for m in members
            for doc in t.into[(BG + "askedBy", m)]
            for file in t.out[(doc, BG + "fileName")]
        }
        rows = run_local(store, resolve("party-members-questions"), {"party": party}).as_dicts()
        assert {(r["member"], r["file"]) for r in rows} == expected
        found += len(expected)
    assert found


def test_post_holders_stated_by_documents(built) -> None:
    store, t, file_of = built

    def key(text: str) -> str:
        return "".join(c for c in text.lower() if c.isascii() and c.isalnum())

    found = 0
    for post in ("voorzitter van de commissie", "Minister van Buitenlandse Zaken"):
        posts = {
            p
            for p in t.into[(RDF + "type", ORG + "Post")]
            for lp in (SKOS_PREF, SKOS_ALT, RDFS_LABEL)
            for name in t.out[(p, lp)]
            if key(post) in key(name.value)
        }
        expected = {
            (s, o, file)
            for a, (s, p, o) in _assertions(t, {ORG + "holds"}).items()
            if o in posts
            for file in file_of[a]
        }
        rows = run_local(store, resolve("post-holders"), {"post": post}).as_dicts()
        assert {(r["holder"], r["postIri"], r["file"]) for r in rows if r["source"] == "document"} == expected
        found += len(expected)
    assert found


def test_every_named_query_has_its_values_checked() -> None:
    """Here or, for the queries that count, in test_counts.py: a new query needs a check."""
    named_here = set(re.findall(r'"([\w-]+)"', Path(__file__).read_text(encoding="utf-8")))
    checked_here = named_here & set(library())  # by resolve("…") or as a parameter of one
    assert checked_here | set(COUNT_CHECKS) == set(library())
