"""officielebekendmakingen.nl through its SRU service (KOOP's repository) and `sruthi`: official
publications by CQL query, dossier and date range, each record in the `gzd` schema.

A record's `originalData/meta` holds `owmskern` (dcterms:identifier, title, type, modified),
`owmsmantel` (dcterms:available, date) and `tpmeta` (dossiernummer, ondernummer, vergaderjaar,
publicatienaam); its `enrichedData` holds `preferredUrl` and `itemUrl`s per manifestation (xml, pdf,
html). The readers take html and pdf, so those are downloaded, html first.

sruthi 2.0 reads SRU 1.1/1.2 answers only: it looks elements up in the namespace
`http://www.loc.gov/zing/srw/` and refuses a response whose root is in another. KOOP's service has
been seen answering in SRU 2.0's namespace (`http://docs.oasis-open.org/ns/search-ws/sruResponse`)
whatever version is asked. The elements sruthi reads (version, numberOfRecords, records/record/
recordSchema and recordData, nextRecordPosition, diagnostics) have the same names in both, so a
response hook on the session moves an SRU 2.0 answer of the search URL into the 1.2 namespaces
before sruthi parses it; an SRU 1.2 answer passes unchanged.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

import requests
import sruthi

from beleidsgraaf.extract.metadata.kamerstuk import normalise_base
from beleidsgraaf.extract.sources.fetch import FetchError, Found
from beleidsgraaf.extract.sources.record import SourceRecord, safe_name

SOURCE = "officielebekendmakingen"
SRU_URL = "https://repository.overheid.nl/sru"
#: records per search request
PAGE_SIZE = 50
#: manifestations the readers can read, best first, with the suffix of each
MANIFESTATIONS = (("html", ".html"), ("pdf", ".pdf"))
_NAMESPACES = (
    (b"http://docs.oasis-open.org/ns/search-ws/sruResponse", b"http://www.loc.gov/zing/srw/"),
    (b"http://docs.oasis-open.org/ns/search-ws/diagnostic", b"http://www.loc.gov/zing/srw/diagnostic/"),
)
#: CQL terms that need no quotes
_BARE_TERM = re.compile(r"^[\w.:-]+$")
#: the kind of a Kamerstuk by the start of its title ("Brief van de minister …", "Motie van het lid …")
_TITLE_KINDS = (
    (re.compile(r"^Brief\s+van\s+de\s+(?:minister|staatssecretaris)", re.IGNORECASE), "Kamerbrief"),
    (re.compile(r"^(?:Gewijzigde\s+)?Motie\b", re.IGNORECASE), "Motie"),
    (
        re.compile(r"^Verslag\s+van\s+een\s+schriftelijk\s+overleg", re.IGNORECASE),
        "Verslag schriftelijk overleg",
    ),
    (re.compile(r"^Nota\s+(?:naar\s+aanleiding\s+van\s+het|van\s+wijziging)", re.IGNORECASE), "Nota"),
)


def _term(value: str) -> str:
    return value if _BARE_TERM.match(value) else '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def cql(
    query: str | None = None,
    dossier: str | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> str:
    """The CQL of a search: officiële publicaties, the user's query, dossier, availability dates."""
    parts = ["c.product-area==officielepublicaties"]
    if query:
        parts.append(f"({query})")
    if dossier:
        parts.append(f"w.dossiernummer=={_term(normalise_base(dossier))}")
    if start:
        parts.append(f"dt.available>={start.isoformat()}")
    if end:
        parts.append(f"dt.available<={end.isoformat()}")
    return " AND ".join(parts)


class Bekendmakingen:
    """Searches the SRU service and turns its records into SourceRecords (no further requests)."""

    source = SOURCE

    def __init__(self, session: requests.Session, url: str = SRU_URL) -> None:
        self.session = session
        self.url = url
        session.hooks["response"].append(self._as_sru12)

    def _as_sru12(self, response: requests.Response, *args: Any, **kwargs: Any) -> requests.Response:
        """An SRU 2.0 answer of the search URL, in SRU 1.2's namespaces (see the module's docstring)."""
        if response.url.split("?", 1)[0].rstrip("/") == self.url.rstrip("/"):
            content = response.content
            for new, old in _NAMESPACES:
                content = content.replace(new, old)
            response._content = content
        return response

    def search(self, query: str, limit: int | None = None) -> Iterator[Found]:
        client = sruthi.Client(
            url=self.url, maximum_records=min(PAGE_SIZE, limit or PAGE_SIZE), session=self.session
        )
        for position, data in enumerate(client.searchretrieve(query=query), 1):
            yield _found(data, position)
            if position == limit:  # before sruthi asks for the next page
                return


def _found(data: dict[str, Any], position: int) -> Found:
    try:
        record = parse_record(data)
    except FetchError as exc:
        error = exc

        def fail() -> SourceRecord:
            raise error

        return Found(SOURCE, f"record {position}", None, fail)
    return Found(SOURCE, record.identifier, record.modified, lambda: record)


def _local(key: str) -> str:
    """'identifier' from xmltodict's 'http://purl.org/dc/terms/:identifier'."""
    return key.rsplit(":", 1)[-1]


def _values(data: Any, name: str) -> Iterator[Any]:
    """Every value under a key with local name `name`, anywhere in sruthi's record (which is flat or
    nested depending on whether its leaf names are unique); lists are opened."""
    if isinstance(data, dict):
        for key, value in data.items():
            if _local(key) == name:
                yield from value if isinstance(value, list) else [value]
            yield from _values(value, name)
    elif isinstance(data, list):
        for item in data:
            yield from _values(item, name)


def _text(value: Any) -> str | None:
    text = value.get("text") if isinstance(value, dict) else value
    return text.strip() or None if isinstance(text, str) else None


def _first(data: dict[str, Any], name: str) -> str | None:
    return next((t for t in map(_text, _values(data, name)) if t), None)


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def parse_record(data: dict[str, Any]) -> SourceRecord:
    """A SourceRecord from one of sruthi's gzd records."""
    identifier = _first(data, "identifier")
    if not identifier:
        raise FetchError("record without dcterms:identifier")
    urls = {
        v.get("manifestation"): _text(v) for v in _values(data, "itemUrl") if isinstance(v, dict) and _text(v)
    }
    url, suffix = next(((urls[m], s) for m, s in MANIFESTATIONS if urls.get(m)), (None, ""))
    if url is None:
        url, suffix = _first(data, "preferredUrl"), ".html"
    if not url:
        raise FetchError(f"{identifier}: no html or pdf manifestation")
    title = _first(data, "title")
    dossier = _first(data, "dossiernummer")
    number = _first(data, "ondernummer")
    if identifier.startswith("kst-"):
        kamerstuk = identifier.removeprefix("kst-")
    else:
        kamerstuk = f"{normalise_base(dossier)}-{number}" if dossier and number else None
    return SourceRecord(
        source=SOURCE,
        identifier=identifier,
        url=url,
        file_name=safe_name(identifier) + suffix,
        kind=_kind(identifier, title),
        source_kind=_first(data, "publicatienaam") or _first(data, "type"),
        date=_date(_first(data, "date")) or _date(_first(data, "available")),
        dossier=normalise_base(dossier) if dossier else None,
        kamerstuk=kamerstuk,
        title=title,
        modified=_first(data, "modified"),
        ids={k: v for k, v in (("preferredUrl", _first(data, "preferredUrl")),) if v},
    )


def _kind(identifier: str, title: str | None) -> str | None:
    """The project's kind where the publication says it: an Aanhangsel answer, or a Kamerstuk whose
    title starts as letters, motions, reports and nota's do; None otherwise (extraction decides)."""
    if identifier.startswith("ah-"):
        return "Antwoord op Kamervragen"
    if identifier.startswith("kst-") and title:
        return next((kind for pattern, kind in _TITLE_KINDS if pattern.match(title)), None)
    return None
