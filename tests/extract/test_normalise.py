"""normalise(): the text every offset points into. Rules on small cases, properties with
hypothesis, and the real documents in ../shared (skipped when absent)."""

from __future__ import annotations

import re
import textwrap
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from beleidsgraaf.extract.normalise import estimate_wrap_width, normalise


def _letters(text: str) -> list[str]:
    """The word characters of `text` in order, compared in compatibility-decomposed form."""
    return re.findall(r"\w", unicodedata.normalize("NFKD", text))


def _seed(seeds: Path, number: str) -> str:
    (path,) = seeds.glob(f"{number}_*.txt")
    return normalise(path.read_text(encoding="utf-8"))


# --- characters --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("een\r\ntwee\rdrie", "een\ntwee\ndrie"),
        ("pagina\x0cvolgende", "pagina\nvolgende"),
        ("N\x00U\x07L\x1b", "NUL"),
        ("tab\tblijft", "tab\tblijft"),
        ("Oekrai\u0308ne", "Oekraïne"),
        ("36\u00a0180\u202fnr.", "36 180 nr."),
        ("beleids\u00advoorstel", "beleidsvoorstel"),
        ("beleids\u00ad\nvoorstel", "beleidsvoorstel"),
        ("\ufeffde \ufb01nanciering\u200b", "de financiering"),
    ],
)
def test_characters(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


# --- artefacts and navigation ------------------------------------------------------------------


def test_navigation_line_is_dropped_but_header_kept() -> None:
    raw = "[overzicht] [activiteiten] [kamerleden]\n[zoeken](/zoek) [wat is dit?]\n\ndatum: 2026-01-30"
    assert normalise(raw) == "datum: 2026-01-30"


def test_line_with_words_and_brackets_is_kept() -> None:
    assert normalise("Zie [1] en [2] hierboven.") == "Zie [1] en [2] hierboven."
    assert normalise("[alleen één]") == "[alleen één]"


def test_bookmarks_are_removed_without_a_trace() -> None:
    assert normalise("[bookmark: _Hlk216182417]Het kabinet[bookmark: _GoBack] steunt") == "Het kabinet steunt"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("“Assessing Forced Labour Risks”[footnoteRef:2] helpt", "“Assessing Forced Labour Risks” helpt"),
        ("met de OESO-richtlijnen als basis[footnoteRef:5]. Ook", "met de OESO-richtlijnen als basis. Ook"),
        ("ondersteunen.[footnoteRef:3] Deze", "ondersteunen. Deze"),
        ("woord[footnoteRef:1]volgende", "woord volgende"),
        ("slot[endnoteRef:4]", "slot"),
    ],
)
def test_note_references_are_removed_without_gluing_words(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


def test_note_bodies_become_paragraphs_after_their_paragraph() -> None:
    raw = "IMVO-wetgeving.[footnoteRef:4]  [3:  Staatscourant 2025, 31460]  [4:  RVO.nl] \nVolgende."
    assert normalise(raw) == "IMVO-wetgeving.\n\n3 Staatscourant 2025, 31460\n\n4 RVO.nl\n\nVolgende."


# --- whitespace and line breaks ----------------------------------------------------------------


def test_whitespace_is_tidied() -> None:
    raw = " Nr. 396  BRIEF VAN   DE MINISTER \n\n\n\n\nDen Haag  \n\n"
    assert normalise(raw) == "Nr. 396 BRIEF VAN DE MINISTER\n\nDen Haag"


def test_a_block_after_a_page_break_starts_a_paragraph() -> None:
    assert normalise("het totaal betreft dit?\n Antwoord 2\nHet kabinet") == (
        "het totaal betreft dit?\n\nAntwoord 2\nHet kabinet"
    )


def test_table_cells_keep_their_tabs() -> None:
    assert normalise("Land \t  Bedrag\nBelgië\t\t5 miljoen ") == "Land\tBedrag\nBelgië\t5 miljoen"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("formele beleidsvoor-\nstellen", "formele beleidsvoorstellen"),
        ("Duurzame Productenveror-\ndening (ESPR)", "Duurzame Productenverordening (ESPR)"),
        ("context met IMVO-\nrisico’s", "context met IMVO-risico’s"),
        ("het EU-\nMercosur-akkoord", "het EU-Mercosur-akkoord"),
        ("de textiel-\nen kledingmarkt", "de textiel- en kledingmarkt"),
        ("in Noord-\nBrabant", "in Noord-Brabant"),
        ("een niet-\nbindend advies", "een niet-bindend advies"),
        ("circulair textiel 2025–\n2030", "circulair textiel 2025–2030"),
    ],
)
def test_words_hyphenated_across_a_line_break(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


LETTER = """\
Den Haag, 11 december 2025

In de procedurevergadering van de vaste commissie voor Buitenlandse Handel en Ontwikkelingshulp
van 25 september 2025 is mij gevraagd om een reactie te geven op het rapport van de denktank over
textiel, en het kabinet geeft die reactie graag in deze brief aan de Kamer, met de aanbevelingen.
Een tweede alinea zonder witregel ervoor, die ook weer over meerdere regels loopt en met een zin
die doorloopt op de volgende regel eindigt.

Vraag 1
Kunt u een reactie geven op de eerste jaarrapportage van het Convenant Duurzame Kleding en Textiel
en op de resultaten die daarin worden genoemd voor de bedrijven die aan het convenant deelnemen?

Antwoord 1
Ja.

De Staatssecretaris van Buitenlandse Handel en Ontwikkelingssamenwerking,
A. de Vries"""


def test_hard_wrapped_lines_are_joined_and_structure_kept() -> None:
    paragraphs = [" ".join(paragraph.split("\n")) for paragraph in LETTER.split("\n\n")]
    assert normalise(LETTER) == "\n\n".join(
        [
            paragraphs[0],
            paragraphs[1],
            "Vraag 1\n" + paragraphs[2].removeprefix("Vraag 1 "),
            "Antwoord 1\nJa.",
            "De Staatssecretaris van Buitenlandse Handel en Ontwikkelingssamenwerking,\nA. de Vries",
        ]
    )


def test_a_page_break_in_mid_sentence_is_bridged() -> None:
    wrapped = textwrap.fill("het kabinet maakt extra middelen vrij voor kennis over mensenrechten " * 6, 72)
    head, tail = wrapped.rsplit("\n", 1)
    assert normalise(f"{head}\n\n\n\n{tail}") == normalise(wrapped)
    assert "\n" not in normalise(wrapped)


def test_lines_of_paragraphs_are_not_wrapped_text() -> None:
    paragraphs = ["Kort.", "Een wat langere alinea die op één regel staat, zoals Word en HTML ze geven. " * 4]
    assert estimate_wrap_width(paragraphs * 3) is None
    assert normalise("Inbreng leden van de VVD-fractie\nDe leden hebben vragen.") == (
        "Inbreng leden van de VVD-fractie\nDe leden hebben vragen."
    )


# --- properties --------------------------------------------------------------------------------

_WORDS = ["het", "kabinet", "beleids-", "voorstellen", "IMVO-", "EU", "en", "textiel-", "Noord-", "Brabant,"]
_WORDS += ["zaken.", "Vraag", "1", "A.", "de", "Vries", "ten", "aanzien", "Oekraïne", "«ja»", "–", "•"]
_FRAGMENTS = [*_WORDS, "\n", "\n\n", "\n ", " ", "\t", "\r\n", "\u00ad", "\u00a0", "\x00", "e\u0301"]
_FRAGMENTS += ["[footnoteRef:2]", "[bookmark: _Hlk1]", "[2:  noot]", "[", "]", "[menu] [zoek]", "x" * 70]

documents = st.lists(st.sampled_from(_FRAGMENTS), max_size=120).map("".join)
wrapped_documents = st.builds(
    lambda paragraphs, width: "\n\n".join(textwrap.fill(" ".join(p), width) for p in paragraphs),
    st.lists(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=80), min_size=1, max_size=6),
    st.integers(min_value=20, max_value=110),
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(), documents, wrapped_documents))
def test_normalise_is_idempotent(raw: str) -> None:
    once = normalise(raw)
    assert normalise(once) == once


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(st.characters(exclude_characters="[]")), wrapped_documents))
def test_normalise_keeps_every_word_character(raw: str) -> None:
    """Without brackets there are no artefacts or menus to drop: every letter and digit stays, in order."""
    assert _letters(normalise(raw)) == _letters(raw)


@given(st.text())
def test_normalized_lines_are_tidy(raw: str) -> None:
    text = normalise(raw)
    assert "\r" not in text and "\n\n\n" not in text
    assert text == text.strip()
    assert all(line == line.strip(" \t") for line in text.split("\n"))


# --- the seeds (../shared) ---------------------------------------------------------------------


@pytest.mark.seeds
def test_seed_000_hyphenation_and_signature(seeds: Path) -> None:
    text = _seed(seeds, "000")
    assert "beleidsvoorstellen" in text and "Productenverordening" in text
    assert "-\n" not in text
    assert "De Staatssecretaris van Buitenlandse Zaken,\nA. de Vries" in text
    assert text.startswith("Nr. 396 BRIEF VAN")


@pytest.mark.seeds
def test_seed_001_navigation_dropped_header_kept(seeds: Path) -> None:
    text = _seed(seeds, "001")
    assert "[overzicht]" not in text and "[toezeggingen]" not in text
    assert "datum: 2026-01-30" in text
    assert "Onderdeel van kamerstukdossier 36180 -196" in text


@pytest.mark.seeds
def test_seed_002_questions_and_answers(seeds: Path) -> None:
    text = _seed(seeds, "002")
    assert re.search(r"^Vraag 1$", text, re.MULTILINE) and re.search(r"^Antwoord 1$", text, re.MULTILINE)
    assert re.search(r"^Antwoord 2$", text, re.MULTILINE)  # after a page break (" Antwoord 2")
    assert "van het kledingconvenant, hoeveel misstanden" in text
    assert "de textiel- en kledingmarkt" in text


@pytest.mark.seeds
def test_seed_003_signature_and_page_break(seeds: Path) -> None:
    text = _seed(seeds, "003")
    assert "De minister voor Buitenlandse Handel en Ontwikkelingssamenwerking,\nS.A.M. Kaag" in text
    assert "vergroten van kennis ten aanzien van China" in text


@pytest.mark.seeds
def test_seed_004_word_conversion_artefacts(seeds: Path) -> None:
    text = _seed(seeds, "004")
    assert "[bookmark:" not in text and "[footnoteRef:" not in text
    assert "“Assessing Forced Labour Risks in Dutch Imports” helpt" in text
    assert "\n2 Assessing Forced Labour Risks in Dutch Imports | Rapport | Rijksoverheid.nl\n" in text


@pytest.mark.seeds
@pytest.mark.parametrize("number", ["000", "002", "003"])
def test_seed_words_all_survive(seeds: Path, number: str) -> None:
    (path,) = seeds.glob(f"{number}_*.txt")
    raw = path.read_text(encoding="utf-8")
    assert _letters(normalise(raw)) == _letters(raw)


@pytest.mark.seeds
def test_real_documents_are_normalized_idempotently(seeds: Path) -> None:
    for path in sorted([*seeds.glob("*.txt"), *(seeds.parent / "dev").glob("*.txt")]):
        text = normalise(path.read_text(encoding="utf-8"))
        assert normalise(text) == text, path.name
