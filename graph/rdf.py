"""Extraction → quads in the document's own named graph. The only place objects become triples.

IRIs are derived from what the document is, never from when it was processed, so a rebuild gives
the same triples: a document with its own kamerstuk number is `bgid:paper/36180-196` (the same node
that other documents cite), otherwise `bgid:doc/<file name>`; mentions and assertions are named by
their offsets and content.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

from pyoxigraph import Literal, NamedNode, Quad

from beleidsgraaf.base.text import slugify
from beleidsgraaf.extract.model import Entity, Extraction, Relation, SourceMembership
from beleidsgraaf.graph.nodes import BG, BGID, DCTERMS, ORG, RDF, XSD, named_node
from beleidsgraaf.ontology import DOCUMENT_KIND_IRIS

#: relation names of the extraction model → predicates of the contract
PREDICATES: dict[str, NamedNode] = {
    "holdsPost": ORG.holds,
    "memberOf": ORG.memberOf,
    **{
        name: BG[name]
        for name in (
            "implements responsibleFor transposes amends partOf cooperatesWith partnerOf supports opposes"
        ).split()
    },
}


#: the path under bgid: of the entities of each core type: bgid:org/…, bgid:person/… (the
#: vocabulary's own IRIs follow it, so that a name the vocabulary gains keeps its IRI)
ID_PATHS = {
    "Person": "person",
    "Organisation": "org",
    "Country": "country",
    "Place": "place",
    "Policy": "policy",
    "Instrument": "instrument",
}
_PATH_OF_LOCAL = {core.lower(): path for core, path in ID_PATHS.items()}


def graph_iri(file_name: str) -> NamedNode:
    return BGID[f"graph/{slugify(file_name)}"]


def paper_iri(kamerstuk: str) -> NamedNode:
    return BGID[f"paper/{kamerstuk}"]


#: the IRIs of papers begin so, and end in their kamerstuk number unchanged
PAPER_PREFIX = BGID["paper/"].value


def document_iri(x: Extraction) -> NamedNode:
    if x.metadata.kamerstuk:
        return paper_iri(x.metadata.kamerstuk)
    return BGID[f"doc/{slugify(x.source.file_name)}"]


def entity_iri(entity_id: str) -> NamedNode:
    """A vocabulary IRI as it is; a local id (extract.model.local_id) under its type's path."""
    if entity_id.startswith(("http://", "https://")):
        return NamedNode(entity_id)
    core, _, slug = entity_id.partition("/")
    return BGID[f"{_PATH_OF_LOCAL[core]}/{slug}"]


def post_iri(post: str) -> NamedNode:
    return BGID[f"post/{slugify(post)}"]


def _string(value: str) -> Literal:
    return Literal(value)


def _integer(value: int) -> Literal:
    return Literal(str(value), datatype=XSD.integer)


def to_quads(x: Extraction, extracted_with: str = "", *, compact: bool = False) -> list[Quad]:
    """Every triple of one document, in its named graph; `extracted_with` keys the set-up that made it.

    `compact` keeps evidence as offsets only: mentions lose `bg:surface` and `bg:evidence` (their
    `bg:sentenceStart` still names their sentence), assertions `bg:evidence` (their
    `bg:start`/`bg:end` still point into the document's text).
    """
    g = graph_iri(x.source.file_name)
    quads = [Quad(s, p, o, g) for s, p, o in _triples(x, compact)]
    if extracted_with:
        quads.append(Quad(document_iri(x), BG.extractedWith, _string(extracted_with), g))
    return quads


def _triples(x: Extraction, compact: bool = False) -> Iterator[tuple]:
    doc = document_iri(x)
    yield from _document(x, doc)
    for entity in x.entities.values():
        yield from _entity(entity)
    for m in x.mentions:
        yield from _mention(x, doc, m, compact)
    for r in x.relations:
        yield from _relation(doc, r, compact)
    yield from _memberships(x, doc)


def _document(x: Extraction, doc: NamedNode) -> Iterator[tuple]:
    md = x.metadata
    yield doc, RDF.type, BG.Document
    yield doc, BG.fileName, _string(x.source.file_name)
    yield doc, BG.contentHash, _string(x.source.content_hash)
    yield doc, BG.sourceFormat, _string(x.source.format)
    yield doc, DCTERMS.title, _string(md.title or x.source.file_name)
    yield doc, BG.documentKind, named_node(DOCUMENT_KIND_IRIS[md.kind])
    if md.date:
        yield doc, DCTERMS.date, Literal(md.date.isoformat(), datatype=XSD.date)
    if md.kamerstuk:
        yield doc, BG.kamerstuk, _string(md.kamerstuk)
    if x.signer:
        yield doc, BG.signedBy, entity_iri(x.signer)
    if md.signer_post:
        yield doc, BG.signerPost, _string(md.signer_post)
    if md.addressee:
        yield doc, BG.addressee, _string(md.addressee)
    for asker in x.askers:
        yield doc, BG.askedBy, entity_iri(asker)
    for cited in md.cites:
        # the cited paper's own facts (a bg:Document with this number) are shared: see store.refresh_shared
        yield doc, BG.cites, paper_iri(cited)
    for entity_id in sorted({m.entity_id for m in x.mentions}):
        yield doc, BG.mentions, entity_iri(entity_id)


def _entity(e: Entity) -> Iterator[tuple]:
    """What this document says an entity is and is called, as its record (`bg:stated…`).

    The entity's facts (`rdf:type`, one `skos:prefLabel`, `skos:altLabel`, `bg:labelKey`) are
    stated once, in the shared graph that `store.refresh_shared` computes from these records, so
    a union of a thousand documents does not give a thousand copies of a type to join through.
    """
    s = entity_iri(e.id)
    if not e.in_vocabulary:
        yield s, BG.statedType, BG[e.type]
        yield s, BG.statedLabel, _string(e.pref_label)
    for label in sorted(e.alt_labels - {e.pref_label}):
        yield s, BG.statedAltLabel, _string(label)


def _post(post: NamedNode, label: str) -> Iterator[tuple]:
    yield post, BG.statedType, ORG.Post
    yield post, BG.statedLabel, _string(label)


def _mention(x: Extraction, doc: NamedNode, m, compact: bool) -> Iterator[tuple]:
    node = BGID[f"mention/{slugify(x.source.file_name)}/{m.start}-{m.end}"]
    yield node, RDF.type, BG.Mention
    yield node, BG.inDocument, doc
    yield node, BG.refersTo, entity_iri(m.entity_id)
    yield node, BG.start, _integer(m.start)
    yield node, BG.end, _integer(m.end)
    yield node, BG.sentenceStart, _integer(m.sentence.start)
    yield node, BG.rule, _string(m.rule)
    if not compact:
        yield node, BG.surface, _string(m.surface)
        yield node, BG.evidence, _string(m.sentence.text or m.surface)


def _relation(doc: NamedNode, r: Relation, compact: bool) -> Iterator[tuple]:
    subject = entity_iri(r.subject)
    predicate = PREDICATES[r.predicate]
    if r.predicate == "holdsPost":
        obj = post_iri(r.object)
        yield from _post(obj, r.object)
    else:
        obj = entity_iri(r.object)
    yield subject, predicate, obj
    key = f"{doc.value}|{subject.value}|{predicate.value}|{obj.value}|{r.evidence.start}|{r.rule}"
    node = _assertion_node(key)
    yield from _assertion_core(node, doc, subject, predicate, obj)
    if not compact:
        yield node, BG.evidence, _string(r.evidence.text)
    yield node, BG.start, _integer(r.evidence.start)
    yield node, BG.end, _integer(r.evidence.end)
    yield node, BG.rule, _string(r.rule)
    yield node, BG.confidence, Literal(f"{r.confidence:.2f}", datatype=XSD.decimal)


def _assertion_node(key: str) -> NamedNode:
    """An assertion's IRI from what makes it this one statement, so rebuilds give the same IRI."""
    return BGID[f"assertion/{hashlib.sha1(key.encode()).hexdigest()[:16]}"]


def _assertion_core(
    node: NamedNode, doc: NamedNode, s: NamedNode, p: NamedNode, o: NamedNode
) -> Iterator[tuple]:
    """The reified triple and its document, which every assertion has, whoever stated it."""
    yield node, RDF.type, BG.Assertion
    yield node, RDF.subject, s
    yield node, RDF.predicate, p
    yield node, RDF.object, o
    yield node, BG.inDocument, doc


def _memberships(x: Extraction, doc: NamedNode) -> Iterator[tuple]:
    """What a source states about the people of a document: `org:memberOf` and `org:holds`, each
    also an assertion (see `_source_assertion`), and for a dated one an `org:Membership` (or
    `bg:Tenure` for a post) with `bg:startDate`/`bg:endDate` and its source; a person's identifier
    at the Tweede Kamer as `skos:exactMatch`."""
    for m in x.memberships:
        member = entity_iri(m.member)
        organisation = entity_iri(m.organisation) if m.organisation else None
        if m.post:
            post = post_iri(m.post)
            yield member, ORG.holds, post
            yield from _post(post, m.post)
            yield from _source_assertion(doc, member, ORG.holds, post, m, "source.post")
            kind, node_type, key = "tenure", BG.Tenure, [member.value, post.value]
        elif organisation:
            yield member, ORG.memberOf, organisation
            yield from _source_assertion(doc, member, ORG.memberOf, organisation, m, "source.membership")
            kind, node_type, key = "membership", ORG.Membership, [member.value]
        else:
            continue
        if not (m.start or m.end):
            continue
        key += [organisation.value if organisation else "", str(m.start or "")]
        node = BGID[f"{kind}/{hashlib.sha1('|'.join(key).encode()).hexdigest()[:16]}"]
        yield node, RDF.type, node_type
        yield node, ORG.member, member
        if m.post:
            yield node, BG.post, post_iri(m.post)
        if organisation:
            yield node, ORG.organization, organisation
        for predicate, day in ((BG.startDate, m.start), (BG.endDate, m.end)):
            if day:
                yield node, predicate, Literal(day.isoformat(), datatype=XSD.date)
        if m.source.startswith(("http://", "https://")):
            yield node, DCTERMS.source, NamedNode(m.source)
    for person in x.source_record.persons if x.source_record else ():
        if person.entity_id and person.tk_iri:
            yield entity_iri(person.entity_id), BG.statedMatch, NamedNode(person.tk_iri)


def _source_assertion(
    doc: NamedNode, s: NamedNode, p: NamedNode, o: NamedNode, m: SourceMembership, rule: str
) -> Iterator[tuple]:
    """A membership or post a source states is an assertion like one the text states, so every
    query and projection that reads assertions (the membership network) sees it. No stretch of the
    text states it, so it has no `bg:start`/`bg:end`: its evidence is the source record, named by
    its URL (`bg:evidence`, kept in compact mode too, as no text gives it back, and `dcterms:source`
    when it is a URL), and `bg:rule` says which part of the record stated it."""
    key = f"{doc.value}|{s.value}|{p.value}|{o.value}|{m.source}|{m.start or ''}|{m.end or ''}|{rule}"
    node = _assertion_node(key)
    yield from _assertion_core(node, doc, s, p, o)
    yield node, BG.evidence, _string(m.source)
    if m.source.startswith(("http://", "https://")):
        yield node, DCTERMS.source, NamedNode(m.source)
    yield node, BG.rule, _string(rule)
    yield node, BG.confidence, Literal("1.00", datatype=XSD.decimal)
