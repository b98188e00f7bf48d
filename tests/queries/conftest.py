"""A corpus that restates a lot, for the query tests: the seeds plus a second copy of one letter
under another name (a document of its own: every sentence, mention and relation stated again) and
a second file of one paper (the same paper node: its metadata and the papers it cites stated in two
graphs). Built in a temporary folder; no corpus text enters the repository."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import SEEDS, SHARED, need, run_cli

#: a note written for the tests: no title line, date, number, signer or kind of its own
UNTITLED_NOTE = (
    "het kabinet steunt Invest International bij de uitvoering van het Dutch Good Growth Fund.\n\n"
    "De Rijksdienst voor Ondernemend Nederland voert de regeling uit.\n"
)


@pytest.fixture(scope="session")
def restated_store(seeds: Path, cli: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("restated")
    corpus = folder / "corpus"
    shutil.copytree(seeds, corpus)
    (letter,), (paper,) = seeds.glob("000_*"), seeds.glob("001_*")
    shutil.copy(letter, corpus / "900_copy-of-a-letter.txt")  # no kamerstuk: a document of its own
    shutil.copy(paper, corpus / "901_second-file-of-a-paper.txt")  # kamerstuk 36180-196: the same paper
    store = folder / "store"
    run_cli(cli, "build", str(corpus), "--store", str(store))
    return store


@pytest.fixture(scope="session")
def gappy_store(cli: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Documents with the gaps real ones have: the 24 of dev-b (Handelingen and Kamervragen without
    a signer, excerpts without a date or a number of their own), a note with no title, date, number
    or signer, and two files of one paper that say different things (a letter and the first part
    of it, as a full text and an excerpt of one paper would: the statements of the rest are the
    full file's only)."""
    folder = tmp_path_factory.mktemp("gappy")
    corpus = folder / "corpus"
    shutil.copytree(need(SHARED / "corpus" / "dev-b"), corpus, ignore=shutil.ignore_patterns("*.tsv"))
    (corpus / "990_untitled-note.txt").write_text(UNTITLED_NOTE, encoding="utf-8")
    (letter,) = need(SEEDS).glob("001_*")  # kamerstuk 36180-196
    text = letter.read_text(encoding="utf-8")
    (corpus / "991_a-letter.txt").write_text(text, encoding="utf-8")
    (corpus / "992_the-letters-first-part.txt").write_text(text[: len(text) * 2 // 5], encoding="utf-8")
    store = folder / "store"
    run_cli(cli, "build", str(corpus), "--store", str(store))
    return store
