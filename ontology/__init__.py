"""The beleidsgraaf ontology: namespaces, the ontology files and the curated vocabulary.

Read by every other part of the project; imports none of them. The Turtle files next to this
module are the source of truth and are usable without Python (Protégé, any triple store).
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, XSD

from beleidsgraaf.base.text import slugify

HERE = Path(__file__).resolve().parent
ONTOLOGY_FILE = HERE / "beleidsgraaf.ttl"
SHAPES_FILE = HERE / "shapes.ttl"
VOCABULARY_DIR = HERE / "vocabulary"

BG = Namespace("https://w3id.org/beleidsgraaf/def#")
BGID = Namespace("https://w3id.org/beleidsgraaf/id/")
ORG = Namespace("http://www.w3.org/ns/org#")
WD = Namespace("http://www.wikidata.org/entity/")

PREFIXES: dict[str, Namespace] = {
    "bg": BG,
    "bgid": BGID,
    "org": ORG,
    "skos": Namespace(str(SKOS)),
    "dcterms": Namespace(str(DCTERMS)),
    "prov": Namespace(str(PROV)),
    "foaf": Namespace(str(FOAF)),
    "rdf": Namespace(str(RDF)),
    "rdfs": Namespace(str(RDFS)),
    "owl": Namespace(str(OWL)),
    "xsd": Namespace(str(XSD)),
}

#: The six entity classes of the contract; every entity is one of them or a subclass.
ENTITY_TYPES = ("Person", "Organisation", "Country", "Instrument", "Policy", "Place")
#: the entity types that act (the subjects of stances and of implementing), and the means they act
#: through: the two sides of the actor–policy networks
ACTORS = frozenset({"Person", "Organisation", "Country"})
MEANS = frozenset({"Policy", "Instrument"})

#: Document kinds of gold/GUIDELINES.md, by their Dutch labels
DOCUMENT_KINDS = (
    "Kamerbrief",
    "Antwoord op Kamervragen",
    "Verslag schriftelijk overleg",
    "Motie",
    "Nota",
    "Overig",
)
#: each kind's concept IRI (scheme bgid:kind in beleidsgraaf.ttl): bgid:kind/ and the label's slug
DOCUMENT_KIND_IRIS: dict[str, URIRef] = {label: BGID[f"kind/{slugify(label)}"] for label in DOCUMENT_KINDS}

#: Named graphs that are not documents.
VOCABULARY_GRAPH = BGID["graph/vocabulary"]
ONTOLOGY_GRAPH = BGID["graph/ontology"]
ENTITIES_GRAPH = BGID["graph/entities"]


def sparql_prefixes() -> str:
    """PREFIX lines for every namespace above, to prepend to a query."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


