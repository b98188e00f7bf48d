"""Text that reads fine but makes extraction slow or hungry: runs that regexes or spaCy's tokenizer
handle in quadratic time, and one sentence without end holding many mentions.

Time is not asserted (the machine's load is not the code's): how it grows is. Each input is run at
a quarter of its size and at its size, in the same process and after a warm-up, and four times the
input may take at most eight times as long: linear code takes four, the quadratic code these tests
were written against sixteen. The bugs were in extraction code, not in the readers.
"""

from __future__ import annotations

import hashlib
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

from beleidsgraaf.extract.components import MAX_SENTENCE_CHARS
from beleidsgraaf.extract.extractor import Extractor
from beleidsgraaf.extract.model import SourceText
from beleidsgraaf.extract.nlp import MAX_PARAGRAPH, paragraphs
from beleidsgraaf.extract.normalise import normalise

#: how much longer four times the input may take (linear: 4, quadratic: 16)
MAX_GROWTH = 8.0


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _source(text: str) -> SourceText:
    return SourceText(Path("patho.txt"), text, "txt", hashlib.sha256(text.encode()).hexdigest())


def _seconds(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def growth(action: Callable[[str], object], text: Callable[[int], str], size: int, repeats: int = 3) -> float:
    """How many times longer `action` takes on `text(size)` than on `text(size // 4)`: the best of
    `repeats` runs each, alternated so that no cache keeps one size's result for the next run."""
    small, big = text(size // 4), text(size)
    action(small), action(big)  # warm-up: spaCy's vocabulary and the rules' compiled patterns
    times: dict[str, list[float]] = {"small": [], "big": []}
    for _ in range(repeats):
        times["small"].append(_seconds(lambda: action(small)))
        times["big"].append(_seconds(lambda: action(big)))
    return min(times["big"]) / max(min(times["small"]), 1e-6)


def test_note_marker_before_a_long_run_of_whitespace() -> None:
    # milliseconds at 80,000 characters, where a busy machine's scheduling decided the ratio (9 once)
    assert growth(normalise, lambda n: "[1:" + " " * n + "x", 320_000, repeats=7) < MAX_GROWTH


def test_long_run_of_punctuation(extractor: Extractor) -> None:
    assert growth(lambda t: extractor.extract(_source(t)), lambda n: "(" * n, 4_000) < MAX_GROWTH


def test_long_run_of_capitalised_function_words(extractor: Extractor) -> None:
    assert growth(lambda t: extractor.extract(_source(t)), lambda n: "De " * n, 40_000) < MAX_GROWTH


def test_long_capitalised_name(extractor: Extractor) -> None:
    assert growth(lambda t: extractor.extract(_source(t)), lambda n: "Stichting " * n, 7_000) < MAX_GROWTH


def test_endless_sentence_of_mentions_costs_bounded_memory(extractor: Extractor) -> None:
    text = "Oekraïne, " * 5_000
    extractor.nlp.tokenizer(text)  # the tokenizer's cache is not what is measured
    tracemalloc.start()
    try:
        extraction = extractor.extract(_source(text))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(extraction.mentions) >= 5_000
    assert peak < 50 * 1024 * 1024, f"{peak / 1024 / 1024:.0f} MB for 50 kB of text"


def test_endless_sentence_is_cut_into_sentences_of_bounded_length(extractor: Extractor) -> None:
    text = "Oekraïne, " * 5_000
    extraction = extractor.extract(_source(text))
    lengths = {len(m.sentence.text) for m in extraction.mentions}
    assert max(lengths) <= MAX_SENTENCE_CHARS
    assert all(text[m.sentence.start : m.sentence.end] == m.sentence.text for m in extraction.mentions)


def test_long_paragraph_is_parsed_in_pieces_at_white_space() -> None:
    word = "Oekraïne "
    text = "Kort.\n\n" + word * 25_000 + "x" * 150_000 + "\n\nEinde."
    pieces = paragraphs(text)
    assert pieces[0] == (0, "Kort.") and pieces[-1][1] == "Einde."
    for offset, piece in pieces:
        assert text[offset : offset + len(piece)] == piece and len(piece) <= MAX_PARAGRAPH
    assert "".join(p for _, p in pieces[1:-1]) == word * 25_000 + "x" * 150_000
    # cut after the last space before the limit, and hard at the limit in a run without one
    assert [len(p) for _, p in pieces[1:-1]] == [99_999, 99_999, 25_002, MAX_PARAGRAPH, 50_000]


def test_long_url_is_tokenised_as_before(extractor: Extractor) -> None:
    url = "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX%3A32023R1115&from=EN&q=" + "ab" * 120
    tokens = [t.text for t in extractor.nlp.make_doc(f"Zie ({url}). Daarna")]
    assert tokens == ["Zie", "(", url, ")", ".", "Daarna"]
