"""SHACL shapes: a well-formed small graph conforms, broken ones fail for the right reason.

Validated as shared/tools/check_contract.py does: pyshacl, inference="rdfs", the ontology as ont_graph.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pyshacl import validate
from rdflib import Graph, Literal, Namespace
from rdflib.namespace import DCTERMS, RDF, SKOS

from beleidsgraaf.ontology import BG, BGID, DOCUMENT_KIND_IRIS, HERE

# A plain Namespace: pytest's collection probes module globals, and rdflib's XSD warns on unknown names.
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")

DOC = BGID["doc/000_f48dec180f6c012b"]
CITED = BGID["doc/36712-9"]
ADSB = BGID["org/atradius-dutch-state-business"]
EKV = BGID["instrument/exportkredietverzekering"]
MENTION = BGID["mention/000_f48dec180f6c012b/123"]
ASSERTION = BGID["assertion/000_f48dec180f6c012b/1"]


def good_graph() -> Graph:
    """A document, a cited paper, two entities, a mention and an assertion, as the contract writes them."""
    g = Graph()
    for triple in [
        (DOC, RDF.type, BG.Document),
        (DOC, BG.fileName, Literal("000_f48dec180f6c012b.txt")),
        (DOC, DCTERMS.title, Literal("Exportkredietverzekering")),
        (DOC, DCTERMS.date, Literal("2025-12-11", datatype=XSD.date)),
        (DOC, BG.documentKind, DOCUMENT_KIND_IRIS["Kamerbrief"]),
        (DOC, BG.kamerstuk, Literal("26485-396")),
        (DOC, BG.cites, CITED),
        (CITED, BG.kamerstuk, Literal("36712-9")),
        (DOC, BG.mentions, ADSB),
        (ADSB, RDF.type, BG.Company),
        (ADSB, SKOS.prefLabel, Literal("Atradius Dutch State Business", lang="nl")),
        (ADSB, SKOS.altLabel, Literal("ADSB", lang="nl")),
        (EKV, RDF.type, BG.FinancingInstrument),
        (EKV, SKOS.prefLabel, Literal("exportkredietverzekering", lang="nl")),
        (MENTION, RDF.type, BG.Mention),
        (MENTION, BG.inDocument, DOC),
        (MENTION, BG.refersTo, ADSB),
        (MENTION, BG.start, Literal(123)),
        (MENTION, BG.end, Literal(127)),
        (MENTION, BG.surface, Literal("ADSB")),
        (MENTION, BG.evidence, Literal("ADSB voert de exportkredietverzekering uit.")),
        (ADSB, BG.implements, EKV),
        (ASSERTION, RDF.type, BG.Assertion),
        (ASSERTION, RDF.subject, ADSB),
        (ASSERTION, RDF.predicate, BG.implements),
        (ASSERTION, RDF.object, EKV),
        (ASSERTION, BG.inDocument, DOC),
        (ASSERTION, BG.evidence, Literal("ADSB voert de exportkredietverzekering uit.")),
        (ASSERTION, BG.start, Literal(100)),
        (ASSERTION, BG.end, Literal(160)),
        (ASSERTION, BG.rule, Literal("implements-voert-uit")),
        (ASSERTION, BG.confidence, Literal("0.9", datatype=XSD.decimal)),
    ]:
        g.add(triple)
    return g


def messages(data: Graph, ontology: Graph, shapes: Graph) -> list[str]:
    conforms, _, text = validate(data, shacl_graph=shapes, ont_graph=ontology, inference="rdfs")
    found = sorted({line.split("Message:", 1)[1].strip() for line in text.splitlines() if "Message:" in line})
    assert conforms == (not found)
    return found


def test_good_graph_conforms(ontology: Graph, shapes: Graph) -> None:
    assert messages(good_graph(), ontology, shapes) == []


def test_entity_with_two_preflabels_and_mention_without_offsets_fail(ontology: Graph, shapes: Graph) -> None:
    g = good_graph()
    g.add((ADSB, SKOS.prefLabel, Literal("Atradius DSB", lang="nl")))
    g.remove((MENTION, BG.start, None))
    g.remove((MENTION, BG.end, None))
    found = messages(g, ontology, shapes)
    assert any("exactly one skos:prefLabel" in m for m in found)
    assert any("exactly one bg:start" in m for m in found)
    assert any("exactly one bg:end" in m for m in found)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda g: g.set((ASSERTION, BG.confidence, Literal(1.5))), "bg:confidence"),
        (lambda g: g.set((CITED, BG.kamerstuk, Literal("Kamerstuk 36712, nr. 9"))), "bg:kamerstuk"),
        (lambda g: g.remove((DOC, DCTERMS.title, None)), "dcterms:title"),
        (lambda g: g.set((DOC, DCTERMS.date, Literal("11 december 2025"))), "dcterms:date"),
        (lambda g: g.set((MENTION, BG.start, Literal(130))), "below its bg:end"),
        (lambda g: g.set((MENTION, BG.end, Literal("127"))), "bg:end"),
        (lambda g: g.remove((ASSERTION, BG.rule, None)), "bg:rule"),
        (lambda g: g.add((ASSERTION, RDF.object, ADSB)), "rdf:object"),
        (lambda g: g.add((BGID["org/x"], RDF.type, BG.Ministry)), "skos:prefLabel"),
    ],
)
def test_broken_graph_fails(ontology: Graph, shapes: Graph, change, expected: str) -> None:
    g = good_graph()
    change(g)
    assert any(expected in m for m in messages(g, ontology, shapes))


def test_double_confidence_and_nonnegative_integer_offsets_conform(ontology: Graph, shapes: Graph) -> None:
    g = good_graph()
    g.set((ASSERTION, BG.confidence, Literal(0.75)))  # xsd:double
    g.set((MENTION, BG.start, Literal("123", datatype=XSD.nonNegativeInteger)))
    assert messages(g, ontology, shapes) == []


def test_vocabulary_conforms_as_the_contract_check_validates_it(vocabulary: Graph, shapes: Graph) -> None:
    """Union = vocabulary, ont_graph = every .ttl under ontology/, as check_contract.py does."""
    onto = Graph()
    for path in sorted(Path(HERE).rglob("*.ttl")):
        onto.parse(path, format="turtle")
    conforms, _, text = validate(vocabulary, shacl_graph=shapes, ont_graph=onto, inference="rdfs")
    assert conforms, text[:2000]
