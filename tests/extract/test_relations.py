"""Relation and stance rules on sentences written for the test, through the whole extraction."""

from __future__ import annotations

from pathlib import Path

import pytest

from beleidsgraaf.extract.extractor import Extractor
from beleidsgraaf.extract.readers import read

LETTER = """Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 2 juni 2025

Atradius Dutch State Business (ADSB) voert de exportkredietverzekering uit in naam van en voor rekening en risico van de Staat.
Dat doet het kabinet in nauwe samenwerking met de Sociaal-Economische Raad (SER) en VNO-NCW.
Nederland werkt aan strategische partnerschappen met landen als Peru, Ghana en Vietnam.
Het wetsvoorstel ter implementatie van de CSDDD, de Wet verantwoord en duurzaam internationaal ondernemen (Wvdio), ligt voor.
Daarnaast steunt het kabinet de Global Gateway.
De Chinese minister van Handel, Wang Wentao, bezocht Den Haag.
Het lid Kuiken (PvdA) vroeg hiernaar.

De Minister voor Buitenlandse Handel en Ontwikkelingshulp,
R.J. Klever
"""


@pytest.fixture(scope="module")
def extraction(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("doc") / "brief.txt"
    path.write_text(LETTER, encoding="utf-8")
    return Extractor().extract(read(path))


def _label(x, entity_id: str) -> str:
    return x.entities[entity_id].pref_label if entity_id in x.entities else entity_id


def _triples(x) -> set[tuple[str, str, str]]:
    return {
        (_label(x, r.subject), r.predicate, r.object if r.predicate == "holdsPost" else _label(x, r.object))
        for r in x.relations
    }


@pytest.mark.parametrize(
    "triple",
    [
        ("Atradius Dutch State Business", "implements", "exportkredietverzekering"),
        ("kabinet", "cooperatesWith", "Sociaal-Economische Raad"),
        ("kabinet", "cooperatesWith", "VNO-NCW"),
        ("Nederland", "partnerOf", "Peru"),
        ("Nederland", "partnerOf", "Ghana"),
        ("Nederland", "partnerOf", "Vietnam"),
        (
            "Wet verantwoord en duurzaam internationaal ondernemen",
            "transposes",
            "Richtlijn inzake passende zorgvuldigheid in het bedrijfsleven op het gebied van duurzaamheid",
        ),
        ("kabinet", "supports", "Global Gateway"),
        ("Wang Wentao", "holdsPost", "Chinese minister van Handel"),
        ("Reinette Klever", "holdsPost", "Minister voor Buitenlandse Handel en Ontwikkelingshulp"),
    ],
)
def test_stated_relations_are_found(extraction, triple) -> None:
    assert triple in _triples(extraction)


def test_member_of_party(extraction) -> None:
    members = {(s, o) for s, p, o in _triples(extraction) if p == "memberOf"}
    assert len(members) == 1
    ((person, party),) = members
    assert person.endswith("Kuiken") and "Arbeid" in party


def test_no_relation_without_a_cue(extraction) -> None:
    triples = _triples(extraction)
    assert ("Nederland", "partnerOf", "Staat") not in triples
    assert not any(p == "opposes" for _, p, _ in triples)


def test_every_relation_carries_its_sentence(extraction) -> None:
    text = extraction.source.text
    for r in extraction.relations:
        assert r.evidence.text and text[r.evidence.start : r.evidence.end] == r.evidence.text
        assert r.rule and 0 < r.confidence <= 1


def test_relations_on_an_example_file() -> None:
    path = Path(__file__).resolve().parents[2] / "examples" / "kamerbrief-exportkredietverzekering.txt"
    x = Extractor().extract(read(path))
    assert ("Atradius Dutch State Business", "cooperatesWith", "Invest International") in _triples(x)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _extract(extractor: Extractor, tmp_path: Path, text: str):
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return extractor.extract(read(path))


def test_namesakes_stay_apart(extractor: Extractor, tmp_path: Path) -> None:
    x = _extract(
        extractor, tmp_path, "Het lid Jan Pieterszoon (VVD) en het lid Piet Pieterszoon (SP) vroegen het.\n"
    )
    members = {
        (x.entities[r.subject].pref_label, x.entities[r.object].pref_label)
        for r in x.relations
        if r.predicate == "memberOf"
    }
    assert ("Jan Pieterszoon", "Volkspartij voor Vrijheid en Democratie") in members
    assert ("Piet Pieterszoon", "Socialistische Partij") in members


def test_negated_and_reported_stances_are_not_support(extractor: Extractor, tmp_path: Path) -> None:
    x = _extract(
        extractor,
        tmp_path,
        "Nederland constateert dat Frankrijk pleit voor de Global Gateway. Duitsland steunt de Global Gateway niet.\n",
    )
    supporters = {x.entities[r.subject].pref_label for r in x.relations if r.predicate == "supports"}
    assert "Nederland" not in supporters and "Duitsland" not in supporters


def test_a_relative_clause_keeps_its_antecedent_as_the_actor(extractor: Extractor, tmp_path: Path) -> None:
    x = _extract(extractor, tmp_path, "Het is Duitsland, die pleit voor de Global Gateway.\n")
    supporters = {x.entities[r.subject].pref_label for r in x.relations if r.predicate == "supports"}
    assert supporters == {"Duitsland"}
