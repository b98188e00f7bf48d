"""Each named rule on short sentences written for the test (not taken from the corpus)."""

from __future__ import annotations

import pytest

from beleidsgraaf.extract.rules import RULES, STATEMENT_RULES, rule_names, run_rules
from beleidsgraaf.extract.rules.heads import classify, head_type


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


@pytest.mark.parametrize(
    ("text", "long", "label"),
    [
        # English connectors join an organisation's name
        ("Het verslag van de Round Table on Sustainable Tulips (RTST) volgt.", "Round Table on Sustainable Tulips", "Organisation"),
        # a head in the plural, as an acronym often stands for several
        ("De lidstaten stellen Nationale Havenplannen (NHP) op.", "Nationale Havenplannen", "Policy"),
        # a quoted title is a policy, not an organisation
        ("De koers van «Hulp aan de Haven» (HadH) kreeg steun.", "Hulp aan de Haven", "Policy"),
    ],
)
def test_acronym_definitions_typed_by_connectors_plurals_and_quotes(text: str, long: str, label: str) -> None:
    got = {(s, lab) for s, lab, rule in found(text) if rule == "acronyms.definition"}
    assert (long, label) in got


def test_an_acronym_for_a_meeting_names_no_organisation() -> None:
    text = "Op 20 juni heeft de Kamer een Algemeen Overleg (AO) Havens gepland."
    assert not [c for c in run_rules(text) if c.rule == "acronyms.definition"]


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
        "." in n
        and n.split(".")[0]
        in {"persons", "organisations", "policies", "instruments", "acts", "acronyms", "context"}
        for n in rule_names()
    )


def test_context_makes_short_forms_definite() -> None:
    text = "Op 3 mei bereikten de Raad, het Europees Parlement en de Europese Commissie een akkoord."
    council = [c for c in run_rules(text) if c.rule == "context.council-of-the-eu"]
    assert [(text[c.start : c.end], c.canonical) for c in council] == [("Raad", "Raad van de Europese Unie")]
    assert not [c for c in run_rules("De Raad van State adviseert.") if c.rule.startswith("context.")]
    house = [
        c.canonical
        for c in run_rules("Hierbij informeer ik uw Kamer.", "document")
        if c.rule == "context.house"
    ]
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


# --- EU acts by number and title (acts.*) -----------------------------------------------------


def acts(text: str, scope: str = "paragraph") -> list[tuple[str, str, str]]:
    return [
        (text[c.start : c.end], c.group, c.canonical)
        for c in run_rules(text, scope)
        if c.rule.startswith("acts.")
    ]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Zie Verordening (EU) 2019/452 over investeringen.", "Verordening (EU) 2019/452"),
        ("Zie verordening 2019/452 over investeringen.", "Verordening (EU) 2019/452"),
        ("Zie Verordening nr. 2019/452 over investeringen.", "Verordening (EU) 2019/452"),
        ("Zie Regulation (EU) 2019/452 on investment.", "Verordening (EU) 2019/452"),
        ("Zie Richtlijn 2013/34/EU inzake jaarrekeningen.", "Richtlijn 2013/34/EU"),
        ("Zie Directive 2013/34/EU on accounts.", "Richtlijn 2013/34/EU"),
        ("Zie Verordening (EG) nr. 924/2009 betreffende betalingen.", "Verordening (EG) nr. 924/2009"),
        ("Het voorstel COM(2022) 546 final ligt voor.", "COM(2022) 546"),
        ("Het voorstel COM (2022) 546 ligt voor.", "COM(2022) 546"),
    ],
)
def test_an_act_number_is_one_key_however_written(text: str, key: str) -> None:
    assert {(group, canonical) for _, group, canonical in acts(text) if canonical == key} == {
        (f"key:{key}", key)
    }


def test_an_acts_title_joins_its_number_and_leaves_the_amended_acts_out() -> None:
    text = (
        "Richtlijn (EU) 2030/7 van het Europees Parlement en de Raad van 1 maart 2030 inzake duurzame "
        "havens en tot wijziging van Richtlijn 2013/34/EU is van kracht."
    )
    got = acts(text)
    assert (
        "inzake duurzame havens",
        "key:Richtlijn (EU) 2030/7",
        "Richtlijn inzake duurzame havens en tot wijziging van Richtlijn 2013/34/EU",
    ) in got
    assert ("Richtlijn 2013/34/EU", "key:Richtlijn 2013/34/EU", "Richtlijn 2013/34/EU") in got


def test_a_plural_kind_lists_several_acts() -> None:
    text = "Het voorstel wijzigt Richtlijnen 2006/43/EG, 2013/34/EU en (EU) 2022/2464 op enkele punten."
    assert [canonical for _, _, canonical in acts(text)] == [
        "Richtlijn 2006/43/EG",
        "Richtlijn 2013/34/EU",
        "Richtlijn (EU) 2022/2464",
    ]


def test_a_proposal_by_title_is_the_act_of_the_com_number_after_it() -> None:
    text = (
        "De Commissie deed een Proposal for a REGULATION OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL on "
        "safer ports and repealing Regulation (EU) 2030/9 (COM(2031) 12)."
    )
    proposal = [a for a in acts(text) if a[0].startswith("Proposal")]
    assert proposal == [
        (
            "Proposal for a REGULATION OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL on safer ports",
            "key:COM(2031) 12",
            "Proposal for a REGULATION OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL on safer ports and "
            "repealing Regulation (EU) 2030/9",
        )
    ]


def test_a_fiche_names_its_proposal_by_heading_title_and_number() -> None:
    text = (
        "Fiche 3: Verordening veilige havens\n1. Algemene gegevens\na) Titel voorstel\n"
        "Voorstel voor een verordening van het Europees Parlement en de Raad inzake veilige havens\n"
        "b) Datum ontvangst Commissiedocument\n3 maart 2031\nc) Nr. Commissiedocument\nCOM(2031) 12\n"
    )
    got = {(s, g) for s, g, _ in acts(text, "document")}
    assert got == {
        ("Verordening veilige havens", "key:COM(2031) 12"),
        (
            "Voorstel voor een verordening van het Europees Parlement en de Raad inzake veilige havens",
            "key:COM(2031) 12",
        ),
    }


# --- titled acts, treaties, quoted lines of policy (policies.*) ---------------------------------


@pytest.mark.parametrize(
    ("text", "name", "rule"),
    [
        (
            "Dit valt onder het Verdrag inzake de bescherming van trekvogels, dat in 1990 is gesloten.",
            "Verdrag inzake de bescherming van trekvogels",
            "titled-act",
        ),
        (
            "volgens de Rijkswet goedkeuring en bekendmaking verdragen, de Raad gehoord",
            "Rijkswet goedkeuring en bekendmaking verdragen",
            "titled-act",
        ),
        (
            "het BNC-fiche over de Gezamenlijke Mededeling over een veilige Noordzee (Kamerstuk 1)",
            "Gezamenlijke Mededeling over een veilige Noordzee",
            "titled-act",
        ),
        (
            "in de Verordening nieuw Havenwetboek van de Unie3, het fiche",
            "Verordening nieuw Havenwetboek van de Unie",
            "titled-act",
        ),
        ("Sinds het akkoord van Kyoto is veel veranderd.", "akkoord van Kyoto", "place-treaty"),
        ("Voor de gekozen koers van «Hulp in de Buurt» is steun.", "Hulp in de Buurt", "head-quoted"),
        (
            "Het kabinet reageert op het witboek over havenbeveiliging gepresenteerd in mei.",
            "witboek over havenbeveiliging",
            "white-paper",
        ),
        (
            "Zie de Commissiemededeling «Veilige havens» van mei.",
            "Commissiemededeling «Veilige havens»",
            "head-quoted-title",
        ),
    ],
)
def test_titled_policies(text: str, name: str, rule: str) -> None:
    assert name in {text[c.start : c.end] for c in run_rules(text) if c.rule == f"policies.{rule}"}


def test_a_titled_head_at_the_start_of_a_sentence_is_a_common_noun() -> None:
    assert not [
        c for c in run_rules("Verordening betreffende havens is nodig.") if c.rule == "policies.titled-act"
    ]
    assert not [c for c in run_rules("Het Verdrag treedt in werking.") if c.rule == "policies.titled-act"]


def test_a_process_word_before_a_policy_name_is_not_part_of_it() -> None:
    assert names("Voortgang Havenagenda", "Policy") == {"Havenagenda"}


# --- organisations ------------------------------------------------------------------------------


def test_meetings_are_no_organisations() -> None:
    text = "Tijdens het Algemeen Overleg Havens en het Notaoverleg van mei sprak de Havenraad."
    assert names(text, "Organisation") == {"Havenraad"}


@pytest.mark.parametrize(
    ("text", "expected", "rule"),
    [
        (
            "Dat doen bedrijven als Havenco, Kadeworks en Stuwadoor Noord al jaren.",
            {"Havenco", "Kadeworks", "Stuwadoor Noord"},
            "enumeration",
        ),
        (
            "Ook ngo's, waaronder Zeezorg en Blauwe Golf, reageerden.",
            {"Zeezorg", "Blauwe Golf"},
            "enumeration",
        ),
        (
            "Het werkt in samenwerking met Havenco, Kadeworks en Stuwadoor Noord.",
            {"Havenco", "Kadeworks", "Stuwadoor Noord"},
            "partners",
        ),
        (
            "Havenco Holding is een Deense rederij met kantoren in Kopenhagen.",
            {"Havenco Holding"},
            "is-a-kind",
        ),
        (
            "uitgevoerd door de directie Havens en Kusten van het ministerie",
            {"directie Havens en Kusten"},
            "directorate",
        ),
        ("volgens DG Scheepvaart van de Commissie", {"DG Scheepvaart"}, "directorate"),
        # a plural kind opening the sentence
        ("Bedrijven als Havenco en Kadeworks doen dat.", {"Havenco", "Kadeworks"}, "enumeration"),
        # partners after a verb of cooperation
        ("Havenco werkt samen met Kade-NL en Stuwadoor Noord.", {"Kade-NL", "Stuwadoor Noord"}, "partners"),
    ],
)
def test_organisations_by_structure(text: str, expected: set[str], rule: str) -> None:
    assert {text[c.start : c.end] for c in run_rules(text) if c.rule == f"organisations.{rule}"} == expected


def test_names_lose_a_heading_adjective_a_trailing_place_and_a_fiche_label() -> None:
    assert names("Nieuwe Havenconvenanten\n\nHet aantal groeit.", "Instrument") == {"Havenconvenanten"}
    text = "De reactie op de Guiding Principles on Harbours and Human Rights in Nederland volgt."
    assert names(text, "Policy") == {"Guiding Principles on Harbours and Human Rights"}
    fiche = "  • f) Behandelingstraject Raad\n\n  • e) Nr. impact assessment Commissie en Opinie Raad voor Havens\n"
    assert names(fiche, "Organisation") == {"Raad voor Havens"}


def test_one_partner_after_met_is_not_enough() -> None:
    assert not [
        c for c in run_rules("In samenwerking met Havenco werkt men.") if c.rule == "organisations.partners"
    ]


def test_ministries_by_short_name_are_named_in_full() -> None:
    text = "De ministeries van BZ, EZK en Justitie en Veiligheid werken samen met het Ministerie van LNV."
    got = [
        (text[c.start : c.end], c.canonical) for c in run_rules(text) if c.rule == "organisations.ministries"
    ]
    assert got == [
        ("BZ", "Ministerie van Buitenlandse Zaken"),
        ("EZK", "Ministerie van Economische Zaken en Klimaat"),
        ("Justitie en Veiligheid", "Ministerie van Justitie en Veiligheid"),
        ("Ministerie van LNV", "Ministerie van Landbouw, Natuur en Voedselkwaliteit"),
    ]


# --- instruments --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "label", "rule"),
    [
        (
            "Ondernemers krijgen subsidie uit het Havenfonds Noord.",
            "Havenfonds Noord",
            "Instrument",
            "delivered-from",
        ),
        (
            "Zij doen een beroep op de Kadefaciliteit Zuid.",
            "Kadefaciliteit Zuid",
            "Instrument",
            "delivered-from",
        ),
        (
            "Het programma Kade Kansen ondersteunt jonge ondernemers.",
            "Kade Kansen",
            "Instrument",
            "head-name",
        ),
        ("Het kabinet zet het programma Kade Kansen voort tot 2030.", "Kade Kansen", "Policy", "head-name"),
        ("Het loket Havenhulp geeft advies.", "Havenhulp", "Instrument", "head-name"),
    ],
)
def test_instruments_by_head_and_by_what_they_deliver(text: str, name: str, label: str, rule: str) -> None:
    assert (name, label) in {
        (text[c.start : c.end], c.label) for c in run_rules(text) if c.rule == f"instruments.{rule}"
    }


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("financieringsprogramma", "Instrument"),
        ("beleidsprogramma", "Policy"),
        ("Douanewetboek", "Policy"),
        ("VDL Groep", "Organisation"),
    ],
)
def test_heads_of_programmes_codes_and_groups(name: str, label: str) -> None:
    assert (classify(name) if " " in name else head_type(name)) == label


# --- context and acronyms -----------------------------------------------------------------------


def test_bare_kamer_is_the_chamber_addressed() -> None:
    text = "Aan de Voorzitter van de Eerste Kamer der Staten-Generaal\n\nHierbij informeer ik uw Kamer."
    got = [c.canonical for c in run_rules(text, "document") if c.rule == "context.house"]
    assert got == ["Eerste Kamer der Staten-Generaal"]
    both = "Aan de Voorzitters van de Eerste en van de Tweede Kamer der Staten-Generaal\n\nuw Kamer"
    assert not [c for c in run_rules(both, "document") if c.rule == "context.house"]


def test_bare_commission_beside_the_european_parliament() -> None:
    text = "Het Europees Parlement en de Commissie zijn het eens; Uw Commissie vroeg ernaar."
    got = [
        (text[c.start : c.end], c.canonical)
        for c in run_rules(text)
        if c.rule == "context.european-commission"
    ]
    assert got == [("Commissie", "Europese Commissie")]


def test_a_name_before_a_hierna_bracket_is_the_same_thing() -> None:
    text = "de Nieuwe Scheepsbank (New Shipping Bank, hierna: NSB) financiert havens."
    got = {(text[c.start : c.end], c.group) for c in run_rules(text) if c.rule == "acronyms.hierna"}
    assert got == {
        ("Nieuwe Scheepsbank", "acronym:NSB"),
        ("New Shipping Bank", "acronym:NSB"),
        ("NSB", "acronym:NSB"),
    }


def test_a_head_before_a_long_form_gives_its_type() -> None:
    text = "uitgevoerd door de directie Haven Onderzoek en Evaluatie (HOE) van het ministerie"
    got = {(text[c.start : c.end], c.label) for c in run_rules(text) if c.rule == "acronyms.definition"}
    assert got == {("directie Haven Onderzoek en Evaluatie", "Organisation"), ("HOE", "Organisation")}


def test_a_bare_portfolio_is_its_ministry() -> None:
    text = "Het plan is in overleg met Defensie en Financiën opgesteld."
    got = [(text[c.start : c.end], c.canonical) for c in run_rules(text) if c.rule == "context.portfolio"]
    assert got == [("Defensie", "Ministerie van Defensie"), ("Financiën", "Ministerie van Financiën")]
    for owned in (
        "De Minister van Defensie schreef de Kamer.",
        "De vaste commissie voor Defensie vergaderde.",
        "Staatssecretaris Jansen (Financiën) antwoordde.",
        "De Ministers van Financiën en van Defensie schreven.",
    ):
        assert not [c for c in run_rules(owned) if c.rule == "context.portfolio"], owned


@pytest.mark.parametrize(
    ("name", "label"),
    [("Van Haven tot Kade-strategie", "Policy"), ("Zeehaven-fonds", "Instrument"), ("moratorium", "Instrument")],
)
def test_the_head_after_a_hyphen_classifies_the_name(name: str, label: str) -> None:
    assert (classify(name) if " " in name or "-" in name else head_type(name)) == label


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Zoals de premier in de Daily Post aangaf, is de strijd wereldwijd.", "Daily Post"),
        ("In een interview in het Havenblad zei zij dat.", "Havenblad"),
        ("Kent u het bericht «Havens sluiten» (Kade Courant, 3 mei 2031)?", "Kade Courant"),
    ],
)
def test_a_medium_by_what_is_said_or_published_in_it(text: str, name: str) -> None:
    assert names(text, "Organisation") == {name}
    assert {r for _, _, r in found(text)} == {"organisations.medium"}


@pytest.mark.parametrize(
    "text",
    ["Zoals ik in de Kamerbrief schreef, klopt dat.", "Zoals de minister in de Raad zei, klopt dat."],
)
def test_papers_and_meetings_are_no_media(text: str) -> None:
    assert not [c for c in run_rules(text) if c.rule == "organisations.medium"]


def test_a_pair_of_heads_names_the_act_of_law() -> None:
    text = "Hierbij stuur ik de Mededeling en Verordening nieuw Havenwetboek van de Unie aan u."
    got = [(text[c.start : c.end], c.canonical) for c in run_rules(text) if c.rule == "policies.titled-act"]
    assert got == [
        ("Mededeling en Verordening nieuw Havenwetboek van de Unie", "Verordening nieuw Havenwetboek van de Unie")
    ]
    one = "Hierbij stuur ik de Verordening nieuw Havenwetboek van de Unie aan u."
    assert [c.canonical for c in run_rules(one) if c.rule == "policies.titled-act"] == [""]


def test_a_programming_document_of_a_country_is_an_instrument() -> None:
    text = "Het comité besprak projecten binnen het NIP-Zuid-Soedan en het MIP-Kenia."
    got = {(text[c.start : c.end], c.label) for c in run_rules(text) if c.rule == "instruments.country-programme"}
    assert got == {("NIP-Zuid-Soedan", "Instrument"), ("MIP-Kenia", "Instrument")}
    assert not [c for c in run_rules("De NIP-lijst is lang.") if c.rule == "instruments.country-programme"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Het bedrijf Havenchips B.V. levert onderdelen.", "Havenchips B.V."),
        ("Ook Kadestaal GmbH exporteert.", "Kadestaal GmbH"),
        ("De aandelen van Polder Foods Holding N.V. stegen.", "Polder Foods Holding N.V."),
        ("Zij werkt bij Kade Shipping Co., Ltd. in Busan.", "Kade Shipping Co., Ltd."),
    ],
)
def test_a_name_with_a_legal_form_is_a_company(text: str, name: str) -> None:
    assert name in {text[c.start : c.end] for c in run_rules(text) if c.rule == "organisations.legal-form"}


def test_a_dutch_title_after_a_name_is_no_legal_form() -> None:
    assert not [c for c in run_rules("Dat stelde Jansen AG ter zitting.") if c.rule == "organisations.legal-form"]
