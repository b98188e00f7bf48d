"""A query gets the dataset it names (FROM, FROM NAMED, or the protocol's default-graph-uri and
named-graph-uri), on the embedded store and on `serve`; a query that names none reads the union of
the graphs. The seeds: one graph per document plus the ontology, vocabulary and entity graphs."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from beleidsgraaf.graph.store import GraphStore
from tests.conftest import run_cli
from tests.servers import free_port, wait_for

ONTOLOGY = "https://w3id.org/beleidsgraaf/id/graph/ontology"
COUNT = "SELECT (COUNT(*) AS ?n) {from} WHERE {{ ?s ?p ?o }}"
NAMED = "SELECT DISTINCT ?g {from} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}"


@pytest.fixture(scope="module")
def graphs(seeds_store: Path) -> dict[str, int]:
    """Quads per named graph, read without SPARQL."""
    store = GraphStore(seeds_store, read_only=True).store
    return {g.value: sum(1 for _ in store.quads_for_pattern(None, None, None, g)) for g in store.named_graphs()}


@pytest.fixture(scope="module")
def documents(graphs: dict[str, int]) -> list[str]:
    found = sorted(g for g in graphs if "/graph/0" in g)
    assert len(found) >= 2, found
    return found[:2]


def _count(rows) -> int:
    return int(next(iter(rows))[0].value)


def test_from_reads_the_graphs_it_names(seeds_store: Path, graphs: dict[str, int], documents: list[str]) -> None:
    store = GraphStore(seeds_store, read_only=True)
    one, two = documents
    assert _count(store.query(COUNT.format(**{"from": f"FROM <{one}>"}))) == graphs[one]
    both = _count(store.query(COUNT.format(**{"from": f"FROM <{one}> FROM <{two}>"})))
    assert graphs[one] < both <= graphs[one] + graphs[two]
    # no dataset: the union of every graph, each graph's triples counted where they are
    assert _count(store.query(COUNT.format(**{"from": ""}))) == sum(graphs.values())


def test_from_named_reads_only_the_named_graphs(seeds_store: Path, documents: list[str]) -> None:
    store = GraphStore(seeds_store, read_only=True)
    one, two = documents
    named = {row[0].value for row in store.query(NAMED.format(**{"from": f"FROM NAMED <{one}> FROM NAMED <{two}>"}))}
    assert named == {one, two}
    # FROM NAMED alone leaves the default graph empty, as SPARQL says
    assert _count(store.query(COUNT.format(**{"from": f"FROM NAMED <{one}>"}))) == 0
    assert len({row[0].value for row in store.query(NAMED.format(**{"from": ""}))}) > 2


def test_the_query_command_reads_the_dataset_of_a_file(
    cli: str, seeds_store: Path, tmp_path: Path, graphs: dict[str, int]
) -> None:
    query = tmp_path / "ontology-size.rq"
    query.write_text("# title: Triples in the ontology graph\n" + COUNT.format(**{"from": f"FROM <{ONTOLOGY}>"}))
    result = run_cli(cli, "query", str(query), "--store", str(seeds_store), "--format", "csv")
    assert result.stdout.splitlines() == ["n", str(graphs[ONTOLOGY])]


@pytest.fixture(scope="module")
def served(cli: str, seeds_store: Path) -> Iterator[str]:
    port = free_port()
    process = subprocess.Popen(
        [cli, "serve", "--store", str(seeds_store), "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(base + "/query", process)
        yield base + "/query"
    finally:
        process.terminate()
        process.wait(timeout=10)


def _remote(endpoint: str, query: str, **params: str) -> list[dict]:
    answer = httpx.post(
        endpoint, data={"query": query, **params}, headers={"Accept": "application/sparql-results+json"}, timeout=30
    )
    assert answer.status_code == 200, answer.text
    return answer.json()["results"]["bindings"]


def test_serve_gives_the_dataset_a_query_names(served: str, graphs: dict[str, int], documents: list[str]) -> None:
    one, two = documents
    assert int(_remote(served, COUNT.format(**{"from": f"FROM <{one}>"}))[0]["n"]["value"]) == graphs[one]
    named = _remote(served, NAMED.format(**{"from": f"FROM NAMED <{one}> FROM NAMED <{two}>"}))
    assert {row["g"]["value"] for row in named} == {one, two}
    assert int(_remote(served, COUNT.format(**{"from": ""}))[0]["n"]["value"]) == sum(graphs.values())
    # the SPARQL Protocol's parameters name a dataset too (and override FROM)
    protocol = _remote(served, COUNT.format(**{"from": ""}), **{"default-graph-uri": ONTOLOGY})
    assert int(protocol[0]["n"]["value"]) == graphs[ONTOLOGY]
    over = _remote(served, COUNT.format(**{"from": f"FROM <{one}>"}), **{"default-graph-uri": ONTOLOGY})
    assert int(over[0]["n"]["value"]) == graphs[ONTOLOGY]
    only = _remote(served, NAMED.format(**{"from": ""}), **{"named-graph-uri": two})
    assert {row["g"]["value"] for row in only} == {two}
