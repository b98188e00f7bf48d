"""Text that reads fine but makes extraction slow or hungry: runs that regexes or spaCy's tokenizer
handle in quadratic time, and one sentence without end holding many mentions.

Each input is sized so that the quadratic code takes seconds and linear code a fraction of the
budget. The xfail marks name bugs in extraction code (not in the readers); they are strict, so a fix
shows up as XPASS until its mark is removed.
"""

from __future__ import annotations

import hashlib
import time
import tracemalloc
from pathlib import Path

import pytest

from beleidsgraaf.extract.extractor import Extractor
from beleidsgraaf.extract.model import SourceText
from beleidsgraaf.extract.normalize import normalize

BUDGET_SECONDS = 1.0


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _source(text: str) -> SourceText:
    return SourceText(Path("patho.txt"), text, "txt", hashlib.sha256(text.encode()).hexdigest())


def _seconds(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


@pytest.mark.xfail(
    strict=True,
    raises=AssertionError,
    reason="normalize._NOTE_BODY: `\\s+` then `[^\\[\\]]*` both match whitespace, so `[1:` before a long "
    "run of whitespace backtracks quadratically",
)
def test_note_marker_before_a_long_run_of_whitespace() -> None:
    assert _seconds(lambda: normalize("[1:" + " " * 20_000 + "x")) < BUDGET_SECONDS


@pytest.mark.xfail(
    strict=True,
    raises=AssertionError,
    reason="spaCy's tokenizer splits affixes off a long whitespace-free run one at a time, re-searching "
    "the rest each time (quadratic); nlp._tune_tokenizer sets no token_match for such runs",
)
def test_long_run_of_punctuation(extractor: Extractor) -> None:
    assert _seconds(lambda: extractor.extract(_source("(" * 4_000))) < BUDGET_SECONDS


@pytest.mark.xfail(
    strict=True,
    raises=AssertionError,
    reason="rules.names.proper_names drops leading function words with `words = words[1:]` and "
    "text.index, quadratic in the words of one capitalised run",
)
def test_long_run_of_capitalised_function_words(extractor: Extractor) -> None:
    assert _seconds(lambda: extractor.extract(_source("De " * 40_000))) < BUDGET_SECONDS


@pytest.mark.xfail(
    strict=True,
    raises=AssertionError,
    reason="resolve.COMPOUND `^(?P<name>.*[A-Z].*)-(?P<head>[a-z]{4,})$` backtracks quadratically on a "
    "long candidate surface that does not end in -head",
)
def test_long_capitalised_name(extractor: Extractor) -> None:
    assert _seconds(lambda: extractor.extract(_source("Stichting " * 7_000))) < BUDGET_SECONDS


@pytest.mark.xfail(
    strict=True,
    raises=AssertionError,
    reason="resolve.sentence_at copies the whole sentence into every mention's evidence: a sentence "
    "without end of n characters holding m mentions costs n×m memory (100 kB of 'Oekraïne, ' → 1 GB)",
)
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
