"""Fake Tweede Kamer OData and KOOP SRU servers on 127.0.0.1, answering in the formats the services
document: OData v4 JSON with full metadata (`value`, `@odata.nextLink`, `…@odata.navigationLink`,
the `#TK.DA.GGM.OData.Resource` link) and SRU 2.0 `searchRetrieveResponse` XML with `gzd` records.

Each records the requests it gets, and can be told to fail: a queue of statuses for a path (then
the normal answer), or a path that always fails.
"""

from __future__ import annotations

import json
import threading
from collections import defaultdict
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import escape


@dataclass
class Answer:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


class FakeServer:
    """A threading HTTP server on a free port of 127.0.0.1; `answer` is the service."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, dict[str, list[str]]]] = []
        self.queued: dict[str, list[Answer]] = defaultdict(list)
        self.broken: dict[str, int] = {}
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                query = parse_qs(parts.query)
                server.requests.append((parts.path, query))
                if server.queued[parts.path]:
                    answer = server.queued[parts.path].pop(0)
                elif parts.path in server.broken:
                    answer = Answer(server.broken[parts.path], b"broken")
                else:
                    answer = server.answer(parts.path, query)
                self.send_response(answer.status)
                for name, value in answer.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(answer.body)))
                self.end_headers()
                self.wfile.write(answer.body)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def __enter__(self) -> FakeServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def answer(self, path: str, query: dict[str, list[str]]) -> Answer:
        raise NotImplementedError

    def queue(self, path: str, *statuses: int, headers: dict[str, str] | None = None) -> None:
        """Answer the next requests for `path` with these statuses, then as usual."""
        self.queued[path].extend(Answer(s, b"not now", headers or {}) for s in statuses)

    def paths(self) -> list[str]:
        return [path for path, _ in self.requests]


# --------------------------------------------------------------------------------------------------
#  Tweede Kamer: OData v4
# --------------------------------------------------------------------------------------------------

#: entity set → navigation property → (target set, collection?)
NAVIGATION = {
    "Document": {"DocumentActor": ("DocumentActor", True), "Kamerstukdossier": ("Kamerstukdossier", True)},
    "DocumentActor": {"Persoon": ("Persoon", False), "Fractie": ("Fractie", False)},
    "Persoon": {"FractieZetelPersoon": ("FractieZetelPersoon", True)},
    "FractieZetelPersoon": {"FractieZetel": ("FractieZetel", False), "Persoon": ("Persoon", False)},
    "FractieZetel": {"Fractie": ("Fractie", False)},
    "Fractie": {},
    "Kamerstukdossier": {},
}


class FakeTweedeKamer(FakeServer):
    """The Gegevensmagazijn's OData API under /OData/v4/2.0/, with documents pages of `page_size`."""

    prefix = "/OData/v4/2.0/"

    def __init__(self, page_size: int = 2) -> None:
        super().__init__()
        self.page_size = page_size
        self.entities: dict[str, dict[str, dict]] = defaultdict(dict)
        self.links: dict[tuple[str, str, str], list[str] | str | None] = {}
        self.resources: dict[str, tuple[bytes, str]] = {}

    @property
    def root(self) -> str:
        return self.base + self.prefix

    def add(self, entity_set: str, id_: str, **properties: object) -> str:
        self.entities[entity_set][id_] = {"Id": id_, "Verwijderd": False, **properties}
        return id_

    def link(self, entity_set: str, id_: str, navigation: str, target: list[str] | str | None) -> None:
        self.links[(entity_set, id_, navigation)] = target

    def entity(self, entity_set: str, id_: str) -> dict:
        out = {"@odata.id": f"{self.root}{entity_set}({id_})", **self.entities[entity_set][id_]}
        for navigation in NAVIGATION[entity_set]:
            out[f"{navigation}@odata.navigationLink"] = f"{self.root}{entity_set}({id_})/{navigation}"
        if entity_set == "Document":
            out["#TK.DA.GGM.OData.Resource"] = {
                "title": "Resource",
                "target": f"{self.root}Document({id_})/resource",
            }
        return out

    def _json(self, data: dict) -> Answer:
        return Answer(
            200, json.dumps(data).encode(), {"Content-Type": "application/json; odata.metadata=full"}
        )

    def answer(self, path: str, query: dict[str, list[str]]) -> Answer:
        if not path.startswith(self.prefix):
            return Answer(404)
        rest = path[len(self.prefix) :]
        if rest == "Document":
            return self._documents(query)
        head, _, navigation = rest.partition("/")
        entity_set, _, id_ = head.rstrip(")").partition("(")
        if navigation == "resource":
            body, media = self.resources[id_]
            return Answer(200, body, {"Content-Type": media})
        if navigation:
            target_set, many = NAVIGATION[entity_set][navigation]
            target = self.links.get((entity_set, id_, navigation))
            context = f"{self.root}$metadata#{target_set}"
            if many:
                return self._json(
                    {"@odata.context": context, "value": [self.entity(target_set, t) for t in target or []]}
                )
            if target is None:
                return Answer(204)
            return self._json({"@odata.context": context + "/$entity", **self.entity(target_set, target)})
        return self._json(self.entity(entity_set, id_))

    def _documents(self, query: dict[str, list[str]]) -> Answer:
        documents = sorted(self.entities["Document"], key=lambda i: self.entities["Document"][i]["Datum"])
        skip = int(query.get("$skip", ["0"])[0])
        top = int(query["$top"][0]) if "$top" in query else None
        size = min(self.page_size, top) if top else self.page_size
        page = {
            "@odata.context": f"{self.root}$metadata#Document",
            "value": [self.entity("Document", i) for i in documents[skip : skip + size]],
        }
        if skip + size < len(documents) and not top:
            parameters = "&".join(f"{k}={v[0]}" for k, v in query.items() if k != "$skip")
            page["@odata.nextLink"] = f"{self.root}Document?{parameters}&$skip={skip + size}"
        return self._json(page)


LETTER = """<html><head><title>Kamerbrief over handelsmissies</title></head><body>
<p>Aan de Voorzitter van de Tweede Kamer der Staten-Generaal</p>
<p>Den Haag, 1 maart 2024</p>
<p>Geachte voorzitter,</p>
<p>Hierbij informeer ik uw Kamer over de voortgang van de handelsmissie naar Kenia en over de
samenwerking met de Stichting Handelsbrug. De stichting ondersteunt kleine bedrijven bij hun eerste
stappen op de Keniaanse markt.</p>
<p>De minister voor Buitenlandse Handel en Ontwikkelingssamenwerking,</p>
<p>A.B. Brouwersma</p>
</body></html>"""

MOTION = """<html><body><p>Motie van het lid De Kruijtzer over eerlijke handel</p>
<p>De Kamer, gehoord de beraadslaging, verzoekt de regering om jaarlijks te rapporteren over de
handelsmissies, en gaat over tot de orde van de dag.</p><p>De Kruijtzer</p></body></html>"""

ANSWER = """Antwoord van minister Brouwersma op vragen van het lid De Kruijtzer over de handelsmissie.
Vraag 1
Bent u bekend met het bericht over de handelsmissie?
Antwoord 1
Ja."""


def tweedekamer_dossier(server: FakeTweedeKamer) -> dict[str, str]:
    """Dossier 26485 with a letter (nr. 396), a motion (nr. 397) and an answer outside any dossier;
    the minister sat in the VVD faction and led it, the member sits in a made-up faction."""
    add, link = server.add, server.link
    add("Kamerstukdossier", "d-26485", Nummer=26485, Toevoeging=None, Titel="Handelsmissies")
    add("Fractie", "f-vvd", Afkorting="VVD", NaamNL="Volkspartij voor Vrijheid en Democratie")
    add("Fractie", "f-pvh", Afkorting="PvH", NaamNL="Partij voor Handel")
    add("FractieZetel", "z-1", Fractie_Id="f-vvd")
    link("FractieZetel", "z-1", "Fractie", "f-vvd")
    add("FractieZetel", "z-2", Fractie_Id="f-pvh")
    link("FractieZetel", "z-2", "Fractie", "f-pvh")
    minister = add(
        "Persoon", "p-brouwersma", Roepnaam="Annemarie", Voornamen="Anna Maria", Tussenvoegsel=None,
        Achternaam="Brouwersma", Initialen="A.B.", Functie="Oud Kamerlid",
    )  # fmt: skip
    add(
        "FractieZetelPersoon",
        "s-1",
        Functie="Lid",
        Van="2017-03-23",
        TotEnMet="2021-03-30",
        FractieZetel_Id="z-1",
    )
    add(
        "FractieZetelPersoon",
        "s-2",
        Functie="Fractievoorzitter",
        Van="2019-06-01",
        TotEnMet="2021-03-30",
        FractieZetel_Id="z-1",
    )
    for seat in ("s-1", "s-2"):
        link("FractieZetelPersoon", seat, "FractieZetel", "z-1")
    link("Persoon", minister, "FractieZetelPersoon", ["s-1", "s-2"])
    member = add(
        "Persoon", "p-kruijtzer", Roepnaam="Pieter", Voornamen="Pieter", Tussenvoegsel="de",
        Achternaam="Kruijtzer", Initialen="P.", Functie="Tweede Kamerlid",
    )  # fmt: skip
    add("FractieZetelPersoon", "s-3", Functie="Lid", Van="2023-12-06", TotEnMet=None, FractieZetel_Id="z-2")
    link("FractieZetelPersoon", "s-3", "FractieZetel", "z-2")
    link("Persoon", member, "FractieZetelPersoon", ["s-3"])

    def document(
        id_: str, number: str, soort: str, datum: str, volgnummer: int, body: str, media: str
    ) -> None:
        add(
            "Document", id_, Soort=soort, DocumentNummer=number, Titel="Handelsmissies",
            Onderwerp=f"{soort} over handelsmissies", Datum=f"{datum}T00:00:00+01:00", Volgnummer=volgnummer,
            Vergaderjaar="2023-2024", ContentType=media, GewijzigdOp=f"{datum}T12:00:00+01:00",
        )  # fmt: skip
        server.resources[id_] = (body.encode(), media)

    document("doc-1", "2024D10001", "Brief regering", "2024-03-08", 396, LETTER, "text/html")
    document("doc-2", "2024D10002", "Motie", "2024-04-10", 397, MOTION, "text/html")
    document("doc-3", "2024D10003", "Antwoord schriftelijke vragen", "2024-05-01", 0, ANSWER, "text/plain")
    for doc in ("doc-1", "doc-2"):
        link("Document", doc, "Kamerstukdossier", ["d-26485"])
    actors = {
        "doc-1": [("a-1", "A.B. Brouwersma", None, "minister voor Buitenlandse Handel en Ontwikkelingssamenwerking", "Eerste ondertekenaar", minister, None)],
        "doc-2": [
            ("a-2", "P. de Kruijtzer", "PvH", "Tweede Kamerlid", "Eerste ondertekenaar", member, "f-pvh"),
            ("a-3", "K. Smitsma", "VVD", "Tweede Kamerlid", "Mede ondertekenaar", None, "f-vvd"),
        ],
        "doc-3": [("a-4", "A.B. Brouwersma", None, "minister voor Buitenlandse Handel en Ontwikkelingssamenwerking", "Eerste ondertekenaar", minister, None)],
    }  # fmt: skip
    for doc, rows in actors.items():
        for id_, name, faction, function, relation, person, faction_id in rows:
            add(
                "DocumentActor", id_, ActorNaam=name, ActorFractie=faction, Functie=function, Relatie=relation,
                Persoon_Id=person, Fractie_Id=faction_id, Commissie_Id=None, Document_Id=doc,
            )  # fmt: skip
            link("DocumentActor", id_, "Persoon", person)
            link("DocumentActor", id_, "Fractie", faction_id)
        link("Document", doc, "DocumentActor", [row[0] for row in rows])
    return {"letter": "doc-1", "motion": "doc-2", "answer": "doc-3"}


# --------------------------------------------------------------------------------------------------
#  officielebekendmakingen: SRU 2.0 with gzd records
# --------------------------------------------------------------------------------------------------

SRU_20 = "http://docs.oasis-open.org/ns/search-ws/sruResponse"
SRU_12 = "http://www.loc.gov/zing/srw/"


@dataclass
class Publication:
    identifier: str
    title: str
    available: str
    date: str | None = None
    dossier: str | None = None
    number: str | None = None
    manifestations: tuple[str, ...] = ("html", "pdf")
    body: str = "<html><body><p>Tekst.</p></body></html>"


class FakeSru(FakeServer):
    """KOOP's SRU endpoint at /sru (pages of at most `page_size` records) and the files at /frbr/."""

    def __init__(self, publications: list[Publication], page_size: int = 2, namespace: str = SRU_20) -> None:
        super().__init__()
        self.publications = publications
        self.page_size = page_size
        self.namespace = namespace
        self.diagnostic: str | None = None

    @property
    def url(self) -> str:
        return self.base + "/sru"

    def answer(self, path: str, query: dict[str, list[str]]) -> Answer:
        if path == "/sru":
            return Answer(200, self._response(query).encode(), {"Content-Type": "text/xml; charset=utf-8"})
        for p in self.publications:
            for manifestation in p.manifestations:
                if path == f"/frbr/{p.identifier}.{manifestation}":
                    media = "application/pdf" if manifestation == "pdf" else "text/html"
                    return Answer(200, p.body.encode(), {"Content-Type": media})
        return Answer(404, b"niet gevonden")

    def _response(self, query: dict[str, list[str]]) -> str:
        if self.diagnostic:
            return (
                f'<?xml version="1.0"?><sru:searchRetrieveResponse xmlns:sru="{self.namespace}">'
                "<sru:version>2.0</sru:version><sru:numberOfRecords>0</sru:numberOfRecords><sru:diagnostics>"
                '<diag:diagnostic xmlns:diag="http://docs.oasis-open.org/ns/search-ws/diagnostic">'
                "<diag:uri>info:srw/diagnostic/1/10</diag:uri>"
                f"<diag:message>{escape(self.diagnostic)}</diag:message></diag:diagnostic>"
                "</sru:diagnostics></sru:searchRetrieveResponse>"
            )
        start = int(query.get("startRecord", ["1"])[0])
        size = min(self.page_size, int(query.get("maximumRecords", ["10"])[0]))
        page = self.publications[start - 1 : start - 1 + size]
        records = "".join(self._record(p, start + i) for i, p in enumerate(page))
        following = start + len(page)
        after = (
            f"<sru:nextRecordPosition>{following}</sru:nextRecordPosition>"
            if following <= len(self.publications)
            else ""
        )
        return (
            f'<?xml version="1.0" encoding="UTF-8"?><sru:searchRetrieveResponse xmlns:sru="{self.namespace}">'
            f"<sru:version>2.0</sru:version><sru:numberOfRecords>{len(self.publications)}</sru:numberOfRecords>"
            f"<sru:records>{records}</sru:records>{after}</sru:searchRetrieveResponse>"
        )

    def _record(self, p: Publication, position: int) -> str:
        urls = "".join(
            f'<gzd:itemUrl manifestation="{m}">{self.base}/frbr/{p.identifier}.{m}</gzd:itemUrl>'
            for m in p.manifestations
        )
        tpmeta = "".join(
            f"<overheidwetgeving:{name}>{value}</overheidwetgeving:{name}>"
            for name, value in (
                ("dossiernummer", p.dossier),
                ("ondernummer", p.number),
                ("vergaderjaar", "2023-2024"),
            )
            if value
        )
        date = f"<dcterms:date>{p.date}</dcterms:date>" if p.date else ""
        return f"""<sru:record><sru:recordSchema>http://standaarden.overheid.nl/sru/</sru:recordSchema>
<sru:recordXMLEscaping>xml</sru:recordXMLEscaping><sru:recordData>
<gzd:gzd xmlns:gzd="http://standaarden.overheid.nl/sru" xmlns:dcterms="http://purl.org/dc/terms/"
 xmlns:overheid="http://standaarden.overheid.nl/owms/terms/" xmlns:overheidwetgeving="http://standaarden.overheid.nl/wetgeving/">
<gzd:originalData><overheidwetgeving:meta>
<overheidwetgeving:owmskern>
 <dcterms:identifier>{p.identifier}</dcterms:identifier>
 <dcterms:title>{escape(p.title)}</dcterms:title>
 <dcterms:type scheme="overheid:Informatietype">officiële publicatie</dcterms:type>
 <dcterms:language scheme="overheid:Taal">nl</dcterms:language>
 <overheid:authority scheme="overheid:Overheidsorganisatie">Tweede Kamer der Staten-Generaal</overheid:authority>
 <dcterms:creator scheme="overheid:Overheidsorganisatie">Tweede Kamer der Staten-Generaal</dcterms:creator>
 <dcterms:modified>{p.available}</dcterms:modified>
</overheidwetgeving:owmskern>
<overheidwetgeving:owmsmantel><dcterms:available>{p.available}</dcterms:available>{date}</overheidwetgeving:owmsmantel>
<overheidwetgeving:tpmeta>{tpmeta}<overheidwetgeving:publicatienaam>Kamerstuk</overheidwetgeving:publicatienaam></overheidwetgeving:tpmeta>
</overheidwetgeving:meta></gzd:originalData>
<gzd:enrichedData><gzd:url>{self.base}/frbr/{p.identifier}</gzd:url>
<gzd:preferredUrl>{self.base}/frbr/{p.identifier}.html</gzd:preferredUrl>{urls}</gzd:enrichedData>
</gzd:gzd></sru:recordData><sru:recordPosition>{position}</sru:recordPosition></sru:record>"""


def dossier_publications() -> list[Publication]:
    return [
        Publication(
            "kst-26485-396", "Brief van de minister voor Buitenlandse Handel en Ontwikkelingssamenwerking",
            "2024-03-12", "2024-03-08", "26485", "396",
        ),
        Publication("kst-26485-397", "Motie van het lid De Kruijtzer", "2024-04-11", None, "26485", "397", ("pdf",)),
        Publication("ah-tk-20232024-1234", "Antwoord op vragen van het lid De Kruijtzer", "2024-05-02", manifestations=("html",)),
    ]  # fmt: skip
