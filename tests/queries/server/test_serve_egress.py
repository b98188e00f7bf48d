"""`beleidsgraaf serve` sends no request for its callers: every way a query can reach the guard,
with SERVICE in every place the grammar allows (and some only Oxigraph's parser allows), ends in a
403 and a real listener on 127.0.0.1 receives nothing. The allowed prefix of `--allow-service`
reaches the same listener, which shows the listener would have seen a request."""

from __future__ import annotations

import http.client
import subprocess
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar
from urllib.parse import urlencode

import httpx
import pytest

from tests.conftest import run_cli
from tests.servers import free_port, wait_for

ANSWER = b'{"head":{"vars":["s"]},"results":{"bindings":[{"s":{"type":"literal","value":"from the listener"}}]}}'
JSON = {"Accept": "application/sparql-results+json"}
FORM = "application/x-www-form-urlencoded"
SPARQL = "application/sparql-query"


class _Listener(BaseHTTPRequestHandler):
    """Answers any request as a SPARQL endpoint would, and records it."""

    seen: ClassVar[list[str]] = []

    def _answer(self) -> None:
        self.rfile.read(int(self.headers.get("content-length") or 0))
        _Listener.seen.append(f"{self.command} {self.path}")
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(ANSWER)))
        self.end_headers()
        self.wfile.write(ANSWER)

    do_GET = do_POST = do_HEAD = _answer

    def log_message(self, *args) -> None:
        pass


class _Recording(ThreadingHTTPServer):
    """Records every connection, also one that never sends a request."""

    connections = 0

    def process_request(self, request, client_address) -> None:
        _Recording.connections += 1
        super().process_request(request, client_address)


@pytest.fixture(scope="module")
def listener() -> Iterator[str]:
    server = _Recording(("127.0.0.1", 0), _Listener)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _serve(cli: str, store: Path, *args: str) -> tuple[subprocess.Popen, str]:
    port = free_port()
    process = subprocess.Popen(
        [cli, "serve", "--store", str(store), "--port", str(port), *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    wait_for(base + "/query", process)
    return process, base


@pytest.fixture(scope="module")
def served(cli: str, seeds_store: Path) -> Iterator[str]:
    process, base = _serve(cli, seeds_store)
    try:
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def quiet(listener: str) -> Iterator[str]:
    """The listener's URL; after the test, it must have received nothing."""
    _Listener.seen, _Recording.connections = [], 0
    yield listener
    assert _Listener.seen == [] and _Recording.connections == 0


def _federated(target: str) -> dict[str, str]:
    """Queries that make Oxigraph (0.5) call `target`, each in another place or spelling."""
    iri = f"<{target}/x?secret=1>"
    pattern = "{ ?s ?p ?o }"
    return {
        "plain": f"SELECT * WHERE {{ SERVICE {iri} {pattern} }}",
        "lower case": f"select * where {{ service {iri} {pattern} }}",
        "silent": f"SELECT * WHERE {{ SERVICE SILENT {iri} {pattern} }}",
        "subquery": f"SELECT * WHERE {{ {{ SELECT * WHERE {{ SERVICE {iri} {pattern} }} }} }}",
        "exists": f"SELECT * WHERE {{ ?a ?b ?c FILTER EXISTS {{ SERVICE {iri} {pattern} }} }} LIMIT 1",
        "not exists": f"SELECT * WHERE {{ ?a ?b ?c FILTER NOT EXISTS {{ SERVICE {iri} {pattern} }} }} LIMIT 1",
        "optional": f"SELECT * WHERE {{ ?a ?b ?c OPTIONAL {{ SERVICE {iri} {pattern} }} }} LIMIT 1",
        "minus": f"SELECT * WHERE {{ ?s ?p ?o MINUS {{ SERVICE {iri} {pattern} }} }} LIMIT 1",
        "union": f"SELECT * WHERE {{ {{ ?s ?p ?o }} UNION {{ SERVICE {iri} {pattern} }} }} LIMIT 1",
        "graph": f"SELECT * WHERE {{ GRAPH ?g {{ SERVICE {iri} {pattern} }} }} LIMIT 1",
        "variable": f"SELECT * WHERE {{ VALUES ?x {{ {iri} }} SERVICE ?x {pattern} }}",
        "bound variable": f"SELECT * WHERE {{ BIND({iri} AS ?x) SERVICE ?x {pattern} }}",
        "prefixed name": f"PREFIX t: <{target}/> SELECT * WHERE {{ SERVICE t:x {pattern} }}",
        "relative to BASE": f"BASE <{target}/> SELECT * WHERE {{ SERVICE <x> {pattern} }}",
        "ask": f"ASK {{ SERVICE {iri} {pattern} }}",
        "construct": f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE {iri} {pattern} }}",
        "describe": f"DESCRIBE ?s WHERE {{ SERVICE {iri} {pattern} }}",
        "no spaces": f"SELECT * WHERE {{SERVICE{iri}{{?s ?p ?o}}}}",
        "tab and CR": f"SELECT * WHERE {{\tSERVICE\r{iri}\n{pattern} }}",
        # rdflib ends a comment only at LF; Oxigraph ends it at CR too, and then reads SERVICE
        "comment ended by CR": f"SELECT * WHERE {{ #\r SERVICE {iri} {pattern} #\r\n ?s ?p ?o }}",
        # Oxigraph's keywords need no word boundary; rdflib cannot parse these
        "glued to a prefixed name": f"PREFIX t: <{target}/> SELECT * WHERE {{ SERVICEt:x{pattern} }}",
        "glued to SILENT": f"SELECT * WHERE {{ SERVICESILENT{iri}{pattern} }}",
        "empty prefix": f"PREFIX : <{target}/x> SELECT * WHERE {{ SERVICE:{pattern} }}",
        # SPARQL 1.2's LATERAL: Oxigraph parses it, rdflib does not
        "lateral": f"SELECT * WHERE {{ ?a ?b ?c LATERAL {{ SERVICE {iri} {pattern} }} }} LIMIT 1",
        "codepoint escape": f"SELECT * WHERE {{ \\u0053ERVICE {iri} {pattern} }}",
    }


def test_every_federated_query_is_refused(served: str, quiet: str) -> None:
    for name, query in _federated(quiet).items():
        answer = httpx.post(served + "/query", data={"query": query}, headers=JSON, timeout=30)
        assert answer.status_code == 403, (name, answer.status_code, answer.text)
        assert len(answer.text.strip().splitlines()) == 1 and "SERVICE" in answer.text, (name, answer.text)


def test_every_way_of_sending_a_query_is_checked(served: str, quiet: str) -> None:
    query = _federated(quiet)["plain"]
    ways = {
        "GET": dict(method="GET", url="/query", params={"query": query}),
        "HEAD": dict(method="HEAD", url="/query", params={"query": query}),
        "POST form": dict(method="POST", url="/query", data={"query": query}),
        "POST body": dict(method="POST", url="/query", content=query.encode(), headers={"Content-Type": SPARQL}),
        "POST body, upper-case type": dict(
            method="POST", url="/query", content=query.encode(), headers={"Content-Type": "Application/SPARQL-Query"}
        ),
        "POST body, UTF-16": dict(
            method="POST",
            url="/query",
            content=query.encode("utf-16"),
            headers={"Content-Type": f"{SPARQL}; charset=utf-16"},
        ),
        "POST form, Latin-1": dict(
            method="POST",
            url="/query",
            content=urlencode({"query": query + " # café"}, encoding="latin-1").encode(),
            headers={"Content-Type": f"{FORM}; charset=ISO-8859-1"},
        ),
        "percent-encoded path": dict(method="GET", url="/%71uery", params={"query": query}),
        "query in the URL of a form POST": dict(
            method="POST", url="/query", params={"query": query}, content=b"", headers={"Content-Type": FORM}
        ),
    }
    with httpx.Client(base_url=served, timeout=30, headers=JSON) as client:
        for name, request in ways.items():
            answer = client.request(**request)
            assert answer.status_code == 403, (name, answer.status_code, answer.text)
        # what the protocol forbids or the guard does not route is refused before any check
        harmless = "ASK { ?s ?p ?o }"
        refused = {
            "two queries": client.get("/query", params=[("query", harmless), ("query", query)]),
            "form and URL": client.post("/query", params={"query": harmless}, data={"query": query}),
            "body and URL": client.post(
                "/query", params={"query": harmless}, content=query.encode(), headers={"Content-Type": SPARQL}
            ),
            "an update": client.post("/query", content=b"LOAD <x>", headers={"Content-Type": "application/sparql-update"}),
            "another type": client.post("/query", content=query.encode(), headers={"Content-Type": "text/plain"}),
            "unknown charset": client.post(
                "/query", content=query.encode(), headers={"Content-Type": f"{SPARQL}; charset=x-unknown"}
            ),
            "trailing slash": client.get("/query/", params={"query": query}),
            "update path": client.post("/update", data={"update": f"LOAD <{quiet}/x>"}),
            "store path": client.get("/store", params={"graph": f"{quiet}/x"}),
            "PUT": client.put("/query", params={"query": query}),
            "DELETE": client.delete("/query", params={"query": query}),
            "PATCH": client.patch("/query", params={"query": query}),
        }
        for name, answer in refused.items():
            assert answer.status_code in (400, 403, 415), (name, answer.status_code, answer.text)
        assert refused["two queries"].status_code == 400 and refused["PUT"].status_code == 403
    # paths as sent on the wire, which an HTTP client library would normalise
    host, port = served.removeprefix("http://").split(":")
    for path in ("//query", "/./query", "/query;x", "/QUERY", "/query%2F"):
        connection = http.client.HTTPConnection(host, int(port), timeout=30)
        connection.request("GET", f"{path}?{urlencode({'query': query})}")
        assert connection.getresponse().status == 403, path
        connection.close()


def test_what_oxigraph_does_not_dereference_passes(served: str, quiet: str) -> None:
    # graph names in FROM, FROM NAMED and the protocol's parameters, a function IRI, a DESCRIBE:
    # Oxigraph looks these up in the store only; answered normally, and still nothing leaves
    target = f"<{quiet}/g>"
    queries = [
        {"query": f"SELECT * FROM {target} WHERE {{ ?s ?p ?o }}"},
        {"query": f"SELECT * FROM NAMED {target} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}"},
        {"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "default-graph-uri": f"{quiet}/g"},
        {"query": "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1", "named-graph-uri": f"{quiet}/g"},
        {"query": f"DESCRIBE {target}"},
    ]
    for params in queries:
        answer = httpx.get(served + "/query", params=params, headers={"Accept": "*/*"}, timeout=30)
        assert answer.status_code == 200, (params, answer.text)
    function = httpx.post(served + "/query", data={"query": f"SELECT ({target}(1) AS ?x) WHERE {{}}"}, timeout=30)
    assert function.status_code != 200 and "not supported" in function.text


def test_service_in_names_and_strings_is_no_federation(served: str, quiet: str) -> None:
    query = (
        "PREFIX schema: <http://schema.org/> SELECT ?service WHERE { "
        '?service a schema:Service . FILTER(CONTAINS(STR(?service), "SERVICE <x> { }")) } # SERVICE'
    )
    answer = httpx.post(served + "/query", data={"query": query}, headers=JSON, timeout=30)
    assert answer.status_code == 200 and answer.json()["results"]["bindings"] == []


@pytest.fixture(scope="module")
def allowing(cli: str, seeds_store: Path, listener: str) -> Iterator[str]:
    process, base = _serve(cli, seeds_store, "--allow-service", f"{listener}/allowed/")
    try:
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_allowed_services_are_reached_and_no_other(allowing: str, listener: str) -> None:
    _Listener.seen = []
    allowed = f"SELECT * WHERE {{ SERVICE <{listener}/allowed/sparql> {{ ?s ?p ?o }} }}"
    answer = httpx.post(allowing + "/query", data={"query": allowed}, headers=JSON, timeout=30)
    assert answer.status_code == 200, answer.text
    assert answer.json()["results"]["bindings"][0]["s"]["value"] == "from the listener"
    assert [seen.split("?")[0] for seen in _Listener.seen] == ["POST /allowed/sparql"]
    for query in (
        f"SELECT * WHERE {{ SERVICE <{listener}/other> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ SERVICE <{listener}/allowed/sparql> {{ }} SERVICE <{listener}/other> {{ }} }}",
        f"SELECT * WHERE {{ VALUES ?x {{ <{listener}/allowed/sparql> }} SERVICE ?x {{ }} }}",
        f"PREFIX a: <{listener}/allowed/> SELECT * WHERE {{ SERVICE a:sparql {{ }} }}",
        f"SELECT * WHERE {{ SERVICE <{listener}/allowed/sparql> {{ }} #\r SERVICE <{listener}/other> {{ }} #\r\n}}",
    ):
        answer = httpx.post(allowing + "/query", data={"query": query}, headers=JSON, timeout=30)
        assert answer.status_code == 403, (query, answer.text)
    assert len(_Listener.seen) == 1


def test_a_service_prefix_must_be_a_url(cli: str, seeds_store: Path) -> None:
    result = run_cli(cli, "serve", "--store", str(seeds_store), "--allow-service", "example.org", check=False)
    assert result.returncode == 2 and "--allow-service example.org" in result.stderr
