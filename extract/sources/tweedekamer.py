"""The Tweede Kamer's OData API (the Gegevensmagazijn) through `tkapi`: documents by dossier, date,
kind, person or faction, with the people named with each and their factions and posts, dated.

Requests tkapi makes (paths under the API root; `$format=application/json;odata.metadata=full`,
so entities carry `…@odata.navigationLink` annotations and the `#TK.DA.GGM.OData.Resource` link):

* `Document?$filter=… and Verwijderd eq false&$orderby=Datum`, paged by `@odata.nextLink`;
* per document `Document(<id>)/Kamerstukdossier` and `Document(<id>)/DocumentActor`;
* per actor `DocumentActor(<id>)/Persoon`; per person, once, `Persoon(<id>)/FractieZetelPersoon`,
  then `FractieZetelPersoon(<id>)/FractieZetel` and `FractieZetel(<id>)/Fractie`;
* the file itself at the resource link, `Document(<id>)/resource` (downloaded by `fetch`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import partial
from types import SimpleNamespace
from typing import Any
from zoneinfo import ZoneInfo

import requests
import tkapi.tkapi
from tkapi.document import Document, DocumentActor, DocumentFilter
from tkapi.filter import Filter
from tkapi.fractie import Fractie, FractieZetelPersoon
from tkapi.persoon import Persoon
from tkapi.tkapi import TKApi

from beleidsgraaf.extract.metadata.kamerstuk import normalise_base
from beleidsgraaf.extract.sources.fetch import EXTENSIONS, Found
from beleidsgraaf.extract.sources.record import (
    SourceFaction,
    SourcePerson,
    SourcePost,
    SourceRecord,
    safe_name,
)

SOURCE = "tweedekamer"
API_ROOT = "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/"
#: the project's document kinds → the API's Soort values (the rest of the API's kinds are Overig)
SOORTEN: dict[str, tuple[str, ...]] = {
    "Kamerbrief": ("Brief regering",),
    "Antwoord op Kamervragen": ("Antwoord schriftelijke vragen", "Antwoord schriftelijke vragen (nader)"),
    "Verslag schriftelijk overleg": ("Verslag van een schriftelijk overleg",),
    "Motie": ("Motie", "Motie (gewijzigd/nader)"),
    "Nota": (
        "Nota",
        "Nota n.a.v. het (nader/tweede nader/enz.) verslag",
        "Nota van wijziging",
        "Nota van wijziging (initiatiefvoorstel)",
        "Nota van verbetering",
    ),
}
KIND_OF_SOORT = {soort: kind for kind, soorten in SOORTEN.items() for soort in soorten}
#: DocumentActor.Relatie → the role kept in the record
ROLES = {"Eerste ondertekenaar": "ondertekenaar", "Mede ondertekenaar": "mede-ondertekenaar"}
#: the API's dates are Dutch local time: a day starts at midnight in Amsterdam
AMSTERDAM = ZoneInfo("Europe/Amsterdam")
DOSSIER = re.compile(r"^(?P<number>\d{4,6})(?:-(?P<addition>[0-9A-Z]{1,10}))?$")


@dataclass(frozen=True)
class TKQuery:
    """What to search for; every given part must hold. `kinds` are project kinds or API Soorten."""

    dossier: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    kinds: tuple[str, ...] = ()
    person: str | None = None
    faction: str | None = None

    @property
    def empty(self) -> bool:
        return not (self.dossier or self.start or self.end or self.kinds or self.person or self.faction)


def kind_of(soort: str | None) -> str | None:
    """The project's kind for an API Soort: a mapped one, else Overig; None without a Soort."""
    return KIND_OF_SOORT.get(soort, "Overig") if soort else None


def dossier_parts(dossier: str) -> tuple[int, str | None]:
    """(26485, None) from "26485"; (36200, "XII") from "36200 XII" or "36200-XII"."""
    match = DOSSIER.match(normalise_base(dossier))
    if not match:
        raise ValueError(f"not a dossier number: {dossier!r} (expected e.g. 26485 or 36200-XII)")
    return int(match["number"]), match["addition"]


def _quote(value: str) -> str:
    return f"'{Filter.escape(value)}'"


def _midnight(day: dt.date) -> str:
    return dt.datetime.combine(day, dt.time(), tzinfo=AMSTERDAM).isoformat()


def _soort_clause(kinds: tuple[str, ...]) -> str | None:
    """`(Soort eq 'A' or …)` for project kinds or raw Soorten; Overig is every Soort not mapped."""
    terms = []
    for kind in kinds:
        if kind == "Overig":
            mapped = " or ".join(f"Soort eq {_quote(s)}" for s in KIND_OF_SOORT)
            terms.append(f"not ({mapped})")
        else:
            terms.extend(f"Soort eq {_quote(s)}" for s in SOORTEN.get(kind, (kind,)))
    return f"({' or '.join(terms)})" if terms else None


def document_filter(query: TKQuery) -> DocumentFilter:
    """The OData `$filter` of a query, as a tkapi filter (tkapi adds `Verwijderd eq false`)."""
    found = Document.create_filter()
    if query.dossier:
        found.filter_dossier(*dossier_parts(query.dossier))
    if query.start:
        found.add_filter_str(f"Datum ge {_midnight(query.start)}")
    if query.end:
        found.add_filter_str(f"Datum lt {_midnight(query.end + dt.timedelta(days=1))}")
    soorten = _soort_clause(query.kinds)
    if soorten:
        found.add_filter_str(soorten)
    if query.person:
        found.add_filter_str(f"DocumentActor/any(a: contains(a/ActorNaam, {_quote(query.person)}))")
    if query.faction:
        found.add_filter_str(f"DocumentActor/any(a: a/ActorFractie eq {_quote(query.faction)})")
    return found


@contextmanager
def tkapi_through(session: requests.Session, api_root: str) -> Iterator[None]:
    """Make tkapi send its requests through `session` to `api_root` inside the block (see `polite`).

    tkapi logs and then tries to read an OData error body for any status but 200, 204 and 404; here
    those statuses raise instead, with the status line, and 404 keeps tkapi's meaning (no such item).
    """

    def get(**kwargs: Any) -> requests.Response:
        response = session.get(**kwargs)
        if response.status_code >= 400 and response.status_code != 404:
            response.raise_for_status()
        return response

    with _replaced(tkapi.tkapi, "requests", SimpleNamespace(get=get)), _replaced(TKApi, "api_root", api_root):
        yield


@contextmanager
def _replaced(owner: Any, name: str, value: Any) -> Iterator[None]:
    """`owner.name` is `value` inside the block, and what it was after: tkapi offers no hook for its
    HTTP client or its root URL."""
    before = getattr(owner, name)
    setattr(owner, name, value)
    try:
        yield
    finally:
        setattr(owner, name, before)


class TweedeKamer:
    """Searches the API and describes documents; persons and factions are asked once per fetch."""

    source = SOURCE

    def __init__(self, session: requests.Session, api_root: str = API_ROOT) -> None:
        self.session = session
        self.api_root = api_root if api_root.endswith("/") else api_root + "/"
        self._persons: dict[str, SourcePerson] = {}
        self._fracties: dict[str, Fractie | None] = {}

    def search(self, query: TKQuery, limit: int | None = None) -> Iterator[Found]:
        with tkapi_through(self.session, self.api_root):
            documents = TKApi.get_documenten(filter=document_filter(query), max_items=limit)
        for document in documents:
            yield Found(
                SOURCE,
                document.nummer or document.id,
                document.get_property_or_none("GewijzigdOp"),
                partial(self.describe, document, query.dossier),
            )

    def describe(self, document: Document, dossier: str | None = None) -> SourceRecord:
        """The full record of a document: its own fields, its paper number, its people."""
        with tkapi_through(self.session, self.api_root):
            kamerstuk, dossier_number = self._kamerstuk(document, dossier)
            persons = tuple(p for p in map(self._person, document.actors) if p)
        identifier = document.nummer or document.id
        soort = document.get_property_or_none("Soort")
        suffix = EXTENSIONS.get(document.get_property_or_empty_string("ContentType"), "")
        return SourceRecord(
            source=SOURCE,
            identifier=identifier,
            url=document.bestand_url or f"{self.api_root}Document({document.id})/resource",
            file_name=f"tk-{safe_name(identifier)}{suffix}",
            kind=kind_of(soort),
            source_kind=soort,
            date=document.datum,
            dossier=dossier_number,
            kamerstuk=kamerstuk,
            title=document.onderwerp or document.titel or None,
            persons=persons,
            modified=document.get_property_or_none("GewijzigdOp"),
            ids={k: v for k, v in (("Id", document.id), ("DocumentNummer", document.nummer)) if v},
        )

    def _kamerstuk(self, document: Document, wanted: str | None) -> tuple[str | None, str | None]:
        """("26485-396", "26485") from the document's dossier and its Volgnummer; the asked dossier
        first when the document is in several."""
        dossiers = []
        for dossier in document.dossiers:
            addition = dossier.toevoeging
            base = str(dossier.nummer) + (f"-{addition}" if addition and "(" not in addition else "")
            dossiers.append(normalise_base(base))
        if not dossiers:
            return None, None
        wanted_base = normalise_base(wanted) if wanted else None
        base = wanted_base if wanted_base in dossiers else dossiers[0]
        number = document.volgnummer
        return (f"{base}-{number}" if isinstance(number, int) and number > 0 else None), base

    def _person(self, actor: DocumentActor) -> SourcePerson | None:
        """A person named with the document; committees and empty actors are left out."""
        relatie = actor.get_property_or_empty_string("Relatie")
        role = ROLES.get(relatie, relatie.casefold() or "actor")
        function = actor.functie or None
        faction_name = actor.naam_fractie or None
        persoon = None if actor.json.get("Persoon_Id", "") is None else actor.persoon
        if persoon is None or not persoon.id:
            if not actor.naam or actor.json.get("Commissie_Id"):
                return None
            factions = (
                (SourceFaction(faction_name, faction_name, actor.json.get("Fractie_Id")),)
                if faction_name
                else ()
            )
            return SourcePerson(actor.naam, role, function=function, factions=factions)
        if persoon.id not in self._persons:
            self._persons[persoon.id] = self._describe_person(persoon)
        known = self._persons[persoon.id]
        factions = known.factions
        if faction_name and not any(faction_name in (f.abbreviation, f.name) for f in factions):
            factions += (SourceFaction(faction_name, faction_name, actor.json.get("Fractie_Id")),)
        alt_names = tuple(dict.fromkeys(n for n in (*known.alt_names, actor.naam) if n and n != known.name))
        return replace(known, role=role, function=function, alt_names=alt_names, factions=factions)

    def _describe_person(self, persoon: Persoon) -> SourcePerson:
        """Name, other names, faction seats (dated) and posts in factions other than member (dated);
        the role and function are the document's, filled in by `_person`."""
        given = persoon.roepnaam or persoon.voornamen.split(" ")[0]
        family = " ".join(p for p in (persoon.tussenvoegsel, persoon.achternaam) if p)
        name = " ".join(p for p in (given, family) if p) or persoon.achternaam
        with_initials = " ".join(p for p in (persoon.initialen, family) if p)
        factions: list[SourceFaction] = []
        posts: list[SourcePost] = []
        for seat in persoon.fractieleden:
            if seat.get_property_or_none("Verwijderd"):
                continue
            fractie = self._fractie(seat)
            if fractie is None:
                continue
            url = f"{self.api_root}FractieZetelPersoon({seat.id})"
            faction = SourceFaction(
                fractie.naam or fractie.afkorting,
                fractie.afkorting or None,
                fractie.id,
                seat.van,
                seat.tot_en_met,
                url,
            )
            factions.append(faction)
            function = seat.get_property_or_empty_string("Functie")
            if function and function != "Lid":
                posts.append(SourcePost(function, faction, seat.van, seat.tot_en_met, url))
        return SourcePerson(
            name,
            "",
            persoon.id,
            (with_initials,) if with_initials and with_initials != name else (),
            factions=tuple(factions),
            posts=tuple(posts),
        )

    def _fractie(self, seat: FractieZetelPersoon) -> Fractie | None:
        """The faction of a seat, asked once per seat of the faction (FractieZetel)."""
        key = seat.get_property_or_none("FractieZetel_Id") or seat.id
        if key not in self._fracties:
            zetel = seat.fractie_zetel
            self._fracties[key] = zetel.fractie if zetel else None
        return self._fracties[key]
