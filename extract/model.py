"""Plain objects passed from extraction to the graph; no RDF here.

Offsets (`start`, `end`) are character offsets into `SourceText.text`, the normalised text that
`beleidsgraaf text FILE` prints.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from beleidsgraaf.base.text import slugify

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from beleidsgraaf.extract.sources.record import SourceRecord
    from beleidsgraaf.ontology.terms import Term


def local_id(core: str, name: str) -> str:
    """The id of an entity the vocabulary does not know: its core type and the slug of its name
    ('organisation/stichting-x'). Ids are keys here; graph.rdf.entity_iri makes them IRIs."""
    return f"{core.lower()}/{slugify(name)}"



@dataclass(frozen=True)
class SourceText:
    """A document as extraction sees it."""

    path: Path
    text: str
    format: str  # txt, md, html, docx, pdf
    content_hash: str  # sha256 of the file's bytes: the key of incremental builds

    @property
    def file_name(self) -> str:
        return self.path.name


@dataclass(frozen=True)
class Span:
    """A stretch of the text, with what it says."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Asker:
    """A member of parliament who put written questions (Kamervragen)."""

    name: Span
    party: Span | None = None


@dataclass
class DocumentMetadata:
    kind: str = "Overig"
    title: str | None = None
    date: dt.date | None = None
    signer: Span | None = None
    signer_post: str | None = None
    addressee: str | None = None
    kamerstuk: str | None = None  # its own number, e.g. "36180-196"
    cites: list[str] = field(default_factory=list)  # normalised, e.g. "36200-XII-62"
    askers: list[Asker] = field(default_factory=list)


@dataclass
class Entity:
    """One real-world thing. `id` is a vocabulary IRI or a local id such as `person/maarten-hijink`
    (local_id)."""

    id: str
    type: str  # Person, Organisation, Country, Instrument, Policy, Place (or a subclass)
    pref_label: str
    alt_labels: set[str] = field(default_factory=set)
    in_vocabulary: bool = False
    core: str = ""  # the core type of the six when `type` is a subclass (Ministry → Organisation)

    @classmethod
    def of_term(cls, term: Term) -> Entity:
        """The vocabulary's entity, as resolution hands it on."""
        return cls(term.iri, term.type, term.pref_label, in_vocabulary=True, core=term.core_type)

    @property
    def core_type(self) -> str:
        return self.core or self.type


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    surface: str
    entity_id: str
    rule: str
    sentence: Span


@dataclass(frozen=True)
class Relation:
    """A typed edge the text states. `object` is an entity id, or a post title for `holdsPost`."""

    subject: str
    predicate: str  # holdsPost, memberOf, implements, responsibleFor, transposes, amends, partOf, ...
    object: str
    evidence: Span
    rule: str
    confidence: float


@dataclass(frozen=True)
class SourceMembership:
    """A membership a source states rather than the text (so it has no evidence offsets): `member`
    belonged to `organisation` from `start` to `end` (None: not given). With `post`, the post held
    (in `organisation` when given): a tenure. `source` is where it is stated, such as an API's URL."""

    member: str  # entity id of the person
    organisation: str | None  # entity id; None for a post whose organisation the source does not name
    start: dt.date | None
    end: dt.date | None
    source: str
    post: str | None = None


@dataclass
class Extraction:
    source: SourceText
    metadata: DocumentMetadata
    entities: dict[str, Entity] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    signer: str | None = None  # entity id of the signer
    askers: list[str] = field(default_factory=list)  # entity ids of the members who asked
    memberships: list[SourceMembership] = field(default_factory=list)  # stated by the source, with dates
    source_record: SourceRecord | None = None  # the fetch's record, when the document was fetched
    #: the sentences the syntax pipeline parsed, as (offset in the text, Doc): see `extract.syntax`
    parsed: list[tuple[int, Doc]] = field(default_factory=list)

    def entity_at(self, span: Span | None) -> str | None:
        """The entity mentioned exactly at `span`, if any."""
        if span is None:
            return None
        for m in self.mentions:
            if (m.start, m.end) == (span.start, span.end):
                return m.entity_id
        return None
