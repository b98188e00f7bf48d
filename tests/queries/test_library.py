"""The named SPARQL library: every query has a header, stands alone as SPARQL 1.1, and answers on the seeds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pyoxigraph import Store
from rdflib.plugins.sparql import prepareQuery

from beleidsgraaf.graph.store import GraphStore
from beleidsgraaf.queries import library
from beleidsgraaf.queries.local import run_local

QUERIES = library()
NAMES = sorted(QUERIES)
_PROJECTION = re.compile(r"\bSELECT\b(?P<projection>.*?)\bWHERE\b", re.IGNORECASE | re.DOTALL)


def test_the_library_has_at_least_fifteen_queries() -> None:
    assert len(NAMES) >= 15, NAMES


@pytest.mark.parametrize("name", NAMES)
def test_header_has_title_question_and_well_formed_params(name: str) -> None:
    query = QUERIES[name]
    text = query.text
    assert re.search(r"^#\s*title:\s*\S", text, re.MULTILINE), f"{name}: no '# title:' line"
    assert re.search(r"^#\s*question:\s*\S", text, re.MULTILINE), f"{name}: no '# question:' line"
    assert query.title.strip() and query.question.strip()
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
    projection = _PROJECTION.search(body)
    assert projection, f"{name}: no SELECT ... WHERE"
    for param in query.params:
        assert param.default is not None, f"{name}: parameter {param.name} has no default"
        assert param.doc.strip(), f"{name}: parameter {param.name} is not described"
        # Oxigraph substitutes only variables of the outer SELECT projection.
        assert re.search(rf"\?{param.name}\b", projection.group("projection")), (
            f"{name}: parameter ?{param.name} is not in the SELECT projection"
        )


@pytest.mark.parametrize("name", NAMES)
def test_query_is_valid_sparql_on_its_own(name: str) -> None:
    text = QUERIES[name].text
    prepareQuery(text)  # SPARQL 1.1 grammar (rdflib)
    # rdflib binds rdf:, rdfs:, owl: and xsd: by itself; Oxigraph knows no prefix it is not told,
    # so an empty store shows that the file declares every PREFIX it uses.
    Store().query(text)


@pytest.fixture(scope="module")
def seeds_graph(seeds_store: Path) -> GraphStore:
    return GraphStore(seeds_store, read_only=True)


@pytest.mark.parametrize("name", NAMES)
def test_query_answers_on_the_seeds_with_its_defaults(name: str, seeds_graph: GraphStore) -> None:
    results = run_local(seeds_graph, QUERIES[name])
    assert results.rows, f"{name}: no rows on the seeds with its default parameters"
    for param in QUERIES[name].params:
        assert param.name in results.variables
