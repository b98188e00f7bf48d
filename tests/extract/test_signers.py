"""Who signed, by document kind (../shared/gold/GUIDELINES.md): the first of several ministers, the
committee chair of a report even where a minister's letter is printed in it, the clerk of a report
only the clerk signs, a motion's first submitter; and the kinds and dates that go with them.

The snippets are written for these tests; the real documents are the seeds and the dev-b `tune`
documents in ../shared (the `check` documents are never read here), and those tests skip without it.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from beleidsgraaf.extract.metadata import extract_metadata
from beleidsgraaf.extract.readers import read

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
DEV_B = SHARED / "corpus" / "dev-b"
NO_SHARED = "../shared (corpus and gold) is not present next to the repository"

TWO_MINISTERS = """Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 3 maart 2024

Hierbij informeren wij u over de fietspaden.

De Minister voor Fietsen en Wandelen,
P. van der Velde

De Minister van Economische Zaken,
K. de Groot
"""

REPORT_WITH_THE_MINISTERS_LETTER = """Nr. 7 VERSLAG VAN EEN SCHRIFTELIJK OVERLEG

Vastgesteld 4 april 2024

De vaste commissie voor Fietszaken heeft vragen voorgelegd aan de Minister van Fietszaken.

De voorzitter van de commissie,
Smit

De griffier van de commissie,
De Jong

Vragen van de leden van de fracties

De leden van de VVD-fractie vragen naar de paden.

Reactie van de minister

Den Haag, 2 april 2024

De vragen beantwoord ik graag.

De Minister van Fietszaken,
P. van der Velde
"""


def test_a_letter_of_several_ministers_is_signed_by_the_first() -> None:
    found = extract_metadata(TWO_MINISTERS)
    assert found.kind == "Kamerbrief"
    assert found.signer is not None and found.signer.text == "P. van der Velde"
    assert found.signer_post == "Minister voor Fietsen en Wandelen"


@pytest.mark.parametrize(
    "block",
    [
        "De Minister voor Fietsen en Wandelen,\nmede namens de Minister van Economische Zaken,\n\nP. van der Velde\n",
        "De Minister voor Fietsen en Wandelen,\n\nw.g. P. van der Velde\n",
    ],
    ids=["on-behalf-line", "was-getekend"],
)
def test_a_signature_on_behalf_of_others_or_marked_signed_keeps_its_signer(block: str) -> None:
    found = extract_metadata(TWO_MINISTERS.split("De Minister voor")[0] + block)
    assert found.signer is not None and found.signer.text == "P. van der Velde"
    assert found.signer_post == "Minister voor Fietsen en Wandelen"


@pytest.mark.parametrize(
    "portfolio", ["Landbouw, Natuur en Voedselkwaliteit", "Fietsen, Wandelen, Varen en Zwemmen"]
)
def test_a_portfolio_with_commas_is_part_of_the_signers_post(portfolio: str) -> None:
    letter = TWO_MINISTERS.split("De Minister voor")[0] + f"De Minister van {portfolio},\n\nP. van der Velde\n"
    found = extract_metadata(letter)
    assert found.signer is not None and found.signer.text == "P. van der Velde"
    assert found.signer_post == f"Minister van {portfolio}"


def test_a_chair_and_clerk_on_consecutive_lines_are_two_signatures() -> None:
    report = REPORT_WITH_THE_MINISTERS_LETTER.replace(
        "De voorzitter van de commissie,\nSmit\n\nDe griffier van de commissie,\nDe Jong",
        "De voorzitter van de commissie, Smit\nDe griffier van de commissie, De Jong",
    )
    found = extract_metadata(report)
    assert found.signer is not None and found.signer.text == "Smit"
    assert found.signer_post == "voorzitter van de commissie"


def test_a_committee_report_is_signed_by_its_chair_not_the_minister_who_answers_in_it() -> None:
    found = extract_metadata(REPORT_WITH_THE_MINISTERS_LETTER)
    assert found.kind == "Verslag schriftelijk overleg"
    assert found.date == dt.date(2024, 4, 4)
    assert found.signer is not None and found.signer.text == "Smit"
    assert found.signer_post == "voorzitter van de commissie"


def test_a_committee_debate_report_is_overig_signed_by_the_first_chair() -> None:
    text = (
        "Nr. 200 VERSLAG VAN EEN ALGEMEEN OVERLEG\n\nVastgesteld 15 september 2017\n\n"
        "De vaste commissie voor Fietszaken en de vaste commissie voor Wandelen hebben op 6 september 2017 "
        "overleg gevoerd met de heer Van der Velde, Minister van Fietszaken, over paden.\n\n"
        "De voorzitter van de vaste commissie voor Fietszaken, Smit\n\n"
        "De voorzitter van de vaste commissie voor Wandelen, Mulder\n\n"
        "De griffier van de vaste commissie voor Fietszaken, De Jong\n\n"
        "Voorzitter: Smit\n\nGriffier: De Jong\n"
    )
    found = extract_metadata(text)
    assert (found.kind, found.date) == ("Overig", dt.date(2017, 9, 15))
    assert found.signer is not None and found.signer.text == "Smit"
    assert found.signer_post == "voorzitter van de vaste commissie voor Fietszaken"


def test_a_list_of_questions_and_answers_counts_as_answers_signed_by_the_chair() -> None:
    text = (
        "Nr. 3\nVERSLAG HOUDENDE EEN LIJST VAN VRAGEN EN ANTWOORDEN\n\nVastgesteld 27 september 2024\n"
        "De vaste commissie voor Fietszaken heeft de eer verslag uit te brengen.\n\n"
        "De voorzitter van de commissie, De Vries\nDe griffier van de commissie, Meijers\n"
        "Vragen en antwoorden\n1\nWaarom?\n\nAntwoord:\nDaarom.\n"
    )
    found = extract_metadata(text)
    assert (found.kind, found.date) == ("Antwoord op Kamervragen", dt.date(2024, 9, 27))
    assert found.signer is not None and (found.signer.text, found.signer_post) == (
        "De Vries",
        "voorzitter van de commissie",
    )


def test_an_eerste_kamer_report_signed_by_its_clerk_alone() -> None:
    text = (
        "VERSLAG VAN EEN SCHRIFTELIJK OVERLEG\n\nVastgesteld 2 juli 2024\n\n"
        "De leden van de vaste commissie voor Fietszaken hebben de minister een brief gestuurd.\n\n"
        "De griffier voor dit verslag,\nDe Boer\n"
    )
    found = extract_metadata(text)
    assert found.signer is not None and (found.signer.text, found.signer_post) == (
        "De Boer",
        "griffier voor dit verslag",
    )


def test_written_questions_without_answers_are_overig_dated_when_sent_in() -> None:
    text = (
        "Vragen van het lid Jansen (SP) aan de Minister van Fietszaken over paden (ingezonden 3 mei 2024).\n\n"
        "Vraag 1\nKent u het bericht?\n\nVraag 2\nWat vindt u ervan?\n"
    )
    found = extract_metadata(text)
    assert (found.kind, found.date, found.signer) == ("Overig", dt.date(2024, 5, 3), None)


def test_handelingen_are_overig_without_a_signer_dated_by_the_sitting_when_stated() -> None:
    text = (
        "Aan de orde is het mondelinge vragenuur.\n\nDe voorzitter:\n\nHet woord is aan de heer Bakker.\n\n"
        "De heer Bakker (D66):\n\nDank u wel, voorzitter.\n"
    )
    found = extract_metadata(text)
    assert (found.kind, found.date, found.signer) == ("Overig", None, None)
    dated = extract_metadata("Donderdag 10 november 2022\n\n" + text)
    assert dated.date == dt.date(2022, 11, 10)


def test_a_motion_is_signed_by_its_first_submitter_and_dated_when_proposed() -> None:
    text = (
        "Nr. 311 MOTIE VAN HET LID JANSEN C.S.\n\nVoorgesteld tijdens het Notaoverleg van 15 juni 2020\n\n"
        "De Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de regering het te doen,\n\n"
        "en gaat over tot de orde van de dag.\n\nJansen\n\nDe Vos\n"
    )
    found = extract_metadata(text)
    assert (found.kind, found.date) == ("Motie", dt.date(2020, 6, 15))
    assert found.signer is not None and (found.signer.text, found.signer_post) == ("Jansen", None)
    page = (
        "Eerste ondertekenaar\nJ. Jansen, Tweede Kamerlid\nMede ondertekenaar\nK. de Vos, Tweede Kamerlid\n"
    )
    labelled = extract_metadata(page + "\n" + text)
    assert labelled.signer is not None and (labelled.signer.text, labelled.signer_post) == (
        "J. Jansen",
        "Tweede Kamerlid",
    )


# --- real documents -------------------------------------------------------------------------------


def tune_documents() -> list:
    split, gold = SHARED / "gold" / "dev-b-split.json", SHARED / "gold" / "dev-b.json"
    if not (split.exists() and gold.exists()):
        return [pytest.param(None, marks=pytest.mark.skip(reason=NO_SHARED))]
    tune = set(json.loads(split.read_text(encoding="utf-8"))["tune"])
    docs = json.loads(gold.read_text(encoding="utf-8"))["documents"]
    return [pytest.param(d, id=d["file"][:2]) for d in docs if d["file"] in tune]


@pytest.mark.parametrize("doc", tune_documents())
def test_dev_b_tune_kind_date_and_signer(doc: dict) -> None:
    """Letters of one and of several ministers, Eerste Kamer letters, answers of other ministries, a
    motion, a list of questions and answers, reports of written and oral committee meetings,
    Handelingen: each with the kind, date, signer and post the guidelines give it."""
    text = read(DEV_B / doc["file"]).text
    found, gold = extract_metadata(text, doc["file"]), doc["metadata"]
    assert found.kind == gold["kind"]
    assert (found.date.isoformat() if found.date else None) == gold["date"]
    assert (found.signer.text if found.signer else None) == gold["signer"]
    assert (found.signer_post or "").casefold() == (gold["signer_post"] or "").casefold()


def test_the_first_of_several_chairs_signs_a_real_committee_debate_report() -> None:
    """Three blocks, two chairs and a clerk: the first chair (not the last block, not the second chair)."""
    path = next(DEV_B.glob("61_*.txt"), None) if DEV_B.exists() else None
    if path is None:
        pytest.skip(NO_SHARED)
    found = extract_metadata(read(path).text, path.name)
    assert found.signer is not None and found.signer.text == "De Roon"
