"""The syntax stage: the sentences relations may be read from, parsed by the syntax pipeline.

A relation joins two entities, so only a sentence that mentions two or more different entities is
parsed (about a third of the words of the seeds), and of those only one where two of them have
types some predicate joins (`RELATED`: not persons alone, nor places), and of those only one that
holds the cue of some syntax rule (`syntax_relations.Cue`: a word its heads are found by, and two
entities of the types it joins), since no rule reads anything from any other; the rest of the text
never reaches the parser, which costs far more per word than the rules.

The API the relation rules call:

    parse_sentences(syntax_nlp, text, spans) -> list[tuple[int, Doc]]

each span `(start, end)` of `text` parsed on its own, as `(start, doc)`: `doc.text == text[start:end]`,
so a token's offset in the document is `start + token.idx`. The Docs carry POS and morphology
(`token.pos_`, `token.morph`), lemmas (`token.lemma_`) and dependencies (`token.dep_`,
`token.head`), tokenised by the project's tokenizer as the paragraphs are. `Extraction.parsed`
holds them for one document: `sentences_to_parse` chose the spans (with the text, by the cues);
empty without a syntax pipeline (`--spacy-model blank`).
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable, Mapping

from spacy.language import Language
from spacy.tokens import Doc

from beleidsgraaf.extract.model import Mention
from beleidsgraaf.extract.syntax_relations import may_read
from beleidsgraaf.ontology import ACTORS, ENTITY_TYPES, MEANS

_ACTORS = tuple(t for t in ENTITY_TYPES if t in ACTORS)
_WORKS = tuple(t for t in ENTITY_TYPES if t in MEANS)
#: the pairs of core types that an entity-to-entity predicate of the guidelines joins, either way:
#: memberOf, responsibleFor (Person or Organisation → Instrument, Policy, Organisation), implements,
#: transposes, amends, partOf, cooperatesWith, partnerOf (Country or Organisation → Country),
#: supports and opposes (an actor → Policy or Instrument)
RELATED: frozenset[frozenset[str]] = frozenset(
    frozenset(pair)
    for pairs in (
        itertools.product(("Person", "Organisation"), (*_WORKS, "Organisation")),
        itertools.product(_WORKS, _WORKS),
        itertools.product(("Country", "Organisation"), ("Country",)),
        itertools.product(_ACTORS, _WORKS),
    )
    for pair in pairs
)


def sentences_to_parse(
    mentions: Iterable[Mention],
    types: Mapping[str, str] | None = None,
    min_entities: int = 2,
    text: str | None = None,
) -> list[tuple[int, int]]:
    """The sentences (start, end) that mention at least `min_entities` different entities, in order;
    with `types` (entity id → core type), only those where two of them have `RELATED` types; with
    `types` and the document's `text` too, only those where some syntax rule's cue holds."""
    mentions = sorted(mentions, key=lambda m: m.start)
    entities: dict[tuple[int, int], set[str]] = {}
    for m in mentions:
        if m.sentence.end > m.sentence.start:
            entities.setdefault((m.sentence.start, m.sentence.end), set()).add(m.entity_id)
    spans = sorted(
        span
        for span, ids in entities.items()
        if len(ids) >= min_entities and (types is None or _may_relate(ids, types))
    )
    if text is None or types is None:
        return spans
    starts = [m.start for m in mentions]
    return [span for span in spans if may_read(text[slice(*span)], _types_in(span, mentions, starts, types))]


def _may_relate(ids: set[str], types: Mapping[str, str]) -> bool:
    return any(frozenset((types.get(a), types.get(b))) in RELATED for a, b in itertools.combinations(ids, 2))


def _types_in(
    span: tuple[int, int], mentions: list[Mention], starts: list[int], types: Mapping[str, str]
) -> dict[str, str]:
    """The core types of the entities mentioned in a span, as the rules see them: the mentions that
    start inside it (`syntax_relations.parsed_relations`); `mentions` sorted by start, `starts`
    theirs."""
    lo, hi = bisect.bisect_left(starts, span[0]), bisect.bisect_left(starts, span[1])
    return {m.entity_id: types.get(m.entity_id, "") for m in mentions[lo:hi]}


def parse_sentences(syntax_nlp: Language, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, Doc]]:
    """Each span of `text` through the syntax pipeline, with its start offset in `text`."""
    docs = syntax_nlp.pipe(text[start:end] for start, end in spans)
    return [(start, doc) for (start, _), doc in zip(spans, docs, strict=True)]


def parse_for_relations(
    syntax_nlp: Language | None,
    text: str,
    mentions: Iterable[Mention],
    types: Mapping[str, str] | None = None,
) -> list[tuple[int, Doc]]:
    """The parsed sentences of a document that relations may be read from (`sentences_to_parse`);
    none without a pipeline."""
    if syntax_nlp is None:
        return []
    return parse_sentences(syntax_nlp, text, sentences_to_parse(mentions, types, text=text))
