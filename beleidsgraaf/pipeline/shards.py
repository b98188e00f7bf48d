"""N-Quads shards: the hand-over between a distributed extraction and a store.

A shard folder holds `part-NNNNN.nq` files, each with whole document graphs, and `index.json`,
written last, that lists the shards, the extraction set-up and the inputs that failed. `load` reads
only the shards the index lists, so a folder left behind by an interrupted run loads nothing stale.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from pyoxigraph import NamedNode, Quad, RdfFormat, parse

from beleidsgraaf.base.errors import BeleidsgraafError
from beleidsgraaf.graph.store import GraphStore
from beleidsgraaf.pipeline.build import BuildProgress
from beleidsgraaf.pipeline.work import DocumentResult
from beleidsgraaf.pipeline.writer import BatchWriter

INDEX = "index.json"
FORMAT = "beleidsgraaf-shards/1"


class ShardError(BeleidsgraafError):
    """A shard folder is missing, incomplete or of another format."""


@dataclass
class ShardIndex:
    extracted_with: str
    compact: bool
    shards: list[dict] = field(default_factory=list)  # file, documents, triples, bytes
    failed: list[tuple[str, str]] = field(default_factory=list)  # input path, reason
    format: str = FORMAT

    @property
    def documents(self) -> int:
        return sum(s["documents"] for s in self.shards)

    @property
    def triples(self) -> int:
        return sum(s["triples"] for s in self.shards)


def shard_name(number: int) -> str:
    return f"part-{number:05d}.nq"


def write_shard(folder: Path, number: int, results: Iterable[DocumentResult]) -> dict:
    """Write the stored results of one batch as a shard (atomically: temp file, then rename) and
    return its index entry; failed results are left to the caller."""
    path = folder / shard_name(number)
    temporary = path.with_suffix(".nq.tmp")
    documents = triples = 0
    with temporary.open("wb") as f:
        for r in results:
            if r.error is None:
                f.write(r.nquads)
                documents += 1
                triples += r.triples
    os.replace(temporary, path)
    return {"file": path.name, "documents": documents, "triples": triples, "bytes": path.stat().st_size}


def write_index(folder: Path, index: ShardIndex) -> None:
    temporary = folder / f"{INDEX}.tmp"
    temporary.write_text(json.dumps(asdict(index), indent=1, ensure_ascii=False), encoding="utf-8")
    os.replace(temporary, folder / INDEX)


def read_index(folder: Path) -> ShardIndex:
    try:
        data = json.loads((folder / INDEX).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ShardError(f"{folder}: no {INDEX}; is this a finished `beleidsgraaf extract` output?") from exc
    except (OSError, ValueError) as exc:
        raise ShardError(f"{folder / INDEX}: unreadable ({exc})") from exc
    if data.get("format") != FORMAT:
        raise ShardError(f"{folder / INDEX}: format {data.get('format')!r}, expected {FORMAT!r}")
    data["failed"] = [tuple(x) for x in data.get("failed", [])]
    return ShardIndex(**data)


def documents_in(shard: Path) -> Iterator[tuple[NamedNode, list[Quad]]]:
    """Each document graph of a shard with its quads; a shard holds documents one after another,
    so memory holds one document at a time."""
    graph: NamedNode | None = None
    quads: list[Quad] = []
    try:
        for quad in parse(path=str(shard), format=RdfFormat.N_QUADS):
            if quad.graph_name != graph:
                if graph is not None:
                    yield graph, quads
                graph, quads = quad.graph_name, []
            quads.append(quad)
    except (OSError, SyntaxError) as exc:
        raise ShardError(f"{shard}: {exc}") from exc
    if graph is not None:
        yield graph, quads


@dataclass
class LoadReport:
    documents: int = 0
    triples: int = 0
    shards: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # from the extraction's index


def load(folders: Iterable[Path], store: GraphStore, progress: BuildProgress | None = None) -> LoadReport:
    """Load shard folders into the store: each document's graph replaced whole, then the labels
    refreshed, as a build would leave it."""
    indexes = [(folder, read_index(folder)) for folder in folders]
    report = LoadReport()
    if progress is not None:
        progress.start(sum(i.documents for _, i in indexes))
    store.sync_vocabulary()
    writer = BatchWriter(store)
    for folder, index in indexes:
        report.failed.extend(index.failed)
        for entry in index.shards:
            for graph, quads in documents_in(folder / entry["file"]):
                writer.add(graph, quads)
                report.documents += 1
                report.triples += len(quads)
                if progress is not None:
                    progress.advance(folder / entry["file"])
            report.shards += 1
    writer.flush()
    store.refresh_shared()
    store.flush()
    return report
