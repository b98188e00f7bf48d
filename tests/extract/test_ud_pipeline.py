"""The project's trained pipeline (extract/ud_pipeline) as extraction uses it: loaded by default,
parsing only the sentences relations may come from, tokenising as the rules do, named in the
extraction key; `blank` without it; and its training data (extract/ud.py) from ../shared/ud."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import spacy
from spacy.tokens import DocBin

from beleidsgraaf.extract import ud
from beleidsgraaf.extract.extractor import Extractor
from beleidsgraaf.extract.model import Mention, Span
from beleidsgraaf.extract.nlp import (
    UD_PIPELINE,
    blank_pipeline,
    build_pipeline,
    build_syntax_pipeline,
    paragraphs,
)
from beleidsgraaf.extract.readers import read
from beleidsgraaf.extract.syntax import RELATED, sentences_to_parse
from beleidsgraaf.pipeline import extraction_key
from beleidsgraaf.settings import Settings
from tests.conftest import SHARED, need

SEED = "002_668d097cf5a69ed0.txt"


@pytest.fixture(scope="module")
def seed(seeds: Path):
    return read(seeds / SEED)


@pytest.fixture(scope="module")
def extraction(seed):
    return Extractor().extract(seed)


def test_the_default_extractor_parses_with_the_shipped_pipeline(extraction, seed) -> None:
    syntax = Extractor().syntax
    assert syntax is not None and syntax.meta["name"] == ud.NAME
    assert {"morphologizer", "trainable_lemmatizer", "parser"} <= set(syntax.pipe_names)
    assert extraction.parsed
    text = seed.text
    for offset, doc in extraction.parsed:
        assert text[offset : offset + len(doc.text)] == doc.text
        assert doc.has_annotation("DEP") and doc.has_annotation("POS") and doc.has_annotation("LEMMA")


def test_only_sentences_where_two_entities_may_relate_are_parsed(extraction) -> None:
    entities: dict[tuple[int, int], set[str]] = {}
    for m in extraction.mentions:
        entities.setdefault((m.sentence.start, m.sentence.end), set()).add(m.entity_id)
    types = {i: e.core_type for i, e in extraction.entities.items()}
    wanted = sorted(
        span
        for span, ids in entities.items()
        if any(frozenset((types[a], types[b])) in RELATED for a in ids for b in ids if a != b)
    )
    parsed = [(offset, offset + len(doc.text)) for offset, doc in extraction.parsed]
    # of those, the ones where a syntax rule's cue holds (tests/extract/test_syntax_cues.py)
    assert parsed and set(parsed) <= set(wanted) and parsed == sorted(parsed)
    assert len(parsed) < len(entities), "a sentence with one entity was parsed"


def _mention(start: int, end: int, entity: str, sentence: tuple[int, int]) -> Mention:
    return Mention(start, end, "x", entity, "test", Span(*sentence, ""))


def test_a_sentence_is_parsed_when_two_of_its_entities_have_types_a_predicate_joins() -> None:
    types = {"p1": "Person", "p2": "Person", "nl": "Country", "hague": "Place", "ez": "Organisation"}
    types |= {"wet": "Policy", "fonds": "Instrument", "de": "Country"}
    sentences = {
        (0, 10): ["p1", "p2", "nl"],  # persons and a country: no predicate
        (10, 20): ["ez", "hague"],  # a place: none
        (20, 30): ["p1", "wet"],  # responsibleFor, supports, opposes
        (30, 40): ["nl", "de"],  # partnerOf
        (40, 50): ["fonds", "wet"],  # partOf
        (50, 60): ["p1", "p1"],  # one entity
    }
    mentions = [
        _mention(s + n, s + n + 1, e, (s, end))
        for (s, end), ids in sentences.items()
        for n, e in enumerate(ids)
    ]
    assert sentences_to_parse(mentions, types) == [(20, 30), (30, 40), (40, 50)]
    assert sentences_to_parse(mentions) == [(0, 10), (10, 20), (20, 30), (30, 40), (40, 50)]


def test_blank_has_no_syntax_pipeline_and_still_extracts(seed) -> None:
    extractor = Extractor("blank")
    assert extractor.syntax is None
    x = extractor.extract(seed)
    assert x.parsed == []
    assert len({m.entity_id for m in x.mentions}) > 10 and x.relations


def _copy(tmp_path: Path, name: str) -> Path:
    return Path(shutil.copytree(UD_PIPELINE, tmp_path / name))


@pytest.fixture
def copied(tmp_path: Path) -> Path:
    return _copy(tmp_path, "mijn_pipeline")


def test_a_trained_pipeline_given_as_a_folder_is_used(copied: Path, seed) -> None:
    meta = (copied / "meta.json").read_text(encoding="utf-8")
    (copied / "meta.json").write_text(meta.replace(f'"{ud.NAME}"', '"mijn_ud"', 1), encoding="utf-8")
    extractor = Extractor(str(copied))
    assert extractor.syntax is not None and extractor.syntax.meta["name"] == "mijn_ud"
    assert extractor.extract(seed).parsed


def test_the_extraction_key_names_the_pipeline_and_its_files(tmp_path: Path) -> None:
    shipped = extraction_key(Settings())
    assert extraction_key(Settings(spacy_model="blank")) != shipped
    # the same files elsewhere are the same pipeline; one changed file makes another
    assert extraction_key(Settings(spacy_model=str(_copy(tmp_path, "kopie")))) == shipped
    changed = _copy(tmp_path, "hertraind")
    with (changed / "parser" / "cfg").open("a", encoding="utf-8") as f:
        f.write("\n")
    assert extraction_key(Settings(spacy_model=str(changed))) != shipped


def test_the_syntax_pipeline_tokenises_as_the_paragraph_pipeline(seed) -> None:
    rules = build_pipeline(None)
    # the shipped pipeline as spaCy loads it, without the project resetting its tokenizer
    saved = spacy.load(UD_PIPELINE)
    syntax = build_syntax_pipeline(None)
    assert syntax is not None
    compared = 0
    for _, text in paragraphs(seed.text):
        ours = [(t.idx, len(t)) for t in rules.make_doc(text)]
        assert [(t.idx, len(t)) for t in syntax.make_doc(text)] == ours
        assert [(t.idx, len(t)) for t in saved.make_doc(text)] == ours
        compared += len(ours)
    assert compared > 1000
    hyphened = "De OESO-richtlijnen en de D66-fractie (zie www.example.nl/a-b)."
    assert [t.text for t in saved.make_doc(hyphened)] == [t.text for t in rules.make_doc(hyphened)]
    assert "richtlijnen" in [t.text for t in saved.make_doc(hyphened)]


def test_clean_lemma_removes_alpino_compound_marks() -> None:
    assert ud.clean_lemma("basis_niveau") == "basisniveau"
    assert ud.clean_lemma("af_lopen") == "aflopen"
    assert ud.clean_lemma("_") == "_" and ud.clean_lemma("a__b") == "a__b"


#: sentences taken from each UD file for the conversion tests (all of them take a minute)
SAMPLE = 300


@pytest.fixture(scope="module")
def ud_sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The first `SAMPLE` sentences of each of ../shared/ud's files, as CoNLL-U files of their own."""
    source = need(SHARED / "ud")
    folder = tmp_path_factory.mktemp("ud")
    for name in (*ud.TRAINED_ON, ud.HELD_OUT):
        sentences = (source / name).read_text(encoding="utf-8").split("\n\n")[:SAMPLE]
        (folder / name).write_text("\n\n".join(sentences) + "\n\n", encoding="utf-8")
    return folder


def _gold(path: Path) -> list[list[tuple[str, str]]]:
    """(form, lemma) of each word of each sentence of a CoNLL-U file (no multiword ranges)."""
    sentences = []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        rows = [line.split("\t") for line in block.splitlines() if line and not line.startswith("#")]
        words = [(r[1], r[2]) for r in rows if r[0].isdigit()]
        if words:
            sentences.append(words)
    return sentences


def test_conversion_splits_training_and_keeps_the_held_out_file_whole(
    ud_sample: Path, tmp_path: Path
) -> None:
    nlp = blank_pipeline()
    counts = ud.convert(ud_sample, tmp_path, nlp)
    assert counts == {
        "train": 3 * SAMPLE - 3 * (SAMPLE // ud.DEV_EVERY),
        "dev": 3 * (SAMPLE // ud.DEV_EVERY),
        "test": SAMPLE,
    }
    test = list(DocBin().from_disk(tmp_path / "test.spacy").get_docs(nlp.vocab))
    gold = _gold(ud_sample / ud.HELD_OUT)
    assert [[t.text for t in doc] for doc in test] == [[form for form, _ in words] for words in gold]
    assert [[t.lemma_ for t in doc] for doc in test] == [
        [ud.clean_lemma(lemma) for _, lemma in words] for words in gold
    ]
    # held out whole although the project's tokenizer would split some of its tokens
    assert any(len(nlp.make_doc(doc.text)) > len(doc) for doc in test)
    train = list(DocBin().from_disk(tmp_path / "train.spacy").get_docs(nlp.vocab))
    assert any(t.text == "-" and t.dep_ == "punct" for doc in train for t in doc)


def test_retokenize_keeps_the_gold_head_and_relation_on_the_head_piece(ud_sample: Path) -> None:
    nlp = blank_pipeline()
    split = 0
    for name in ud.TRAINED_ON:
        for doc in ud.read_conllu(ud_sample / name):
            new = ud.retokenize(doc, nlp)
            assert new.text == doc.text
            for token in doc:
                pieces = [p for p in new if token.idx <= p.idx < token.idx + len(token)]
                inside = {p.i for p in pieces}
                heads = [p for p in pieces if p.head.i not in inside or p.head == p]
                assert len(heads) == 1, (token.text, [p.text for p in pieces])
                head = heads[0]
                if pieces[-1].text.isalpha():  # Dutch compounds are right-headed: FARC-rebellen
                    assert head == pieces[-1], (token.text, [p.text for p in pieces])
                assert (head.dep_, head.pos_, str(head.morph)) == (token.dep_, token.pos_, str(token.morph))
                if token.head == token:
                    assert head.head == head
                else:
                    assert token.head.idx <= head.head.idx < token.head.idx + len(token.head)
                for p in pieces:
                    if p != head:
                        assert p.head == head and p.dep_ in {"compound", "punct", "nummod"}
                split += len(pieces) > 1
    assert split >= 10
