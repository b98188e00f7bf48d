"""Another triple store than Oxigraph: Debian's Virtuoso (virtuoso-opensource 7.2) on free loopback
ports. The seeds (and then the seeds with restated files) go in with `beleidsgraaf publish` through
Virtuoso's Digest-protected Graph Store, and every named query run there with `beleidsgraaf query
NAME --endpoint …/sparql` gives the rows it gives on the embedded store, value for value, as a user
sees them (`make test` installs Virtuoso
when run as root; without it these tests skip)."""

from __future__ import annotations

import json
import os
import secrets
import shutil
import subprocess
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from beleidsgraaf.graph.store import GraphStore
from beleidsgraaf.queries import library
from tests.conftest import run_cli
from tests.servers import free_port

VIRTUOSO = shutil.which("virtuoso-t")
pytestmark = pytest.mark.skipif(
    VIRTUOSO is None, reason="virtuoso-t is not installed (Debian's virtuoso-opensource; `make tools` installs it)"
)

# Virtuoso reads every path and port from its ini file; everything stays in the test's folder
INI = """\
[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = {dir}
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {dir}
ServerThreads = 4
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 120
"""
GRAPHS = "https://w3id.org/beleidsgraaf/id/graph/"


@contextmanager
def virtuoso(folder: Path, password: str) -> Iterator[str]:
    """A Virtuoso server with a new database whose DBA password is `password`; yields its base URL."""
    ini = folder / "virtuoso.ini"
    ini.write_text(INI.format(dir=folder, sql=free_port(), http=(port := free_port())))
    command = [str(VIRTUOSO), "+foreground", "+configfile", str(ini)]
    # the first run creates the database, replaces the default DBA password and exits
    subprocess.run(
        [*command, "+pwdold", "dba", "+pwddba", password], capture_output=True, timeout=300, check=True
    )
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"virtuoso stopped: {(folder / 'virtuoso.log').read_text()[-500:]}")
            try:
                httpx.get(f"{base}/sparql", params={"query": "ASK {}"}, timeout=2, trust_env=False)
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.5)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=120)


@pytest.fixture(scope="module")
def password() -> str:
    return secrets.token_urlsafe(12)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, password: str) -> Iterator[str]:
    with virtuoso(tmp_path_factory.mktemp("virtuoso"), password) as base:
        yield base


def _env(tmp: Path, **extra: str) -> dict[str, str]:
    """The environment without BELEIDSGRAAF_ credentials or a ~/.netrc, plus `extra`."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("BELEIDSGRAAF_")}
    return clean | {"HOME": str(tmp)} | extra


def _publish(cli: str, store: Path, url: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [cli, "publish", "--store", str(store), "--endpoint", url],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )


@pytest.fixture(scope="module", params=["seeds_store", "restated_store"])
def published(
    request: pytest.FixtureRequest,
    server: str,
    password: str,
    cli: str,
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[str, Path]:
    """The seeds, then the seeds with restated files (their graphs replace the seeds' and add two)."""
    store = request.getfixturevalue(request.param)
    env = _env(tmp_path_factory.mktemp("home"), BELEIDSGRAAF_USER="dba", BELEIDSGRAAF_PASSWORD=password)
    for _ in range(2):  # twice: each graph replaced, not added to
        result = _publish(cli, store, f"{server}/sparql-graph-crud-auth", env)
        assert result.returncode == 0, result.stderr
        assert password not in result.stdout + result.stderr
    return f"{server}/sparql", store


def test_publish_puts_every_graph_once(published: tuple[str, Path]) -> None:
    endpoint, path = published
    count = f"""SELECT ?g (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), "{GRAPHS}")) }}
                GROUP BY ?g"""
    answer = httpx.post(
        endpoint, data={"query": count}, headers={"Accept": "application/sparql-results+json"}, timeout=60
    ).json()
    remote = {b["g"]["value"]: int(b["n"]["value"]) for b in answer["results"]["bindings"]}
    store = GraphStore(path, read_only=True).store
    local = {
        g.value: sum(1 for _ in store.quads_for_pattern(None, None, None, g)) for g in store.named_graphs()
    }
    assert {g: remote.get(g) for g in local} == local


def _rows(cli: str, name: str, *where: str) -> Counter[str]:
    """The rows `beleidsgraaf query` prints as JSON, as a multiset (each row as it is printed)."""
    result = run_cli(cli, "query", name, *where, "--format", "json")
    return Counter(json.dumps(row, sort_keys=True, ensure_ascii=False) for row in json.loads(result.stdout))


@pytest.mark.parametrize("name", sorted(library()))
def test_named_query_gives_the_local_rows_on_virtuoso(
    name: str, published: tuple[str, Path], cli: str
) -> None:
    endpoint, store = published
    local = _rows(cli, name, "--store", str(store))
    remote = _rows(cli, name, "--endpoint", endpoint)
    assert local, f"{name} gives no row on the seeds"
    assert remote == local, (
        f"only local: {list((local - remote).elements())[:3]}\nonly on Virtuoso: {list((remote - local).elements())[:3]}"
    )


def test_a_refused_query_names_the_servers_reason(server: str, cli: str, tmp_path: Path) -> None:
    query = tmp_path / "both-ends-open.rq"
    query.write_text("SELECT * WHERE { ?a <http://www.w3.org/2000/01/rdf-schema#subClassOf>* ?b }\n")
    result = run_cli(cli, "query", str(query), "--endpoint", f"{server}/sparql", check=False)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "transitive start not given" in result.stderr


def test_publish_without_credentials_says_where_they_go(
    server: str, seeds_store: Path, cli: str, tmp_path: Path
) -> None:
    result = _publish(cli, seeds_store, f"{server}/sparql-graph-crud-auth", _env(tmp_path))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "401" in result.stderr and "BELEIDSGRAAF_USER" in result.stderr
