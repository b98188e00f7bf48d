"""Load the ontology, the shapes and the vocabulary; the vocabulary also as plain Term objects.

Extraction works on Terms (no RDF); the graph side works on rdflib Graphs. The Turtle files are the
single source: the Terms are read from them, not from a second copy. Parsing is cached per process,
keyed on the folder and its files' modification times, so a rebuilt vocabulary is picked up.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
from collections import defaultdict
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import FOAF, RDF, RDFS, SKOS

from . import BG, ENTITY_TYPES, ONTOLOGY_FILE, ORG, SHAPES_FILE, VOCABULARY_DIR
from .terms import Membership, Tenure, Term

_LANG_ORDER = {"nl": 0, None: 1, "en": 2}


def vocabulary_digest() -> str:
    """A hash of the ontology and vocabulary files this installation reads: a store or a cached
    extraction made with other files is redone."""
    files = [ONTOLOGY_FILE, *sorted(VOCABULARY_DIR.glob("*.ttl"))]
    return hashlib.sha256(b"".join(f.read_bytes() for f in files)).hexdigest()


def load_ontology_graph() -> Graph:
    """The OWL ontology (classes, properties, document kinds) as a new Graph."""
    return Graph().parse(ONTOLOGY_FILE, format="turtle")


def load_shapes_graph() -> Graph:
    """The SHACL shapes as a new Graph (pyshacl's shacl_graph)."""
    return Graph().parse(SHAPES_FILE, format="turtle")


def load_vocabulary_graph(directory: Path = VOCABULARY_DIR) -> Graph:
    """All vocabulary files in one new Graph (for the store's vocabulary named graph)."""
    graph = Graph()
    for path in sorted(directory.glob("*.ttl")):
        graph.parse(path, format="turtle")
    return graph


def load_terms(directory: Path = VOCABULARY_DIR) -> list[Term]:
    """Every entity of the vocabulary as a Term, sorted by IRI; cached until a file changes."""
    return list(_terms(*_key(directory)))


def ministries(directory: Path = VOCABULARY_DIR) -> dict[str, tuple[str, ...]]:
    """Portfolio ('Buitenlandse Zaken') -> the ministry's Dutch short names ('BZ'): rules read a
    portfolio or its short name standing alone ('bij Defensie', 'de ministeries van BZ en EZK') as
    the ministry. Cached until a file changes, like the Terms."""
    return dict(_ministries(*_key(directory)))


Stamp = tuple[tuple[str, int, int], ...]


def _key(directory: Path) -> tuple[str, Stamp]:
    files = sorted(directory.glob("*.ttl"))
    stamp = tuple((path.name, path.stat().st_mtime_ns, path.stat().st_size) for path in files)
    return str(directory.resolve()), stamp


@functools.cache
def _parsed(directory: str, stamp: Stamp) -> Graph:
    """One parse per process and vocabulary state, shared by the Terms and the ministries; callers
    only read it (load_vocabulary_graph gives a Graph of one's own)."""
    return load_vocabulary_graph(Path(directory))


@functools.cache
def _terms(directory: str, stamp: Stamp) -> tuple[Term, ...]:
    return tuple(_Reader(_parsed(directory, stamp), core_classes()).terms())


@functools.cache
def _ministries(directory: str, stamp: Stamp) -> tuple[tuple[str, tuple[str, ...]], ...]:
    graph = _parsed(directory, stamp)
    out = {}
    for ministry in graph.subjects(RDF.type, BG.Ministry):
        full = str(graph.value(ministry, SKOS.prefLabel))
        dutch = (a for a in graph.objects(ministry, SKOS.altLabel) if getattr(a, "language", None) == "nl")
        short = {str(a) for a in dutch if str(a).casefold() != full.casefold()}
        out[full.removeprefix("Ministerie van ")] = tuple(sorted(short))
    return tuple(sorted(out.items()))


@functools.cache
def core_classes() -> dict[URIRef, str]:
    """Every bg: class under one of the six entity classes -> that core class's name."""
    graph = load_ontology_graph()
    cores = {BG[name]: name for name in ENTITY_TYPES}
    result: dict[URIRef, str] = {}
    for cls in set(graph.subjects(RDF.type, None)) | set(cores):
        for ancestor in graph.transitive_objects(cls, RDFS.subClassOf):
            if ancestor in cores:
                result[cls] = cores[ancestor]
                break
    return result


def _date(node: object) -> dt.date | None:
    value = node.toPython() if isinstance(node, Literal) else None
    return value if isinstance(value, dt.date) else None


def _label_key(label: Literal) -> tuple:
    return (_LANG_ORDER.get(label.language, 3), str(label).casefold(), str(label))


class _Reader:
    """One pass over the graph into per-subject indexes, then one Term per entity."""

    def __init__(self, graph: Graph, cores: dict[URIRef, str]) -> None:
        self.cores = cores
        self.index: dict[URIRef, dict[URIRef, list]] = defaultdict(lambda: defaultdict(list))
        self.by_member: dict[URIRef, list[URIRef]] = defaultdict(list)
        for s, p, o in graph:
            self.index[s][p].append(o)
            if p == ORG.member:
                self.by_member[o].append(s)

    def one(self, subject: URIRef, predicate: URIRef) -> object | None:
        values = self.index[subject].get(predicate)
        return min(values) if values else None

    def terms(self) -> list[Term]:
        out = []
        for subject in sorted(self.index):
            types = [t for t in self.index[subject].get(RDF.type, []) if t in self.cores]
            if isinstance(subject, URIRef) and types:
                out.append(self.term(subject, min(types)))
        return out

    def term(self, iri: URIRef, klass: URIRef) -> Term:
        def text(predicate: URIRef) -> str | None:
            value = self.one(iri, predicate)
            return str(value) if value is not None else None

        alt = sorted(self.index[iri].get(SKOS.altLabel, []), key=_label_key)
        return Term(
            iri=str(iri),
            type=str(klass).removeprefix(str(BG)),
            core_type=self.cores[klass],
            pref_label=str(text(SKOS.prefLabel)),
            alt_labels=tuple(str(a) for a in alt),
            family_name=text(FOAF.familyName),
            given_name=text(FOAF.givenName),
            initials=text(BG.initials),
            tenures=self.tenures(iri),
            memberships=self.memberships(iri),
            exact_matches=tuple(sorted(str(m) for m in self.index[iri].get(SKOS.exactMatch, []))),
        )

    def tenures(self, person: URIRef) -> tuple[Tenure, ...]:
        out = []
        for node in self.by_member.get(person, []):
            if BG.Tenure not in self.index[node].get(RDF.type, []):
                continue
            post = self.one(node, BG.post)
            label = self.one(post, SKOS.prefLabel) if post is not None else None
            organisation = self.one(node, ORG.organization)
            out.append(
                Tenure(
                    str(label),
                    _date(self.one(node, BG.startDate)),
                    _date(self.one(node, BG.endDate)),
                    post_iri=str(post),
                    organisation=str(organisation) if organisation else None,
                )
            )
        return tuple(sorted(out, key=lambda t: (t.start or dt.date.min, t.post, t.organisation or "")))

    def memberships(self, person: URIRef) -> tuple[Membership, ...]:
        """Dated org:Membership nodes, plus org:memberOf without a dated node."""
        out = []
        for node in self.by_member.get(person, []):
            if ORG.Membership in self.index[node].get(RDF.type, []):
                organisation = self.one(node, ORG.organization)
                out.append(
                    Membership(
                        str(organisation),
                        _date(self.one(node, BG.startDate)),
                        _date(self.one(node, BG.endDate)),
                    )
                )
        dated = {m.organisation for m in out}
        out += [Membership(str(o)) for o in self.index[person].get(ORG.memberOf, []) if str(o) not in dated]
        return tuple(
            sorted(out, key=lambda m: (m.organisation, m.start or dt.date.min, m.end or dt.date.max))
        )
