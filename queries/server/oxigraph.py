"""The Oxigraph server as a subprocess: read-only, on a free loopback port, its standard error
drained so it never blocks; the guard (`server.guard`) is what faces the network."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from beleidsgraaf.queries import QueryError


def oxigraph_command() -> str:
    """The `oxigraph` server installed with the project (the PyPI package), beside this Python."""
    here = Path(sys.executable).parent / "oxigraph"
    found = str(here) if here.exists() else shutil.which("oxigraph")
    if not found:
        raise QueryError("the oxigraph server is not installed (pip install oxigraph)")
    return found


@dataclass
class OxigraphServer:
    """A read-only Oxigraph server on a loopback port; a thread drains its standard error (keeping
    the last lines), so the server never blocks writing an error message nobody reads."""

    process: subprocess.Popen[bytes]
    url: str
    lines: deque[str] = field(default_factory=lambda: deque(maxlen=20))
    error: str = ""  # the last "Error: …" line (a backtrace may follow it)

    def last_words(self) -> str:
        return self.error or (self.lines[-1] if self.lines else "")


def serve(store: Path, *, cors: bool = False) -> OxigraphServer:
    """Start a read-only Oxigraph server on the store on a free loopback port (the guard in
    `queries.guard` faces the network). It reads the dataset a query names; the guard asks for the
    union of the graphs (`union-default-graph`) when a query names none, since the server-wide flag
    would override FROM. It runs without Oxigraph's `--timeout-s`, which starts a thread per query
    that sleeps for the whole timeout (90,000 threads at 1,500 queries/s and 60 s, past Linux's
    default limit of 32,768): the guard bounds query time and replaces a server whose query overran."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    command = [oxigraph_command(), "serve-read-only", "--location", str(store), "--bind", f"127.0.0.1:{port}"]
    if cors:
        command.append("--cors")
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    server = OxigraphServer(process, f"http://127.0.0.1:{port}")
    drain = threading.Thread(target=_drain, args=(server,), daemon=True)
    drain.start()
    for _ in range(100):
        if process.poll() is not None:
            drain.join(timeout=5)  # it ends with the server's standard error
            said = server.last_words()[-300:]
            raise QueryError(f"{store}: the oxigraph server did not start: {said}", parameter="store")
        try:
            httpx.get(f"{server.url}/query", timeout=1, trust_env=False)
            return server
        except httpx.HTTPError:
            time.sleep(0.1)
    process.terminate()
    raise QueryError(f"{store}: the oxigraph server did not answer within 10 s", parameter="store")


def _drain(server: OxigraphServer) -> None:
    assert server.process.stderr is not None
    for line in server.process.stderr:
        if text := line.decode(errors="replace").strip():
            server.lines.append(text)
            if text.startswith("Error"):
                server.error = text
