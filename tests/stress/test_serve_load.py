"""`beleidsgraaf serve` under load, against the Oxigraph server alone on the same store, in the same
run: 64 clients (half keep their connection, as browsers and aiohttp do; half open one per query,
as SPARQLWrapper and curl loops do) send light queries; then 31 light clients share the server with
one that fetches the whole graph (9 MB) over and over. The two servers take turns in rounds, so a
neighbour's load on this machine weighs on both alike.

Measured per server: light answers/s, failures (connections refused, reset or closed, and any status
but 200), the 95th percentile of light latency, and the peak RSS of the server's process tree.
Asserted: no failure from `serve`, at least 0.8x Oxigraph's light throughput, and memory bounded
while the 9 MB answers stream. Printed with -s; the README quotes a run."""

from __future__ import annotations

import asyncio
import statistics
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
import psutil
import pytest

from beleidsgraaf.queries.server.oxigraph import oxigraph_command
from tests.servers import free_port, wait_for

CLIENTS = 64
ROUNDS = 5
SECONDS = 4.0
LIGHT = (
    "ASK { ?s ?p ?o }",
    "SELECT ?d WHERE { ?d a <https://w3id.org/beleidsgraaf/def#Document> } LIMIT 10",
    "SELECT (COUNT(*) AS ?n) WHERE { ?d a <https://w3id.org/beleidsgraaf/def#Document> }",
    "SELECT ?label WHERE { ?e <http://www.w3.org/2004/02/skos/core#prefLabel> ?label } LIMIT 20",
)
HEAVY = "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }"
#: the guard's own memory beside Oxigraph's: Python, its libraries, the first parts held
GUARD_MB = 150


@dataclass
class Load:
    answers: int = 0
    heavy: int = 0
    seconds: float = 0.0
    failures: dict[str, int] = field(default_factory=dict)
    latencies: list[float] = field(default_factory=list)
    peak_mb: float = 0.0
    rounds: list[float] = field(default_factory=list)

    def add(self, other: Load) -> None:
        self.answers += other.answers
        self.heavy += other.heavy
        self.seconds += other.seconds
        for kind, n in other.failures.items():
            self.failures[kind] = self.failures.get(kind, 0) + n
        self.latencies += other.latencies
        self.peak_mb = max(self.peak_mb, other.peak_mb)
        self.rounds.append(other.rate)

    @property
    def rate(self) -> float:
        return self.answers / self.seconds

    @property
    def p95_ms(self) -> float:
        return 1000 * statistics.quantiles(self.latencies, n=20)[-1]

    def __str__(self) -> str:
        return (
            f"{self.rate:,.0f} answers/s, {sum(self.failures.values())} failures {self.failures or ''}, "
            f"p95 {self.p95_ms:,.0f} ms, peak RSS {self.peak_mb:,.0f} MB"
            + (f", {self.heavy} whole-graph answers" if self.heavy else "")
            + f" (rounds: {', '.join(f'{r:,.0f}' for r in self.rounds[-ROUNDS:])}/s)"
        )


def _tree_mb(pid: int) -> float:
    try:
        root = psutil.Process(pid)
        return sum(p.memory_info().rss for p in [root, *root.children(recursive=True)]) / 1024 / 1024
    except psutil.NoSuchProcess:
        return 0.0


@contextmanager
def _peak_rss(pid: int, load: Load) -> Iterator[None]:
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.05):
            load.peak_mb = max(load.peak_mb, _tree_mb(pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        yield
    finally:
        done.set()
        sampler.join()


async def _hammer(url: str, light_clients: int, heavy_clients: int, seconds: float) -> Load:
    load = Load(seconds=seconds)
    stop = time.monotonic() + seconds
    headers = {"Accept": "application/sparql-results+json"}

    def failed(kind: str) -> None:
        load.failures[kind] = load.failures.get(kind, 0) + 1

    async def client(i: int, heavy: bool) -> None:
        fresh = i % 2 == 1  # a new connection per query
        connector = aiohttp.TCPConnector(limit=1, force_close=fresh)
        timeout = aiohttp.ClientTimeout(total=120)
        async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
            k = i
            while time.monotonic() < stop:
                query = HEAVY if heavy else LIGHT[k % len(LIGHT)]
                k += 1
                began = time.monotonic()
                try:
                    async with session.post(url, data={"query": query}, headers=headers) as answer:
                        await answer.read()
                        if answer.status != 200:
                            failed(f"status {answer.status}")
                        elif heavy:
                            load.heavy += 1
                        elif time.monotonic() <= stop:
                            load.answers += 1
                            load.latencies.append(time.monotonic() - began)
                except (TimeoutError, aiohttp.ClientError, OSError) as exc:
                    failed(type(exc).__name__)

    await asyncio.gather(
        *(client(i, False) for i in range(light_clients)),
        *(client(light_clients + i, True) for i in range(heavy_clients)),
    )
    return load


def _measure(url: str, pid: int, light: int, heavy: int, seconds: float) -> Load:
    load = Load()
    with _peak_rss(pid, load):
        load.add(asyncio.run(_hammer(url, light, heavy, seconds)))
    return load


@pytest.fixture(scope="module")
def servers(seeds_store: Path, cli: str) -> Iterator[dict[str, tuple[str, int]]]:
    """Oxigraph alone (reading the union of graphs, as serve gives a query without a dataset) and
    `beleidsgraaf serve` with its defaults, on the same store."""
    bare_port, guard_port = free_port(), free_port()
    bare = subprocess.Popen(
        [oxigraph_command(), "serve-read-only", "--location", str(seeds_store), "--bind", f"127.0.0.1:{bare_port}",
         "--union-default-graph"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    guard = subprocess.Popen(
        [cli, "serve", "--store", str(seeds_store), "--port", str(guard_port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        urls = {"oxigraph": f"http://127.0.0.1:{bare_port}/query", "serve": f"http://127.0.0.1:{guard_port}/query"}
        wait_for(urls["oxigraph"], bare)
        wait_for(urls["serve"], guard)
        yield {"oxigraph": (urls["oxigraph"], bare.pid), "serve": (urls["serve"], guard.pid)}
    finally:
        for process in (bare, guard):
            process.terminate()
            process.wait(timeout=15)


def _rounds(servers: dict[str, tuple[str, int]], light: int, heavy: int) -> dict[str, Load]:
    totals = {name: Load() for name in servers}
    for _ in range(ROUNDS):
        for name, (url, pid) in servers.items():
            totals[name].add(_measure(url, pid, light, heavy, SECONDS))
    return totals


def test_serve_holds_light_load_like_oxigraph(servers: dict[str, tuple[str, int]]) -> None:
    _measure(servers["serve"][0], servers["serve"][1], CLIENTS, 0, 1.0)  # warm both up
    _measure(servers["oxigraph"][0], servers["oxigraph"][1], CLIENTS, 0, 1.0)
    loads = _rounds(servers, CLIENTS, 0)
    bare, guard = loads["oxigraph"], loads["serve"]
    print(f"\n{CLIENTS} clients, light queries, {ROUNDS}x{SECONDS:g} s each:")
    print(f"  oxigraph alone: {bare}\n  serve:          {guard}\n  ratio {guard.rate / bare.rate:.2f}")
    assert guard.failures == {}
    assert guard.rate >= 0.8 * bare.rate


def test_a_heavy_query_does_not_starve_light_ones(servers: dict[str, tuple[str, int]]) -> None:
    loads = _rounds(servers, CLIENTS // 2 - 1, 1)
    bare, guard = loads["oxigraph"], loads["serve"]
    print(f"\n{CLIENTS // 2 - 1} light clients and one fetching the whole graph (9 MB), {ROUNDS}x{SECONDS:g} s each:")
    print(f"  oxigraph alone: {bare}\n  serve:          {guard}\n  ratio {guard.rate / bare.rate:.2f}")
    assert guard.failures == {} and guard.heavy > 0
    assert guard.peak_mb < bare.peak_mb + GUARD_MB
