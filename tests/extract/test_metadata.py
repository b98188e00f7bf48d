"""Document metadata: seeds against the gold file, dev documents, and hand-written snippets.

The snippets are made up for these tests; the seed and dev documents are read from ../shared and the
tests that need them skip when it is absent.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from beleidsgraaf.extract.metadata import extract_metadata
from beleidsgraaf.extract.metadata.dates import extract_date, parse_date
from beleidsgraaf.extract.metadata.kamerstuk import cited_kamerstukken, own_kamerstuk
from beleidsgraaf.extract.metadata.kind import classify_kind
from beleidsgraaf.extract.model import DocumentMetadata, Span
from beleidsgraaf.ontology import DOCUMENT_KINDS

REPO_ROOT = Path(__file__).resolve().parents[2]
SHARED = REPO_ROOT.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
DEV = SHARED / "corpus" / "dev"
GOLD = SHARED / "gold" / "seeds.json"

NO_SHARED = "../shared (corpus and gold) is not present next to the repository"
FIELDS = ("kind", "date", "signer", "signer_post", "kamerstuk", "cites")


def read_text(path: Path) -> str:
    """The text extraction sees: through the project's reader when it exists, else the raw file."""
    try:
        from beleidsgraaf.extract.readers import read
    except ImportError:
        return path.read_text(encoding="utf-8")
    source = read(path)
    return getattr(source, "text", source)


@cache
def metadata_of(path: Path) -> tuple[str, DocumentMetadata]:
    text = read_text(path)
    return text, extract_metadata(text, path.name)


def gold_documents() -> list[dict]:
    return json.loads(GOLD.read_text(encoding="utf-8"))["documents"] if GOLD.exists() else []


def seed_cases() -> list:
    cases = [
        pytest.param(doc, field, id=f"{doc['file'].split('_')[0]}-{field}")
        for doc in gold_documents()
        for field in FIELDS
    ]
    return cases or [pytest.param(None, None, marks=pytest.mark.skip(reason=NO_SHARED))]


def all_shared_documents() -> list:
    paths = sorted(SEEDS.glob("*.txt")) + sorted(DEV.glob("*.txt")) if SHARED.exists() else []
    return [pytest.param(path, id=path.name) for path in paths] or [
        pytest.param(None, marks=pytest.mark.skip(reason=NO_SHARED))
    ]


def assert_span(text: str, span: Span | None) -> None:
    if span is not None:
        assert text[span.start : span.end] == span.text


def assert_spans(text: str, metadata: DocumentMetadata) -> None:
    assert_span(text, metadata.signer)
    for asker in metadata.askers:
        assert_span(text, asker.name)
        assert_span(text, asker.party)


# --- seeds against gold ---------------------------------------------------------------------------


@pytest.mark.seeds
@pytest.mark.parametrize(("doc", "field"), seed_cases())
def test_seed_metadata_matches_gold(doc: dict, field: str) -> None:
    _, found = metadata_of(SEEDS / doc["file"])
    expected = doc["metadata"][field]
    if field == "date":
        assert (found.date.isoformat() if found.date else None) == expected
    elif field == "signer":
        assert (found.signer.text if found.signer else None) == expected
    elif field == "signer_post":
        assert (found.signer_post or "").casefold() == (expected or "").casefold()
    elif field == "cites":
        assert len(found.cites) == len(set(found.cites)), "citations are deduplicated"
        assert set(found.cites) == set(expected)
    else:
        assert getattr(found, field) == expected


@pytest.mark.seeds
@pytest.mark.parametrize("path", all_shared_documents())
def test_shared_documents_have_consistent_spans_and_a_title(path: Path) -> None:
    text, found = metadata_of(path)
    assert_spans(text, found)
    assert found.kind in DOCUMENT_KINDS
    assert found.title


# What was verified by reading the two dev documents (answers to written questions).
DEV_EXPECTED = {
    "01_": (
        "2023-11-13",
        "Bruins Slot",
        "Minister van Buitenlandse Zaken",
        [("Boswijk", "CDA")],
        {"36410-74"},
    ),
    "05_": (
        "2023-09-14",
        "Van der Wal-Zeggelink",
        "Minister voor Natuur en Stikstof",
        [("Bromet", "GroenLinks")],
        {"29383-384"},
    ),
}


def dev_cases() -> list:
    paths = sorted(DEV.glob("*.txt")) if DEV.exists() else []
    cases = [pytest.param(path, id=path.name) for path in paths if path.name[:3] in DEV_EXPECTED]
    return cases or [pytest.param(None, marks=pytest.mark.skip(reason=NO_SHARED))]


@pytest.mark.seeds
@pytest.mark.parametrize("path", dev_cases())
def test_dev_documents(path: Path) -> None:
    date, signer, post, askers, some_cites = DEV_EXPECTED[path.name[:3]]
    _, found = metadata_of(path)
    print(path.name, found.kind, found.date, found.signer, found.signer_post, found.cites, sep=" | ")
    assert found.kind == "Antwoord op Kamervragen"
    assert found.date == dt.date.fromisoformat(date)
    assert found.signer is not None and found.signer.text == signer
    assert found.signer_post == post
    assert [(a.name.text, a.party.text if a.party else None) for a in found.askers] == askers
    assert some_cites <= set(found.cites)
    assert found.kamerstuk is None  # answers in the Aanhangsel have no kamerstuk number


# --- kamerstuk numbers ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dat staat in het plan (Kamerstuk 12 345, nr. 67).", ["12345-67"]),
        ("Zie Kamerstukken II, 2021/22, 35 000 IV, nr. 8 voor de cijfers.", ["35000-IV-8"]),
        ("Zie Kamerstukken II 2021–2022, 35 000-IV, nr. 9.", ["35000-IV-9"]),
        ("De motie (Kamerstuk 11111-02, nr. 333) is aangenomen.", ["11111-02-333"]),
        ("Eerder gemeld (Kamerstuk 22222, nr. 44).", ["22222-44"]),
        ("Zie Kamerstukken 33333, nr. 5 en nr. 6.", ["33333-5", "33333-6"]),
        ("Zie Kamerstuk 33334, nrs. 7 en 8.", ["33334-7", "33334-8"]),
        ("Het wetsvoorstel (Kamerstuk 34444) ligt er.", ["34444"]),
        ("Zie Kamerstuk 21 555-03, nr. 1200.", ["21555-03-1200"]),
        ("Zie Kamerstuk 31000-12-345.", ["31000-12-345"]),
        ("De agenda (Kamerstuk 31001-17) volgt.", ["31001-17"]),
        ("Zie Kamerstukken 30100 nr. 9.", ["30100-9"]),
        ("Zie Kamerstuk\xa026\xa0111, nr.\xa012.", ["26111-12"]),
        ("Zoals eerder gemeld (30 222, nr. 3).", ["30222-3"]),
        ("Online: https://zoek.officielebekendmakingen.nl/kst-36100-XII-4.html", ["36100-XII-4"]),
        ("De Eerste Kamer las het (Kamerstukken I 2022/23, 36 200, E).", ["36200-E"]),
        ("Over de richtlijn (Kamerstuk 36547, EU) later meer.", ["36547"]),
    ],
)
def test_citation_forms(text: str, expected: list[str]) -> None:
    assert cited_kamerstukken(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Zoals gezegd in het debat (Handelingen II 2020/21, nr. 12).",
        "Zie de antwoorden (Aanhangsel Handelingen II 2020/21, nr. 3000).",
        "De regeling (Stcrt. 2023, nr. 12345) geldt sinds vorig jaar.",
        "Uw kenmerk 2021Z01234/2021D05678 over de stand van zaken.",
    ],
)
def test_non_papers_are_not_cited(text: str) -> None:
    assert cited_kamerstukken(text) == []


def test_citations_keep_document_order_without_duplicates_or_own_number() -> None:
    text = "Zie Kamerstuk 12 345, nr. 6 en Kamerstuk 11 111, nr. 2, en nogmaals Kamerstuk 12345, nr. 6."
    assert cited_kamerstukken(text) == ["12345-6", "11111-2"]
    assert cited_kamerstukken(text, own="11111-2") == ["12345-6"]


@pytest.mark.parametrize(
    ("text", "file_name", "expected"),
    [
        (
            "36 999 Een wet over fietspaden\n\nNr. 12\n\nBRIEF VAN DE MINISTER VAN FIETSZAKEN\n",
            "",
            "36999-12",
        ),
        ("36 998 XII Begroting fietsen\nNr. 3 MOTIE VAN HET LID JANSEN\n", "", "36998-XII-3"),
        ("Gepubliceerd.\n\nOnderdeel van kamerstukdossier 35555 -42 Een fietsdossier.\n", "", "35555-42"),
        ("Tekst.\n\nTweede Kamer, vergaderjaar 2023–2024, 36 200 XII, nr. 5\n", "", "36200-XII-5"),
        ("Tekst.\nkst-36997-8\nISSN 0921 - 7371\n", "", "36997-8"),
        ("Geen nummer in de tekst.", "kst-36996-21.pdf", "36996-21"),
        (" Nr. 396  BRIEF VAN DE MINISTER VAN FIETSZAKEN\n", "", None),
        ("Verslag over de agenda (Kamerstuk 35555-10)\n\nNr.\n", "", None),
    ],
)
def test_own_number(text: str, file_name: str, expected: str | None) -> None:
    assert own_kamerstuk(text, file_name) == expected


def test_own_number_is_not_a_citation_and_a_titled_paper_is() -> None:
    text = (
        "Verslag over de agenda (Kamerstuk 35555-10)\n\nOnderdeel van kamerstukdossier 35555 -42 Fietsen.\n"
    )
    found = extract_metadata(text)
    assert found.kamerstuk == "35555-42"
    assert found.cites == ["35555-10"]


# --- dates ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("11 december 2025", dt.date(2025, 12, 11)),
        ("2 febr. 2018", dt.date(2018, 2, 2)),
        ("2026-01-30", dt.date(2026, 1, 30)),
        ("30-01-2026", dt.date(2026, 1, 30)),
        ("30/01/2026", dt.date(2026, 1, 30)),
        ("31 februari 2020", None),
    ],
)
def test_parse_date(written: str, expected: dt.date | None) -> None:
    assert parse_date(written) == expected


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "Aan de Voorzitter\n\nDen Haag, 3 maart 2024\n\nOp 1 februari 2024 sprak ik.",
            "Kamerbrief",
            "2024-03-03",
        ),
        ("Den Haag, 3\nmaart 2024", "Kamerbrief", "2024-03-03"),
        ("Rotterdam, 7 mei 2023\n\nGeachte voorzitter,", "Kamerbrief", "2023-05-07"),
        ("Datum 12 juni 2022\nBetreft Fietsbeleid", "Kamerbrief", "2022-06-12"),
        (
            "(ingezonden 4 januari 2021). Antwoord (ontvangen 2 april 2021).",
            "Antwoord op Kamervragen",
            "2021-04-02",
        ),
        ("Vragen over fietsen (ingezonden 4 januari 2021).", "Antwoord op Kamervragen", "2021-01-04"),
        (
            "Nummer: 2020D01, datum: 2020-02-03\n\nVastgesteld 30 januari 2020",
            "Verslag schriftelijk overleg",
            "2020-01-30",
        ),
        (
            "Nummer: 2026D01, datum: 2026-01-30\n\nVastgesteld …………. 2026",
            "Verslag schriftelijk overleg",
            "2026-01-30",
        ),
        ("Datum: 30-01-2026", "Overig", "2026-01-30"),
        ("MOTIE\n\nVoorgesteld 13 november 2019\n\nDe Kamer,", "Motie", "2019-11-13"),
        ("NOTA\n\nOntvangen 19 juni 2020\n", "Nota", "2020-06-19"),
        ("Den Haag, 1 september jl.\n\nIn de brief van 30 juni 2023 staat het.", "Kamerbrief", None),
        ("Een tekst zonder enige datum.", "Overig", None),
    ],
)
def test_document_date_by_role(text: str, kind: str, expected: str | None) -> None:
    assert extract_date(text, kind) == (dt.date.fromisoformat(expected) if expected else None)


# --- kinds ----------------------------------------------------------------------------------------

LETTER = """Nr. 12 BRIEF VAN DE MINISTER VAN FIETSZAKEN

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 3 maart 2024

Met deze brief reageer ik op de motie van het lid Jansen (Kamerstuk 36 999, nr. 4) en op vragen.

De Minister van Fietszaken,
P. van der Velde
"""

WEB_LETTER = """Geachte voorzitter,

Hierbij informeer ik u over de voortgang van het fietsplan.

Met vriendelijke groet,

\tStaatssecretaris Fietsen en Wandelen,



\tMarieke ter Horst-Bakker
"""

ANSWERS = """Vragen van het lid Jansen (SP) aan de Minister voor Fietsen en Wandelen over fietspaden \
(ingezonden 4 januari 2021).

Antwoord van Minister Pietersen (Fietsen en Wandelen) (ontvangen 2 april 2021).

Vraag 1
Kent u de brief van de wethouder?

Antwoord 1
Ja, die brief ken ik.
"""

REPORT = """VERSLAG VAN EEN SCHRIFTELIJK OVERLEG

Vastgesteld 30 januari 2020

De vaste commissie heeft vragen voorgelegd over de brief van 12 december 2019 (Kamerstuk 31 111, nr. 5).

De voorzitter van de commissie,
Van Dijk

De griffier van de commissie,
Pietersen

Antwoord van het kabinet:
Het kabinet dankt de leden.
"""

MOTION = """31 793 Fietsen in dorpen

Nr. 412

MOTIE VAN HET LID JANSEN C.S.

Voorgesteld 4 maart 2025

De Kamer,

gehoord de beraadslaging,

constaterende dat fietspaden in dorpen vaak ontbreken;

verzoekt de regering, een verkenning te starten naar veilige fietsroutes,

en gaat over tot de orde van de dag.

Jansen
Van der Berg
"""

NOTA = """36 410 XII Wijziging van de begroting voor fietsen

Nr. 7

NOTA NAAR AANLEIDING VAN HET VERSLAG

Ontvangen 19 juni 2024

De regering dankt de leden voor hun vragen over de brief van de minister.

De Minister van Fietszaken,
M.G.J. de Wit
"""

AMENDMENT_NOTE = (
    "NOTA VAN WIJZIGING\n\nOntvangen 2 mei 2024\n\nHet voorstel van wet wordt als volgt gewijzigd."
)

PLAIN = "Een korte notitie over fietsen, zonder datum en zonder ondertekening.\n\nMeer tekst volgt hier."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LETTER, "Kamerbrief"),
        (WEB_LETTER, "Kamerbrief"),
        (ANSWERS, "Antwoord op Kamervragen"),
        (REPORT, "Verslag schriftelijk overleg"),
        (MOTION, "Motie"),
        (NOTA, "Nota"),
        (AMENDMENT_NOTE, "Nota"),
        (PLAIN, "Overig"),
    ],
)
def test_kind(text: str, expected: str) -> None:
    assert classify_kind(text) == expected


def test_kind_uses_an_aanhangsel_file_name_as_a_cue() -> None:
    text = "Vraag 1\nKent u het bericht?\n\nAntwoord 1\nJa."
    assert classify_kind(text, "ah-tk-20232024-999.pdf") == "Antwoord op Kamervragen"


# --- whole snippets: signer, post, addressee, askers, title --------------------------------------


def test_letter_metadata() -> None:
    found = extract_metadata(LETTER)
    assert found.kind == "Kamerbrief"
    assert found.date == dt.date(2024, 3, 3)
    assert found.signer == Span(LETTER.index("P. van"), LETTER.index("P. van") + 16, "P. van der Velde")
    assert found.signer_post == "Minister van Fietszaken"
    assert found.addressee == "de Voorzitter van de Tweede Kamer der Staten-Generaal"
    assert found.title == "BRIEF VAN DE MINISTER VAN FIETSZAKEN"
    assert found.kamerstuk is None  # "Nr. 12" without a dossier
    assert found.cites == ["36999-4"]


def test_signature_with_tabs_blank_lines_and_a_hyphenated_name() -> None:
    found = extract_metadata(WEB_LETTER)
    assert found.signer is not None and found.signer.text == "Marieke ter Horst-Bakker"
    assert found.signer_post == "Staatssecretaris Fietsen en Wandelen"
    assert found.date is None
    assert_spans(WEB_LETTER, found)


def test_answers_metadata() -> None:
    found = extract_metadata(ANSWERS)
    assert found.signer is not None and found.signer.text == "Pietersen"
    assert found.signer_post == "Minister voor Fietsen en Wandelen"  # "voor" as the header writes it
    assert found.addressee == "de Minister voor Fietsen en Wandelen"
    assert found.title is not None and found.title.startswith("Vragen van het lid Jansen (SP)")
    assert [(a.name.text, a.party.text if a.party else None) for a in found.askers] == [("Jansen", "SP")]
    assert_spans(ANSWERS, found)


@pytest.mark.parametrize(
    ("header", "post"),
    [
        ("Antwoord van Minister Jansen (Defensie) (ontvangen 2 april 2021).", "Minister van Defensie"),
        (
            "Antwoord van Minister De Boer (Klimaat en Energie) (ontvangen 2 april 2021).",
            "Minister voor Klimaat en Energie",
        ),
        (
            "Antwoord van staatssecretaris Van 't Wout (Sociale Zaken) (ontvangen 2 april 2021).",
            "staatssecretaris van Sociale Zaken",
        ),
    ],
)
def test_answer_post_preposition_without_a_written_form(header: str, post: str) -> None:
    text = f"Vragen van het lid Smit (CDA) over fietsen (ingezonden 4 januari 2021).\n\n{header}\n"
    assert extract_metadata(text).signer_post == post


def test_report_is_signed_by_the_chair_not_the_clerk() -> None:
    found = extract_metadata(REPORT)
    assert found.signer is not None and found.signer.text == "Van Dijk"
    assert found.signer_post == "voorzitter van de commissie"
    assert found.date == dt.date(2020, 1, 30)
    assert found.cites == ["31111-5"]


def test_motion_metadata() -> None:
    found = extract_metadata(MOTION)
    assert found.kamerstuk == "31793-412"
    assert found.date == dt.date(2025, 3, 4)
    assert found.signer is not None and found.signer.text == "Jansen"
    assert found.title == "MOTIE VAN HET LID JANSEN C.S."


def test_nota_metadata() -> None:
    found = extract_metadata(NOTA)
    assert found.kamerstuk == "36410-XII-7"
    assert found.date == dt.date(2024, 6, 19)
    assert found.signer is not None and found.signer.text == "M.G.J. de Wit"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (
            "Vragen van het lid Hendriks (SP) aan de Minister van Fietszaken\n"
            "over paden (ingezonden 1 mei 2024).",
            [("Hendriks", "SP")],
        ),
        (
            "Vragen van de leden Bakker en Van den Broek (beiden PvdA) aan de Minister van Fietszaken "
            "over paden (ingezonden 1 mei 2024).",
            [("Bakker", "PvdA"), ("Van den Broek", "PvdA")],
        ),
        (
            "Vragen van de leden De Vos (CDA) en 't Hart (VVD) aan de Staatssecretaris van Financiën "
            "over paden (ingezonden 1 mei 2024).",
            [("De Vos", "CDA"), ("'t Hart", "VVD")],
        ),
        (
            "Vragen van de leden Bakker, Smit (GroenLinks-PvdA) en Mulder (allen Partij voor de Dieren) "
            "aan de Minister van Fietszaken over\npaden (ingezonden 1 mei 2024).",
            [("Bakker", None), ("Smit", "GroenLinks-PvdA"), ("Mulder", "Partij voor de Dieren")],
        ),
    ],
)
def test_askers_with_parties(header: str, expected: list[tuple[str, str | None]]) -> None:
    found = extract_metadata(header + "\n\nVraag 1\nKent u dit?\n\nAntwoord 1\nJa.\n")
    assert [(a.name.text, a.party.text if a.party else None) for a in found.askers] == expected
    assert_spans(header, found)


def test_no_date_and_no_signature() -> None:
    found = extract_metadata(PLAIN)
    assert found.kind == "Overig"
    assert found.date is None
    assert found.signer is None and found.signer_post is None
    assert found.title == "Een korte notitie over fietsen, zonder datum en zonder ondertekening."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Datum 12 juni 2022\nBetreft: Voortgang van het fietsplan\n\nGeachte voorzitter,",
            "Voortgang van het fietsplan",
        ),
        (
            "[overzicht] [stemmingen]\nMotie van het lid Jansen over fietsen\n\nDirecte link naar document",
            "Motie van het lid Jansen over fietsen",
        ),
        (
            "Geachte voorzitter,\n\n[bookmark: _Hlk1]Het fietsplan is klaar. Het werkt goed.",
            "Het fietsplan is klaar.",
        ),
        ("Woord", "Woord"),
        ("", None),
    ],
)
def test_title(text: str, expected: str | None) -> None:
    assert extract_metadata(text).title == expected


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_any_text_gives_valid_metadata(text: str) -> None:
    found = extract_metadata(text)
    assert found.kind in DOCUMENT_KINDS
    assert_spans(text, found)
    assert (found.title is not None) == bool(text.strip())
    assert found.title is None or len(found.title) <= 200


@pytest.mark.parametrize("text", [LETTER, WEB_LETTER, ANSWERS, REPORT, MOTION, NOTA])
@pytest.mark.parametrize("separator", [" ", "\n", "  \n "])
def test_wrapping_does_not_change_the_metadata(text: str, separator: str) -> None:
    """Hard-wrapped and joined text give the same answer: patterns allow any white space between words."""
    rewrapped = text.replace("Tweede Kamer der", f"Tweede{separator}Kamer der")
    rewrapped = rewrapped.replace(", nr.", f",{separator}nr.").replace(" (", f"{separator}(")
    assert _same_but_offsets(extract_metadata(rewrapped), extract_metadata(text))


def join_wrapped_lines(text: str) -> str:
    """A rough stand-in for the normaliser: drop navigation lines and bookmarks, undo hyphenation
    and join a line to the next when that one continues the sentence (starts in lower case)."""
    text = re.sub(r"(?m)^(?:\[[^\]\n]*\][ \t]*)+\n?", "", text)
    text = re.sub(r"\[bookmark:[^\]]*\]", "", text)
    text = re.sub(r"(?<=[a-z])-\n(?=[a-z])", "", text)
    return re.sub(r"[ \t]*\n(?=[a-z0-9(«‘“])", " ", text)


@pytest.mark.seeds
@pytest.mark.parametrize(("doc", "field"), seed_cases())
def test_seed_metadata_survives_joined_lines(doc: dict, field: str) -> None:
    text = join_wrapped_lines(read_text(SEEDS / doc["file"]))
    found = extract_metadata(text, doc["file"])
    assert_spans(text, found)
    raw = metadata_of(SEEDS / doc["file"])[1]
    if field == "signer":
        assert (found.signer.text if found.signer else None) == (raw.signer.text if raw.signer else None)
    else:
        assert getattr(found, field) == getattr(raw, field)


def _same_but_offsets(first: DocumentMetadata, second: DocumentMetadata) -> bool:
    """Equal metadata apart from span offsets (which move when white space changes)."""
    return (
        (first.kind, first.date, first.signer_post, first.kamerstuk, first.cites)
        == (second.kind, second.date, second.signer_post, second.kamerstuk, second.cites)
        and (first.signer.text if first.signer else None) == (second.signer.text if second.signer else None)
        and first.addressee == second.addressee
    )
