"""The vocabulary's content and its Term objects."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import RDF, SKOS

from beleidsgraaf.ontology import BG, BGID, ORG
from beleidsgraaf.ontology.terms import Term
from beleidsgraaf.ontology.vocabulary import _terms, core_classes, load_terms

SCHEME = BGID["vocabulary"]


@pytest.fixture(scope="module")
def terms() -> list[Term]:
    return load_terms()


def by_label(terms: list[Term], label: str) -> Term:
    found = [t for t in terms if label in t.labels]
    assert len(found) == 1, (label, [t.iri for t in found])
    return found[0]


def test_load_terms_is_parsed_once_and_cached() -> None:
    """The vocabulary is read once per process (its speed is measured in benchmarks/, not here)."""
    _terms.cache_clear()
    core_classes.cache_clear()
    first = load_terms()
    assert first and load_terms() == first
    assert _terms.cache_info().misses == 1 and _terms.cache_info().hits >= 1


def test_every_term_has_one_type_one_dutch_preflabel_and_the_scheme(vocabulary: Graph) -> None:
    for term in set(vocabulary.subjects(SKOS.inScheme, SCHEME)):
        assert len(list(vocabulary.objects(term, RDF.type))) == 1, term
        prefs = list(vocabulary.objects(term, SKOS.prefLabel))
        assert len(prefs) == 1 and prefs[0].language == "nl", (term, prefs)
        alt = list(vocabulary.objects(term, SKOS.altLabel))
        assert all(isinstance(a, Literal) and a.language for a in alt), term


def test_every_entity_is_in_the_scheme(vocabulary: Graph) -> None:
    entities = {s for s, t in vocabulary.subject_objects(RDF.type) if str(t) in core_classes()}
    assert len(entities) > 1000 and entities <= set(vocabulary.subjects(SKOS.inScheme, SCHEME))


def test_types_per_core_class(terms: list[Term]) -> None:
    counts = defaultdict(int)
    for t in terms:
        counts[t.core_type] += 1
    assert set(counts) == {"Person", "Organisation", "Country", "Instrument", "Policy", "Place"}
    assert counts["Country"] >= 195


def test_every_country_has_iso_codes(vocabulary: Graph) -> None:
    countries = list(vocabulary.subjects(RDF.type, BG.Country))
    for country in [*countries, *vocabulary.subjects(RDF.type, BG.Place)]:
        if not str(country).startswith(str(BGID["country/"])):
            continue
        kinds = {n.datatype for n in vocabulary.objects(country, SKOS.notation)}
        assert BG.iso3166alpha2 in kinds, country
        notations = vocabulary.objects(country, SKOS.notation)
        code = next(str(n) for n in notations if n.datatype == BG.iso3166alpha2)
        assert str(country).endswith("/" + code.lower())


@pytest.mark.parametrize(
    ("label", "code"),
    [
        ("Nederland", "nl"),
        ("China", "cn"),
        ("Duitsland", "de"),
        ("Verenigd Koninkrijk", "gb"),
        ("VK", "gb"),
        ("Verenigde Staten", "us"),
        ("VS", "us"),
        ("Zuid-Korea", "kr"),
        ("Oekraïne", "ua"),
        ("Oekraine", "ua"),
        ("Ivoorkust", "ci"),
        ("DRC", "cd"),
        ("Belarus", "by"),
        ("Wit-Rusland", "by"),
        ("Türkiye", "tr"),
        ("Kosovo", "xk"),
    ],
)
def test_countries_have_their_dutch_names(terms: list[Term], label: str, code: str) -> None:
    term = by_label(terms, label)
    assert term.core_type == "Country"
    assert term.iri == str(BGID[f"country/{code}"])


@pytest.mark.parametrize("label", ["Aruba", "Groenland", "Hongkong", "Curaçao"])
def test_territories_are_places(terms: list[Term], label: str) -> None:
    assert by_label(terms, label).core_type == "Place"


def test_no_label_is_shared_by_two_countries(terms: list[Term]) -> None:
    owners = defaultdict(set)
    for t in terms:
        if t.core_type in ("Country", "Place") and t.iri.startswith(str(BGID["country/"])):
            for label in t.labels:
                owners[label.casefold()].add(t.iri)
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}


@pytest.mark.parametrize("label", ["Kamer", "de Raad", "Raad", "Engeland", "Buitenlandse Zaken", "Commissie"])
def test_generic_words_are_no_labels(terms: list[Term], label: str) -> None:
    assert not [t.iri for t in terms if label in t.labels]


def test_family_name_alone_is_no_label(terms: list[Term]) -> None:
    persons = [t for t in terms if t.core_type == "Person"]
    assert persons
    assert not [t.iri for t in persons if t.family_name in t.labels]


def test_kaag_held_the_trade_and_development_post(terms: list[Term]) -> None:
    kaag = by_label(terms, "S.A.M. Kaag")
    assert (kaag.given_name, kaag.family_name, kaag.initials) == ("Sigrid", "Kaag", "S.A.M.")
    assert any(m.startswith("http://www.wikidata.org/entity/Q") for m in kaag.exact_matches)
    post = "Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking"
    bhos = [t for t in kaag.tenures if t.post == post]
    assert bhos and bhos[0].start == dt.date(2017, 10, 26)
    assert bhos[0].organisation == str(BGID["org/kabinet-rutte-iii"])


def test_dutch_particles_belong_to_the_family_name(terms: list[Term]) -> None:
    aukje = by_label(terms, "Aukje de Vries")
    assert (aukje.given_name, aukje.family_name) == ("Aukje", "de Vries")
    assert any(t.post == "Staatssecretaris van Buitenlandse Zaken" for t in aukje.tenures)


def test_members_of_the_house_have_party_memberships(terms: list[Term]) -> None:
    members = [
        t
        for t in terms
        if any(m.organisation.endswith("/org/tweede-kamer-der-staten-generaal") for m in t.memberships)
    ]
    assert len(members) > 500
    with_party = [
        t
        for t in members
        if any("/org/" in m.organisation and "kamer" not in m.organisation for m in t.memberships)
    ]
    assert len(with_party) > 400


def test_posts_have_one_label_and_a_ministry_where_known(vocabulary: Graph) -> None:
    post = BGID["post/minister-voor-buitenlandse-handel-en-ontwikkelingssamenwerking"]
    assert (post, RDF.type, ORG.Post) in vocabulary
    assert vocabulary.value(post, ORG.postIn) == BGID["org/ministerie-van-buitenlandse-zaken"]
    for p in vocabulary.subjects(RDF.type, ORG.Post):
        assert len(list(vocabulary.objects(p, SKOS.prefLabel))) == 1, p


@pytest.mark.parametrize(
    ("label", "klass"),
    [
        ("RVO", "Agency"),
        ("Douane", "Agency"),
        ("NCP", "Agency"),
        ("SER", "AdvisoryBody"),
        ("ADSB", "Company"),
        ("FMO", "Company"),
        ("OESO", "InternationalOrganisation"),
        ("Europese Commissie", "EUInstitution"),
        ("Tweede Kamer", "Parliament"),
        ("BZ", "Ministry"),
        ("KGG", "Ministry"),
        ("VVD", "PoliticalParty"),
        ("NSC", "PoliticalParty"),
        ("Kabinet-Schoof", "Cabinet"),
        ("kabinet", "Cabinet"),
        ("CSDDD", "EULegalAct"),
        ("EUDR", "EULegalAct"),
        ("Omnibus I", "EULegalAct"),
        ("OESO-richtlijnen", "Guideline"),
        ("UNGP's", "Guideline"),
        ("Wvdio", "Law"),
        ("NAP", "ActionPlan"),
        ("ekv", "FinancingInstrument"),
        ("DGGF", "FinancingInstrument"),
        ("DTIF", "FinancingInstrument"),
        ("PIB", "SubsidyScheme"),
        ("MVO-steunpunt", "SupportService"),
        ("kledingconvenant", "Covenant"),
        ("Den Haag", "Place"),
    ],
)
def test_field_terms(terms: list[Term], label: str, klass: str) -> None:
    assert by_label(terms, label).type == klass


@pytest.mark.parametrize(
    ("label", "other"),
    [
        ("FAO", "Food and Agriculture Organization"),
        ("IOM", "International Organization for Migration"),
        ("OVSE", "OSCE"),
        ("Internationaal Strafhof", "International Criminal Court"),
    ],
)
def test_un_system_organisations_are_known_by_their_english_names(
    terms: list[Term], label: str, other: str
) -> None:
    term = by_label(terms, label)
    assert term.core_type == "Organisation" and term is by_label(terms, other)


@pytest.mark.parametrize(
    ("label", "other", "type_"),
    [
        ("EOF", "European Development Fund", "Instrument"),
        ("NDICI", "NDICI-Global Europe", "Instrument"),
        ("DWU", "Union Customs Code", "Policy"),
        ("Verordening (EU) 2021/821", "Dual-Use Regulation", "Policy"),
        ("GLB", "Common Agricultural Policy", "Policy"),
        ("Wassenaar-arrangement", "Wassenaar Arrangement", "Organisation"),
        ("MTCR", "Missile Technology Control Regime", "Organisation"),
    ],
)
def test_eu_development_customs_and_export_control_terms(
    terms: list[Term], label: str, other: str, type_: str
) -> None:
    term = by_label(terms, label)
    assert term.core_type == type_ and term is by_label(terms, other)


@pytest.mark.parametrize(
    ("label", "other"),
    [
        ("EFSA", "European Food Safety Authority"),
        ("Frontex", "European Border and Coast Guard Agency"),
        ("OLAF", "European Anti-Fraud Office"),
    ],
)
def test_eu_agencies_are_known_by_acronym_and_english_name(terms: list[Term], label: str, other: str) -> None:
    term = by_label(terms, label)
    assert term.core_type == "Organisation" and term is by_label(terms, other)
