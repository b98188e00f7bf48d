"""The OWL ontology: contract terms present, bilingual documentation, safe domains, document kinds."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from beleidsgraaf.base.text import slugify
from beleidsgraaf.ontology import BG, DOCUMENT_KIND_IRIS, ENTITY_TYPES, HERE, ORG

CLASSES = (
    "Document",
    "Person",
    "Organisation",
    "Ministry",
    "Agency",
    "PoliticalParty",
    "ParliamentaryCommittee",
    "Parliament",
    "Cabinet",
    "EUInstitution",
    "InternationalOrganisation",
    "Company",
    "NGO",
    "Country",
    "Place",
    "Policy",
    "Law",
    "EULegalAct",
    "Treaty",
    "Strategy",
    "ActionPlan",
    "Programme",
    "Guideline",
    "Instrument",
    "FinancingInstrument",
    "SubsidyScheme",
    "Covenant",
    "SupportService",
    "DocumentKind",
    "Mention",
    "Assertion",
    "Tenure",
)
PROPERTIES = (
    "fileName",
    "documentKind",
    "signedBy",
    "signerPost",
    "addressee",
    "kamerstuk",
    "cites",
    "mentions",
    "inDocument",
    "refersTo",
    "start",
    "end",
    "surface",
    "evidence",
    "rule",
    "confidence",
    "contentHash",
    "sourceFormat",
    "askedBy",
    "implements",
    "responsibleFor",
    "transposes",
    "amends",
    "partOf",
    "cooperatesWith",
    "partnerOf",
    "supports",
    "opposes",
    "post",
    "startDate",
    "endDate",
    "initials",
)
DECLARATIONS = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, RDFS.Datatype)


def own_terms(graph: Graph) -> list[URIRef]:
    return sorted(
        {s for t in DECLARATIONS for s in graph.subjects(RDF.type, t) if str(s).startswith(str(BG))}, key=str
    )


@pytest.mark.parametrize("name", CLASSES)
def test_contract_class_is_declared(ontology: Graph, name: str) -> None:
    assert (BG[name], RDF.type, OWL.Class) in ontology


@pytest.mark.parametrize("name", PROPERTIES)
def test_contract_property_is_declared(ontology: Graph, name: str) -> None:
    kinds = set(ontology.objects(BG[name], RDF.type))
    assert kinds & {OWL.ObjectProperty, OWL.DatatypeProperty}, name


def test_every_class_and_property_has_dutch_and_english_label_and_comment(ontology: Graph) -> None:
    missing = [
        f"{term} {prop.fragment or prop} @{lang}"
        for term in own_terms(ontology)
        for prop in (RDFS.label, RDFS.comment)
        for lang in ("nl", "en")
        if not any(isinstance(o, Literal) and o.language == lang for o in ontology.objects(term, prop))
    ]
    assert not missing


def test_entity_subclasses_reach_exactly_one_core_class(ontology: Graph) -> None:
    cores = {BG[c] for c in ENTITY_TYPES}
    not_entities = {BG.Document, BG.DocumentKind, BG.Mention, BG.Assertion, BG.Tenure}
    for cls in own_terms(ontology):
        if (cls, RDF.type, OWL.Class) not in ontology or cls in not_entities:
            continue
        reached = {c for c in ontology.transitive_objects(cls, RDFS.subClassOf) if c in cores}
        assert len(reached) == 1, (cls, reached)


@pytest.mark.parametrize("name", ["start", "end", "inDocument", "evidence", "rule", "confidence"])
def test_properties_shared_by_mentions_and_assertions_have_no_domain(ontology: Graph, name: str) -> None:
    """A domain would make RDFS inference type every assertion a bg:Mention (and fail its shape)."""
    assert ontology.value(BG[name], RDFS.domain) is None


def test_alignments(ontology: Graph) -> None:
    assert (BG.cooperatesWith, RDF.type, OWL.SymmetricProperty) in ontology
    assert (BG.Tenure, RDFS.subClassOf, ORG.Membership) in ontology
    assert (BG.Organisation, RDFS.subClassOf, ORG.Organization) in ontology
    assert (BG.EULegalAct, RDFS.subClassOf, BG.Law) in ontology
    assert (BG.inDocument, RDFS.subPropertyOf, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")) in ontology


def test_document_kinds_match_the_python_table(ontology: Graph) -> None:
    in_ontology = {
        str(label): kind
        for kind in ontology.subjects(RDF.type, BG.DocumentKind)
        for label in ontology.objects(kind, SKOS.prefLabel)
        if label.language == "nl"
    }
    assert in_ontology == DOCUMENT_KIND_IRIS
    for kind in DOCUMENT_KIND_IRIS.values():
        assert {lbl.language for lbl in ontology.objects(kind, SKOS.prefLabel)} == {"nl", "en"}
        assert (kind, RDF.type, OWL.NamedIndividual) in ontology  # so pyshacl copies it from ont_graph


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Oekraïne", "oekraine"),
        ("Kabinet-Rutte IV", "kabinet-rutte-iv"),
        ("S.A.M. Kaag", "s-a-m-kaag"),
        ("'s-Gravenhage", "s-gravenhage"),
        ("  Ministerie van Financiën  ", "ministerie-van-financien"),
        ("Straße Ærø", "strasse-aero"),
        ("---", ""),
    ],
)
def test_slugify(text: str, slug: str) -> None:
    assert slugify(text) == slug


@pytest.mark.parametrize("path", sorted(Path(HERE).rglob("*.ttl")), ids=lambda p: p.name)
def test_every_turtle_file_parses_in_oxigraph(path: Path) -> None:
    """Oxigraph is the project's store; it must read every file (with its @base) to the same triples."""
    quads = list(pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(quads) == len(Graph().parse(path, format="turtle"))
