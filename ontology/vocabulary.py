"""Load the ontology, the shapes and the vocabulary; the vocabulary also as plain Term objects.

Extraction works on Terms (no RDF), read from the Turtle with pyoxigraph, the store's parser; the
rdflib Graphs are for what needs rdflib (SHACL validation, tests). The Turtle files are the single
source: the Terms are read from them, not from a second copy. Parsing is cached per process, keyed
on the folder and its files' modification times, so a rebuilt vocabulary is picked up.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph
from rdflib.namespace import FOAF, RDF, RDFS, SKOS, XSD

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
    """All vocabulary files in one new rdflib Graph, for what needs rdflib (SHACL, tests); the Terms
    and the store read the files with pyoxigraph."""
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
#: an IRI, or a blank node as "_:label": how the reader keys what it indexes
Key = str
#: the IRIs the reader looks for, as the index keys them
_RDF_TYPE, _SUBCLASS_OF, _XSD_DATE = str(RDF.type), str(RDFS.subClassOf), str(XSD.date)
_PREF, _ALT, _MATCH = str(SKOS.prefLabel), str(SKOS.altLabel), str(SKOS.exactMatch)
_FAMILY, _GIVEN, _INITIALS = str(FOAF.familyName), str(FOAF.givenName), str(BG.initials)
_MEMBER, _MEMBER_OF, _ORGANISATION = str(ORG.member), str(ORG.memberOf), str(ORG.organization)
_TENURE, _MEMBERSHIP, _POST, _START, _END = (
    str(t) for t in (BG.Tenure, ORG.Membership, BG.post, BG.startDate, BG.endDate)
)
_MINISTRY = str(BG.Ministry)


def _key(directory: Path) -> tuple[str, Stamp]:
    files = sorted(directory.glob("*.ttl"))
    stamp = tuple((path.name, path.stat().st_mtime_ns, path.stat().st_size) for path in files)
    return str(directory.resolve()), stamp


@functools.cache
def _index(directory: str, stamp: Stamp) -> _Index:
    """One parse per process and vocabulary state, shared by the Terms and the ministries. The
    files are read with pyoxigraph, as the store reads them, in a sixth of rdflib's time."""
    return _Index(
        quad
        for path in sorted(Path(directory).glob("*.ttl"))
        for quad in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)
    )


@functools.cache
def _terms(directory: str, stamp: Stamp) -> tuple[Term, ...]:
    return tuple(_Reader(_index(directory, stamp), core_classes()).terms())


@functools.cache
def _ministries(directory: str, stamp: Stamp) -> tuple[tuple[str, tuple[str, ...]], ...]:
    index = _index(directory, stamp)
    out = {}
    for ministry in index.subjects(_RDF_TYPE, _MINISTRY):
        full = index.one(ministry, _PREF).value
        dutch = (a for a in index.values(ministry, _ALT) if getattr(a, "language", None) == "nl")
        short = {a.value for a in dutch if a.value.casefold() != full.casefold()}
        out[full.removeprefix("Ministerie van ")] = tuple(sorted(short))
    return tuple(sorted(out.items()))


@functools.cache
def core_classes() -> dict[Key, str]:
    """Every bg: class under one of the six entity classes (its IRI) -> that core class's name."""
    cores = {str(BG[name]): name for name in ENTITY_TYPES}
    index = _Index(ox.parse(path=str(ONTOLOGY_FILE), format=ox.RdfFormat.TURTLE))
    result: dict[Key, str] = {}
    for cls in sorted({s for s, p, _ in index.triples() if p == _RDF_TYPE} | set(cores)):
        seen, frontier = {cls}, [cls]
        while frontier and cls not in result:
            here = frontier.pop(0)
            if here in cores:
                result[cls] = cores[here]
            for parent in index.values(here, _SUBCLASS_OF):
                if _node_key(parent) not in seen:
                    seen.add(_node_key(parent))
                    frontier.append(_node_key(parent))
    return result


def _node_key(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> Key:
    return f"_:{term.value}" if isinstance(term, ox.BlankNode) else term.value


def _date(term: object) -> dt.date | None:
    if isinstance(term, ox.Literal) and term.datatype.value == _XSD_DATE:
        try:
            return dt.date.fromisoformat(term.value)
        except ValueError:
            return None
    return None


def _text(term: object | None) -> str | None:
    return term.value if term is not None else None


def _label_key(label: ox.Literal) -> tuple:
    return (_LANG_ORDER.get(label.language, 3), label.value.casefold(), label.value)


class _Index:
    """The triples by subject and predicate, keyed by IRI (blank nodes as "_:label")."""

    def __init__(self, quads: Iterable[ox.Quad]) -> None:
        self.by_subject: dict[Key, dict[Key, list]] = defaultdict(lambda: defaultdict(list))
        self.by_member: dict[Key, list[Key]] = defaultdict(list)
        for q in quads:
            s, p = _node_key(q.subject), q.predicate.value
            self.by_subject[s][p].append(q.object)
            if p == _MEMBER:
                self.by_member[_node_key(q.object)].append(s)

    def triples(self) -> Iterator[tuple[Key, Key, object]]:
        for s, predicates in self.by_subject.items():
            for p, objects in predicates.items():
                for o in objects:
                    yield s, p, o

    def values(self, subject: Key, predicate: Key) -> list:
        predicates = self.by_subject.get(subject)
        return predicates.get(predicate, []) if predicates else []

    def one(self, subject: Key, predicate: Key) -> object | None:
        """The value, or the least of several by its lexical form."""
        values = self.values(subject, predicate)
        return min(values, key=lambda v: v.value) if values else None

    def subjects(self, predicate: Key, value: Key) -> list[Key]:
        return sorted(
            s
            for s, predicates in self.by_subject.items()
            if any(_node_key(o) == value for o in predicates.get(predicate, ()))
        )

    def types(self, subject: Key) -> set[Key]:
        return {_node_key(t) for t in self.values(subject, _RDF_TYPE)}


class _Reader:
    """The index's entities, one Term each."""

    def __init__(self, index: _Index, cores: dict[Key, str]) -> None:
        self.index = index
        self.cores = cores

    def terms(self) -> list[Term]:
        out = []
        for subject in sorted(self.index.by_subject):
            types = [t for t in self.index.types(subject) if t in self.cores]
            if not subject.startswith("_:") and types:
                out.append(self.term(subject, min(types)))
        return out

    def term(self, iri: Key, klass: Key) -> Term:
        one = self.index.one
        alt = sorted(self.index.values(iri, _ALT), key=_label_key)
        return Term(
            iri=iri,
            type=klass.removeprefix(str(BG)),
            core_type=self.cores[klass],
            pref_label=str(_text(one(iri, _PREF))),
            alt_labels=tuple(a.value for a in alt),
            family_name=_text(one(iri, _FAMILY)),
            given_name=_text(one(iri, _GIVEN)),
            initials=_text(one(iri, _INITIALS)),
            tenures=self.tenures(iri),
            memberships=self.memberships(iri),
            exact_matches=tuple(sorted(m.value for m in self.index.values(iri, _MATCH))),
        )

    def tenures(self, person: Key) -> tuple[Tenure, ...]:
        one, out = self.index.one, []
        for node in self.index.by_member.get(person, []):
            if _TENURE not in self.index.types(node):
                continue
            post = one(node, _POST)
            label = one(_node_key(post), _PREF) if post is not None else None
            out.append(
                Tenure(
                    str(_text(label)),
                    _date(one(node, _START)),
                    _date(one(node, _END)),
                    post_iri=str(_text(post)),
                    organisation=_text(one(node, _ORGANISATION)),
                )
            )
        return tuple(sorted(out, key=lambda t: (t.start or dt.date.min, t.post, t.organisation or "")))

    def memberships(self, person: Key) -> tuple[Membership, ...]:
        """Dated org:Membership nodes, plus org:memberOf without a dated node."""
        one, out = self.index.one, []
        for node in self.index.by_member.get(person, []):
            if _MEMBERSHIP in self.index.types(node):
                out.append(
                    Membership(
                        str(_text(one(node, _ORGANISATION))),
                        _date(one(node, _START)),
                        _date(one(node, _END)),
                    )
                )
        dated = {m.organisation for m in out}
        undated = [o.value for o in self.index.values(person, _MEMBER_OF) if o.value not in dated]
        out += [Membership(o) for o in undated]
        return tuple(
            sorted(out, key=lambda m: (m.organisation, m.start or dt.date.min, m.end or dt.date.max))
        )
