"""Extraction on a Dask cluster, for corpora that outgrow one machine; a laptop runs the same code
on a `LocalCluster`.

Each task extracts a batch of files and writes one shard into the output folder itself, returning
only a small index entry, so the documents' text and graphs never pass through the scheduler. On a
real cluster the inputs and the output folder must therefore be on storage every worker can reach
(a shared file system), and every worker needs the same beleidsgraaf installation.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from beleidsgraaf.extract.readers import iter_files
from beleidsgraaf.pipeline.build import BuildProgress
from beleidsgraaf.pipeline.shards import INDEX, ShardIndex, write_index, write_shard
from beleidsgraaf.pipeline.work import extract_batch, extraction_key, unique_graphs
from beleidsgraaf.settings import Settings

DOCUMENTS_PER_SHARD = 100


def extract_shard(number: int, paths: list[str], out: str, settings: Settings, setup: str) -> tuple:
    """One task: extract a batch of files and write their graphs as shard `number`."""
    results = extract_batch([Path(p) for p in paths], settings, setup)
    entry = write_shard(Path(out), number, results)
    return entry, [(str(r.path), r.error) for r in results if r.error is not None]


def extract_to_shards(
    inputs: Iterable[Path],
    out: Path,
    settings: Settings | None = None,
    *,
    scheduler: str | None = None,
    workers: int | None = None,
    documents_per_shard: int = DOCUMENTS_PER_SHARD,
    progress: BuildProgress | None = None,
) -> ShardIndex:
    """Extract every input on a Dask cluster (`scheduler` is its address, e.g. tcp://host:8786) or
    on a LocalCluster of `workers` processes, into shards in `out`."""
    from dask.distributed import Client, LocalCluster, as_completed

    settings = settings or Settings()
    index = ShardIndex(extracted_with=extraction_key(settings), compact=settings.compact)
    files, clashes = unique_graphs([p.resolve() for p in iter_files(inputs)])
    index.failed.extend((str(path), reason) for path, reason in clashes)
    _clear(out)
    batches = [files[i : i + documents_per_shard] for i in range(0, len(files), documents_per_shard)]
    if progress is not None:
        progress.start(len(files))
    logging.getLogger("distributed").setLevel(logging.WARNING)
    cluster = None
    if scheduler is None:
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
        )
    with Client(scheduler or cluster) as client:
        futures = [
            client.submit(
                extract_shard,
                number,
                [str(p) for p in batch],
                str(out.resolve()),
                settings,
                index.extracted_with,
                pure=False,
            )
            for number, batch in enumerate(batches)
        ]
        batch_of = {f.key: b for f, b in zip(futures, batches, strict=True)}
        for future in as_completed(futures):
            entry, failed = future.result()
            index.shards.append(entry)
            index.failed.extend(failed)
            for path in batch_of[future.key] if progress is not None else ():
                progress.advance(path)
    if cluster is not None:
        cluster.close()
    index.shards.sort(key=lambda s: s["file"])
    index.failed.sort()
    write_index(out, index)
    return index


def _clear(out: Path) -> None:
    """Start from an empty shard folder: the index goes first, so a run cut short is never mistaken
    for a finished one."""
    out.mkdir(parents=True, exist_ok=True)
    (out / INDEX).unlink(missing_ok=True)
    for old in [*out.glob("part-*.nq"), *out.glob("part-*.nq.tmp")]:
        old.unlink()
