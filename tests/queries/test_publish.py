"""`beleidsgraaf publish` against recording Graph Stores on loopback that live where real ones do
(Fuseki's /DATASET/data, GraphDB's …/rdf-graphs/service) and ask for HTTP Digest, as Virtuoso's
authenticated Graph Store does, or Basic: the URL is used as given, every named graph goes to
URL?graph=IRI, and credentials go out only when asked for, in the scheme asked for."""

from __future__ import annotations

import base64
import hashlib
import os
import secrets
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit
from urllib.request import parse_http_list, parse_keqv_list

import pytest

from beleidsgraaf.graph.store import GraphStore

USER, PASSWORD, REALM = "onderzoeker", "Digest-s3cret", "beleidsgraaf-test"


def _md5(text: str) -> str:
    return hashlib.md5(text.encode()).hexdigest()


@dataclass
class Put:
    path: str
    graph: str | None
    authorization: str | None
    accepted: bool


@dataclass
class GraphStoreServer:
    """What a recording Graph Store saw; `scheme` is the login it asks for (None: no login)."""

    path: str
    scheme: str | None
    puts: list[Put] = field(default_factory=list)
    nonce: str = field(default_factory=lambda: secrets.token_hex(8))

    def accepts(self, method: str, header: str | None) -> bool:
        if self.scheme is None:
            return True
        if not header:
            return False
        kind, _, rest = header.partition(" ")
        if self.scheme == "basic":
            return kind == "Basic" and rest == base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
        if kind != "Digest":
            return False
        f = parse_keqv_list(parse_http_list(rest))
        ha1, ha2 = _md5(f"{USER}:{REALM}:{PASSWORD}"), _md5(f"{method}:{f.get('uri')}")
        expected = _md5(f"{ha1}:{self.nonce}:{f.get('nc')}:{f.get('cnonce')}:{f.get('qop')}:{ha2}")
        return f.get("username") == USER and f.get("nonce") == self.nonce and f.get("response") == expected

    def challenge(self) -> str:
        if self.scheme == "basic":
            return f'Basic realm="{REALM}"'
        return f'Digest realm="{REALM}", qop="auth", nonce="{self.nonce}", algorithm=MD5'


def _handler(seen: GraphStoreServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_PUT(self) -> None:
            self.rfile.read(int(self.headers.get("content-length") or 0))
            url = urlsplit(self.path)
            header = self.headers.get("authorization")
            accepted = url.path == seen.path and seen.accepts("PUT", header)
            graph = parse_qs(url.query).get("graph", [None])[0]
            seen.puts.append(Put(url.path, graph, header, accepted))
            if accepted:
                self.send_response(201)
            elif url.path != seen.path:
                self.send_response(404)
            else:
                self.send_response(401)
                self.send_header("WWW-Authenticate", seen.challenge())
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args) -> None:
            pass

    return Handler


@pytest.fixture
def graph_store(request: pytest.FixtureRequest) -> Iterator[tuple[str, GraphStoreServer]]:
    path, scheme = request.param
    seen = GraphStoreServer(path, scheme)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(seen))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{path}", seen
    finally:
        server.shutdown()
        server.server_close()


def _publish(
    cli: str, store: Path, url: str, home: Path, **credentials: str
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BELEIDSGRAAF_")}
    env |= {"HOME": str(home)} | credentials
    return subprocess.run(
        [cli, "publish", "--store", str(store), "--endpoint", url],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


def _graphs(store: Path) -> set[str]:
    return {g.value for g in GraphStore(store, read_only=True).store.named_graphs()}


@pytest.mark.parametrize("graph_store", [("/ds/data", None)], indirect=True)
def test_publish_puts_to_the_url_as_given(graph_store, seeds_store: Path, cli: str, tmp_path: Path) -> None:
    url, seen = graph_store
    result = _publish(cli, seeds_store, url, tmp_path)
    assert result.returncode == 0, result.stderr
    assert {p.path for p in seen.puts} == {"/ds/data"}  # Fuseki's path, not /ds/data/store
    assert sorted(p.graph for p in seen.puts) == sorted(_graphs(seeds_store))
    assert url in result.stderr


@pytest.mark.parametrize("graph_store", [("/sparql-graph-crud-auth", "digest")], indirect=True)
def test_publish_answers_a_digest_challenge(graph_store, seeds_store: Path, cli: str, tmp_path: Path) -> None:
    url, seen = graph_store
    result = _publish(cli, seeds_store, url, tmp_path, BELEIDSGRAAF_USER=USER, BELEIDSGRAAF_PASSWORD=PASSWORD)
    assert result.returncode == 0, result.stderr
    accepted = [p for p in seen.puts if p.accepted]
    assert sorted(p.graph for p in accepted) == sorted(_graphs(seeds_store))
    sent = [p.authorization or "" for p in seen.puts]
    assert not any(s.startswith("Basic") or PASSWORD in s for s in sent)  # never the password itself
    assert PASSWORD not in result.stdout + result.stderr


@pytest.mark.parametrize("graph_store", [("/repositories/seeds/rdf-graphs/service", "basic")], indirect=True)
def test_publish_sends_basic_credentials_once_asked(
    graph_store, seeds_store: Path, cli: str, tmp_path: Path
) -> None:
    url, seen = graph_store
    result = _publish(cli, seeds_store, url, tmp_path, BELEIDSGRAAF_USER=USER, BELEIDSGRAAF_PASSWORD=PASSWORD)
    assert result.returncode == 0, result.stderr
    assert seen.puts[0].authorization is None  # nothing sent before the server asks
    assert all(p.accepted for p in seen.puts[1:])
    assert sorted(p.graph for p in seen.puts[1:]) == sorted(_graphs(seeds_store))


@pytest.mark.parametrize("graph_store", [("/sparql-graph-crud-auth", "digest")], indirect=True)
def test_a_refused_login_is_one_line_naming_where_credentials_go(
    graph_store, seeds_store: Path, cli: str, tmp_path: Path
) -> None:
    url, _ = graph_store
    result = _publish(cli, seeds_store, url, tmp_path, BELEIDSGRAAF_USER=USER, BELEIDSGRAAF_PASSWORD="wrong")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "401" in result.stderr and "BELEIDSGRAAF_USER" in result.stderr and "wrong" not in result.stderr
