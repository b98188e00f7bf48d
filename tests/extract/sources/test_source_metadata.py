"""The source's metadata over the text's, and the people it names as entities with dated memberships."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pyshacl import validate
from rdflib import Dataset, Graph

from beleidsgraaf.extract.extractor import Extractor
from beleidsgraaf.extract.model import DocumentMetadata, Entity, Extraction, SourceMembership, SourceText
from beleidsgraaf.extract.readers import read
from beleidsgraaf.extract.source_metadata import apply_source_record, vocabulary_lookup
from beleidsgraaf.extract.sources.fetch import fetch
from beleidsgraaf.extract.sources.manifest import record_for
from beleidsgraaf.extract.sources.polite import PoliteSession
from beleidsgraaf.extract.sources.record import SourceFaction, SourcePerson, SourcePost, SourceRecord
from beleidsgraaf.extract.sources.tweedekamer import TKQuery, TweedeKamer
from beleidsgraaf.graph.projections import network
from beleidsgraaf.graph.rdf import graph_iri, to_quads
from beleidsgraaf.graph.store import GraphStore
from beleidsgraaf.ontology import ONTOLOGY_FILE, SHAPES_FILE, sparql_prefixes
from beleidsgraaf.ontology.terms import Term
from tests.extract.sources.fakes import FakeTweedeKamer, tweedekamer_dossier

VVD = Term("https://w3id.org/beleidsgraaf/id/org/vvd", "PoliticalParty", "Organisation", "VVD-partij")
URL = "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/Document(doc-1)/resource"


def _lookup(name: str, type_: str) -> Term | None:
    return VVD if (name, type_) == ("VVD", "Organisation") else None


def _extraction() -> Extraction:
    """What the text said: another date, no kind, its own number cited, the signer by initials."""
    metadata = DocumentMetadata(
        kind="Overig",
        title="Kamerbrief over handelsmissies",
        date=dt.date(2024, 3, 1),
        signer_post="Minister voor Buitenlandse Handel",
        cites=["26485-396", "21501-02-3000"],
    )
    signer = Entity("person/a-b-brouwersma", "Person", "A.B. Brouwersma")
    source = SourceText(Path("tk-2024D10001.html"), "…", "html", "hash")
    return Extraction(source, metadata, entities={signer.id: signer}, signer=signer.id)


def _record() -> SourceRecord:
    vvd = SourceFaction(
        "Volkspartij voor Vrijheid en Democratie",
        "VVD",
        "f-vvd",
        dt.date(2017, 3, 23),
        None,
        "https://tk/FZP(s-1)",
    )
    pvh = SourceFaction("Partij voor Handel", "PvH", "f-pvh", dt.date(2023, 12, 6), dt.date(2020, 1, 1))
    minister = SourcePerson(
        "Annemarie Brouwersma", "ondertekenaar", "p-brouwersma", ("A.B. Brouwersma",),
        "minister voor Buitenlandse Handel en Ontwikkelingssamenwerking", (vvd, pvh),
        (SourcePost("Fractievoorzitter", vvd, dt.date(2019, 6, 1), dt.date(2021, 3, 30)),),
    )  # fmt: skip
    member = SourcePerson("Pieter de Kruijtzer", "mede-ondertekenaar", "p-kruijtzer", factions=(pvh,))
    return SourceRecord(
        "tweedekamer", "2024D10001", URL, "tk-2024D10001.html", "hash", "Kamerbrief", "Brief regering",
        dt.date(2024, 3, 8), "26485", "26485-396", "Reactie op het rapport over handelsmissies", (minister, member),
    )  # fmt: skip


def test_the_sources_metadata_wins_over_the_texts() -> None:
    x = apply_source_record(_extraction(), _record(), _lookup)
    md = x.metadata
    assert (md.kind, md.date, md.kamerstuk) == ("Kamerbrief", dt.date(2024, 3, 8), "26485-396")
    assert md.title == "Reactie op het rapport over handelsmissies"
    assert md.cites == ["21501-02-3000"]  # its own number is not a citation
    assert md.signer_post == "minister voor Buitenlandse Handel en Ontwikkelingssamenwerking"


def test_what_the_source_does_not_say_stays_as_the_text_has_it() -> None:
    record = SourceRecord("officielebekendmakingen", "kst-1", URL, "kst-1.html")
    x = apply_source_record(_extraction(), record, _lookup)
    assert (x.metadata.kind, x.metadata.date, x.metadata.signer_post) == (
        "Overig",
        dt.date(2024, 3, 1),
        "Minister voor Buitenlandse Handel",
    )
    assert x.signer == "person/a-b-brouwersma" and not x.memberships


def test_people_and_factions_become_entities_with_dated_memberships() -> None:
    x = apply_source_record(_extraction(), _record(), _lookup)
    signer = x.entities[x.signer]
    assert signer.id == "person/a-b-brouwersma"  # the text's entity, found by the API's other name
    assert "Annemarie Brouwersma" in signer.alt_labels
    assert x.entities[VVD.iri].in_vocabulary
    pvh = x.entities["organisation/pvh"]
    assert (pvh.type, pvh.core_type, pvh.pref_label, pvh.alt_labels) == (
        "PoliticalParty",
        "Organisation",
        "Partij voor Handel",
        {"PvH"},
    )
    assert x.entities["person/pieter-de-kruijtzer"].pref_label == "Pieter de Kruijtzer"
    assert set(x.memberships) == {
        SourceMembership(x.signer, VVD.iri, dt.date(2017, 3, 23), None, "https://tk/FZP(s-1)"),
        SourceMembership(x.signer, "organisation/pvh", None, None, URL),  # end before start: the dates are dropped
        SourceMembership(x.signer, VVD.iri, dt.date(2019, 6, 1), dt.date(2021, 3, 30), URL, "Fractievoorzitter"),
        SourceMembership(x.signer, None, None, None, URL, "minister voor Buitenlandse Handel en Ontwikkelingssamenwerking"),
        SourceMembership("person/pieter-de-kruijtzer", "organisation/pvh", None, None, URL),
    }  # fmt: skip
    assert [p.entity_id for p in x.source_record.persons] == [x.signer, "person/pieter-de-kruijtzer"]


def test_applying_twice_changes_nothing() -> None:
    once = apply_source_record(_extraction(), _record(), _lookup)
    twice = apply_source_record(apply_source_record(_extraction(), _record(), _lookup), _record(), _lookup)
    assert twice.memberships == once.memberships and twice.entities.keys() == once.entities.keys()


@pytest.fixture(scope="module")
def fetched_letter(tmp_path_factory: pytest.TempPathFactory):
    """A letter fetched from the fake API, extracted from its text, the API's record applied."""
    folder = tmp_path_factory.mktemp("corpus")
    with FakeTweedeKamer() as server:
        tweedekamer_dossier(server)
        session = PoliteSession(min_interval=0)
        list(fetch(TweedeKamer(session, server.root).search(TKQuery(dossier="26485")), folder, session))
    path = folder / "tk-2024D10001.html"
    extractor = Extractor()
    x = extractor.extract(read(path))
    text_date = x.metadata.date
    record = record_for(path)
    apply_source_record(x, record, vocabulary_lookup(extractor.resolver.index, record.date))
    return x, text_date


def _ask(x: Extraction, query: str) -> list:
    """The query on a store holding the document, with the shared facts computed from it (a
    person's identifier at the Tweede Kamer is one)."""
    store = GraphStore()
    store.replace_graph(graph_iri(x.source.file_name), to_quads(x))
    store.refresh_shared()
    return list(store.query(sparql_prefixes() + query))


def test_a_built_document_carries_the_apis_date(fetched_letter) -> None:
    x, text_date = fetched_letter
    assert text_date == dt.date(2024, 3, 1)  # "Den Haag, 1 maart 2024" in the text
    rows = _ask(x, "SELECT ?date WHERE { bgid:paper\\/26485-396 dcterms:date ?date ; bg:documentKind ?kind }")
    assert [r["date"].value for r in rows] == ["2024-03-08"]


def test_a_built_document_gives_memberships_with_dates(fetched_letter) -> None:
    x, _ = fetched_letter
    rows = _ask(
        x,
        """SELECT ?person ?party ?start ?end WHERE {
             ?person org:memberOf ?party .
             ?m a org:Membership ; org:member ?person ; org:organization ?party ; bg:startDate ?start .
             OPTIONAL { ?m bg:endDate ?end }
             ?doc bg:signedBy ?person }""",
    )
    assert {(r["party"].value, r["start"].value, r["end"].value) for r in rows} == {
        ("https://w3id.org/beleidsgraaf/id/org/volkspartij-voor-vrijheid-en-democratie", "2017-03-23", "2021-03-30"),
        ("https://w3id.org/beleidsgraaf/id/org/volkspartij-voor-vrijheid-en-democratie", "2019-06-01", "2021-03-30"),
    }  # fmt: skip
    tenure = _ask(x, "SELECT ?post ?start WHERE { ?t a bg:Tenure ; bg:post ?post ; bg:startDate ?start }")
    assert [(r["post"].value, r["start"].value) for r in tenure] == [
        ("https://w3id.org/beleidsgraaf/id/post/fractievoorzitter", "2019-06-01")
    ]
    match = _ask(x, "SELECT ?tk WHERE { ?doc bg:signedBy ?p . ?p skos:exactMatch ?tk }")
    assert [r["tk"].value for r in match] == [
        "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/Persoon(p-brouwersma)"
    ]


def test_a_built_document_conforms_to_the_shapes(fetched_letter, tmp_path: Path) -> None:
    x, _ = fetched_letter
    store = GraphStore()
    store.replace_graph(graph_iri(x.source.file_name), to_quads(x))
    store.refresh_shared()
    store.export(tmp_path / "doc.nq", "nquads")
    union = Graph()
    for s, p, o, _ in Dataset().parse(tmp_path / "doc.nq", format="nquads").quads((None, None, None, None)):
        union.add((s, p, o))
    onto = Graph().parse(ONTOLOGY_FILE)
    conforms, _, report = validate(
        union, shacl_graph=Graph().parse(SHAPES_FILE), ont_graph=onto, inference="rdfs"
    )
    assert conforms, report[:2000]


@pytest.mark.parametrize("compact", [False, True], ids=["full", "compact"])
def test_the_membership_network_shows_what_the_source_states(fetched_letter, compact: bool) -> None:
    """A party and a post the API's record gives are assertions like the text's: the membership
    projection has the signer's edges to them, each standing on an assertion of a `source.` rule
    whose evidence is the record's URL (in compact mode too: no text gives it back)."""
    x, _ = fetched_letter
    store = GraphStore()
    store.replace_graph(graph_iri(x.source.file_name), to_quads(x, compact=compact))
    store.refresh_shared()
    g = network(store, "membership")
    signer = "https://w3id.org/beleidsgraaf/id/" + x.signer
    edges = {g.nodes[o]["label"] or o: g.edges[signer, o] for o in g.neighbors(signer)}
    vvd = edges["https://w3id.org/beleidsgraaf/id/org/volkspartij-voor-vrijheid-en-democratie"]
    assert vvd["predicate"] == "memberOf" and vvd["weight"] == 2  # two seats in the faction
    assert edges["Fractievoorzitter"]["predicate"] == "holds"
    rows = store.query(
        "SELECT ?rule ?evidence WHERE { ?a a bg:Assertion ; bg:rule ?rule ; bg:evidence ?evidence "
        'FILTER(STRSTARTS(?rule, "source.")) }'
    )
    evidence = {(r["rule"].value, r["evidence"].value.split("/OData/")[-1]) for r in rows}
    assert {
        ("source.membership", "v4/2.0/FractieZetelPersoon(s-1)"),
        ("source.post", "v4/2.0/FractieZetelPersoon(s-2)"),
    } <= evidence
