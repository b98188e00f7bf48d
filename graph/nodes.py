"""The one seam between the project's two RDF libraries. The ontology names its terms in rdflib
(whose namespaces, Turtle and SHACL tooling the vocabulary side uses); the store holds pyoxigraph
terms. Here the ontology's namespaces give pyoxigraph terms directly, each made once, so the code
that writes or reads the store never converts term by term.

    from beleidsgraaf.graph.nodes import BG, RDF
    yield document, RDF.type, BG.Document
"""

from __future__ import annotations

from pyoxigraph import NamedNode
from rdflib import URIRef
from rdflib.namespace import DCTERMS as _DCTERMS
from rdflib.namespace import RDF as _RDF
from rdflib.namespace import SKOS as _SKOS
from rdflib.namespace import XSD as _XSD

from beleidsgraaf.ontology import BG as _BG
from beleidsgraaf.ontology import BGID as _BGID
from beleidsgraaf.ontology import ORG as _ORG


class Nodes:
    """An rdflib namespace whose terms are pyoxigraph NamedNodes: `BG.evidence`, `BG["Person"]`.

    A term named as an attribute is made on first use, through the rdflib namespace (so a closed
    one such as RDF still refuses a name it lacks), and kept; `[...]` makes a new node each time,
    for the many IRIs of instances (`BGID["mention/…"]`)."""

    def __init__(self, namespace) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> NamedNode:
        if name.startswith("_"):
            raise AttributeError(name)
        term = NamedNode(str(getattr(self._namespace, name)))
        setattr(self, name, term)
        return term

    def __getitem__(self, local: str) -> NamedNode:
        return NamedNode(str(self._namespace[local]))


BG = Nodes(_BG)
BGID = Nodes(_BGID)
ORG = Nodes(_ORG)
RDF = Nodes(_RDF)
SKOS = Nodes(_SKOS)
DCTERMS = Nodes(_DCTERMS)
XSD = Nodes(_XSD)


def named_node(term: URIRef | str) -> NamedNode:
    """An IRI the ontology computes (a document kind's concept, a named graph) as a pyoxigraph term."""
    return NamedNode(str(term))
