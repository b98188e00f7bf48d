"""One document in, one `Extraction` out: metadata, candidates from the pipeline and the rules,
resolution to entities, what the statement rules state about persons (their posts and parties), and
the relations between entities."""

from __future__ import annotations

import re

from beleidsgraaf.extract.act_relations import act_relations, renewal_relations
from beleidsgraaf.extract.components import candidates
from beleidsgraaf.extract.metadata import extract_metadata
from beleidsgraaf.extract.model import Extraction, Mention, SourceText, Span
from beleidsgraaf.extract.nlp import build_pipeline, build_syntax_pipeline, parse, sentence_spans
from beleidsgraaf.extract.relations import extract_relations, ministry_relations
from beleidsgraaf.extract.resolve import Resolver, VocabularyIndex, sentence_at
from beleidsgraaf.extract.rules import Candidate, run_rules, run_statements
from beleidsgraaf.extract.source_metadata import apply_source_record, vocabulary_lookup
from beleidsgraaf.extract.sources.record import SourceRecord
from beleidsgraaf.extract.statements import MentionIndex, person_relations
from beleidsgraaf.extract.syntax import parse_for_relations
from beleidsgraaf.extract.syntax_relations import combine, parsed_relations
from beleidsgraaf.ontology.vocabulary import load_terms


class Extractor:
    """Holds the pipeline and the vocabulary index, which are costly to build, across documents."""

    def __init__(self, spacy_model: str | None = None, *, ner: bool = False) -> None:
        self.nlp = build_pipeline(spacy_model, ner)
        self.syntax = build_syntax_pipeline(spacy_model)
        self.resolver = Resolver(VocabularyIndex.build(load_terms()))

    def _ministry(self, name: str) -> str | None:
        term = self.resolver.index.lookup(name, "Organisation")
        return term.iri if term else None

    def extract(self, source: SourceText, record: SourceRecord | None = None) -> Extraction:
        """The document's extraction; a publisher's `record` (see `extract.sources`), when there is
        one, wins over what the text says about kind, date, number, title and signer."""
        extraction = self._from_text(source)
        if record is not None:
            date = record.date or extraction.metadata.date
            apply_source_record(extraction, record, vocabulary_lookup(self.resolver.index, date))
        return extraction

    def _from_text(self, source: SourceText) -> Extraction:
        text = source.text
        metadata = extract_metadata(text, source.file_name)
        found: list[Candidate] = []
        sentences: list[tuple[int, int]] = []
        for offset, doc in parse(self.nlp, text):
            found.extend(c.shifted(offset) for c in candidates(doc))
            sentences.extend(sentence_spans(text, offset, doc))
        statements = run_statements(text)
        found.extend(run_rules(text, "document", statements))
        entities, mentions = self.resolver.resolve(text, found, sentences, metadata.date)
        extraction = Extraction(source, metadata, entities, mentions)
        persons = MentionIndex(mentions, entities)
        extraction.signer = _person_at(persons, metadata.signer)
        extraction.mentions = sorted(
            mentions + _bare_role_mentions(text, extraction, sentences), key=lambda m: (m.start, m.end)
        )
        extraction.askers = [a for a in (_person_at(persons, x.name) for x in metadata.askers) if a]
        types = {i: e.core_type for i, e in extraction.entities.items()}
        extraction.parsed = parse_for_relations(self.syntax, text, extraction.mentions, types)
        netherlands = self.resolver.index.lookup("Nederland", "Country")
        country = netherlands.iri if netherlands else None
        patterns = ministry_relations(text, sentences, extraction.mentions, self._ministry)
        patterns += act_relations(text, sentences, extraction.mentions, entities)
        patterns += renewal_relations(text, sentences, extraction.mentions, entities)
        patterns += extract_relations(text, sentences, extraction.mentions, entities, country)
        syntax = None
        if self.syntax is not None:
            syntax = parsed_relations(extraction.parsed, extraction.mentions, entities, country)
        extraction.relations = (
            person_relations(text, statements, persons, sentences)
            + combine(patterns, syntax)
        )
        return extraction


def _person_at(persons: MentionIndex, span: Span | None) -> str | None:
    """The person mentioned over a span of the metadata (the signer, an asker)."""
    return persons.entity_over((span.start, span.end), "Person") if span else None


#: "de staatssecretaris", "de minister" without a portfolio: the role of the person who signs
BARE_ROLE = re.compile(r"\b[Dd]e\s+(?P<role>minister|staatssecretaris)\b(?!\s+(?:van|voor|[A-Z]))")


def _bare_role_mentions(text: str, x: Extraction, sentences: list[tuple[int, int]]) -> list[Mention]:
    """A bare role is a mention of the person holding it in this document: the signer, when their
    post is that role ("De Staatssecretaris van Buitenlandse Zaken, A. de Vries" … "de staatssecretaris")."""
    post = (x.metadata.signer_post or "").casefold()
    if not x.signer or not post:
        return []
    taken = [(m.start, m.end) for m in x.mentions]
    starts = [s for s, _ in sentences]
    out = []
    for m in BARE_ROLE.finditer(text):
        start, end = m.span("role")
        if post.startswith(m.group("role")) and not any(start < e and s < end for s, e in taken):
            sentence = sentence_at(text, sentences, starts, start, end)
            out.append(Mention(start, end, text[start:end], x.signer, "resolve.bare-role", sentence))
    return out
