"""`beleidsgraaf serve` as HTTP clients see it: HEAD answers as GET without a body, long answers are
streamed and cut off past the limit, a query past the timeout is stopped (and its Oxigraph server
replaced), and long queries cannot take every slot. Real servers on 127.0.0.1, on the seeds."""

from __future__ import annotations

import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import psutil
import pytest

from tests.servers import free_port, wait_for

JSON = {"Accept": "application/sparql-results+json"}
EVERYTHING = "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }"
#: 27,000 quads cubed: runs for hours
ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
LIGHT = "ASK { ?s ?p ?o }"


@pytest.fixture(scope="module")
def start(cli: str, seeds_store: Path) -> Iterator:
    """Start `serve` with extra options; every server started is stopped at the end."""
    started: list[subprocess.Popen] = []

    def serve(*args: str) -> tuple[str, subprocess.Popen]:
        port = free_port()
        process = subprocess.Popen(
            [cli, "serve", "--store", str(seeds_store), "--port", str(port), *args],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        started.append(process)
        base = f"http://127.0.0.1:{port}"
        wait_for(base + "/query", process)
        return base + "/query", process

    yield serve
    for process in started:
        process.terminate()
        process.wait(timeout=15)


def test_head_answers_as_get_without_a_body(start) -> None:
    endpoint, _ = start()
    for query in (LIGHT, "SELECT ?s WHERE { ?s ?p ?o } LIMIT 3"):
        got = httpx.get(endpoint, params={"query": query}, headers=JSON, timeout=30)
        head = httpx.head(endpoint, params={"query": query}, headers=JSON, timeout=30)
        assert got.status_code == head.status_code == 200 and got.content
        assert head.headers["content-type"] == got.headers["content-type"] and head.content == b""
    refused = httpx.head(endpoint, params={"query": "SELECT * WHERE { SERVICE <http://x/> { } }"}, timeout=30)
    malformed = httpx.head(endpoint, params={"query": "SELECT ?x WHERE {"}, timeout=30)
    assert (refused.status_code, malformed.status_code) == (403, 400)
    assert refused.content == malformed.content == b""
    page = httpx.head(endpoint.removesuffix("query"), timeout=30)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")


def test_a_long_answer_is_streamed_whole_under_the_limit(start, seeds_store: Path) -> None:
    endpoint, _ = start()
    with httpx.stream("POST", endpoint, data={"query": EVERYTHING}, headers=JSON, timeout=60) as answer:
        assert answer.status_code == 200
        assert "content-length" not in answer.headers  # more than the first part: streamed
        body = answer.read()
    from beleidsgraaf.graph.store import GraphStore

    assert len(body) > 2 * 1024 * 1024
    assert len(httpx.Response(200, content=body).json()["results"]["bindings"]) == len(
        GraphStore(seeds_store, read_only=True)
    )


def test_a_streamed_answer_past_the_limit_is_cut_off(start) -> None:
    endpoint, _ = start("--max-result-mb", "1.5")
    with pytest.raises(httpx.RemoteProtocolError):  # the chunked body never ends: no client takes it as whole
        httpx.post(endpoint, data={"query": EVERYTHING}, headers=JSON, timeout=60)
    small = httpx.post(endpoint, data={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 10"}, headers=JSON, timeout=30)
    assert small.status_code == 200 and len(small.json()["results"]["bindings"]) == 10


def _oxigraph(serve: subprocess.Popen) -> set[int]:
    return {p.pid for p in psutil.Process(serve.pid).children() if "oxigraph" in p.name()}


def test_a_query_past_the_timeout_is_stopped_and_its_server_replaced(start) -> None:
    endpoint, serve = start("--timeout", "2")
    before = _oxigraph(serve)
    answer = httpx.post(endpoint, data={"query": ENDLESS}, headers=JSON, timeout=60)
    assert answer.status_code == 504 and "longer than this endpoint allows" in answer.text
    deadline = time.monotonic() + 20
    while (_oxigraph(serve) & before or not _oxigraph(serve)) and time.monotonic() < deadline:
        time.sleep(0.2)
    after = _oxigraph(serve)
    assert after and not after & before, (before, after)  # the runaway query died with its server
    assert httpx.post(endpoint, data={"query": LIGHT}, headers=JSON, timeout=30).json()["boolean"] is True


def test_long_queries_leave_slots_for_light_ones(start) -> None:
    # two slots: at most one query may run past a second
    endpoint, _ = start("--max-concurrent", "2", "--timeout", "8")
    first: list[httpx.Response] = []
    runner = threading.Thread(
        target=lambda: first.append(httpx.post(endpoint, data={"query": ENDLESS}, headers=JSON, timeout=60))
    )
    runner.start()
    time.sleep(3)  # the first heavy query has held the long share for two seconds
    second = httpx.post(endpoint, data={"query": ENDLESS + " LIMIT 1"}, headers=JSON, timeout=60)
    assert second.status_code == 503 and "long queries are running" in second.text
    for _ in range(5):  # meanwhile light queries are answered
        assert httpx.post(endpoint, data={"query": LIGHT}, headers=JSON, timeout=30).status_code == 200
    runner.join(timeout=60)
    assert first and first[0].status_code == 504


def test_cross_origin_requests_only_with_cors(start) -> None:
    origin = {"Origin": "https://notebook.example.org"}
    preflight = {**origin, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"}
    for args, allowed in (((), False), (("--cors",), True)):
        endpoint, _ = start(*args)
        answer = httpx.get(endpoint, params={"query": LIGHT}, headers={**JSON, **origin}, timeout=30)
        assert answer.status_code == 200 and ("access-control-allow-origin" in answer.headers) is allowed
        if allowed:
            asked = httpx.options(endpoint, headers=preflight, timeout=30)
            assert asked.status_code < 300 and asked.headers["access-control-allow-origin"] == "*"
            assert "content-type" in asked.headers["access-control-allow-headers"]
