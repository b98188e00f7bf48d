"""Relations read from the dependency parse, on sentences written for the test: each family in the
active and the passive voice, in a relative clause, with coordinated subjects or objects, negated and
reported. The mentions are given (as resolution would give them), so the test is of the parse and
the rules alone; it runs the project's Dutch parser and skips when there is none."""

from __future__ import annotations

import pytest

from beleidsgraaf.base.errors import BeleidsgraafError
from beleidsgraaf.extract import syntax_relations as module
from beleidsgraaf.extract.extractor import Extractor
from beleidsgraaf.extract.model import Entity, Mention, Relation, Span
from beleidsgraaf.extract.nlp import build_syntax_pipeline
from beleidsgraaf.extract.readers import read
from beleidsgraaf.extract.syntax_relations import SYNTAX_RULES, combine, syntax_relations


def _parser():
    try:
        return build_syntax_pipeline()
    except BeleidsgraafError:  # the shipped pipeline is missing (a checkout without `make model`)
        return None


PARSER = _parser()
needs_parser = pytest.mark.skipif(
    PARSER is None, reason="the project's trained pipeline (extract/ud_pipeline) is absent"
)

#: the names the sentences use, with their type (and class)
NAMES = {
    "RVO": ("Organisation", "Agency"),
    "ADSB": ("Organisation", "Company"),
    "de Douane": ("Organisation", "Agency"),
    "het DGGF": ("Instrument", "FinancingInstrument"),
    "het DTIF": ("Instrument", "FinancingInstrument"),
    "de Europese Commissie": ("Organisation", "EUInstitution"),
    "het Omnibus I-voorstel": ("Policy", "Policy"),
    "de CSDDD": ("Policy", "EULegalAct"),
    "de CSRD": ("Policy", "EULegalAct"),
    "de Wivo": ("Policy", "Law"),
    "Nederland": ("Country", "Country"),
    "Duitsland": ("Country", "Country"),
    "Frankrijk": ("Country", "Country"),
    "Chili": ("Country", "Country"),
    "Peru": ("Country", "Country"),
    "de EU": ("Organisation", "EUInstitution"),
    "het kabinet": ("Organisation", "Cabinet"),
    "het NPCE": ("Policy", "Programme"),
    "het textielprogramma": ("Policy", "Programme"),
    "het Mercosur-akkoord": ("Policy", "Treaty"),
    "de SER": ("Organisation", "AdvisoryBody"),
    "VNO-NCW": ("Organisation", "NGO"),
    "het ministerie van Economische Zaken": ("Organisation", "Ministry"),
    "het Innovatie Attaché Netwerk": ("Organisation", "Organisation"),
    "het witboek": ("Policy", "Policy"),
    "IOB": ("Organisation", "AdvisoryBody"),
}


def relations(sentence: str) -> set[tuple[str, str, str]]:
    """The (subject, predicate, object) triples the parse of `sentence` gives, by surface."""
    assert PARSER is not None
    mentions, entities = [], {}
    for surface, (core, cls) in NAMES.items():
        start = sentence.lower().find(surface.lower())
        if start < 0:
            continue
        entities[surface] = Entity(surface, cls, surface, core=core)
        sent = Span(0, len(sentence), sentence)
        mentions.append(
            Mention(
                start, start + len(surface), sentence[start : start + len(surface)], surface, "test", sent
            )
        )
    mentions.sort(key=lambda m: m.start)
    found = syntax_relations(PARSER(sentence), 0, mentions, entities, country="Nederland")
    types = {e: x.core_type for e, x in entities.items()}
    for r in found:
        assert r.rule in SYNTAX_RULES and r.evidence.text == sentence
        # the sentence holds the rule's cue, so extraction parses it (`sentences_to_parse`)
        assert module.CUES[r.rule].holds(module.lowered_text(sentence), types), (r.rule, sentence)
    return {(r.subject, r.predicate, r.object) for r in found}


def _check(sentence: str, expected: set[tuple[str, str, str]], predicate: str) -> None:
    found = {t for t in relations(sentence) if t[1] == predicate}
    assert found == expected, sentence


@needs_parser
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("RVO voert het DGGF uit.", {("RVO", "het DGGF")}),
        ("Het DGGF wordt door RVO uitgevoerd.", {("RVO", "het DGGF")}),
        # the shipped parser (LAS 0.71) misreads this clause with an adverbial inside it ("dat RVO
        # sinds 2014 uitvoert": `uitvoert` the main verb's subject), so the case has none
        ("Het DGGF, dat RVO uitvoert, helpt ondernemers.", {("RVO", "het DGGF")}),
        (
            "RVO en ADSB voeren het DGGF en het DTIF uit.",
            {("RVO", "het DGGF"), ("RVO", "het DTIF"), ("ADSB", "het DGGF"), ("ADSB", "het DTIF")},
        ),
        ("RVO, dat het DGGF uitvoert, is een agentschap.", {("RVO", "het DGGF")}),
        ("RVO voert het DGGF niet uit.", set()),
        ("Het DGGF wordt niet door RVO uitgevoerd.", set()),
    ],
)
def test_implements(sentence: str, expected: set[tuple[str, str]]) -> None:
    _check(sentence, {(s, "implements", o) for s, o in expected}, "implements")


@needs_parser
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Het ministerie van Economische Zaken is verantwoordelijk voor het Innovatie Attaché Netwerk.",
            {("het ministerie van Economische Zaken", "het Innovatie Attaché Netwerk")},
        ),
        (
            "Het Innovatie Attaché Netwerk valt onder de verantwoordelijkheid van het ministerie van Economische Zaken.",
            {("het ministerie van Economische Zaken", "het Innovatie Attaché Netwerk")},
        ),
        ("RVO en ADSB zijn verantwoordelijk voor het DGGF.", {("RVO", "het DGGF"), ("ADSB", "het DGGF")}),
        ("RVO is niet verantwoordelijk voor het DGGF.", set()),
        (
            "De Europese Commissie presenteerde het Omnibus I-voorstel.",
            {("de Europese Commissie", "het Omnibus I-voorstel")},
        ),
        (
            "Het witboek werd door de Europese Commissie gepresenteerd.",
            {("de Europese Commissie", "het witboek")},
        ),
        ("De Europese Commissie heeft het witboek niet gepresenteerd.", set()),
        (
            "De evaluatie is uitgevoerd door de directie Onderzoek (IOB) van het ministerie van Economische Zaken.",
            {("het ministerie van Economische Zaken", "IOB")},
        ),
        (
            "Onlangs rondde IOB van het ministerie van Economische Zaken een evaluatie af.",
            {("het ministerie van Economische Zaken", "IOB")},
        ),
        ("De brief van het ministerie van Economische Zaken noemt RVO.", set()),
    ],
)
def test_responsible_for(sentence: str, expected: set[tuple[str, str]]) -> None:
    _check(sentence, {(s, "responsibleFor", o) for s, o in expected}, "responsibleFor")


@needs_parser
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Het Omnibus I-voorstel wijzigt de CSDDD en de CSRD.",
            {("het Omnibus I-voorstel", "de CSDDD"), ("het Omnibus I-voorstel", "de CSRD")},
        ),
        ("De CSDDD wordt door het Omnibus I-voorstel gewijzigd.", {("het Omnibus I-voorstel", "de CSDDD")}),
        (
            "De CSDDD, die door het Omnibus I-voorstel wordt gewijzigd, geldt vanaf 2027.",
            {("het Omnibus I-voorstel", "de CSDDD")},
        ),
        (
            "Het Omnibus I-voorstel tot wijziging van de CSDDD is gepubliceerd.",
            {("het Omnibus I-voorstel", "de CSDDD")},
        ),
        ("Het Omnibus I-voorstel wijzigt de CSDDD niet.", set()),
        ("De CSDDD wordt niet door het Omnibus I-voorstel gewijzigd.", set()),
    ],
)
def test_amends(sentence: str, expected: set[tuple[str, str]]) -> None:
    _check(sentence, {(s, "amends", o) for s, o in expected}, "amends")


@needs_parser
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("De Wivo implementeert de CSDDD.", {("de Wivo", "de CSDDD")}),
        ("De CSDDD wordt met de Wivo geïmplementeerd.", {("de Wivo", "de CSDDD")}),
        ("De Wivo implementeert de CSDDD en de CSRD.", {("de Wivo", "de CSDDD"), ("de Wivo", "de CSRD")}),
        ("De Wivo implementeert de CSDDD niet.", set()),
    ],
)
def test_transposes(sentence: str, expected: set[tuple[str, str]]) -> None:
    _check(sentence, {(s, "transposes", o) for s, o in expected}, "transposes")


@needs_parser
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Het textielprogramma maakt deel uit van het NPCE.", {("het textielprogramma", "het NPCE")}),
        ("Het textielprogramma is een onderdeel van het NPCE.", {("het textielprogramma", "het NPCE")}),
        ("Het textielprogramma maakt geen deel uit van het NPCE.", set()),
    ],
)
def test_part_of(sentence: str, expected: set[tuple[str, str]]) -> None:
    _check(sentence, {(s, "partOf", o) for s, o in expected}, "partOf")


@needs_parser
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Het ministerie van Economische Zaken werkt samen met RVO en de Douane.",
            {
                ("het ministerie van Economische Zaken", "RVO"),
                ("het ministerie van Economische Zaken", "de Douane"),
            },
        ),
        ("RVO en ADSB werken samen.", {("RVO", "ADSB")}),
        (
            "Het kabinet doet dat in nauwe samenwerking met de SER en VNO-NCW.",
            {("het kabinet", "de SER"), ("het kabinet", "VNO-NCW")},
        ),
        ("RVO werkt niet samen met de Douane.", set()),
        ("RVO en ADSB werken niet samen.", set()),
    ],
)
def test_cooperates_with(sentence: str, expected: set[tuple[str, str]]) -> None:
    _check(sentence, {(s, "cooperatesWith", o) for s, o in expected}, "cooperatesWith")


@needs_parser
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Nederland heeft strategische partnerschappen met Chili en Peru.",
            {("Nederland", "Chili"), ("Nederland", "Peru")},
        ),
        ("De EU heeft partnerschappen met Chili en Peru gesloten.", {("de EU", "Chili"), ("de EU", "Peru")}),
        (
            "De EU heeft vijf grondstoffenpartnerschappen, met Chili en Peru.",
            {("de EU", "Chili"), ("de EU", "Peru")},
        ),
        ("Nederland heeft geen partnerschap met Chili.", set()),
    ],
)
def test_partner_of(sentence: str, expected: set[tuple[str, str]]) -> None:
    _check(sentence, {(s, "partnerOf", o) for s, o in expected}, "partnerOf")


@needs_parser
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Nederland steunt de CSDDD.", {("Nederland", "de CSDDD")}),
        (
            "De CSDDD wordt door Nederland en Duitsland gesteund.",
            {("Nederland", "de CSDDD"), ("Duitsland", "de CSDDD")},
        ),
        (
            "Het Mercosur-akkoord, dat door Nederland wordt gesteund, is gesloten.",
            {("Nederland", "het Mercosur-akkoord")},
        ),
        (
            "Het kabinet steunt het Mercosur-akkoord en de CSDDD.",
            {("het kabinet", "het Mercosur-akkoord"), ("het kabinet", "de CSDDD")},
        ),
        ("Het kabinet is voorstander van het Mercosur-akkoord.", {("het kabinet", "het Mercosur-akkoord")}),
        ("Nederland blijft de CSDDD steunen.", {("Nederland", "de CSDDD")}),
        ("Het kabinet heeft aangegeven dat het de CSDDD steunt.", {("het kabinet", "de CSDDD")}),
        ("Het DGGF, waarvan Nederland de grootste donor is, groeit.", {("Nederland", "het DGGF")}),
        ("Nederland steunt de CSDDD niet.", set()),
        ("Frankrijk zegt dat Duitsland de CSDDD steunt.", set()),
        ("Volgens Frankrijk steunt Duitsland de CSDDD.", set()),
        ("Steunt het kabinet het Mercosur-akkoord?", set()),
        ("De Tweede Kamer verzoekt de regering de CSDDD te steunen.", set()),
    ],
)
def test_supports(sentence: str, expected: set[tuple[str, str]]) -> None:
    _check(sentence, {(s, "supports", o) for s, o in expected}, "supports")


@needs_parser
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Frankrijk wijst het Mercosur-akkoord af.", {("Frankrijk", "het Mercosur-akkoord")}),
        ("Duitsland verzet zich tegen het Mercosur-akkoord.", {("Duitsland", "het Mercosur-akkoord")}),
        ("Frankrijk wijst het Mercosur-akkoord niet af.", set()),
    ],
)
def test_opposes(sentence: str, expected: set[tuple[str, str]]) -> None:
    _check(sentence, {(s, "opposes", o) for s, o in expected}, "opposes")


LETTER = """Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 2 juni 2025

De exportkredietverzekering wordt door Atradius Dutch State Business (ADSB) uitgevoerd.

Atradius Dutch State Business voert de exportkredietverzekering uit.
"""


def _implements(extraction) -> set[tuple[str, str, str, int]]:
    """(subject, object, rule, sentence start) of each implements relation, by preferred label."""
    e = extraction.entities
    return {
        (e[r.subject].pref_label, e[r.object].pref_label, r.rule, r.evidence.start)
        for r in extraction.relations
        if r.predicate == "implements"
    }


@needs_parser
def test_extraction_reads_the_passive_voice(tmp_path) -> None:
    """Through the whole extraction: the passive, which the sentence patterns cannot read, is read
    from the parse of `Extraction.parsed`; `--spacy-model blank` parses nothing and gives the
    sentence patterns' relations only (here the active sentence's)."""
    path = tmp_path / "brief.txt"
    path.write_text(LETTER, encoding="utf-8")
    passive, active = LETTER.index("De export"), LETTER.index("Atradius Dutch State Business voert")
    trained = Extractor().extract(read(path))
    assert trained.parsed and {start for start, _ in trained.parsed} >= {passive, active}
    found = _implements(trained)
    assert any(r[2].startswith("syntax.implements") and r[3] == passive for r in found), found
    assert any(r[3] == active for r in found), found
    blank = Extractor("blank").extract(read(path))
    assert blank.parsed == []
    found = _implements(blank)
    assert found and all(r[2].startswith("relations.") and r[3] == active for r in found), found


def test_combine_takes_each_predicate_from_its_readers(monkeypatch: pytest.MonkeyPatch) -> None:
    """`SOURCES` decides per predicate; without a parse (the blank pipeline) every pattern stands,
    and predicates that are no concern of the parse (holdsPost) pass through."""
    evidence = Span(0, 3, "abc")

    def rel(predicate: str, rule: str, obj: str = "b") -> Relation:
        return Relation("a", predicate, obj, evidence, rule, 0.8)

    patterns = [rel("amends", "relations.x"), rel("supports", "relations.y"), rel("holdsPost", "persons.z")]
    syntax = [rel("amends", "syntax.a", "c"), rel("supports", "syntax.b", "c")]
    assert combine(patterns, None) == patterns
    assert combine(patterns, syntax) == patterns + syntax
    # the same statement read by both in one sentence is one assertion, the pattern's
    assert combine(patterns, [rel("amends", "syntax.a")]) == patterns
    monkeypatch.setitem(module.SOURCES, "amends", frozenset({"patterns"}))
    monkeypatch.setitem(module.SOURCES, "supports", frozenset({"syntax"}))
    assert [r.rule for r in combine(patterns, syntax)] == ["relations.x", "persons.z", "syntax.b"]
