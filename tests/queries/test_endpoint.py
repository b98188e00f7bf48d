"""A real Oxigraph server on a free loopback port: publish the seeds' graph, run every named query
there and on the embedded store, and get the same rows; hostile parameters change nothing."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from beleidsgraaf.graph.store import GraphStore
from beleidsgraaf.queries import library, resolve
from beleidsgraaf.queries.endpoint import publish, run_remote, with_values
from beleidsgraaf.queries.local import bind, run_local
from tests.conftest import run_cli
from tests.servers import free_port, oxigraph_server, wait_for

HOSTILE = ['"', "'", "} ; DROP ALL ; {", '" } } ; DROP ALL ; SELECT * { { "', "\\", 'CSDDD" || true || "']


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with oxigraph_server(tmp_path_factory.mktemp("oxigraph")) as base:
        yield base


@pytest.fixture(scope="module")
def published(server: str, seeds_store: Path) -> str:
    store = GraphStore(seeds_store, read_only=True)
    assert publish(store, server + "/store") == publish(store, server + "/store")  # replaced, not doubled
    return server + "/query"


def _rows(results) -> list[tuple]:
    return sorted(tuple("" if v is None else v for v in row) for row in results.rows)


@pytest.mark.parametrize("name", sorted(library()))
def test_named_query_gives_the_same_rows_remotely(name: str, published: str, seeds_store: Path) -> None:
    query = resolve(name)
    local = run_local(GraphStore(seeds_store, read_only=True), query)
    remote = run_remote(published, query)
    assert local.variables == remote.variables
    assert _rows(local) == _rows(remote)
    assert local.rows, f"{name} returns no row on the seeds"


@pytest.mark.parametrize("path", ["", "/query"])
def test_a_url_that_is_no_graph_store_is_one_clear_error(
    path: str, server: str, seeds_store: Path, cli: str
) -> None:
    result = run_cli(cli, "publish", "--store", str(seeds_store), "--endpoint", server + path, check=False)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "404" in result.stderr and "Graph Store Protocol URL" in result.stderr


def test_publishing_twice_changes_nothing(published: str, seeds_store: Path) -> None:
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    remote = httpx.post(
        published, data={"query": count}, headers={"Accept": "application/sparql-results+json"}
    )
    n = int(remote.json()["results"]["bindings"][0]["n"]["value"])
    assert n == len(GraphStore(seeds_store, read_only=True))


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_parameters_are_values_not_syntax(value: str, published: str, seeds_store: Path) -> None:
    query = resolve("mentions-of-entity")
    text = with_values(query.text, bind(query, {"label": value}))
    assert text.count("VALUES ?label") == 1
    assert run_remote(published, query, {"label": value}).rows == []
    assert run_local(GraphStore(seeds_store, read_only=True), query, {"label": value}).rows == []
    assert run_remote(published, resolve("documents")).rows  # nothing was dropped


def _serve(cli: str, store: Path) -> tuple[subprocess.Popen, str, int]:
    """`beleidsgraaf serve` on a free port, once it answers."""
    port = free_port()
    process = subprocess.Popen(
        [cli, "serve", "--store", str(store), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}/query"
    wait_for(url, process)
    return process, url, port


def test_serve_command_runs_a_read_only_endpoint(seeds_store: Path, cli: str) -> None:
    process, url, port = _serve(cli, seeds_store)
    try:
        rows = run_remote(url, resolve("documents")).rows
        assert len(rows) == 5
        update = httpx.post(f"http://127.0.0.1:{port}/update", data={"update": "DROP ALL"})
        assert update.status_code >= 400
        assert len(run_remote(url, resolve("documents")).rows) == 5
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_query_command_on_an_endpoint(published: str, cli: str) -> None:
    result = run_cli(
        cli,
        "query",
        "entities-by-type",
        "--endpoint",
        published,
        "--param",
        "type=bg:Country",
        "--format",
        "csv",
    )
    assert "Nederland" in result.stdout


def test_an_unreachable_endpoint_is_one_clear_error(cli: str) -> None:
    result = run_cli(
        cli,
        "query",
        "documents",
        "--endpoint",
        f"http://127.0.0.1:{free_port()}/query",
        "--timeout",
        "3",
        check=False,
    )
    assert result.returncode == 1
    assert "--endpoint" in result.stderr and "Traceback" not in result.stderr


def test_stopping_serve_stops_the_server(seeds_store: Path, cli: str) -> None:
    process, url, _ = _serve(cli, seeds_store)
    process.terminate()
    assert process.wait(timeout=10) == 0
    with pytest.raises(httpx.HTTPError):
        httpx.get(url, timeout=2)
