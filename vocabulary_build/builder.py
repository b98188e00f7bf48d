"""The in-memory vocabulary the build scripts fill, and the helpers they share.

A Vocabulary holds resources (subject -> triples) with the file and section each is written to, and
refuses an IRI with two types or two preferred labels. Writing goes through turtle_writer, so the
output is the same bytes for the same inputs.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, RDF, RDFS, SKOS, XSD

from beleidsgraaf.base.text import slugify, strip_diacritics
from beleidsgraaf.graph.rdf import ID_PATHS
from beleidsgraaf.ontology import BG, BGID, ORG, WD

from . import curated as cur
from .curated import Curated
from .names import clean
from .turtle_writer import Object, Section, TurtleWriter

SCHEME = BGID["vocabulary"]
CURATED_SOURCE = BGID["source/curated"]
PYCOUNTRY_SOURCE = BGID["source/pycountry"]

PREFIXES = {
    "bg": str(BG),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "skos": str(SKOS),
    "dcterms": str(DCTERMS),
    "foaf": str(FOAF),
    "org": str(ORG),
    "prov": "http://www.w3.org/ns/prov#",
    "wd": str(WD),
}

CORE_OF = {
    "Person": "Person",
    "Country": "Country",
    "Place": "Place",
    **dict.fromkeys(
        (
            "Organisation",
            "Ministry",
            "Agency",
            "AdvisoryBody",
            "PoliticalParty",
            "Parliament",
            "ParliamentaryCommittee",
            "Cabinet",
            "EUInstitution",
            "InternationalOrganisation",
            "Company",
            "NGO",
        ),
        "Organisation",
    ),
    **dict.fromkeys(
        ("Policy", "Law", "EULegalAct", "Treaty", "Strategy", "ActionPlan", "Programme", "Guideline"),
        "Policy",
    ),
    **dict.fromkeys(
        ("Instrument", "FinancingInstrument", "SubsidyScheme", "Covenant", "SupportService"), "Instrument"
    ),
}

FILES: dict[str, tuple[str, tuple[str, ...]]] = {
    "scheme.ttl": ("The concept scheme bgid:vocabulary and the sources of its terms.", ("Scheme", "Sources")),
    "countries.ttl": (
        "Every ISO 3166-1 entry: sovereign states as bg:Country, other territories as bg:Place.",
        ("Countries", "Territories"),
    ),
    "government.ttl": (
        "Dutch government: ministries, agencies, advisory bodies, cabinets, posts, cabinet members.",
        (
            "Government",
            "Ministries",
            "Agencies",
            "Advisory bodies",
            "Cabinets",
            "Posts",
            "Cabinet members",
            "Tenures",
            "Memberships",
        ),
    ),
    "parliament.ttl": (
        "Dutch parliament: chambers, committees, political parties, members of the House.",
        ("Chambers", "Committees", "Political parties", "Members of the House", "Memberships"),
    ),
    "eu.ttl": (
        "European Union: the Union, its institutions and bodies, and EU legal acts of this field.",
        ("EU institutions", "EU legal acts"),
    ),
    "international.ttl": ("International organisations.", ("International organisations",)),
    "policy_field.ttl": (
        "Dutch trade, development and responsible business conduct: organisations, policies, instruments.",
        ("Companies and NGOs", "Policies", "Instruments"),
    ),
    "places.ttl": ("Provinces, cities and regions named in Dutch policy texts.", ("Places",)),
}
SECTION_FILE = {
    section: name for name, (_, sections) in FILES.items() for section in sections if section != "Memberships"
}

_QID = re.compile(r"^Q[1-9][0-9]*$")


# ===================================================================================================
#  The vocabulary: resources with their file and section, written at the end
# ===================================================================================================


@dataclass
class Resource:
    """A subject's triples and where it is written; ``owner`` puts a helper node in its owner's file."""

    section: str
    owner: URIRef | None = None
    pairs: set[tuple[URIRef, Object]] = field(default_factory=set)


class Vocabulary:
    """Collects terms; refuses one IRI with two types or two preferred labels."""

    def __init__(self) -> None:
        self.resources: dict[URIRef, Resource] = {}
        self.notes: list[str] = []

    # -- low level ------------------------------------------------------------------------------------

    def add(
        self,
        subject: URIRef,
        predicate: URIRef,
        obj: Object,
        section: str | None = None,
        owner: URIRef | None = None,
    ) -> None:
        if subject not in self.resources:
            if section is None:
                raise KeyError(f"{subject} is new and has no section")
            self.resources[subject] = Resource(section, owner)
        self.resources[subject].pairs.add((predicate, obj))

    def values(self, subject: URIRef, predicate: URIRef) -> list[Object]:
        return sorted((o for p, o in self.resources[subject].pairs if p == predicate), key=str)

    def move(self, subject: URIRef, section: str) -> None:
        self.resources[subject].section = section

    # -- terms ----------------------------------------------------------------------------------------

    def term(
        self,
        iri: URIRef,
        klass: str,
        pref: str,
        section: str,
        source: URIRef,
        nl: Iterable[str] = (),
        en: Iterable[str] = (),
        other: Iterable[tuple[str, str]] = (),
        comment: str = "",
        ascii_variants: bool = False,
    ) -> URIRef:
        """Add (or extend) a term: type, one Dutch prefLabel, altLabels, scheme, source, comment."""
        pref = clean(pref)
        if iri in self.resources:
            self._check_same(iri, klass, pref)
        else:
            self.add(iri, RDF.type, BG[klass], section)
            self.add(iri, SKOS.prefLabel, Literal(pref, lang="nl"))
            self.add(iri, SKOS.inScheme, SCHEME)
        labels = [(label, "nl") for label in nl] + [(label, "en") for label in en] + list(other)
        if ascii_variants:
            dutch = [pref, *(label for label, lang in labels if lang == "nl")]
            labels += [(strip_diacritics(label), "nl") for label in dutch]
        self.labels(iri, labels)
        self.add(iri, DCTERMS.source, source)
        if comment:
            self.add(iri, RDFS.comment, Literal(comment, lang="en"))
        return iri

    def labels(self, iri: URIRef, labels: Iterable[tuple[str, str]]) -> None:
        """Add altLabels, skipping any text the term already has (whatever its language)."""
        seen = {str(o) for p, o in self.resources[iri].pairs if p in (SKOS.prefLabel, SKOS.altLabel)}
        for text, lang in labels:
            text = clean(text)
            if text and text not in seen:
                seen.add(text)
                self.add(iri, SKOS.altLabel, Literal(text, lang=lang))

    def _check_same(self, iri: URIRef, klass: str, pref: str) -> None:
        types = self.values(iri, RDF.type)
        prefs = [str(o) for o in self.values(iri, SKOS.prefLabel)]
        if types != [BG[klass]] or prefs != [pref]:
            raise ValueError(f"{iri}: already {types} {prefs}, now {klass} {pref!r}")

    def curated(self, c: Curated, section: str, source: URIRef = CURATED_SOURCE) -> URIRef:
        """A term from curated.py, with its links to other terms."""
        iri = curated_iri(c)
        self.term(
            iri,
            c.klass,
            c.pref,
            section,
            source,
            c.nl,
            c.en,
            c.other,
            c.comment,
            ascii_variants=c.klass in ("Country", "Place"),
        )
        for curie, path in c.links:
            prefix, local = curie.split(":")
            predicate = {"bg": BG, "org": ORG, "dcterms": DCTERMS}[prefix][local]
            self.add(iri, predicate, BGID[path])
        return iri

    def write(self, out: Path) -> dict[str, int]:
        """Write every file; returns triples per file."""
        writer = TurtleWriter(PREFIXES, str(BGID))
        sections: dict[str, dict[str, Section]] = {
            name: {s: Section(s) for s in secs} for name, (_, secs) in FILES.items()
        }
        for subject, resource in self.resources.items():
            file = self._file_of(subject, resource)
            for predicate, obj in resource.pairs:
                sections[file][resource.section].add(subject, predicate, obj)
        self._check_links()
        counts = {}
        out.mkdir(parents=True, exist_ok=True)
        for name, (title, _) in FILES.items():
            text = writer.document(header(name, title), sections[name].values())
            (out / name).write_text(text, encoding="utf-8")
            counts[name] = sum(len(s) for s in sections[name].values())
        return counts

    def _file_of(self, subject: URIRef, resource: Resource) -> str:
        if resource.owner is not None:
            return self._file_of(resource.owner, self.resources[resource.owner])
        return SECTION_FILE[resource.section]

    def _check_links(self) -> None:
        """Every bgid: object (except the scheme's sources) is a written subject."""
        for subject, resource in self.resources.items():
            for _, obj in resource.pairs:
                if isinstance(obj, URIRef) and str(obj).startswith(str(BGID)) and obj not in self.resources:
                    raise ValueError(f"{subject} links to {obj}, which the vocabulary does not define")


def header(name: str, title: str) -> str:
    return (
        f"{'=' * 100}\n Beleidsgraaf vocabulary — {name}\n {title}\n\n"
        " GENERATED by the build tool vocabulary_build/ from ../shared/lists, pycountry and\n"
        " vocabulary_build/curated.py.\n"
        " Do not edit: change the lists or curated.py and run `make vocabulary`, or\n"
        "   python -m vocabulary_build --lists ../shared/lists --out ontology/vocabulary\n"
        " Every term is skos:inScheme <vocabulary> and names its dcterms:source (described in scheme.ttl).\n"
        f"{'=' * 100}"
    )


def curated_iri(c: Curated) -> URIRef:
    return BGID[f"{ID_PATHS[CORE_OF[c.klass]]}/{c.slug or slugify(c.pref)}"]


def find_curated(pref: str) -> Curated:
    """The curated record with this preferred label (to attach list sources to it)."""
    for c in (
        *cur.GOVERNMENT,
        *cur.EU_BODIES,
        *cur.EU_ACTS,
        *cur.INTERNATIONAL,
        *cur.ORGANISATIONS,
        *cur.POLICIES,
        *cur.INSTRUMENTS,
        *cur.PARTIES,
        *cur.PARLIAMENT,
    ):
        if c.pref == pref:
            return c
    raise KeyError(pref)


# ===================================================================================================
#  Reading the lists
# ===================================================================================================


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows of a tab-separated file with a header line, values stripped."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [{k: (v or "").strip() for k, v in row.items()} for row in reader]


def fix(text: str) -> str:
    """Apply the list corrections of curated.TYPO_FIXES."""
    for wrong, right in cur.TYPO_FIXES.items():
        text = text.replace(wrong, right)
    return text


def source_iri(file_name: str) -> URIRef:
    return BGID[f"source/{slugify(Path(file_name).stem)}"]


def date(text: str) -> Literal | None:
    """An xsd:date literal, or None for an empty or invalid value."""
    try:
        return Literal(dt.date.fromisoformat(text), datatype=XSD.date) if text else None
    except ValueError:
        return None


def wikidata(qid: str) -> URIRef | None:
    return WD[qid] if _QID.match(qid) else None


def ministry_iri(name: str) -> URIRef:
    """'Buitenlandse Zaken' -> bgid:org/ministerie-van-buitenlandse-zaken."""
    return BGID[f"org/{slugify('Ministerie van ' + name)}"]
