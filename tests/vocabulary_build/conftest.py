"""Fixtures of the vocabulary build's tests: the shared lists it reads, and what it wrote."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from beleidsgraaf.ontology.vocabulary import load_vocabulary_graph

LISTS = Path(__file__).resolve().parents[2].parent / "shared" / "lists"


@pytest.fixture(scope="session")
def vocabulary() -> Graph:
    return load_vocabulary_graph()


@pytest.fixture(scope="session")
def lists() -> Path:
    """../shared/lists next to the repository; tests that need it skip without it."""
    if not (LISTS / "SOURCES.tsv").is_file():
        pytest.skip(f"shared lists not found at {LISTS} (the vocabulary is built from them)")
    return LISTS
