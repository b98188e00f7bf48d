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
#: a footnote number glued to the end of a word ("Strategie15"), and the plural or possessive of an
#: acronym ("ROM’s"), split off so the word itself is a token
EXTRA_SUFFIXES = (r"(?<=[a-zà-ÿ]{3})\d{1,3}", r"(?<=[A-Z])['’]s")


class PipelineError(BeleidsgraafError):
    """The configured spaCy pipeline could not be built."""


def _tune_tokenizer(nlp: Language) -> None:
    infixes = list(nlp.Defaults.infixes) + list(EXTRA_INFIXES)
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    suffixes = list(EXTRA_SUFFIXES) + list(nlp.Defaults.suffixes)
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search


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


def paragraphs(text: str) -> list[tuple[int, str]]:
    """Paragraphs with their offsets: spaCy's tokenizer is ~5x faster on paragraphs than on whole
    documents (its special-case cache stops after the first abbreviation in a Doc)."""
    out: list[tuple[int, str]] = []
    pos = 0
    for m in PARAGRAPH_BREAK.finditer(text):
        if text[pos : m.start()].strip():
            out.append((pos, text[pos : m.start()]))
        pos = m.end()
    if text[pos:].strip():
        out.append((pos, text[pos:]))
    return out


def parse(nlp: Language, text: str) -> list[tuple[int, Doc]]:
    """Every paragraph of `text` through the pipeline, with the paragraph's offset in `text`."""
    paras = paragraphs(text)
    docs = nlp.pipe(p for _, p in paras)
    return [(offset, doc) for (offset, _), doc in zip(paras, docs, strict=True)]
