"""Documents → extract → graph on one machine: incremental by content hash, extraction in worker
processes, store writes batched.

The main process decides what to extract (hashing bytes costs little), hands files to a pool of
processes each holding one `Extractor`, and writes their N-Quads as they arrive. At most a few
documents per worker are in flight, so memory stays bounded whatever the corpus size.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from pyoxigraph import NamedNode, RdfFormat, parse

from beleidsgraaf.extract.readers import iter_files
from beleidsgraaf.extract.sources.manifest import record_for
from beleidsgraaf.graph.rdf import graph_iri
from beleidsgraaf.graph.store import GraphStore
from beleidsgraaf.pipeline.work import (
    DocumentResult,
    die_with_parent,
    document_key,
    extract_document,
    extraction_key,
    file_hash,
    unique_graphs,
)
from beleidsgraaf.pipeline.writer import BatchWriter
from beleidsgraaf.settings import Settings

#: documents handed to each worker ahead of time: enough to keep it busy, few enough to bound memory
IN_FLIGHT_PER_WORKER = 4
#: below this much input, starting worker processes (seconds each: spaCy and the vocabulary) costs
#: more than it saves, so `jobs=None` extracts in this process
AUTO_PARALLEL_BYTES = 2_000_000


class BuildProgress(Protocol):
    def start(self, total: int) -> None: ...
    def advance(self, path: Path) -> None: ...


class _Silent:
    def start(self, total: int) -> None:
        pass

    def advance(self, path: Path) -> None:
        pass


@dataclass
class BuildReport:
    stored: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)
    triples: int = 0

    def record(self, result: DocumentResult) -> None:
        if result.error is None:
            self.stored.append(result.path)
            self.triples += result.triples
        else:
            self.failed.append((result.path, result.error))


def build(
    inputs: Iterable[Path],
    store: GraphStore,
    settings: Settings | None = None,
    *,
    jobs: int | None = None,
    progress: BuildProgress | None = None,
) -> BuildReport:
    """Read, extract and store every input; a failing input is reported and the rest go on.

    Unchanged documents (same content hash, same extraction set-up) are skipped; a changed one
    replaces its graph whole. `jobs` > 1 extracts in that many worker processes; None chooses one
    per CPU but one when the work is large enough to pay for starting them.
    """
    settings = settings or Settings()
    progress = progress or _Silent()
    report = BuildReport()
    store.sync_vocabulary()
    setup = extraction_key(settings)
    files = list(iter_files(inputs))
    progress.start(len(files))
    todo = []
    for path, reason in _plan(files, store, setup, report):
        if reason is None:
            todo.append(path)
        else:
            report.failed.append((path, reason))
            progress.advance(path)
    for path in report.unchanged:
        progress.advance(path)
    writer = BatchWriter(store)
    for result in _extract_all(todo, settings, setup, _workers(jobs, todo)):
        if result.error is None:
            writer.add(NamedNode(result.graph), list(parse(result.nquads, format=RdfFormat.N_QUADS)))
        report.record(result)
        progress.advance(result.path)
    writer.flush()
    store.refresh_shared()
    store.flush()
    return report


def _plan(
    files: list[Path], store: GraphStore, setup: str, report: BuildReport
) -> Iterator[tuple[Path, str | None]]:
    """Each file to extract (reason None), or why it cannot be; unchanged files go to the report."""
    kept, clashes = unique_graphs(files)
    yield from clashes
    for path in kept:
        graph = graph_iri(path.name)
        stored_name = store.file_name(graph)
        if stored_name not in (None, path.name):
            yield path, f"the store holds {stored_name!r} under the same name; rename one of them"
        elif _up_to_date(store, graph, path, setup):
            report.unchanged.append(path)
        else:
            yield path, None


def _up_to_date(store: GraphStore, graph: NamedNode, path: Path, setup: str) -> bool:
    key = document_key(setup, record_for(path))
    return store.extracted_with(graph) == key and store.content_hash(graph) == file_hash(path)


def _workers(jobs: int | None, paths: list[Path]) -> int:
    if jobs is not None:
        return jobs
    size = sum(p.stat().st_size for p in paths if p.is_file())
    # the main process parses and writes what the workers return: it keeps a core of its own
    # (measured on two cores: a second worker gave 0.97x)
    return max(1, (os.cpu_count() or 1) - 1) if size >= AUTO_PARALLEL_BYTES else 1


def _extract_all(paths: list[Path], settings: Settings, setup: str, jobs: int) -> Iterator[DocumentResult]:
    """Results in input order; in this process when one job is asked or there is one document."""
    if jobs <= 1 or len(paths) <= 1:
        for path in paths:
            yield extract_document(path, settings, setup)
        return
    # spawn, not fork: the parent holds the store's open files and a progress thread
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(
        max_workers=min(jobs, len(paths)),
        mp_context=context,
        initializer=die_with_parent,
        initargs=(os.getpid(),),
    )
    with pool:
        window: list[Future[DocumentResult]] = []
        for path in paths:
            window.append(pool.submit(extract_document, path, settings, setup))
            if len(window) >= jobs * IN_FLIGHT_PER_WORKER:
                yield window.pop(0).result()
        for future in window:
            yield future.result()
