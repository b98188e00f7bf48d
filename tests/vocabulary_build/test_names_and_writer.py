"""Helpers of the vocabulary build: Dutch names of the lists, the Turtle writer."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, SKOS

from beleidsgraaf.base.text import strip_diacritics
from beleidsgraaf.ontology import BG, BGID
from vocabulary_build.names import normalise_initials, split_name, title_case
from vocabulary_build.turtle_writer import Section, TurtleWriter

XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
FAMILY_NAMES = {"Marlies Veldhuijzen van Zanten": "Veldhuijzen van Zanten"}


@pytest.mark.parametrize(
    ("name", "initials", "given", "family"),
    [
        ("Aukje de Vries", "", "Aukje", "de Vries"),
        ("Aart Jan de Geus", "A.J.", "Aart Jan", "de Geus"),
        ("Guusje ter Horst", "G.", "Guusje", "ter Horst"),
        ("Ard van der Steur", "G.A.", "Ard", "van der Steur"),
        ("Clémence Ross-van Dorp", "C.I.J.M.", "Clémence", "Ross-van Dorp"),
        ("Jeanine Hennis-Plasschaert", "J.A.", "Jeanine", "Hennis-Plasschaert"),
        ("Piet Hein Donner", "J.P.H.", "Piet Hein", "Donner"),
        ("Otto Paulus Groeninx van Zoelen", "O.P.", "Otto Paulus", "Groeninx van Zoelen"),
        ("Jean-Jacques van Zuylen van Nyevelt", "J.J.G.", "Jean-Jacques", "van Zuylen van Nyevelt"),
        ("Marlies Veldhuijzen van Zanten", "M.L.L.E.", "Marlies", "Veldhuijzen van Zanten"),
        ("Sigrid Kaag", "S.A.M.", "Sigrid", "Kaag"),
    ],
)
def test_split_dutch_name(name: str, initials: str, given: str, family: str) -> None:
    assert split_name(name, initials, FAMILY_NAMES) == (given, family)


def test_name_helpers() -> None:
    assert normalise_initials("S. A. M") == "S.A.M."
    assert title_case("volksgezondheid, welzijn en sport") == "Volksgezondheid, Welzijn en Sport"
    assert title_case("buitenlandse handel en ontwikkelingssamenwerking") == (
        "Buitenlandse Handel en Ontwikkelingssamenwerking"
    )
    assert strip_diacritics("Oekraïne, Curaçao, Åland") == "Oekraine, Curacao, Aland"


def test_writer_round_trips_awkward_literals() -> None:
    section = Section("Test")
    subject = BGID["policy/x"]
    literals = [
        Literal('say "hi"\\n', lang="nl"),
        Literal("line\nbreak\ttab"),
        Literal("2024-01-01", datatype=XSD.date),
        Literal("NL", datatype=BG.iso3166alpha2),
    ]
    for literal in literals:
        section.add(subject, SKOS.altLabel, literal)
    section.add(subject, RDF.type, BG.Policy)
    section.add(subject, SKOS.exactMatch, URIRef("http://data.europa.eu/eli/dir/2024/1760/oj"))
    writer = TurtleWriter({"bg": str(BG), "skos": str(SKOS)}, str(BGID))
    text = writer.document("header", [section])
    assert "<policy/x>\n    a bg:Policy ;" in text
    expected = Graph()
    for p, o in section.triples[subject]:
        expected.add((subject, p, o))
    assert isomorphic(Graph().parse(data=text, format="turtle"), expected)
    assert writer.document("header", [section]) == text


def test_writer_refuses_iris_turtle_cannot_hold() -> None:
    with pytest.raises(ValueError):
        TurtleWriter({}, str(BGID)).iri(URIRef("https://example.org/a b"))
