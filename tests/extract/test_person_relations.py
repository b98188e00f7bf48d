"""holdsPost and memberOf through the whole extraction: each comes from one statement rule, with
that rule's name and its evidence; a person, post or party is stated once for each place that
states it."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from beleidsgraaf.extract.extractor import Extractor
from beleidsgraaf.extract.readers import read
from tests.conftest import DEV, SEEDS

DEV_B = SEEDS.parent / "dev-b"

REPORT = """Nr. 7 VERSLAG VAN EEN ALGEMEEN OVERLEG

Vastgesteld 4 april 2024

De vaste commissie voor Buitenlandse Zaken heeft op 2 april 2024 overleg gevoerd met de heer Van der Velde, Minister van Buitenlandse Zaken, over de paden.

De voorzitter van de commissie,
Pietersma

De griffier van de commissie,
Hoekman

Voorzitter: Pietersma

Aanwezig zijn twee leden der Kamer, te weten: Bakkerman en Smitsma,

De heer Bakkerman (VVD):

Voorzitter. Ik sluit me aan bij de vragen van het lid Smitsma (Nederland) en van de Chinese minister van Handel, Li Wei.
"""


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="module")
def report(extractor: Extractor, tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("doc") / "verslag.txt"
    path.write_text(REPORT, encoding="utf-8")
    return extractor.extract(read(path))


def _named(x, predicate: str) -> set[tuple[str, str, str]]:
    def label(entity_id: str) -> str:
        return x.entities[entity_id].pref_label if entity_id in x.entities else entity_id

    return {(label(r.subject), label(r.object), r.rule) for r in x.relations if r.predicate == predicate}


def test_posts_come_from_the_statement_rules(report) -> None:
    posts = {(s, o, rule) for s, o, rule in _named(report, "holdsPost")}
    assert {
        ("Pietersma", "voorzitter van de commissie", "persons.signature"),
        ("Hoekman", "griffier van de commissie", "persons.signature"),
        ("Pietersma", "Voorzitter", "persons.officer-line"),
        ("Li Wei", "Chinese minister van Handel", "persons.role-apposition"),
    } <= posts
    assert any(s.endswith("van der Velde") and o == "Minister van Buitenlandse Zaken" for s, o, _ in posts)


def test_memberships_come_from_the_statement_rules(report) -> None:
    members = {(s, o) for s, o, _ in _named(report, "memberOf")}
    assert ("Pietersma", "vaste commissie voor Buitenlandse Zaken") in members  # the chair of the report
    assert not any(s == "Hoekman" for s, _ in members)  # the clerk is no member
    assert any(s == "Bakkerman" and "Vrijheid" in o for s, o in members)  # the speaker's party
    assert not any(s == "Smitsma" for s, _ in members)  # "(Nederland)" is no party


def test_the_signer_is_the_chair_and_holds_the_signed_post(report) -> None:
    assert report.entities[report.signer].pref_label == "Pietersma"
    assert report.metadata.signer_post == "voorzitter van de commissie"


def test_a_relations_evidence_is_the_text_at_its_offsets(report) -> None:
    text = report.source.text
    for r in report.relations:
        assert text[r.evidence.start : r.evidence.end] == r.evidence.text


def _documents() -> list[Path]:
    """The seeds, dev and the dev-b `tune` documents (the `check` ones are for scores only)."""
    folders = [f for f in (SEEDS, DEV) if f.is_dir()]
    split = SEEDS.parents[1] / "gold" / "dev-b-split.json"
    tune = json.loads(split.read_text(encoding="utf-8"))["tune"] if split.exists() else []
    return [p for f in folders for p in sorted(f.glob("*.txt"))] + [DEV_B / name for name in tune]


@pytest.mark.skipif(not _documents(), reason="../shared (corpus) is not present next to the repository")
def test_no_person_statement_is_made_twice_in_one_place(extractor: Extractor) -> None:
    """No triple of holdsPost or memberOf is asserted twice over
    overlapping evidence (the old signature, post and membership rules each saw the same block)."""
    for path in _documents():
        x = extractor.extract(read(path))
        person = [r for r in x.relations if r.predicate in ("holdsPost", "memberOf")]
        for a, b in itertools.combinations(person, 2):
            same = (a.subject, a.predicate, a.object.casefold()) == (
                b.subject,
                b.predicate,
                b.object.casefold(),
            )
            overlapping = a.evidence.start < b.evidence.end and b.evidence.start < a.evidence.end
            assert not (same and overlapping), (path.name, a, b)
