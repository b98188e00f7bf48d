"""An endpoint on the network must not let a stranger change the graph or drown in answers, and
credentials never show: `serve` lets only queries through, on loopback unless told otherwise, with a
time and size limit; `publish` takes credentials from the environment or ~/.netrc."""

from __future__ import annotations

import base64
import os
import subprocess
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import httpx
import psutil
import pytest

from beleidsgraaf.queries import resolve
from beleidsgraaf.queries.endpoint import query_form, run_remote
from tests.conftest import run_cli
from tests.servers import free_port, wait_for

SECRET = "s3cr3t-Pa55"


@pytest.fixture(scope="module")
def endpoint(seeds_store: Path, cli: str) -> Iterator[tuple[str, int, subprocess.Popen]]:
    """`beleidsgraaf serve` with a small answer limit (50 kB)."""
    port = free_port()
    process = subprocess.Popen(
        [cli, "serve", "--store", str(seeds_store), "--port", str(port), "--max-result-mb", "0.05"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(base + "/query", process)
        yield base, port, process
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.mark.parametrize(
    ("method", "path"),
    [("POST", "/update"), ("PUT", "/store"), ("POST", "/store"), ("DELETE", "/store"), ("GET", "/store")],
)
def test_only_queries_get_through(endpoint, method: str, path: str) -> None:
    base, _, _ = endpoint
    before = len(run_remote(base + "/query", resolve("documents")).rows)
    answer = httpx.request(method, base + path, params={"default": ""}, content=b"DROP ALL", timeout=10)
    assert answer.status_code == 403 and "read-only" in answer.text
    assert len(run_remote(base + "/query", resolve("documents")).rows) == before == 5


def test_large_answers_are_refused_with_a_reason(endpoint) -> None:
    base, _, _ = endpoint
    everything = httpx.post(base + "/query", data={"query": "SELECT * WHERE { ?s ?p ?o }"}, timeout=30)
    assert everything.status_code == 413 and "add LIMIT" in everything.text
    small = httpx.post(
        base + "/query",
        data={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 5"},
        headers={"Accept": "application/sparql-results+json"},
        timeout=30,
    )
    assert small.status_code == 200 and len(small.json()["results"]["bindings"]) == 5


def test_the_endpoint_listens_on_loopback_only(endpoint) -> None:
    _, port, process = endpoint
    tree = [psutil.Process(process.pid), *psutil.Process(process.pid).children(recursive=True)]
    listening = [c for p in tree for c in p.net_connections(kind="tcp") if c.status == psutil.CONN_LISTEN]
    assert {c.laddr.ip for c in listening} == {"127.0.0.1"}
    assert port in {c.laddr.port for c in listening}


def test_a_malformed_query_is_one_clear_line(endpoint, cli: str, seeds_store: Path, tmp_path: Path) -> None:
    base, _, _ = endpoint
    bad = tmp_path / "bad.rq"
    bad.write_text("SELECT ?x WHERE { ?x ?p }")
    for where in (("--endpoint", base + "/query"), ("--store", str(seeds_store))):
        result = run_cli(cli, "query", str(bad), *where, check=False)
        assert result.returncode == 1, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


class _Recorder(BaseHTTPRequestHandler):
    """A Graph Store that records the Authorization header of each PUT."""

    seen: ClassVar[list[str | None]] = []

    def do_PUT(self) -> None:
        self.rfile.read(int(self.headers.get("content-length") or 0))
        _Recorder.seen.append(self.headers.get("authorization"))
        self.send_response(401 if self.headers.get("authorization") is None else 204)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def graph_store() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    _Recorder.seen = []
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/store"
    finally:
        server.shutdown()
        server.server_close()


def _basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def _publish(cli: str, store: Path, endpoint: str, env: dict[str, str]) -> str:
    """Publish with `env`; the whole output, which must not hold the password."""
    result = subprocess.run(
        [cli, "publish", "--store", str(store), "--endpoint", endpoint],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout + result.stderr


def test_publish_takes_credentials_from_the_environment(
    graph_store: str, seeds_store: Path, cli: str
) -> None:
    env = {**os.environ, "BELEIDSGRAAF_USER": "onderzoeker", "BELEIDSGRAAF_PASSWORD": SECRET}
    assert SECRET not in _publish(cli, seeds_store, graph_store, env)
    assert _Recorder.seen[0] is None  # sent once the server asks, not before
    assert set(_Recorder.seen[1:]) == {_basic("onderzoeker", SECRET)}


def test_publish_takes_credentials_from_netrc(
    graph_store: str, seeds_store: Path, cli: str, tmp_path: Path
) -> None:
    netrc = tmp_path / ".netrc"
    netrc.write_text(f"machine 127.0.0.1 login lezer password {SECRET}\n")
    netrc.chmod(0o600)
    env = {k: v for k, v in os.environ.items() if not k.startswith("BELEIDSGRAAF_")} | {"HOME": str(tmp_path)}
    assert SECRET not in _publish(cli, seeds_store, graph_store, env)
    assert _Recorder.seen[0] is None  # sent once the server asks, not before
    assert set(_Recorder.seen[1:]) == {_basic("lezer", SECRET)}


def test_credentials_in_a_url_never_show(seeds_store: Path, cli: str) -> None:
    url = f"http://onderzoeker:{SECRET}@127.0.0.1:{free_port()}/store"
    for args in (("publish", "--store", str(seeds_store)), ("query", "documents")):
        result = run_cli(cli, *args, "--endpoint", url, check=False)
        assert result.returncode == 1
        assert SECRET not in result.stdout + result.stderr and "***@127.0.0.1" in result.stderr


def test_the_query_form_is_read_from_syntax_alone() -> None:
    # SPARQLWrapper's own guess took "copy" in the second line of a comment for an update
    assert query_form("# title: x\n# pairs every copy\n# of it\nSELECT * WHERE { ?s ?p ?o }") == "SELECT"
    assert query_form('ASK { ?x <http://example.org/DROP> "DELETE ALL" }') == "ASK"
    assert query_form("DROP ALL") == "DROP"
