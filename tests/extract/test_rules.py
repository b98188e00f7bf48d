"""Each named rule on short sentences written for the test (not taken from the corpus)."""

from __future__ import annotations

import pytest

from beleidsgraaf.extract.rules import RULES, rule_names, run_rules
from beleidsgraaf.extract.rules.heads import classify


def found(text: str, scope: str = "paragraph") -> set[tuple[str, str, str]]:
    return {(text[c.start : c.end], c.label, c.rule) for c in run_rules(text, scope)}


def names(text: str, label: str, scope: str = "paragraph") -> set[str]:
    return {s for s, lab, _ in found(text, scope) if lab == label}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gisteren sprak Minister Hoekstra met de pers.", {"Hoekstra"}),
        ("Dat schreef staatssecretaris Van Leeuwen aan de Kamer.", {"Van Leeuwen"}),
        ("Volgens de heer J.P. van der Berg is dat onjuist.", {"J.P. van der Berg"}),
        ("Het lid Omtzigt (NSC) vroeg het woord.", {"Omtzigt"}),
        ("De leden Bikker en Van der Plas dienden een motie in.", {"Bikker", "Van der Plas"}),
        ("De motie Boswijk/Van der Molen is aangenomen.", {"Boswijk", "Van der Molen"}),
        ("Hij sprak met de Indiase minister van Handel, Piyush Goyal, in Delhi.", {"Piyush Goyal"}),
    ],
)
def test_person_rules_find_names_by_context(text: str, expected: set[str]) -> None:
    assert names(text, "Person") == expected


def test_person_rules_ignore_posts_and_organisations() -> None:
    assert names("De minister van Buitenlandse Zaken en Minister Buitenlandse Handel.", "Person") == set()
    assert names("De staatssecretaris Invest International sprak.", "Person") == set()


def test_party_of_a_member_is_an_organisation() -> None:
    assert ("SP", "Organisation", "persons.member-party.party") in found("Het lid Dijk (SP) vroeg het.")


def test_officer_line_spans_blank_lines_at_document_scope() -> None:
    text = "De voorzitter van de commissie,\n\nPietersen\n\nDe griffier van de commissie,\nJansen\n"
    assert names(text, "Person", "document") == {"Pietersen", "Jansen"}


@pytest.mark.parametrize(
    ("text", "long", "short", "label"),
    [
        (
            "Dat doet de Nederlandse Voedsel- en Warenautoriteit (NVWA) al.",
            "Nederlandse Voedsel- en Warenautoriteit",
            "NVWA",
            "Organisation",
        ),
        ("Het Dutch Good Growth Fund (DGGF) financiert mkb.", "Dutch Good Growth Fund", "DGGF", "Instrument"),
        (
            "Zie de Wet verantwoord en duurzaam internationaal ondernemen (Wvdio).",
            "Wet verantwoord en duurzaam internationaal ondernemen",
            "Wvdio",
            "Policy",
        ),
        (
            "in samenwerking met de Sociaal Economische Raad (SER) en anderen",
            "Sociaal Economische Raad",
            "SER",
            "Organisation",
        ),
    ],
)
def test_acronym_definitions_pair_both_forms(text: str, long: str, short: str, label: str) -> None:
    got = {(s, lab) for s, lab, rule in found(text) if rule == "acronyms.definition"}
    assert (long, label) in got
    assert (short, label) in got


def test_hierna_definition() -> None:
    text = "de richtlijn (Critical Raw Materials Act, hierna CRMA) is van kracht."
    got = {(s, lab) for s, lab, rule in found(text) if rule == "acronyms.hierna"}
    assert got == {("Critical Raw Materials Act", "Policy"), ("CRMA", "Policy")}


def test_factions_resolve_to_their_party() -> None:
    assert names("De leden van de GroenLinks-PvdA-fractie en de JA21-fractie vragen.", "Organisation") >= {
        "GroenLinks-PvdA",
        "JA21",
    }


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("Raad van State", "Organisation"),
        ("Nationaal Contactpunt voor de OESO-richtlijnen", "Organisation"),
        ("Modern Slavery Act", "Policy"),
        ("Convenant Duurzaam Bankieren", "Instrument"),
        ("Wet Afwikkeling Massaschade in Collectieve Actie", "Policy"),
        ("Mensenrechtenfonds", "Instrument"),
        ("Den Haag", None),
    ],
)
def test_head_nouns_classify_names(name: str, label: str | None) -> None:
    assert classify(name) == label


def test_policy_and_instrument_names() -> None:
    text = (
        "Het kabinet werkt aan de IMVO-sectorovereenkomst voor de metaalsector en het "
        "beleidsprogramma duurzame mobiliteit 2024–2028 onder de Europese Batterijenverordening."
    )
    got = {(s, lab) for s, lab, _ in found(text)}
    assert ("IMVO-sectorovereenkomst", "Instrument") in got
    assert ("beleidsprogramma duurzame mobiliteit 2024–2028", "Policy") in got
    assert ("Europese Batterijenverordening", "Policy") in got


def test_names_joined_by_en_are_not_one_name() -> None:
    got = names("Het Europees Parlement en de Europese Commissie besloten.", "Organisation")
    assert got == {"Europees Parlement", "Europese Commissie"}


def test_headings_and_bare_heads_are_not_names() -> None:
    assert found("INBRENG VERSLAG VAN EEN SCHRIFTELIJK OVERLEG") == set()
    assert names("Het Convenant is getekend.", "Instrument") == set()


def test_every_rule_is_named_by_family() -> None:
    assert set(rule_names()) == {n for scope in RULES.values() for n in scope}
    assert all(
        "." in n and n.split(".")[0] in {"persons", "organisations", "policies", "acronyms"}
        for n in rule_names()
    )
