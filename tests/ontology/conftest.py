"""Fixtures shared by the ontology tests: the parsed files."""

from __future__ import annotations

import pytest
from rdflib import Graph

from beleidsgraaf.ontology.vocabulary import load_ontology_graph, load_shapes_graph, load_vocabulary_graph


@pytest.fixture(scope="session")
def ontology() -> Graph:
    return load_ontology_graph()


@pytest.fixture(scope="session")
def shapes() -> Graph:
    return load_shapes_graph()


@pytest.fixture(scope="session")
def vocabulary() -> Graph:
    return load_vocabulary_graph()
