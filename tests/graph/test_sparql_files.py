"""The SPARQL the code runs beside the named library (`graph/sparql/`, `evaluation/sparql/`), tested
as the library is: each file stands alone as SPARQL 1.1, declaring its prefixes, and answers on the
seeds (a query bound per document, for one seed)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pyoxigraph import Literal, NamedNode, Store, Variable
from rdflib.plugins.sparql import prepareQuery

from beleidsgraaf.evaluation.score import EVALUATION_SPARQL
from beleidsgraaf.graph.sparql_files import GRAPH_SPARQL
from beleidsgraaf.graph.store import GraphStore
from beleidsgraaf.ontology import BG

FILE_NAME = NamedNode(str(BG.fileName))
FILES = sorted([*GRAPH_SPARQL.glob("*.rq"), *EVALUATION_SPARQL.glob("*.rq")])


def test_the_code_keeps_its_sparql_in_files() -> None:
    assert {f.stem for f in FILES} >= {"assertions", "mentions", "subclasses", "entities", "metadata"}


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.parent.name}/{p.stem}")
def test_a_query_file_is_sparql_on_its_own(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# "), f"{path}: no comment saying what the query is for"
    prepareQuery(text)
    Store().query(text)  # Oxigraph knows no prefix the file does not declare


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.parent.name}/{p.stem}")
def test_a_query_file_answers_on_the_seeds(path: Path, seeds_store: Path) -> None:
    store = GraphStore(seeds_store, read_only=True)
    text = path.read_text(encoding="utf-8")
    (seed,) = {
        q.object.value
        for q in store.store.quads_for_pattern(None, FILE_NAME, None)
        if q.object.value.startswith("001_")
    }
    bound = (
        {Variable("file"): Literal(seed)} if "?file" in text and path.parent == EVALUATION_SPARQL else None
    )
    assert list(store.query(text, substitutions=bound)), f"{path}: no rows on the seeds"
