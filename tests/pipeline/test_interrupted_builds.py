"""A build killed (SIGKILL) at random moments leaves a store that opens and holds every document
whole or not at all; a rerun completes to the dataset of an uninterrupted build. Queries run while a
build writes. `BELEIDSGRAAF_KILLS` sets the number of kills (`make stress` uses many)."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import time
from collections import defaultdict
from pathlib import Path

import psutil
import pytest

from beleidsgraaf.graph.store import GraphStore
from tests.conftest import DEV, SEEDS, need, run_cli

KILLS = int(os.environ.get("BELEIDSGRAAF_KILLS", "2"))
COPIES = int(os.environ.get("BELEIDSGRAAF_KILL_COPIES", "12"))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seven real documents, each under several names: enough for several write batches."""
    folder = tmp_path_factory.mktemp("corpus")
    for copy in range(COPIES):
        for source in (need(SEEDS), need(DEV)):
            for path in source.iterdir():
                shutil.copy(path, folder / f"c{copy:03d}_{path.name}")
    return folder


def graphs_of(cli: str, store: Path, out: Path) -> dict[str, list[str]]:
    """The exported dataset, quads grouped by named graph."""
    run_cli(cli, "export", "--store", str(store), "--format", "nquads", "-o", str(out))
    grouped: dict[str, list[str]] = defaultdict(list)
    for line in out.read_text(encoding="utf-8").splitlines():
        graph = line.rsplit(" ", 2)[-2]
        grouped[graph].append(line)
    return {g: sorted(lines) for g, lines in grouped.items()}


@pytest.fixture(scope="module")
def reference(corpus: Path, cli: str, tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, float]:
    store = tmp_path_factory.mktemp("reference") / "store"
    started = time.monotonic()
    run_cli(cli, "build", str(corpus), "--store", str(store), "--jobs", "1")
    return graphs_of(cli, store, store.parent / "all.nq"), time.monotonic() - started


def _kill_after(command: list[str], seconds: float) -> None:
    """Run `command`, SIGKILL it after `seconds`, and check that no worker it started lives on."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(seconds)
    workers = psutil.Process(process.pid).children(recursive=True)
    process.send_signal(signal.SIGKILL)
    process.wait()
    _, alive = psutil.wait_procs(workers, timeout=10)
    assert not alive, f"workers outlived the killed build: {alive}"


def _start_over_when_complete(store: Path, documents: list[str], tmp_path: Path) -> None:
    """A kill that came after the end leaves nothing to interrupt: the next one starts afresh."""
    if store.exists():
        graph = GraphStore(store, read_only=True)
        complete = len(graph.document_graphs()) == len(documents)
        del graph
        if not complete:
            return
        shutil.rmtree(store)
    GraphStore(store).flush()


def _check_whole(cli: str, store: Path, out: Path, expected: dict, documents: list[str]) -> int:
    """How many documents the store holds, after checking that each is exactly as it should be."""
    present = graphs_of(cli, store, out)
    stored = [g for g in present if g in documents]
    for graph in stored:
        assert present[graph] == expected[graph], f"{graph} is not whole"
    return len(stored)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_killed_builds_lose_nothing(corpus: Path, cli: str, tmp_path: Path, reference, jobs: str) -> None:
    expected, _ = reference
    documents = [g for g in expected if "/graph/c" in g]
    assert len(documents) == 7 * COPIES
    started = time.monotonic()  # how long this mode takes here, now: kills land within it
    run_cli(cli, "build", str(corpus), "--store", str(tmp_path / "timed"), "--jobs", jobs)
    duration = time.monotonic() - started
    store = tmp_path / "store"
    rng = random.Random(20261123)
    for kill in range(KILLS):
        _start_over_when_complete(store, documents, tmp_path)
        after = rng.uniform(0.2, duration)
        _kill_after([cli, "build", str(corpus), "--store", str(store), "--jobs", jobs], after)
        GraphStore(store).flush()  # opens for writing: the lock is free and the files are sound
        stored = _check_whole(cli, store, tmp_path / f"after-kill-{kill}.nq", expected, documents)
        print(f"build --jobs {jobs} killed after {after:.1f} s: {stored} of {len(documents)} whole")
    run_cli(cli, "build", str(corpus), "--store", str(store), "--jobs", jobs)
    assert graphs_of(cli, store, tmp_path / "final.nq") == expected


def test_killed_loads_lose_nothing(corpus: Path, cli: str, tmp_path: Path, reference) -> None:
    expected, _ = reference
    documents = [g for g in expected if "/graph/c" in g]
    shards = tmp_path / "shards"
    run_cli(cli, "extract", str(corpus), "-o", str(shards), "--workers", "2", "--documents-per-shard", "20")
    store = tmp_path / "store"
    started = time.monotonic()
    run_cli(cli, "load", str(shards), "--store", str(tmp_path / "timed"))
    duration = time.monotonic() - started
    rng = random.Random(7)
    for kill in range(KILLS):
        _start_over_when_complete(store, documents, tmp_path)
        after = rng.uniform(0.2, duration)
        _kill_after([cli, "load", str(shards), "--store", str(store)], after)
        stored = _check_whole(cli, store, tmp_path / f"after-kill-{kill}.nq", expected, documents)
        print(f"load killed after {after:.1f} s: {stored} of {len(documents)} whole")
    run_cli(cli, "load", str(shards), "--store", str(store))
    assert graphs_of(cli, store, tmp_path / "final.nq") == expected


def test_queries_run_while_a_build_writes(corpus: Path, cli: str, tmp_path: Path) -> None:
    store = tmp_path / "store"
    query = tmp_path / "count.rq"
    query.write_text("SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE { ?d bg:fileName ?f }")
    GraphStore(store).flush()
    build = subprocess.Popen(
        [cli, "build", str(corpus), "--store", str(store), "--jobs", "1"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    counts = []
    while build.poll() is None:
        answer = run_cli(cli, "query", str(query), "--store", str(store), "--format", "csv")
        counts.append(int(answer.stdout.split()[-1]))
    assert build.returncode == 0, build.stderr.read() if build.stderr else ""
    final = int(
        run_cli(cli, "query", str(query), "--store", str(store), "--format", "csv").stdout.split()[-1]
    )
    assert final == 7 * COPIES
    assert counts == sorted(counts) and all(0 <= c <= final for c in counts)
    assert len(counts) >= 3
