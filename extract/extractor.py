"""One document in, one `Extraction` out: metadata, candidates from the pipeline and the rules,
resolution to entities, and the relations the document's structure states."""

from __future__ import annotations

import re

from beleidsgraaf.extract.act_relations import act_relations, renewal_relations
from beleidsgraaf.extract.components import candidates
from beleidsgraaf.extract.metadata import extract_metadata
from beleidsgraaf.extract.model import DocumentMetadata, Extraction, Mention, Relation, SourceText, Span
from beleidsgraaf.extract.nlp import build_pipeline, parse
from beleidsgraaf.extract.relations import extract_relations, ministry_relations, post_relations
from beleidsgraaf.extract.resolve import Resolver, VocabularyIndex, sentence_at
from beleidsgraaf.extract.rules import Candidate, run_rules
from beleidsgraaf.extract.source_metadata import apply_source_record, vocabulary_lookup
from beleidsgraaf.extract.sources.record import SourceRecord
from beleidsgraaf.ontology.vocabulary import load_terms


class Extractor:
    """Holds the pipeline and the vocabulary index, which are costly to build, across documents."""

    def __init__(self, spacy_model: str | None = None) -> None:
        self.nlp = build_pipeline(spacy_model)
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
            sentences.extend(_trimmed(text, offset + s.start_char, offset + s.end_char) for s in doc.sents)
        found.extend(run_rules(text, "document"))
        found.extend(_metadata_candidates(metadata))
        entities, mentions = self.resolver.resolve(text, found, sentences, metadata.date)
        extraction = Extraction(source, metadata, entities, mentions)
        extraction.signer = extraction.entity_at(metadata.signer)
        extraction.mentions = sorted(
            mentions + _bare_role_mentions(text, extraction, sentences), key=lambda m: (m.start, m.end)
        )
        extraction.askers = [a for a in (extraction.entity_at(x.name) for x in metadata.askers) if a]
        netherlands = self.resolver.index.lookup("Nederland", "Country")
        extraction.relations = _dedupe(
            _structural_relations(extraction)
            + post_relations(text, sentences, extraction.mentions, entities)
            + ministry_relations(text, sentences, extraction.mentions, self._ministry)
            + act_relations(text, sentences, extraction.mentions, entities)
            + renewal_relations(text, sentences, extraction.mentions, entities)
            + extract_relations(
                text, sentences, extraction.mentions, entities, netherlands.iri if netherlands else None
            )
        )
        return extraction


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
            sentence = sentence_at(text, sentences, starts, start)
            out.append(Mention(start, end, text[start:end], x.signer, "resolve.bare-role", sentence))
    return out


def _dedupe(relations: list[Relation]) -> list[Relation]:
    """One relation per triple and evidence span (the signature and a post rule may both see it)."""
    seen: set[tuple] = set()
    out = []
    for r in relations:
        key = (r.subject, r.predicate, r.object.casefold(), r.evidence.start)
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _metadata_candidates(metadata: DocumentMetadata) -> list[Candidate]:
    out = []
    if metadata.signer:
        out.append(Candidate(metadata.signer.start, metadata.signer.end, "Person", "metadata.signature"))
    for asker in metadata.askers:
        out.append(Candidate(asker.name.start, asker.name.end, "Person", "metadata.asker"))
        if asker.party:
            out.append(Candidate(asker.party.start, asker.party.end, "Organisation", "metadata.asker.party"))
    return out


def _structural_relations(x: Extraction) -> list[Relation]:
    """What the document's form states: the signer holds the post under which they sign; a member
    who asks questions belongs to the party named with them."""
    out: list[Relation] = []
    md = x.metadata
    if x.signer and md.signer and md.signer_post:
        start = x.source.text.rfind("\n", 0, max(0, md.signer.start - 1)) + 1
        start = min(start, md.signer.start)
        evidence = Span(start, md.signer.end, x.source.text[start : md.signer.end])
        out.append(Relation(x.signer, "holdsPost", md.signer_post, evidence, "metadata.signature", 0.95))
    for asker in md.askers:
        person, party = x.entity_at(asker.name), x.entity_at(asker.party)
        if person and party and asker.party:
            evidence = Span(
                asker.name.start, asker.party.end, x.source.text[asker.name.start : asker.party.end]
            )
            out.append(Relation(person, "memberOf", party, evidence, "metadata.asker", 0.9))
    return out
