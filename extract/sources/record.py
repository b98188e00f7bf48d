"""What a source states about one document: its identifiers, kind, date, paper number, title and
the people named with it (with their factions and posts, and the dates of each).

A record is stored in the corpus folder's manifest beside the downloaded file and read back when
the file is built, so the source's metadata can win over what extraction reads from the text.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, fields, replace
from typing import Any

#: where a record comes from
SOURCES = ("tweedekamer", "officielebekendmakingen")
#: a person of the Tweede Kamer's API, as an IRI other datasets can link to (the live service's root,
#: whichever server a fetch used: the id is the same)
TK_PERSOON = "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/Persoon({})"

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_name(text: str) -> str:
    """A file name part from an identifier: letters, digits, '.', '_' and '-' only."""
    return _UNSAFE.sub("-", text).strip("-.") or "document"


@dataclass(frozen=True)
class SourceFaction:
    """A faction (fractie) a person sat in; `start`/`end` are the source's, None when it gives none."""

    name: str
    abbreviation: str | None = None
    tk_id: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    source_url: str | None = None  # the API entity that states the membership


@dataclass(frozen=True)
class SourcePost:
    """A post a person held, such as Fractievoorzitter, in an organisation when the source names one."""

    title: str
    faction: SourceFaction | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    source_url: str | None = None


@dataclass(frozen=True)
class SourcePerson:
    """A person the source names with the document, in a role such as 'ondertekenaar'."""

    name: str
    role: str
    tk_id: str | None = None
    alt_names: tuple[str, ...] = ()
    function: str | None = None  # the post as the source names it for this document, undated
    factions: tuple[SourceFaction, ...] = ()
    posts: tuple[SourcePost, ...] = ()
    #: the entity this person resolved to in one extraction; set by `apply_source_record`, never stored
    entity_id: str | None = None

    @property
    def tk_iri(self) -> str | None:
        return TK_PERSOON.format(self.tk_id) if self.tk_id else None


@dataclass(frozen=True)
class SourceRecord:
    """One document as its source describes it. `kind` is one of the project's DOCUMENT_KINDS or
    None when the source's own type (`source_kind`) does not say which."""

    source: str
    identifier: str
    url: str
    file_name: str
    content_hash: str = ""
    kind: str | None = None
    source_kind: str | None = None
    date: dt.date | None = None
    dossier: str | None = None
    kamerstuk: str | None = None
    title: str | None = None
    persons: tuple[SourcePerson, ...] = ()
    modified: str | None = None  # the source's last-change stamp: a new one means fetch again
    ids: dict[str, str] = field(default_factory=dict)  # the source's other identifiers, by its names

    @property
    def signer(self) -> SourcePerson | None:
        """The first signatory the source names (Tweede Kamer: 'Eerste ondertekenaar')."""
        return next((p for p in self.persons if p.role == "ondertekenaar"), None)

    def to_json(self) -> dict[str, Any]:
        return _encode(replace(self, persons=tuple(replace(p, entity_id=None) for p in self.persons)))

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SourceRecord:
        persons = tuple(_person(p) for p in data.get("persons", ()))
        return cls(**{**_known(cls, data), "date": _date(data.get("date")), "persons": persons})


def _encode(value: Any) -> Any:
    """Dataclasses as dicts without empty fields, dates as ISO strings, tuples as lists."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        return {k: _encode(v) for k, v in value.items()}
    if hasattr(value, "__dataclass_fields__"):
        return {
            f.name: _encode(getattr(value, f.name))
            for f in fields(value)
            if getattr(value, f.name) not in (None, (), [], {}, "")
        }
    return value


def _known(cls: type, data: dict[str, Any]) -> dict[str, Any]:
    """The keys of `data` that are fields of `cls` (a newer manifest's extra keys are ignored)."""
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in data.items() if k in names}


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _faction(data: dict[str, Any] | None) -> SourceFaction | None:
    if not data:
        return None
    return SourceFaction(
        **{**_known(SourceFaction, data), "start": _date(data.get("start")), "end": _date(data.get("end"))}
    )


def _post(data: dict[str, Any]) -> SourcePost:
    return SourcePost(
        **{
            **_known(SourcePost, data),
            "faction": _faction(data.get("faction")),
            "start": _date(data.get("start")),
            "end": _date(data.get("end")),
        }
    )


def _person(data: dict[str, Any]) -> SourcePerson:
    return SourcePerson(
        **{
            **_known(SourcePerson, data),
            "alt_names": tuple(data.get("alt_names", ())),
            "factions": tuple(f for f in map(_faction, data.get("factions", ())) if f),
            "posts": tuple(_post(p) for p in data.get("posts", ())),
            "entity_id": None,
        }
    )
