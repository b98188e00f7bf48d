"""Vocabulary terms as plain objects, so extraction can use the vocabulary without RDF."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Tenure:
    """A post held for a period, e.g. Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking."""

    post: str
    start: dt.date | None
    end: dt.date | None
    post_iri: str | None = None  # the org:Post
    organisation: str | None = None  # IRI of the cabinet (or organisation) the post was held in


@dataclass(frozen=True)
class Membership:
    """Membership of an organisation (a party) for a period."""

    organisation: str  # IRI
    start: dt.date | None = None
    end: dt.date | None = None


@dataclass(frozen=True)
class Term:
    """An entity of the vocabulary. `type` and `core_type` mean what they mean on an extracted
    Entity."""

    iri: str
    type: str  # most specific class, local name: Ministry, PoliticalParty, EULegalAct, Person …
    core_type: str  # its core class: Person, Organisation, Country, Instrument, Policy, Place
    pref_label: str
    alt_labels: tuple[str, ...] = ()
    family_name: str | None = None
    given_name: str | None = None
    initials: str | None = None
    tenures: tuple[Tenure, ...] = field(default=())
    memberships: tuple[Membership, ...] = field(default=())
    exact_matches: tuple[str, ...] = ()  # outside identifiers (Wikidata, ELI, CELEX), verified by a source

    @property
    def labels(self) -> tuple[str, ...]:
        return (self.pref_label, *self.alt_labels)
