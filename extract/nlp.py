"""Builds the spaCy pipeline from its config: blank Dutch (or a trained pipeline) plus our components.

The components are registered by name (`bg_sentencizer`, `bg_vocabulary`, `bg_rules`,
`bg_trained_ner`) so the pipeline is described by `pipeline.cfg` and each part can be tested alone.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_suffix_regex, load_config

from beleidsgraaf.extract import components  # noqa: F401  (registers the factories)
from beleidsgraaf.extract.errors import BeleidsgraafError

CONFIG_FILE = Path(__file__).with_name("pipeline.cfg")

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
#: length (80 s for 20,000 brackets). No word is this long; a URL may be, see `_long_run`.
LONG_RUN = 200
#: a URL with at most a few marks around it ("(https://…).", "“www.…”,"): spaCy still splits those
#: off and keeps the URL one token, in as few steps as there are marks
WRAPPED_URL = re.compile(
    r"[^\w\s]{0,8}(?:[A-Za-z][A-Za-z0-9+.\-]{1,30}://|www\.)\S*[^\W_][^\w\s]{0,8}", re.IGNORECASE
)


def _long_run(string: str) -> bool:
    """The tokenizer's `token_match`: whether a run without white space stays one token as it is.
    Runs shorter than `LONG_RUN` are tokenised as without it (it is consulted before affixes are
    split off)."""
    return len(string) >= LONG_RUN and not WRAPPED_URL.fullmatch(string)


def _tune_tokenizer(nlp: Language) -> None:
    infixes = list(nlp.Defaults.infixes) + list(EXTRA_INFIXES)
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    suffixes = list(EXTRA_SUFFIXES) + list(nlp.Defaults.suffixes)
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    nlp.tokenizer.token_match = _long_run


@cache
def build_pipeline(model: str | None = None) -> Language:
    """The extraction pipeline; `model` names an installed trained Dutch pipeline whose NER adds candidates.

    Without a model the pipeline is `spacy.blank("nl")` plus rules, which is the default here.
    """
    config = load_config(CONFIG_FILE)
    nlp = _base_pipeline(model)
    _tune_tokenizer(nlp)  # before the components, which tokenise their patterns with it
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("bg_trained_ner", last=True)
    for name in config["nlp"]["pipeline"]:
        nlp.add_pipe(name, config=dict(config["components"].get(name, {})))
    return nlp


def _base_pipeline(model: str | None) -> Language:
    if model:
        try:
            nlp = spacy.load(model, exclude=["lemmatizer"])
        except OSError as exc:
            raise PipelineError(f"spaCy model {model!r} is not installed: {exc}") from exc
        # our sentencizer replaces the parser's segmentation, so sentences are the same either way
        for name in ("parser", "senter"):
            if name in nlp.pipe_names:
                nlp.disable_pipe(name)
        return nlp
    return spacy.blank("nl")


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
