"""Scaling with corpus size (1×, 10×, 100× the seeds) and with workers (1, 2), through the CLI.

Each build is `beleidsgraaf build CORPUS --store NEW --jobs J` in its own process, as a user runs
it. Wall time and the peak summed RSS of the process tree (the command and its worker processes,
sampled every 50 ms) are recorded; time and memory per document make linearity visible, and a line
`seconds = fixed + per document × documents` is fitted per job count. On the largest corpus the
Dask path (`beleidsgraaf extract --workers 2`, then `beleidsgraaf load`) and a `--compact` build
run too. Triples and N-Quads bytes per document in both modes are counted in this process on the
real seeds + dev documents (copies would only repeat them).

    python benchmarks/scaling.py [--quick]
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from common import (
    CLI,
    DEV,
    MB,
    SEEDS,
    Section,
    Table,
    copy_corpus,
    corpus_files,
    folder_bytes,
    print_section,
    run_measured,
    say,
)
from pyoxigraph import RdfFormat, Store, serialize

from beleidsgraaf.extract.extractor import Extractor
from beleidsgraaf.extract.readers import read
from beleidsgraaf.graph.rdf import to_quads
from beleidsgraaf.pipeline import extraction_key
from beleidsgraaf.settings import Settings

JOBS = (1, 2)


def graph_sizes() -> tuple[Table, dict]:
    """Triples and N-Quads bytes of each real document in the full and the compact mode."""
    extractor = Extractor()
    full_key, compact_key = extraction_key(Settings()), extraction_key(Settings(compact=True))
    table = Table(
        "Triples and N-Quads per document, full vs compact (the real seeds + dev documents)",
        ["document", "text KB", "triples full", "triples compact", "N-Quads KB full", "N-Quads KB compact"],
    )
    totals = {"text": 0, "full": 0, "compact": 0, "full_bytes": 0, "compact_bytes": 0}
    files = corpus_files(SEEDS, DEV)
    for path in files:
        source = read(path)
        extraction = extractor.extract(source)
        full = to_quads(extraction, full_key)
        compact = to_quads(extraction, compact_key, compact=True)
        row = {
            "text": len(source.text.encode("utf-8")),
            "full": len(full),
            "compact": len(compact),
            "full_bytes": len(serialize(full, format=RdfFormat.N_QUADS)),
            "compact_bytes": len(serialize(compact, format=RdfFormat.N_QUADS)),
        }
        for k, v in row.items():
            totals[k] += v
        table.rows.append(
            [
                path.name,
                row["text"] / 1000,
                row["full"],
                row["compact"],
                row["full_bytes"] / 1000,
                row["compact_bytes"] / 1000,
            ]
        )
    n = len(files)
    table.rows.append(
        [
            f"**mean of {n}**",
            totals["text"] / n / 1000,
            f"{totals['full'] / n:,.0f}",
            f"{totals['compact'] / n:,.0f}",
            totals["full_bytes"] / n / 1000,
            totals["compact_bytes"] / n / 1000,
        ]
    )
    table.notes = [
        f"compact keeps {totals['compact'] / totals['full']:.0%} of the triples and "
        f"{totals['compact_bytes'] / totals['full_bytes']:.0%} of the N-Quads bytes; "
        f"N-Quads are {totals['full_bytes'] / totals['text']:.1f}× the text (full), "
        f"{totals['compact_bytes'] / totals['text']:.1f}× (compact)",
        "per-document graphs only: the vocabulary and ontology graphs a store adds once are not counted",
    ]
    return table, {"documents": n, **totals}


def settled_bytes(store: Path) -> int:
    """The store folder's size once reopened: opening it read-write replays the write-ahead log a
    build leaves behind into compact table files and drops the log."""
    Store(str(store)).flush()  # the Store is closed when dropped, right here
    gc.collect()
    return folder_bytes(store)


def _count(pattern: str, text: str) -> int | None:
    m = re.search(pattern, text)
    return int(m.group(1)) if m else None


def _fit(points: list[tuple[int, float]]) -> tuple[float, float]:
    """Intercept and slope of the least-squares line through (documents, value)."""
    xs, ys = zip(*points, strict=True)
    slope, intercept = statistics.linear_regression(xs, ys)
    return intercept, slope


def run(quick: bool = False) -> Section:
    started, load_before = time.perf_counter(), os.getloadavg()[0]
    sizes = (1, 2) if quick else (1, 10, 100)
    seeds = corpus_files(SEEDS)
    seed_bytes = sum(p.stat().st_size for p in seeds)
    say("scaling: triples per document, full and compact")
    sizes_table, sizes_data = graph_sizes()

    builds: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="bench-scaling-") as tmp:
        root = Path(tmp)
        corpora = {size: root / f"corpus-{size}x" for size in sizes}
        for size, folder in corpora.items():
            copy_corpus(seeds, size, folder)
        say("scaling: a warm-up build (not counted): disk caches, bytecode")
        run_measured([CLI, "build", seeds[0], "--store", root / "warm-up", "--jobs", "1"])
        for size, folder in corpora.items():
            for jobs in JOBS:
                documents = size * len(seeds)
                say(f"scaling: build {size}× ({documents} documents), --jobs {jobs}")
                store = root / f"store-{size}-{jobs}"
                m = run_measured([CLI, "build", folder, "--store", store, "--jobs", str(jobs)])
                stored = _count(r"(\d+) stored", m.stderr)
                if stored != documents:
                    raise RuntimeError(f"expected {documents} stored, the build says: {m.stderr}")
                builds.append(
                    {
                        "size": size,
                        "documents": documents,
                        "bytes": size * seed_bytes,
                        "jobs": jobs,
                        "seconds": m.seconds,
                        "peak_rss": m.peak_rss,
                        "store_bytes": folder_bytes(store),
                        "settled_store_bytes": settled_bytes(store),
                    }
                )
                shutil.rmtree(store)

        largest, folder = sizes[-1], corpora[sizes[-1]]
        documents = largest * len(seeds)
        say(f"scaling: compact build {largest}×, --jobs 2")
        store = root / "store-compact"
        cm = run_measured([CLI, "build", folder, "--store", store, "--jobs", "2", "--compact"])
        compact_bytes = folder_bytes(store)
        shutil.rmtree(store)
        say(f"scaling: Dask LocalCluster extract {largest}×, --workers 2")
        shards = root / "shards"
        dx = run_measured([CLI, "extract", folder, "--output", shards, "--workers", "2"])
        shard_bytes = folder_bytes(shards)
        say(f"scaling: load the shards ({documents} documents)")
        store = root / "store-dask"
        dl = run_measured([CLI, "load", shards, "--store", store])
        dask_store_bytes = folder_bytes(store)

    table = Table(
        f"Build scaling: copies of the {len(seeds)} seeds ({seed_bytes / 1000:.0f} KB), "
        "`beleidsgraaf build --jobs J` in its own process",
        [
            "corpus",
            "documents",
            "MB",
            "jobs",
            "wall s",
            "ms/document",
            "documents/s",
            "peak RSS MB",
            "peak RSS MB/document",
            "store MB",
            "store KB/document",
            "store KB/document, reopened",
        ],
    )
    for b in builds:
        table.rows.append(
            [
                f"{b['size']}×",
                b["documents"],
                b["bytes"] / MB,
                b["jobs"],
                b["seconds"],
                1000 * b["seconds"] / b["documents"],
                b["documents"] / b["seconds"],
                b["peak_rss"] / MB,
                b["peak_rss"] / MB / b["documents"],
                b["store_bytes"] / MB,
                b["store_bytes"] / 1000 / b["documents"],
                b["settled_store_bytes"] / 1000 / b["documents"],
            ]
        )
    table.notes = [
        "wall time includes starting Python, building the Extractor in each process, loading the "
        "vocabulary into the fresh store and the final flush",
        "peak RSS: the command and its worker processes summed, sampled every 50 ms",
        "store: the folder as the build leaves it (its write-ahead log included), and once reopened "
        "read-write, which folds the log into table files",
    ]

    fit = Table(
        "Linearity and speed-up: least-squares lines `value = fixed + per document × documents`",
        [
            "jobs",
            "fixed s",
            "ms per extra document",
            "marginal documents/s",
            "peak RSS fixed MB",
            "MB per extra document",
            "store fixed MB (reopened)",
            "store KB per extra document (reopened)",
        ],
    )
    fits = {}
    for jobs in JOBS:
        rows = [b for b in builds if b["jobs"] == jobs]
        t0, per_doc = _fit([(b["documents"], b["seconds"]) for b in rows])
        m0, per_doc_mb = _fit([(b["documents"], b["peak_rss"] / MB) for b in rows])
        s0, per_doc_store = _fit([(b["documents"], b["settled_store_bytes"] / MB) for b in rows])
        fits[jobs] = {
            "fixed_s": t0,
            "s_per_document": per_doc,
            "fixed_mb": m0,
            "mb_per_document": per_doc_mb,
            "store_fixed_mb": s0,
            "store_mb_per_document": per_doc_store,
        }
        fit.rows.append([jobs, t0, 1000 * per_doc, 1 / per_doc, m0, per_doc_mb, s0, 1000 * per_doc_store])
    speedups = {}
    for size in sizes:
        one = next(b for b in builds if b["size"] == size and b["jobs"] == 1)
        two = next(b for b in builds if b["size"] == size and b["jobs"] == 2)
        speedups[str(size)] = one["seconds"] / two["seconds"]
    fit.notes = [
        "2-worker speed-up (wall time, 1 job ÷ 2 jobs): "
        + ", ".join(f"{s}× corpus {v:.2f}" for s, v in speedups.items())
        + f"; on the marginal time per document {fits[1]['s_per_document'] / fits[2]['s_per_document']:.2f}",
        "linear or better: ms/document falls or stays level as the corpus grows; the peak RSS per "
        "extra document is what grows with the corpus (near 0 when memory is bounded; the store "
        "section's flush-per-batch load row shows how much of it is the store's write buffers)",
    ]

    local2 = next(b for b in builds if b["size"] == largest and b["jobs"] == 2)
    dask = Table(
        f"Dask LocalCluster path vs the local build, {largest}× ({documents} documents), 2 workers",
        ["path", "wall s", "ms/document", "peak RSS MB", "triples", "output MB"],
        [
            [
                "`build --jobs 2` (local process pool)",
                local2["seconds"],
                1000 * local2["seconds"] / documents,
                local2["peak_rss"] / MB,
                None,
                local2["store_bytes"] / MB,
            ],
            [
                "`extract --workers 2` (Dask LocalCluster → shards)",
                dx.seconds,
                1000 * dx.seconds / documents,
                dx.peak_rss / MB,
                _count(r"\((\d+) triples\)", dx.stderr),
                shard_bytes / MB,
            ],
            [
                "`load` (shards → store)",
                dl.seconds,
                1000 * dl.seconds / documents,
                dl.peak_rss / MB,
                _count(r"\((\d+) triples\)", dl.stderr),
                dask_store_bytes / MB,
            ],
            [
                "Dask path total (extract + load)",
                dx.seconds + dl.seconds,
                1000 * (dx.seconds + dl.seconds) / documents,
                max(dx.peak_rss, dl.peak_rss) / MB,
                None,
                None,
            ],
            [
                "`build --jobs 2 --compact`",
                cm.seconds,
                1000 * cm.seconds / documents,
                cm.peak_rss / MB,
                None,
                compact_bytes / MB,
            ],
        ],
        [
            f"Dask path / local build: {(dx.seconds + dl.seconds) / local2['seconds']:.2f}× the wall time",
            "the Dask extract uses the default 100 documents per shard (one task each), so "
            f"{documents} documents make {-(-documents // 100)} task(s) for 2 workers",
            "output MB: the store folder, or the shard folder for `extract`",
        ],
    )
    data = {
        "sizes": list(sizes),
        "seed_documents": len(seeds),
        "seed_bytes": seed_bytes,
        "builds": builds,
        "fits": fits,
        "speedup_2_workers": speedups,
        "compact_build": {"seconds": cm.seconds, "peak_rss": cm.peak_rss, "store_bytes": compact_bytes},
        "dask": {
            "extract_seconds": dx.seconds,
            "extract_peak_rss": dx.peak_rss,
            "load_seconds": dl.seconds,
            "load_peak_rss": dl.peak_rss,
            "shard_bytes": shard_bytes,
            "store_bytes": dask_store_bytes,
        },
        "graph_sizes": sizes_data,
    }
    return Section(
        "scaling",
        "Scaling with corpus size and workers; the Dask path; triples per document",
        [table, fit, dask, sizes_table],
        data,
        time.perf_counter() - started,
        load_before=load_before,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1× and 2× only, to check that it runs")
    args = parser.parse_args()
    print_section(run(args.quick))


if __name__ == "__main__":
    main()
