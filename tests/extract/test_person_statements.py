"""Each statement rule on short Dutch texts written for the test: the person, the post as written
and the party or committee it states, under its own name."""

from __future__ import annotations

import pytest

from beleidsgraaf.extract.rules import CUES, STATEMENT_RULES, PersonStatement, run_statements


def stated(text: str, rule: str | None = None) -> set[tuple[str, str, str | None]]:
    """(name, post, organisation) of every statement (of `rule`, when given)."""
    return {
        (
            text[s.person[0] : s.person[1]],
            s.post,
            text[s.organisation[0] : s.organisation[1]] if s.organisation else None,
        )
        for s in run_statements(text)
        if rule is None or s.rule == rule
    }


def only(text: str, rule: str) -> list[PersonStatement]:
    return [s for s in run_statements(text) if s.rule == rule]


# --- structures of documents ----------------------------------------------------------------------


def test_signature_blocks_state_the_post_as_written() -> None:
    text = (
        "De Minister voor Fietsen en Wandelen,\nP. van der Velde\n\n"
        "De Staatssecretaris van Fietszaken, A.B. de Groot\n"
    )
    assert stated(text, "persons.signature") == {
        ("P. van der Velde", "Minister voor Fietsen en Wandelen", None),
        ("A.B. de Groot", "Staatssecretaris van Fietszaken", None),
    }
    block = only(text, "persons.signature")[0]
    assert (
        text[block.evidence[0] : block.evidence[1]] == "Minister voor Fietsen en Wandelen,\nP. van der Velde"
    )


def test_a_chairs_signature_states_the_committee_chaired() -> None:
    named = "De fungerend voorzitter van de vaste commissie voor Fietszaken en Wandelen, Smit\n"
    assert stated(named, "persons.signature") == {
        ("Smit", "fungerend voorzitter van de vaste commissie voor Fietszaken en Wandelen",
         "vaste commissie voor Fietszaken en Wandelen"),
    }  # fmt: skip
    report = (
        "De vaste commissie voor Fietszaken heeft vragen voorgelegd aan de minister.\n\n"
        "De voorzitter van de commissie,\nSmit\n\nDe griffier van de commissie,\nDe Jong\n"
    )
    assert stated(report, "persons.signature") == {
        ("Smit", "voorzitter van de commissie", "vaste commissie voor Fietszaken"),
        ("De Jong", "griffier van de commissie", None),  # a clerk is no member
    }
    two = report.replace(
        "De vaste commissie voor Fietszaken",
        "De vaste commissie voor Fietszaken en de vaste commissie voor Wandelen",
    )
    assert ("Smit", "voorzitter van de commissie", None) in stated(two, "persons.signature")  # which one?


def test_officer_lines() -> None:
    text = "Voorzitter: Becker\nGriffier: Van der Kolk-Timmermans\nAdjunct-griffier: De Vos\n"
    assert stated(text, "persons.officer-line") == {
        ("Becker", "Voorzitter", None),
        ("Van der Kolk-Timmermans", "Griffier", None),
        ("De Vos", "Adjunct-griffier", None),
    }


def test_speaker_labels_give_a_members_party_and_a_ministers_post() -> None:
    text = (
        "De heer Van der Berg (VVD):\nVoorzitter, dank.\n\nMevrouw Smit (SP): Ik ook.\n\n"
        "Minister Jansen (Defensie):\nDank u.\n\nStaatssecretaris De Wit:\nJa.\n"
    )
    assert stated(text, "persons.speaker") == {
        ("Van der Berg", "", "VVD"),
        ("Smit", "", "SP"),
        ("Jansen", "Minister van Defensie", None),
        ("De Wit", "", None),
    }


def test_on_behalf_of_a_party_states_but_does_not_propose_the_party() -> None:
    text = "Het woord is aan de heer Bakker namens de VVD-fractie en aan mevrouw Smit namens GroenLinks-PvdA."
    assert stated(text, "persons.on-behalf") == {("Bakker", "", "VVD"), ("Smit", "", "GroenLinks-PvdA")}
    assert all(not s.proposes_organisation for s in only(text, "persons.on-behalf"))


def test_the_attendance_list_of_a_report() -> None:
    text = (
        "Aanwezig zijn vijf leden der Kamer, te weten: Amhaouch, Becker, Van Dam en Yeşilgöz-Zegerius,\n\n"
        "en mevrouw Ploumen, Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking.\n"
    )
    assert {n for n, _, _ in stated(text, "persons.attendance")} == {
        "Amhaouch", "Becker", "Van Dam", "Yeşilgöz-Zegerius",
    }  # fmt: skip
    assert ("Ploumen", "Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking", None) in stated(text)


def test_every_submitter_of_a_motion() -> None:
    text = "verzoekt de regering dit te doen,\n\nen gaat over tot de orde van de dag.\n\nJansen\n\nDe Vos\n\nKamerstuk 3\n"
    assert [text[s.person[0] : s.person[1]] for s in only(text, "persons.motion-submitter")] == [
        "Jansen",
        "De Vos",
    ]
    page = "Eerste ondertekenaar\nJ. Jansen, Tweede Kamerlid\nMede ondertekenaar\nK. de Vos (CDA)\n"
    assert stated(page, "persons.motion-submitter") == {
        ("J. Jansen", "Tweede Kamerlid", None),
        ("K. de Vos", "", "CDA"),
    }


def test_askers_and_the_answerer_of_kamervragen() -> None:
    text = (
        "Vragen van de leden Bakker en Van den Broek (beiden PvdA) aan de Minister van Fietszaken over paden "
        "(ingezonden 1 mei 2024).\n\nAntwoord van Minister Pietersen (Fietszaken) (ontvangen 4 juni 2024).\n"
    )
    assert stated(text, "persons.asker") == {("Bakker", "", "PvdA"), ("Van den Broek", "", "PvdA")}
    assert stated(text, "persons.answerer") == {("Pietersen", "Minister van Fietszaken", None)}


# --- running text --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gisteren sprak Minister Hoekstra met de pers.", ("Hoekstra", "")),  # a minister of what?
        ("zoals de Azerbeidzjaanse president Alijev zei", ("Alijev", "Azerbeidzjaanse president")),
        ("Nederland steunt EU-sanctiegezant O’Brien.", ("O’Brien", "EU-sanctiegezant")),
        ("De Hoge Vertegenwoordiger Kallas sprak.", ("Kallas", "Hoge Vertegenwoordiger")),
        ("dat minister-president Rutte zei", ("Rutte", "minister-president")),
        ("aan president Trump overbrengen", ("Trump", "president")),
        ("Deze president Trump", ("Trump", "president")),  # "Deze" is no adjective of a country
        ("toen handelscommissaris Lindqvist sprak", ("Lindqvist", "handelscommissaris")),  # a compound
        (
            "de Canadese handelsvertegenwoordiger Mary Brook",
            ("Mary Brook", "Canadese handelsvertegenwoordiger"),
        ),
        ("Volksvertegenwoordiger Verhoeven vroeg het.", ("Verhoeven", "")),  # a member, like "Kamerlid"
        ("Directeur-generaal Verhoeven sprak.", ("Verhoeven", "")),  # a director-general of what?
    ],
)
def test_role_before_a_name(text: str, expected: tuple[str, str]) -> None:
    assert {(n, p) for n, p, _ in stated(text, "persons.role-name")} == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "De commissie heeft overleg gevoerd met Minister Smit van Buitenlandse Zaken over de brief.",
            ("Smit", "Minister van Buitenlandse Zaken"),
        ),  # "van Buitenlandse" is no part of the name
        (
            "overleg gevoerd met minister Jansen voor Buitenlandse Handel en Ontwikkelingssamenwerking",
            ("Jansen", "minister voor Buitenlandse Handel en Ontwikkelingssamenwerking"),
        ),
        (
            "en staatssecretaris Van der Berg van Economische Zaken, die vergezeld is van ambtenaren",
            ("Van der Berg", "staatssecretaris van Economische Zaken"),
        ),
        ("en Minister Smit van Oranje sprak", ("Smit van Oranje", "")),  # no portfolio: part of the name
    ],
)
def test_portfolio_after_a_ministers_name(text: str, expected: tuple[str, str]) -> None:
    assert {(n, p) for n, p, _ in stated(text, "persons.role-name")} == {expected}


def test_role_with_portfolio_before_a_name() -> None:
    text = (
        "Toen sprak minister van Buitenlandse Zaken Blok met de pers; de minister van Financiën heeft niets."
    )
    assert stated(text, "persons.role-portfolio-name") == {("Blok", "minister van Buitenlandse Zaken", None)}


def test_role_in_apposition_before_a_name() -> None:
    text = "Hij sprak met de Indiase minister van Handel, Piyush Goyal, en met de minister, Jan Smit."
    assert stated(text, "persons.role-apposition") == {
        ("Piyush Goyal", "Indiase minister van Handel", None),
        ("Jan Smit", "", None),
    }


def test_post_in_apposition_after_a_name() -> None:
    text = "met mevrouw Ploumen, Minister voor Buitenlandse Handel, en met Koenders, minister van Buitenlandse Zaken."
    found = {
        (s.proposes, text[s.person[0] : s.person[1]], s.post) for s in only(text, "persons.name-apposition")
    }
    assert found == {
        (True, "Ploumen", "Minister voor Buitenlandse Handel"),
        (False, "Koenders", "minister van Buitenlandse Zaken"),  # a name found otherwise gets the post
    }


def test_office_in_an_organisation() -> None:
    text = "Toen sprak de president van de Europese Centrale Bank Christine Lagarde."
    assert stated(text, "persons.office-in-organisation") == {
        ("Christine Lagarde", "president van de Europese Centrale Bank", None)
    }


def test_members_and_their_parties() -> None:
    assert stated("Het lid Dijk (SP) vroeg het; het Kamerlid Kuzu (DENK) ook.", "persons.member-party") == {
        ("Dijk", "", "SP"),
        ("Kuzu", "", "DENK"),
    }
    text = "De leden Bakker, Smit (GroenLinks-PvdA) en Mulder (allen Partij voor de Dieren) vragen het."
    assert stated(text, "persons.members") == {
        ("Bakker", "", None),
        ("Smit", "", "GroenLinks-PvdA"),
        ("Mulder", "", "Partij voor de Dieren"),
    }
    shared = "De leden Bromet en Van den Nieuwenhuijzen (beiden GroenLinks) vragen het."
    assert stated(shared, "persons.members") == {
        ("Bromet", "", "GroenLinks"),
        ("Van den Nieuwenhuijzen", "", "GroenLinks"),
    }


def test_names_in_a_motions_name() -> None:
    text = "De motie Boswijk/Van der Molen en de motie van Van der Staaij, maar niet de motie van de Kamer."
    assert {n for n, _, _ in stated(text, "persons.motion")} == {"Boswijk", "Van der Molen", "Van der Staaij"}


def test_a_name_with_a_party_proposes_nothing() -> None:
    text = "Zoals de vragen van het lid Bromet (GroenLinks) en van Nederland (NL) lieten zien."
    (found,) = [s for s in only(text, "persons.name-party") if text[s.person[0] : s.person[1]] == "Nederland"]
    assert not found.proposes and not found.candidates()


def test_a_structure_seen_by_two_rules_is_one_statement() -> None:
    text = "Mevrouw Dobbe (SP):\nDank u wel.\n"
    assert [(s.rule, s.post) for s in run_statements(text) if s.organisation] == [("persons.speaker", "")]


def test_every_statement_rule_is_named_in_the_persons_family_and_has_cues() -> None:
    assert len(STATEMENT_RULES) >= 17
    assert all(name.startswith("persons.") and CUES[name] for name in STATEMENT_RULES)
