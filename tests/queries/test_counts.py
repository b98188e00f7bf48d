"""Every count in the named library counts distinct things (documents, mentions, sentences of a
document), never the copies of a triple that several graphs restate. Each count is checked against
one computed here in plain Python from the set of distinct triples of the N-Quads export, on the
seeds and on the seeds with two files that restate a lot (`restated_store` in conftest.py)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import pytest
from pyoxigraph import Literal, NamedNode, RdfFormat, parse

from beleidsgraaf.graph.store import GraphStore
from beleidsgraaf.queries import library, resolve
from beleidsgraaf.queries.local import run_local
from tests.conftest import run_cli

BG = "https://w3id.org/beleidsgraaf/def#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
SUBCLASS = "http://www.w3.org/2000/01/rdf-schema#subClassOf"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DATE = "http://purl.org/dc/terms/date"


class Triples:
    """The distinct triples of an N-Quads file (whichever graphs state them), indexed both ways."""

    def __init__(self, path: Path) -> None:
        quads = list(parse(path=str(path), format=RdfFormat.N_QUADS))
        triples = {q.triple for q in quads}
        # the one place graphs matter: which file's graph states a mention
        files = defaultdict(set)
        for q in quads:
            if q.predicate.value == BG + "fileName":
                files[(q.graph_name, q.subject)].add(q.object.value)
        self.file_of = {
            q.subject.value: files[(q.graph_name, q.object)]
            for q in quads
            if q.predicate.value == BG + "inDocument"
        }
        self.out: dict[tuple[str, str], set] = defaultdict(set)
        self.into: dict[tuple[str, object], set[str]] = defaultdict(set)
        for t in triples:
            o = t.object.value if isinstance(t.object, NamedNode) else t.object
            self.out[(t.subject.value, t.predicate.value)].add(o)
            self.into[(t.predicate.value, o)].add(t.subject.value)

    def one(self, s: str, p: str):
        (value,) = self.out[(s, p)]
        return value

    def mentions(self) -> dict[str, tuple[str, str]]:
        """Every mention: (entity, document)."""
        return {
            m: (self.one(m, BG + "refersTo"), self.one(m, BG + "inDocument"))
            for m in self.into[(RDF_TYPE, BG + "Mention")]
        }

    def named(self, label: str) -> set[str]:
        """Entities with this preferred or alternative label, case-insensitive."""
        return {
            s
            for (s, p), names in self.out.items()
            if p in (SKOS + "prefLabel", SKOS + "altLabel")
            and any(isinstance(n, Literal) and n.value.lower() == label.lower() for n in names)
        }

    def subclasses(self, cls: str) -> set[str]:
        found, todo = {cls}, [cls]
        while todo:
            for sub in self.into[(SUBCLASS, todo.pop())]:
                if sub not in found:
                    found.add(sub)
                    todo.append(sub)
        return found


def _counts(t: Triples, per: Callable[[str, str, str], object]) -> dict[object, tuple[int, int]]:
    """(documents, mentions) per key; `per(mention, entity, document)` gives a mention's key or None."""
    docs, mentions = defaultdict(set), defaultdict(set)
    for m, (e, d) in t.mentions().items():
        if (key := per(m, e, d)) is not None:
            docs[key].add(d)
            mentions[key].add(m)
    return {k: (len(docs[k]), len(mentions[k])) for k in docs}


def entities_by_type(t: Triples) -> dict:
    classes = t.subclasses(BG + "Organisation")
    return _counts(t, lambda m, e, d: e if t.out[(e, RDF_TYPE)] & classes else None)


def curation_worklist(t: Triples) -> dict:
    return _counts(t, lambda m, e, d: None if t.out[(e, SKOS + "exactMatch")] else e)


def mentions_timeline(t: Triples) -> dict:
    csddd = t.named("CSDDD")

    def month(m: str, e: str, d: str) -> str | None:
        if e not in csddd:
            return None
        dates = t.out[(d, DATE)]
        return min(x.value for x in dates)[:7] if dates else "undated"

    return _counts(t, month)


def documents_mentioning_entity(t: Triples) -> dict:
    """Mentions per file: a paper's two files share its node, each file has its own mentions."""
    csddd = t.named("CSDDD")
    per_file = _counts(t, lambda m, e, d: (e, *t.file_of[m]) if e in csddd else None)
    return {k: n for k, (_, n) in per_file.items()}


def documents_by_kind_period(t: Triples) -> dict:
    docs = defaultdict(set)
    for d in t.into[(RDF_TYPE, BG + "Document")]:
        if not t.out[(d, BG + "fileName")]:
            continue
        kinds = {
            k.value
            for n in t.out[(d, BG + "documentKind")]
            for k in t.out[(n, SKOS + "prefLabel")]
            if k.language == "nl"
        }
        for date in t.out[(d, DATE)]:
            for kind in kinds:
                docs[(kind, date.value[:4])].add(d)
    return {k: len(v) for k, v in docs.items()}


def co_mentions(t: Triples) -> dict:
    """Sentences shared by a pair: a sentence is one document's sentence (its evidence text)."""
    entities = defaultdict(set)
    for m, (e, d) in t.mentions().items():
        for sentence in t.out[(m, BG + "evidence")]:
            entities[(d, sentence.value)].add(e)
    shared = defaultdict(set)
    for unit, es in entities.items():
        for a in es:
            for b in es:
                if a < b and t.out[(a, SKOS + "prefLabel")] and t.out[(b, SKOS + "prefLabel")]:
                    shared[(a, b)].add(unit)
    return {k: len(v) for k, v in shared.items()}


def co_mentions_in_document(t: Triples) -> dict:
    shared = defaultdict(set)
    for (d, p), es in list(t.out.items()):
        if p == BG + "mentions" and t.out[(d, BG + "fileName")]:
            for a in es:
                for b in es:
                    if a < b:
                        shared[(a, b)].add(d)
    return {k: len(v) for k, v in shared.items() if len(v) >= 2}


# each query with a COUNT: the expected counts, and the same counts read from the query's rows
CHECKS: dict[str, tuple[Callable[[Triples], dict], Callable[[dict], tuple[object, object]]]] = {
    "entities-by-type": (
        entities_by_type,
        lambda r: (r["entity"], (int(r["documents"]), int(r["mentions"]))),
    ),
    "curation-worklist": (
        curation_worklist,
        lambda r: (r["entity"], (int(r["documents"]), int(r["mentions"]))),
    ),
    "mentions-timeline": (
        mentions_timeline,
        lambda r: (r["month"], (int(r["documents"]), int(r["mentions"]))),
    ),
    "documents-mentioning-entity": (
        documents_mentioning_entity,
        lambda r: ((r["entity"], r["file"]), int(r["mentions"])),
    ),
    "documents-by-kind-period": (
        documents_by_kind_period,
        lambda r: ((r["kind"], r["year"]), int(r["documents"])),
    ),
    "co-mentions": (co_mentions, lambda r: ((r["a"], r["b"]), int(r["sentences"]))),
    "co-mentions-in-document": (co_mentions_in_document, lambda r: ((r["a"], r["b"]), int(r["documents"]))),
}


def test_every_count_in_the_library_is_checked() -> None:
    counting = {name for name, q in library().items() if re.search(r"(?i)\bCOUNT\s*\(", q.text)}
    assert counting == set(CHECKS)


@pytest.fixture(scope="module", params=["seeds_store", "restated_store"])
def built(request: pytest.FixtureRequest, cli: str, tmp_path_factory) -> tuple[Path, Triples]:
    store = request.getfixturevalue(request.param)
    export = tmp_path_factory.mktemp("export") / "all.nq"
    run_cli(cli, "export", "--store", str(store), "--format", "nquads", "-o", str(export))
    return store, Triples(export)


@pytest.mark.parametrize("name", sorted(CHECKS))
def test_counts_are_of_distinct_things(name: str, built: tuple[Path, Triples]) -> None:
    path, triples = built
    store = GraphStore(path, read_only=True)
    expected, read = CHECKS[name]
    rows = run_local(store, resolve(name)).as_dicts()
    got = dict(read(r) for r in rows)
    assert len(got) == len(rows), f"{name}: a key appears in two rows"
    assert got == expected(triples)
