"""Fixtures shared by the ontology tests: the parsed files, and the shared lists when present."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from beleidsgraaf.ontology.vocabulary import load_ontology_graph, load_shapes_graph, load_vocabulary_graph

REPO_ROOT = Path(__file__).resolve().parents[2]
LISTS = REPO_ROOT.parent / "shared" / "lists"


@pytest.fixture(scope="session")
def ontology() -> Graph:
    return load_ontology_graph()


@pytest.fixture(scope="session")
def shapes() -> Graph:
    return load_shapes_graph()


@pytest.fixture(scope="session")
def vocabulary() -> Graph:
    return load_vocabulary_graph()


@pytest.fixture(scope="session")
def lists() -> Path:
    """../shared/lists next to the repository; tests that need it skip without it."""
    if not (LISTS / "SOURCES.tsv").is_file():
        pytest.skip(f"shared lists not found at {LISTS} (the vocabulary is built from them)")
    return LISTS
