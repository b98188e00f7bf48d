"""Builds the spaCy pipelines: the paragraph pipeline from its config (blank Dutch, or a trained
pipeline's NER, plus our components) and the syntax pipeline (the project's trained UD pipeline).

The components are registered by name (`bg_sentencizer`, `bg_vocabulary`, `bg_rules`,
`bg_trained_ner`) so the pipeline is described by `pipeline.cfg` and each part can be tested alone;
the tokenizer is registered too (`beleidsgraaf.Tokenizer.v1`), so that the trained pipeline's config
names it and the pipeline is trained and run on the tokens the rules see.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, load_config, registry

from beleidsgraaf.base.errors import BeleidsgraafError
from beleidsgraaf.extract import components  # noqa: F401  (registers the factories)

CONFIG_FILE = Path(__file__).with_name("pipeline.cfg")
#: the project's own Dutch pipeline (morphologizer, lemmatizer, dependency parser), trained on
#: Universal Dependencies by `make model` (`extract/ud.py`, `extract/ud.cfg`) and shipped in the
#: package: the default syntax pipeline
UD_PIPELINE = Path(__file__).with_name("ud_pipeline")
#: the `--spacy-model` for no trained pipeline at all: spaCy's blank Dutch and the rules
BLANK = "blank"
#: the registered name of the project's tokenizer (`create_tokenizer`)
TOKENIZER = "beleidsgraaf.Tokenizer.v1"

#: Split Dutch compounds at hyphens between word characters ("OESO-richtlijnen", "D66-fractie"),
#: so that names inside compounds are tokens of their own; split name lists ("Koerhuis/Van der
#: Molen") and footnote numbers glued to a word ("Commissie.3").
EXTRA_INFIXES = (
    r"(?<=[^\W_])-(?=[^\W_])",
    r"(?<=[^\W_])/(?=[^\W_])",
    r"(?<=[^\W\d_]{2})\.(?=\d)",
    r"(?<=[^\W\d_]{2})\[(?=\d)",  # "Ceder[4]": a bracketed footnote number after a name
)
#: a footnote number glued to the end of a word ("Strategie15") or to a closing quote ("«Veilige
#: e-commerce»3"), and the plural or possessive of an acronym ("ROM’s"), split off so the word
#: itself is a token
EXTRA_SUFFIXES = (r"(?<=[a-zà-ÿ]{3})\d{1,3}", r"(?<=[»”’])\d{1,3}", r"(?<=[A-Z])['’]s")


class PipelineError(BeleidsgraafError):
    """The configured spaCy pipeline could not be built."""


#: a run without white space this long is one token: spaCy splits affixes off a run one at a time,
#: searching the whole rest for a suffix each time, so "(((…" or "’’’…" took time quadratic in its
#: length (80 s for 20,000 brackets). No word is this long; a URL may be, see `WRAPPED_URL`.
LONG_RUN = 200
#: a URL with at most a few marks around it ("(https://…).", "“www.…”,"): spaCy still splits those
#: off and keeps the URL one token, in as few steps as there are marks
WRAPPED_URL = r"[^\w\s]{0,8}(?:[A-Za-z][A-Za-z0-9+.\-]{1,30}://|www\.)\S*[^\W_][^\w\s]{0,8}"
#: the tokenizer's `token_match`: a run of `LONG_RUN` characters or more that is not a wrapped URL
#: stays one token as it is. Shorter runs are tokenised as without it (it is consulted before affixes
#: are split off). A regex rather than a function, so that a trained pipeline saves and loads it.
LONG_RUN_MATCH = re.compile(rf"(?s)(?=.{{{LONG_RUN}}})(?!(?:{WRAPPED_URL})\Z)", re.IGNORECASE)


def _tune_tokenizer(nlp: Language) -> None:
    nlp.tokenizer = _tuned_tokenizer(nlp)


def _tuned_tokenizer(nlp: Language) -> Tokenizer:
    """spaCy's Dutch tokenizer with the infixes, suffixes and `token_match` above."""
    defaults = nlp.Defaults
    return Tokenizer(
        nlp.vocab,
        rules=defaults.tokenizer_exceptions,
        prefix_search=compile_prefix_regex(defaults.prefixes).search,
        suffix_search=compile_suffix_regex(list(EXTRA_SUFFIXES) + list(defaults.suffixes)).search,
        infix_finditer=compile_infix_regex(list(defaults.infixes) + list(EXTRA_INFIXES)).finditer,
        token_match=LONG_RUN_MATCH.match,
        url_match=defaults.url_match,
    )


@registry.tokenizers(TOKENIZER)
def create_tokenizer() -> Callable[[Language], Tokenizer]:
    """The project's tokenizer by name, for spaCy configs (`[nlp.tokenizer] @tokenizers = ...`):
    the trained pipeline is trained and run with the tokenizer the rules see."""
    return _tuned_tokenizer


def blank_pipeline() -> Language:
    """spaCy's blank Dutch with the project's tokenizer, named in its config as a trained one is."""
    return spacy.blank("nl", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}})


@cache
def build_pipeline(model: str | None = None, ner: bool = False) -> Language:
    """The paragraph pipeline: the project's tokenizer, sentencizer, vocabulary and rules, and the
    NER of `model` when it names a trained pipeline with one (an installed package or a folder),
    whose entities add candidates. The default (None) and `blank` have no NER: blank Dutch + rules.
    With `ner`, the project's own NER (`bg_ner`, trained by `make ner`) adds candidates after the rules.
    """
    config = load_config(CONFIG_FILE)
    nlp = _base_pipeline(model)
    _tune_tokenizer(nlp)  # before the components, which tokenise their patterns with it
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("bg_trained_ner", last=True)
    for name in config["nlp"]["pipeline"]:
        nlp.add_pipe(name, config=dict(config["components"].get(name, {})))
    if ner:
        try:
            nlp.add_pipe("bg_ner", config=dict(config["components"].get("bg_ner", {})))
        except OSError as exc:
            raise PipelineError(str(exc)) from exc
    return nlp


def _base_pipeline(model: str | None) -> Language:
    if model in (None, BLANK):
        return blank_pipeline()
    nlp = _load(model, exclude=["lemmatizer"])
    if "ner" not in nlp.pipe_names:  # nothing of it is used on paragraphs
        return blank_pipeline()
    # our sentencizer replaces the parser's segmentation, so sentences are the same either way
    for name in ("parser", "senter"):
        if name in nlp.pipe_names:
            nlp.disable_pipe(name)
    return nlp


@cache
def build_syntax_pipeline(model: str | None = None) -> Language | None:
    """The pipeline that parses the sentences relations are read from (`extract.syntax`): the
    project's own (`UD_PIPELINE`) by default, `model` when it names another trained pipeline with a
    parser; None with `blank` or a pipeline without one. Its tokenizer is the paragraph pipeline's,
    whatever the pipeline saved, so that tokens and mention offsets agree."""
    if model == BLANK:
        return None
    if model is None and not (UD_PIPELINE / "config.cfg").is_file():
        raise PipelineError(f"the project's trained pipeline is missing from {UD_PIPELINE}: run `make model`")
    nlp = _load(str(UD_PIPELINE) if model is None else model, exclude=["ner", "senter"])
    if "parser" not in nlp.pipe_names:
        return None
    _tune_tokenizer(nlp)
    return nlp


def _load(model: str, exclude: list[str]) -> Language:
    try:
        return spacy.load(model, exclude=exclude)
    except OSError as exc:
        raise PipelineError(f"spaCy model {model!r} is not installed: {exc}") from exc


@cache
def pipeline_id(model: str | None = None) -> str:
    """Which pipelines extraction runs with, for the extraction key: `blank:nl`, or the trained
    pipeline's name, version and a digest of its files, so that a retrained pipeline re-extracts."""
    if model == BLANK:
        return "blank:nl"
    path = _model_path(model)
    if path is None:  # building the pipeline will say that it is not installed
        return model or "missing"
    meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
    return f"{meta['lang']}_{meta['name']}-{meta['version']}:{_digest(path)}"


def _model_path(model: str | None) -> Path | None:
    if model is None:
        return UD_PIPELINE if (UD_PIPELINE / "meta.json").is_file() else None
    if (Path(model) / "meta.json").is_file():
        return Path(model)
    if spacy.util.is_package(model):
        return spacy.util.get_package_path(model)
    return None


def _digest(folder: Path) -> str:
    """sha256 of a pipeline's files, names and bytes (cached byte code left out)."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
        digest.update(hashlib.file_digest(path.open("rb"), "sha256").digest())
    return digest.hexdigest()[:16]


PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
#: a longer paragraph is parsed in pieces (spaCy refuses a text over `nlp.max_length`, 1,000,000
#: characters); no real paragraph comes near it
MAX_PARAGRAPH = 100_000
#: up to the last white space (of a window of the text)
_UP_TO_LAST_SPACE = re.compile(r".*\s", re.DOTALL)


def paragraphs(text: str) -> list[tuple[int, str]]:
    """Paragraphs with their offsets: spaCy's tokenizer is ~5x faster on paragraphs than on whole
    documents (its special-case cache stops after the first abbreviation in a Doc). A paragraph
    longer than `MAX_PARAGRAPH` is cut after the last white space before that length, or at it."""
    out: list[tuple[int, str]] = []
    pos = 0
    for m in PARAGRAPH_BREAK.finditer(text):
        _add_paragraph(out, text, pos, m.start())
        pos = m.end()
    _add_paragraph(out, text, pos, len(text))
    return out


def _add_paragraph(out: list[tuple[int, str]], text: str, start: int, end: int) -> None:
    while end - start > MAX_PARAGRAPH:
        space = _UP_TO_LAST_SPACE.match(text, start, start + MAX_PARAGRAPH)
        cut = space.end() if space else start + MAX_PARAGRAPH
        if text[start:cut].strip():
            out.append((start, text[start:cut]))
        start = cut
    if text[start:end].strip():
        out.append((start, text[start:end]))


def parse(nlp: Language, text: str) -> list[tuple[int, Doc]]:
    """Every paragraph of `text` through the pipeline, with the paragraph's offset in `text`."""
    paras = paragraphs(text)
    docs = nlp.pipe(p for _, p in paras)
    return [(offset, doc) for (offset, _), doc in zip(paras, docs, strict=True)]


def sentence_spans(text: str, offset: int, doc: Doc) -> list[tuple[int, int]]:
    """The sentences of a paragraph parsed at `offset`, as offsets into `text` without the white
    space at their ends: what extraction keeps, and what a compact store's reader segments again."""
    out = []
    for sentence in doc.sents:
        start, end = offset + sentence.start_char, offset + sentence.end_char
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        out.append((start, end))
    return out
