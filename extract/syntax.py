"""The syntax stage: the sentences relations may be read from, parsed by the syntax pipeline.

A relation joins two entities, so only a sentence that mentions two or more different entities is
parsed (about a third of the words of the seeds); the rest of the text never reaches the parser.

The API the relation rules call:

    parse_sentences(syntax_nlp, text, spans) -> list[tuple[int, Doc]]

each span `(start, end)` of `text` parsed on its own, as `(start, doc)`: `doc.text == text[start:end]`,
so a token's offset in the document is `start + token.idx`. The Docs carry POS and morphology
(`token.pos_`, `token.morph`), lemmas (`token.lemma_`) and dependencies (`token.dep_`,
`token.head`), tokenised by the project's tokenizer as the paragraphs are. `Extraction.parsed`
holds them for one document: `sentences_to_parse` chose the spans; empty without a syntax pipeline
(`--spacy-model blank`).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc

from beleidsgraaf.extract.model import Mention


def sentences_to_parse(mentions: Iterable[Mention], min_entities: int = 2) -> list[tuple[int, int]]:
    """The sentences (start, end) that mention at least `min_entities` different entities, in order."""
    entities: dict[tuple[int, int], set[str]] = {}
    for m in mentions:
        if m.sentence.end > m.sentence.start:
            entities.setdefault((m.sentence.start, m.sentence.end), set()).add(m.entity_id)
    return sorted(span for span, ids in entities.items() if len(ids) >= min_entities)


def parse_sentences(syntax_nlp: Language, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, Doc]]:
    """Each span of `text` through the syntax pipeline, with its start offset in `text`."""
    docs = syntax_nlp.pipe(text[start:end] for start, end in spans)
    return [(start, doc) for (start, _), doc in zip(spans, docs, strict=True)]


def parse_for_relations(syntax_nlp: Language | None, text: str, mentions: Iterable[Mention]) -> list[tuple[int, Doc]]:
    """The parsed sentences of a document that relations may be read from; none without a pipeline."""
    if syntax_nlp is None:
        return []
    return parse_sentences(syntax_nlp, text, sentences_to_parse(mentions))
