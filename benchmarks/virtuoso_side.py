"""The same dataset in another engine: Debian's Virtuoso 7.2 (`virtuoso-opensource`), loaded with its
RDF bulk loader from the N-Quads file the store benchmark writes, and every named query sent to its
SPARQL endpoint with the parameters bound as the project binds them for any endpoint (VALUES).

Started on free loopback ports with a database of its own in a temporary folder, stopped after.
Skipped, with the reason, where `virtuoso-t` is not installed (`make tools` installs it as root).
"""

from __future__ import annotations

import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from beleidsgraaf.queries import NamedQuery
from beleidsgraaf.queries.local import bind, with_values

VIRTUOSO, ISQL = shutil.which("virtuoso-t"), shutil.which("isql-vt")
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
NumberOfBuffers = 170000
MaxDirtyBuffers = 130000
DirsAllowed = {dir}, {data}
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {dir}
ServerThreads = 4
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 10000000
MaxQueryExecutionTime = {cap}
"""
FULL_SCAN_TEXT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def missing() -> str | None:
    """Why the comparison cannot run here, or None."""
    if VIRTUOSO is None or ISQL is None:
        return "virtuoso-t / isql-vt are not installed (Debian's virtuoso-opensource; `make tools`)"
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def _server(folder: Path, data: Path, password: str, cap: float) -> Iterator[tuple[str, int]]:
    """A Virtuoso with a new database; yields its SPARQL endpoint and its SQL port."""
    sql, http = _free_port(), _free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(INI.format(dir=folder, data=data, sql=sql, http=http, cap=int(cap) + 5))
    command = [str(VIRTUOSO), "+foreground", "+configfile", str(ini)]
    subprocess.run(
        [*command, "+pwdold", "dba", "+pwddba", password], capture_output=True, timeout=300, check=True
    )
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    endpoint = f"http://127.0.0.1:{http}/sparql"
    try:
        deadline = time.monotonic() + 120
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"virtuoso stopped: {(folder / 'virtuoso.log').read_text()[-300:]}")
            try:
                httpx.get(endpoint, params={"query": "ASK {}"}, timeout=2, trust_env=False)
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.5)
        yield endpoint, sql
    finally:
        process.terminate()
        process.wait(timeout=120)


def _isql(port: int, password: str, statements: str) -> None:
    subprocess.run(
        [str(ISQL), str(port), "dba", password, f"exec={statements}"],
        capture_output=True,
        timeout=3600,
        check=True,
    )


def _query(endpoint: str, text: str, cap: float) -> tuple[float | None, int | None, str | None]:
    """Seconds and rows of one query, or (None, None, reason) when it failed or ran past `cap`."""
    start = time.perf_counter()
    try:
        answer = httpx.post(
            endpoint,
            data={"query": text},
            headers={"Accept": "application/sparql-results+json"},
            timeout=cap,
            trust_env=False,
        )
    except httpx.TimeoutException:
        return None, None, None
    seconds = time.perf_counter() - start
    if answer.status_code != 200:
        return (
            None,
            None,
            answer.text.strip().splitlines()[0][:120] if answer.text.strip() else str(answer.status_code),
        )
    return seconds, len(answer.json()["results"]["bindings"]), None


def measure(nquads: Path, queries: dict[str, NamedQuery], cap: float, repeat: int = 3) -> dict:
    """Load `nquads` into a fresh Virtuoso and time the full scan and every named query (the median
    of `repeat` runs after a first one, as for Oxigraph)."""
    password = secrets.token_urlsafe(12)
    with (
        tempfile.TemporaryDirectory(prefix="bench-virtuoso-") as tmp,
        _server(Path(tmp), nquads.parent, password, cap) as (endpoint, sql),
    ):
        start = time.perf_counter()
        _isql(
            sql,
            password,
            f"ld_dir('{nquads.parent}', '{nquads.name}', 'urn:beleidsgraaf:default'); "
            "rdf_loader_run(); checkpoint;",
        )
        load = time.perf_counter() - start
        disk = sum(f.stat().st_size for f in Path(tmp).glob("virtuoso*.db"))
        times: dict[str, dict] = {}
        texts = {"(full scan)": FULL_SCAN_TEXT} | {
            name: with_values(q.text, bind(q, {})) for name, q in queries.items()
        }
        for name, text in texts.items():
            first, rows, error = _query(endpoint, text, cap)
            runs = [first] if first is not None else []
            if first is not None:
                runs = sorted(
                    s for s in (_query(endpoint, text, cap)[0] for _ in range(repeat)) if s is not None
                )
            median = runs[len(runs) // 2] if runs else None
            times[name] = {"first_s": first, "median_s": median, "rows": rows, "error": error}
    return {"load_seconds": load, "disk_bytes": disk, "queries": times}
