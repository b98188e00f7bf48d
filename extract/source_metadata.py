"""The source's metadata over the text's: what a publisher's API states about a document (kind,
date, paper number, title, who signed it) wins over what extraction read, and the people it names
become entities with their factions and posts, dated as the API dates them.

People and factions are resolved to vocabulary terms through `lookup` (name, core type → term);
otherwise to an entity the text already has under one of their names; otherwise to a local id
(`person/<slug>`, `org/<slug>`) made the way resolution makes them, so the same name is the same
entity in every document.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import Protocol

from beleidsgraaf.extract.model import Entity, Extraction, SourceMembership, local_id
from beleidsgraaf.extract.resolve import VocabularyIndex, label_key
from beleidsgraaf.extract.sources.record import SourceFaction, SourcePerson, SourcePost, SourceRecord
from beleidsgraaf.ontology import DOCUMENT_KINDS


class VocabularyTerm(Protocol):
    iri: str
    type: str
    core_type: str
    pref_label: str


Lookup = Callable[[str, str], VocabularyTerm | None]


def vocabulary_lookup(index: VocabularyIndex, date: dt.date | None = None) -> Lookup:
    """The lookup resolution uses: persons by name with initials and the post held on `date`,
    everything else by label and type."""

    def lookup(name: str, type_: str) -> VocabularyTerm | None:
        return index.person(name, date) if type_ == "Person" else index.lookup(name, type_)

    return lookup


def apply_source_record(extraction: Extraction, record: SourceRecord, lookup: Lookup) -> Extraction:
    """Put `record`'s metadata over `extraction`'s and add its people; returns `extraction`."""
    md = extraction.metadata
    if record.kind in DOCUMENT_KINDS:
        md.kind = record.kind
    md.date = record.date or md.date
    md.title = record.title or md.title
    if record.kamerstuk:
        md.kamerstuk = record.kamerstuk
        md.cites = [c for c in md.cites if c != record.kamerstuk]
    persons = []
    for person in record.persons:
        entity_id = _person(extraction, person, lookup)
        persons.append(replace(person, entity_id=entity_id))
        for membership in _memberships(extraction, person, entity_id, record.url, lookup):
            _add(extraction, membership)
    signer = next((p for p in persons if p.role == "ondertekenaar"), None)
    if signer:
        extraction.signer = signer.entity_id
        md.signer_post = signer.function or md.signer_post
    extraction.source_record = replace(record, persons=tuple(persons))
    return extraction


def _memberships(
    x: Extraction, person: SourcePerson, member: str, fallback_source: str, lookup: Lookup
) -> list[SourceMembership]:
    """The person's faction seats, their posts in factions (dated), and the post named with this
    document (undated: the document's date is not the post's start)."""
    out = [
        SourceMembership(member, _faction(x, f, lookup), *_period(f), f.source_url or fallback_source)
        for f in person.factions
    ]
    for post in person.posts:
        organisation = _faction(x, post.faction, lookup) if post.faction else None
        out.append(
            SourceMembership(
                member, organisation, *_period(post), post.source_url or fallback_source, post.title
            )
        )
    if person.function:
        out.append(SourceMembership(member, None, None, None, fallback_source, person.function))
    return out


def _period(stated: SourceFaction | SourcePost) -> tuple[dt.date | None, dt.date | None]:
    """Start and end, both dropped when the end comes before the start (the source contradicts itself)."""
    if stated.start and stated.end and stated.end < stated.start:
        return None, None
    return stated.start, stated.end


def _add(x: Extraction, membership: SourceMembership) -> None:
    """Once per member, organisation, post and start (the key of the membership's node)."""
    key = (membership.member, membership.organisation, membership.post, membership.start)
    if all((m.member, m.organisation, m.post, m.start) != key for m in x.memberships):
        x.memberships.append(membership)


def _person(x: Extraction, person: SourcePerson, lookup: Lookup) -> str:
    return _entity(x, (person.name, *person.alt_names), person.name, "Person", "Person", lookup)


def _faction(x: Extraction, faction: SourceFaction, lookup: Lookup) -> str:
    """A faction is named by its abbreviation in texts ("het lid Jansen (VVD)"): that is its id."""
    names = tuple(dict.fromkeys(n for n in (faction.abbreviation, faction.name) if n))
    return _entity(x, names, faction.name, "PoliticalParty", "Organisation", lookup)


def _entity(x: Extraction, names: tuple[str, ...], label: str, type_: str, core: str, lookup: Lookup) -> str:
    """The id of the entity `names` stand for (the first makes a new id), adding it to the extraction
    when it is new there."""
    term = next((t for t in (lookup(name, core) for name in names) if t), None)
    if term:
        entity = Entity.of_term(term)
        x.entities.setdefault(term.iri, entity)
        return term.iri
    keys = {label_key(name) for name in names}
    for entity in x.entities.values():
        if entity.core_type == core and keys & {
            label_key(n) for n in (entity.pref_label, *entity.alt_labels)
        }:
            entity.alt_labels |= set(names) - {entity.pref_label}
            return entity.id
    entity_id = local_id(core, names[0])
    entity = x.entities.setdefault(
        entity_id, Entity(entity_id, type_, label, core="" if type_ == core else core)
    )
    entity.alt_labels |= set(names) - {entity.pref_label}
    return entity_id
