"""Each named rule on short sentences written for the test (not taken from the corpus)."""

from __future__ import annotations

import pytest

from beleidsgraaf.extract.rules import RULES, STATEMENT_RULES, rule_names, run_rules
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
    assert names(text, "Person", "document") == expected


def test_person_rules_ignore_posts_and_organisations() -> None:
    text = "De minister van Buitenlandse Zaken en Minister Buitenlandse Handel."
    assert names(text, "Person", "document") == set()
    assert names("De staatssecretaris Invest International sprak.", "Person", "document") == set()


def test_party_of_a_member_is_an_organisation() -> None:
    got = found("Het lid Dijk (SP) vroeg het.", "document")
    assert ("SP", "Organisation", "persons.member-party.organisation") in got


def test_person_rules_are_statements_of_the_document_scope() -> None:
    """Persons are found once, by the statement rules over the whole text, not again per paragraph."""
    assert names("Gisteren sprak Minister Hoekstra met de pers.", "Person") == set()


def test_signature_blocks_span_blank_lines_at_document_scope() -> None:
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
    assert set(rule_names()) == {n for scope in RULES.values() for n in scope} | set(STATEMENT_RULES)
    assert all(
        "." in n and n.split(".")[0] in {"persons", "organisations", "policies", "acronyms", "context"}
        for n in rule_names()
    )


def test_context_makes_short_forms_definite() -> None:
    text = "Op 3 mei bereikten de Raad, het Europees Parlement en de Europese Commissie een akkoord."
    council = [c for c in run_rules(text) if c.rule == "context.council-of-the-eu"]
    assert [(text[c.start : c.end], c.canonical) for c in council] == [("Raad", "Raad van de Europese Unie")]
    assert not [c for c in run_rules("De Raad van State adviseert.") if c.rule.startswith("context.")]
    house = [c.canonical for c in run_rules("Hierbij informeer ik uw Kamer.") if c.rule == "context.house"]
    assert house == ["Tweede Kamer der Staten-Generaal"]


def test_elided_sector_agreements_are_named_in_full() -> None:
    text = "In mei zijn de IMVO sectorovereenkomst voor de bouwsector en de energiesector gestart."
    got = [
        (text[c.start : c.end], c.canonical)
        for c in run_rules(text)
        if c.rule == "policies.sector-agreements"
    ]
    assert got == [
        ("IMVO sectorovereenkomst voor de bouwsector", ""),
        ("energiesector", "IMVO sectorovereenkomst voor de energiesector"),
    ]


@pytest.mark.parametrize(
    ("text", "name", "rule"),
    [
        (
            "Over het EU-Vietnam handelsakkoord is overeenstemming.",
            "EU-Vietnam handelsakkoord",
            "parties-agreement",
        ),
        (
            "Nederland pleit voor een Europese grondstoffenstrategie.",
            "Europese grondstoffenstrategie",
            "scoped-compound",
        ),
        (
            "een subsidieregeling voor starters, genaamd Kickstart 2025-2027, opent",
            "Kickstart 2025-2027",
            "named-as",
        ),
        (
            "zie de Handelsagenda voor de regio “Samen sterker” van mei",
            "Handelsagenda voor de regio “Samen sterker”",
            "head-quoted-title",
        ),
    ],
)
def test_policy_naming_cues(text: str, name: str, rule: str) -> None:
    assert name in {text[c.start : c.end] for c in run_rules(text) if c.rule == f"policies.{rule}"}


def test_generic_policy_areas_are_not_names() -> None:
    assert names("Handelsbeleid is belangrijk; de IMVO-wetgeving ook.", "Policy") == set()
    assert "IMVO-convenantenbeleid" in names("Het IMVO-convenantenbeleid werkt.", "Policy")


@pytest.mark.parametrize(
    ("text", "law"),
    [
        ("De vergunning valt onder de Wet natuurbescherming en de Omgevingswet.", "Wet natuurbescherming"),
        ("Zie de Wet op de ondernemingsraden, die sinds 1971 geldt.", "Wet op de ondernemingsraden"),
        (
            "met de Wet verantwoord en duurzaam internationaal ondernemen is",
            "Wet verantwoord en duurzaam internationaal ondernemen",
        ),
    ],
)
def test_dutch_laws_with_lower_case_titles(text: str, law: str) -> None:
    assert law in {text[c.start : c.end] for c in run_rules(text) if c.rule == "policies.dutch-law"}


def test_numbered_packages_and_organisation_offices() -> None:
    assert names("Met het 12e sanctiepakket is een signaal gegeven.", "Policy") == {"12e sanctiepakket"}
    text = "Toen sprak de president van de Europese Centrale Bank Christine Lagarde."
    assert names(text, "Person", "document") == {"Christine Lagarde"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nederland steunt EU-sanctiegezant O’Brien in zijn werk.", "O’Brien"),
        ("Daarop antwoordde HV Kallas dat", "Kallas"),
        ("De Hoge Vertegenwoordiger Kallas sprak.", "Kallas"),
        ("toen voorzitter Von der Leyen sprak", "Von der Leyen"),
    ],
)
def test_more_roles_before_names(text: str, name: str) -> None:
    assert names(text, "Person", "document") == {name}
