"""The store at scale: load time and the named queries' latency on a graph of ≥ 1 million quads,
embedded Oxigraph (the project's path) against plain in-memory rdflib on the same data.

The seeds + dev documents are built once and their document graphs exported as N-Quads, then
replicated under new names until the dataset holds ≥ 1M quads: graph, document, mention and
assertion IRIs and the file name get a copy suffix, while entity, post and cited-paper IRIs stay
shared, as in a real corpus where the same actors recur. The vocabulary, ontology and entity-label
graphs are there once.

Measured, in this order:

- load through the project's path: a shard folder read by `beleidsgraaf.pipeline.shards.load`
  (GraphStore + BatchWriter, vocabulary sync, label refresh) into an on-disk store, as
  `beleidsgraaf load` does;
- pyoxigraph `bulk_load` of the same N-Quads file, on disk and in memory, for reference;
- rdflib `Dataset(default_union=True).parse` of that file;
- every named query of `queries/` with its default parameters: on the Oxigraph store through
  `run_local` (the first run, then the median of 3), and on rdflib once, with the same text and the
  parameters pre-bound by `initBindings`. Each runs in a child process that is killed after
  `--cap` seconds (a thread could not be stopped): for Oxigraph one that opens the store
  read-only, for rdflib a fork that inherits the loaded dataset.

Entity facts (types, labels) and cited papers are stated once, in the shared graph; what document
graphs still repeat (a relation triple that several documents state) is reported as the most
restated triple, because a union default graph yields a triple once per graph that holds it.

    python benchmarks/store_scale.py [--quads 1000000] [--cap 30] [--quick]
"""

from __future__ import annotations

import argparse
import gc
import math
import multiprocessing
import os
import re
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import psutil
import rdflib
import virtuoso_side
from common import (
    DEV,
    MB,
    SEEDS,
    PeakSampler,
    Section,
    Table,
    corpus_files,
    fmt,
    folder_bytes,
    print_section,
    say,
)
from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad, RdfFormat, Store, Variable, serialize

from beleidsgraaf.graph.store import PREFIX_MAP, GraphStore
from beleidsgraaf.ontology import BG, BGID, ENTITIES_GRAPH, ONTOLOGY_GRAPH, VOCABULARY_GRAPH
from beleidsgraaf.pipeline import build, extraction_key
from beleidsgraaf.pipeline.shards import (
    ShardIndex,
    documents_in,
    load,
    read_index,
    shard_name,
    write_index,
)
from beleidsgraaf.pipeline.writer import BatchWriter
from beleidsgraaf.queries import NamedQuery, library
from beleidsgraaf.queries.local import bind, run_local
from beleidsgraaf.settings import Settings

DOCUMENTS_PER_SHARD = 100
#: the mark where a copy's suffix goes in a document's N-Quads template
MARK, NUMBER, VARIANT = "\x00", "\x01", "\x02"
#: entities outside the vocabulary come in this many variants across the copies (copy k has variant
#: k mod VARIANTS), so that the corpus names more entities as it grows, as a real one does
VARIANTS = 25
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
STARTUP_SECONDS = 120


@dataclass
class DocumentTemplate:
    """One document graph's N-Quads with marks where each copy's suffix goes."""

    text: str
    quads: int

    def copy(self, k: int) -> str:
        return (
            self.text.replace(MARK, f"-c{k:04d}")
            .replace(NUMBER, f"{k:04d}")
            .replace(VARIANT, f"-v{k % VARIANTS:02d}")
        )


def _nquads(store: Store, graph: NamedNode) -> str:
    quads = list(store.quads_for_pattern(None, None, None, graph))
    return serialize(quads, format=RdfFormat.N_QUADS).decode("utf-8")


def templates(store: GraphStore) -> list[DocumentTemplate]:
    """Each document graph of the store as a template: its graph, document, mention and assertion
    IRIs and its file name marked for a copy suffix, the entities outside the vocabulary for a
    variant suffix; the vocabulary's entities and the cited papers shared."""
    out = []
    file_name = NamedNode(str(BG.fileName))
    vocabulary_graph = NamedNode(str(VOCABULARY_GRAPH))
    vocabulary = {q.subject for q in store.store.quads_for_pattern(None, None, None, vocabulary_graph)}
    for graph in store.document_graphs():
        text = _nquads(store.store, graph)
        local = {
            q.subject.value
            for q in store.store.quads_for_pattern(None, NamedNode(str(BG.statedType)), None, graph)
            if q.subject not in vocabulary
        }
        for iri in sorted(local, key=len, reverse=True):
            text = text.replace(f"<{iri}>", f"<{iri}{VARIANT}>")
        named = next(iter(store.store.quads_for_pattern(None, file_name, None, graph)), None)
        if named is None:
            continue
        document, name = named.subject.value, named.object.value
        slug = graph.value.rsplit("/", 1)[1]
        text = text.replace(f"<{graph.value}>", f"<{graph.value}{MARK}>")
        text = text.replace(f"<{document}>", f"<{document}{MARK}>")
        text = text.replace(f"{BGID}mention/{slug}/", f"{BGID}mention/{slug}{MARK}/")
        text = re.sub(rf"<({re.escape(str(BGID))}assertion/[0-9a-f]+)>", rf"<\1{MARK}>", text)
        text = text.replace(f'<{file_name.value}> "{name}"', f'<{file_name.value}> "copy{NUMBER}_{name}"')
        out.append(DocumentTemplate(text, text.count("\n")))
    return out


def make_dataset(target: int, folder: Path) -> dict:
    """Build the seeds + dev, replicate their graphs to ≥ `target` quads; write a shard folder (for
    the project's load) and one N-Quads file with everything (for bulk_load and rdflib)."""
    files = corpus_files(SEEDS, DEV)
    say(f"store: building the {len(files)} seeds + dev documents once")
    base = GraphStore(folder / "base-store")
    build(files, base, Settings(), jobs=1)
    docs = templates(base)
    reserved = "".join(
        _nquads(base.store, NamedNode(str(g))) for g in (VOCABULARY_GRAPH, ONTOLOGY_GRAPH)
    )  # the shared graph is computed by the load from the copies' records (see `shared_facts`)
    reserved_quads = reserved.count("\n")
    per_copy = sum(d.quads for d in docs)
    copies = max(1, math.ceil((target - reserved_quads) / per_copy))
    del base
    say(f"store: {copies} copies of {len(docs)} document graphs ({per_copy:,} quads each copy)")
    shards = folder / "shards"
    shards.mkdir()
    index = ShardIndex(extracted_with=extraction_key(Settings()), compact=False)
    everything = folder / "all.nq"
    with everything.open("w", encoding="utf-8") as whole:
        whole.write(reserved)
        pending: list[str] = []
        pending_quads = 0

        def flush_shard() -> None:
            nonlocal pending, pending_quads
            path = shards / shard_name(len(index.shards))
            path.write_text("".join(pending), encoding="utf-8")
            index.shards.append(
                {
                    "file": path.name,
                    "documents": len(pending),
                    "triples": pending_quads,
                    "bytes": path.stat().st_size,
                }
            )
            pending, pending_quads = [], 0

        for k in range(copies):
            for d in docs:
                text = d.copy(k)
                whole.write(text)
                pending.append(text)
                pending_quads += d.quads
                if len(pending) >= DOCUMENTS_PER_SHARD:
                    flush_shard()
        if pending:
            flush_shard()
    write_index(shards, index)
    return {
        "documents": copies * len(docs),
        "copies": copies,
        "document_quads": copies * per_copy,
        "reserved_quads": reserved_quads,
        "quads": copies * per_copy + reserved_quads,
        "nquads_bytes": everything.stat().st_size,
        "shards": shards,
        "file": everything,
    }


def rss() -> int:
    return psutil.Process().memory_info().rss


# rdflib queries in a forked child: the loaded dataset is inherited, and a query that runs past the
# cap is killed (a thread could not be stopped)
_DATASET: rdflib.Dataset | None = None


def rdflib_term(term: NamedNode | Literal) -> rdflib.term.Identifier:
    """A bound parameter as rdflib's term: a plain string stays plain, as the parsed data has it."""
    if isinstance(term, NamedNode):
        return rdflib.URIRef(term.value)
    if term.language:
        return rdflib.Literal(term.value, lang=term.language)
    if term.datatype.value == XSD_STRING:
        return rdflib.Literal(term.value)
    return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))


def _rdflib_child(conn, text: str, bindings: dict[str, rdflib.term.Identifier]) -> None:
    start = time.perf_counter()
    try:
        rows = sum(1 for _ in _DATASET.query(text, initNs=PREFIX_MAP, initBindings=bindings))
        conn.send((time.perf_counter() - start, rows, None))
    except Exception as exc:  # reported as the query's result, not raised
        conn.send((time.perf_counter() - start, None, f"{type(exc).__name__}: {str(exc)[:200]}"))
    conn.close()


def rdflib_query(query: NamedQuery, cap: float) -> tuple[float | None, int | None, str | None]:
    """Seconds and rows of one query on the loaded rdflib dataset, or (None, None, None) after `cap`.
    The text is the query file's, its parameters pre-bound with `initBindings` (rdflib's own way,
    as `substitutions` is Oxigraph's)."""
    bindings = {k: rdflib_term(v) for k, v in bind(query, {}).items()}
    context = multiprocessing.get_context("fork")
    parent, child = context.Pipe(duplex=False)
    process = context.Process(target=_rdflib_child, args=(child, query.text, bindings))
    process.start()
    child.close()
    try:
        if parent.poll(cap):
            return parent.recv()
        return None, None, None
    finally:
        if process.is_alive():
            process.kill()
        process.join()
        parent.close()


#: the reference every named query is measured against: reading every quad of every graph once
FULL_SCAN = "(full scan)"
FULL_SCAN_TEXT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
#: the lookups a person clicks through in the view or a notebook, each meant to cost ≤ 0.1× a scan
CLICK_THROUGH = (
    "mentions-of-entity",
    "documents-mentioning-entity",
    "evidence-for-triple",
    "mentions-timeline",
)


def _oxigraph_child(conn, store_path: str, name: str, repeat: int, slow: float) -> None:
    """Run one named query (or the full scan) on the store, read-only: the first run, then `repeat`
    more (one more when the first took over `slow` seconds), sending each result when known."""
    store = GraphStore(Path(store_path), read_only=True)

    query = None if name == FULL_SCAN else library()[name]

    def once() -> int:
        if query is None:
            return sum(1 for _ in store.query(FULL_SCAN_TEXT))
        return len(run_local(store, query).rows)

    conn.send("ready")
    start = time.perf_counter()
    rows = once()
    first = time.perf_counter() - start
    conn.send((first, rows))
    times = []
    for _ in range(1 if first > slow else repeat):
        start = time.perf_counter()
        once()
        times.append(time.perf_counter() - start)
    times.sort()
    conn.send(times[len(times) // 2])
    conn.close()


def oxigraph_query(
    store_path: Path, name: str, cap: float, repeat: int = 3, slow: float = 5.0
) -> tuple[float | None, float | None, int | None]:
    """First-run seconds, median seconds of the runs after it, and rows, through the project's
    `run_local` in a child process (a query running past `cap` seconds is killed: (None, None,
    None); repeats past another `cap` are dropped and the first run stands for the median)."""
    context = multiprocessing.get_context("spawn")
    parent, child = context.Pipe(duplex=False)
    process = context.Process(target=_oxigraph_child, args=(child, str(store_path), name, repeat, slow))
    process.start()
    child.close()
    try:
        # the child's start-up (imports, opening the store) is not timed
        if not parent.poll(STARTUP_SECONDS) or parent.recv() != "ready":
            raise RuntimeError(f"{name}: the query process did not start")
        if not parent.poll(cap):
            return None, None, None
        first, rows = parent.recv()
        median = parent.recv() if parent.poll(cap) else first
        return first, median, rows
    except EOFError:  # the child died
        return None, None, None
    finally:
        if process.is_alive():
            process.kill()
        process.join()
        parent.close()


class FlushingWriter(BatchWriter):
    """A variant of the project's writer that also flushes the store after each batch, so that
    Oxigraph's in-memory write tables and write-ahead log do not grow with the corpus."""

    def flush(self) -> None:
        super().flush()
        self.store.flush()


def load_flushing(folder: Path, store: GraphStore) -> None:
    """`shards.load` with a store flush after each batch (same steps otherwise)."""
    index = read_index(folder)
    store.sync_vocabulary()
    writer = FlushingWriter(store)
    for entry in index.shards:
        for graph, quads in documents_in(folder / entry["file"]):
            writer.add(graph, quads)
    writer.flush()
    store.refresh_shared()
    store.flush()


def measured(fn: Callable[[], object]) -> tuple[float, int]:
    """Seconds, and how far this process's RSS rose above where it started (sampled every 50 ms)."""
    gc.collect()
    before = rss()
    with PeakSampler(os.getpid()) as sampler:
        start = time.perf_counter()
        fn()
        seconds = time.perf_counter() - start
    return seconds, max(sampler.peak, rss()) - before


def bulk_load_flushed(store: Store, path: Path) -> None:
    store.bulk_load(path=str(path), format=RdfFormat.N_QUADS)
    store.flush()  # a no-op in memory


def settle(path: Path) -> int:
    """The store folder's size once reopened read-write (which folds the write-ahead log into table
    files and drops it)."""
    Store(str(path)).flush()  # closed when dropped, right here
    gc.collect()
    return folder_bytes(path)


#: queries whose joins ran through restated facts before those were shared: timed on the union of
#: named graphs and on the same triples merged into one default graph, to show what is left
UNION_PROBES = (
    "citations",
    "implementers",
    "partnerships",
    "eu-transpositions",
    "relations",
    "entities-by-type",
)
_UNION: Store | None = None
_MERGED: Store | None = None


def _memory_child(conn, text: str, substitutions: dict, union: bool) -> None:
    start = time.perf_counter()
    store = _UNION if union else _MERGED
    rows = sum(
        1
        for _ in store.query(
            text, use_default_graph_as_union=union, prefixes=PREFIX_MAP, substitutions=substitutions
        )
    )
    conn.send((time.perf_counter() - start, rows))
    conn.close()


def memory_query(query: NamedQuery, union: bool, cap: float) -> tuple[float | None, int | None]:
    """Seconds and rows of a query on the in-memory union or merged store, in a fork killed at `cap`."""
    substitutions = {Variable(k): v for k, v in bind(query, {}).items()}
    context = multiprocessing.get_context("fork")
    parent, child = context.Pipe(duplex=False)
    process = context.Process(target=_memory_child, args=(child, query.text, substitutions, union))
    process.start()
    child.close()
    try:
        return parent.recv() if parent.poll(cap) else (None, None)
    except EOFError:
        return None, None
    finally:
        if process.is_alive():
            process.kill()
        process.join()
        parent.close()


def shared_facts(store: GraphStore, ds_info: dict) -> None:
    """Append the shared graph the load computed from the copies' records to the N-Quads file, so
    that bulk_load and rdflib read the same dataset as the project's store holds."""
    text = _nquads(store.store, NamedNode(str(ENTITIES_GRAPH)))
    with ds_info["file"].open("a", encoding="utf-8") as whole:
        whole.write(text)
    ds_info["reserved_quads"] += text.count("\n")
    ds_info["quads"] += text.count("\n")
    ds_info["nquads_bytes"] = ds_info["file"].stat().st_size


def time_queries(
    store_path: Path, queries: dict[str, NamedQuery], cap: float
) -> dict[str, tuple[float | None, float | None, int | None]]:
    """The full scan, then every named query, each in its own read-only child process."""
    times = {}
    for name in (FULL_SCAN, *queries):
        say(f"store: oxigraph {name} (cap {cap:.0f} s)")
        times[name] = oxigraph_query(store_path, name, cap)
    return times


def over_scan(times: dict[str, tuple[float | None, float | None, int | None]], name: str) -> float | None:
    """A query's median time as a multiple of the full scan's, measured in the same run."""
    scan, median = times[FULL_SCAN][1], times[name][1]
    return None if scan is None or median is None else median / scan


def queries_at(target: int, cap: float) -> dict:
    """The named queries alone on a larger corpus built the same way (no rdflib: it would need
    several times the memory and an hour to parse), for how their time grows with the corpus."""
    queries = library()
    with tempfile.TemporaryDirectory(prefix="bench-store-") as tmp:
        root = Path(tmp)
        ds_info = make_dataset(target, root)
        say(f"store: the project's load of {ds_info['documents']:,} documents into an on-disk store")
        ox = GraphStore(root / "ox-store")
        load_s, load_rss = measured(partial(load, [ds_info["shards"]], ox))
        quads = len(ox)
        del ox
        gc.collect()
        times = time_queries(root / "ox-store", queries, cap)
        disk = settle(root / "ox-store")
    return {
        "quads": quads,
        "documents": ds_info["documents"],
        "load_seconds": load_s,
        "load_peak_rss_rise_bytes": load_rss,
        "disk_bytes_reopened": disk,
        "times": times,
    }


def virtuoso_table(virtuoso: dict | str, ox_times: dict, quads: int, ox_disk: int) -> Table:
    """Oxigraph (the project's store) and Virtuoso on the same data, each against its own full scan."""
    table = Table(
        f"Side by side on {quads:,} quads: Oxigraph (the project's store) and Virtuoso 7.2",
        [
            "query",
            "oxigraph median s",
            "× its full scan",
            "virtuoso median s",
            "× its full scan",
            "rows (ox, virtuoso)",
        ],
    )
    if isinstance(virtuoso, str):
        table.notes = [f"skipped: {virtuoso}"]
        return table
    v_times = virtuoso["queries"]
    v_scan = v_times[FULL_SCAN]["median_s"]
    for name, (_, median, rows) in ox_times.items():
        v = v_times.get(name, {})
        v_median = v.get("median_s")
        table.rows.append(
            [
                f"`{name}`",
                median if median is not None else "> cap",
                over_scan(ox_times, name),
                v_median if v_median is not None else (f"error: {v['error']}" if v.get("error") else "> cap"),
                v_median / v_scan if v_median is not None and v_scan else None,
                f"{rows if rows is not None else '–'}, {v.get('rows') if v.get('rows') is not None else '–'}",
            ]
        )
    table.notes = [
        f"Virtuoso loaded the same N-Quads file with its bulk loader (`ld_dir`, `rdf_loader_run`, "
        f"checkpoint) in {virtuoso['load_seconds']:.1f} s; its database "
        f"{virtuoso['disk_bytes'] / MB:.0f} MB, the Oxigraph store {ox_disk / MB:.0f} MB reopened",
        "every query with its parameters bound as for any endpoint (VALUES at the head of each WHERE), "
        "sent over HTTP (the time includes the JSON results); the first run, then the median of 3",
        "Virtuoso's default graph holds its own system graphs too, so its full scan counts a few "
        "thousand more quads",
    ]
    return table


def _times_data(times: dict) -> dict:
    return {
        name: {"first_s": first, "median_s": median, "rows": rows, "over_full_scan": over_scan(times, name)}
        for name, (first, median, rows) in times.items()
    }


def growth_table(small: dict, small_quads: int, big: dict) -> Table:
    """How each query's time grows from the smaller corpus to the larger, next to its answer's growth."""
    table = Table(
        f"How the named queries grow: {small_quads:,} → {big['quads']:,} quads "
        f"({big['quads'] / small_quads:.1f}× the corpus)",
        [
            "query",
            "median s (small)",
            "median s (large)",
            "time ×",
            "rows (small → large)",
            "rows ×",
            "× full scan (large)",
        ],
    )
    for name, (_, median, rows) in small.items():
        _, big_median, big_rows = big["times"][name]
        table.rows.append(
            [
                f"`{name}`",
                median,
                big_median if big_median is not None else "> cap",
                f"{fmt(big_median / median)}×" if None not in (median, big_median) else None,
                f"{rows:,} → {big_rows:,}" if None not in (rows, big_rows) else None,
                f"{fmt(big_rows / rows)}×" if rows and big_rows is not None else None,
                over_scan(big["times"], name),
            ]
        )
    table.notes = [
        f"the larger corpus is built the same way (more copies, the same {VARIANTS} variants of the "
        "entities outside the vocabulary) and loaded the same way; the medians as in the table above",
        f"the larger store: load {big['load_seconds']:.0f} s, {big['disk_bytes_reopened'] / MB:.0f} MB "
        f"on disk reopened, {big['documents']:,} documents",
    ]
    return table


def run(
    quick: bool = False, quads: int | None = None, cap: float | None = None, larger: int | None = None
) -> Section:
    global _DATASET, _UNION, _MERGED
    started, load_before = time.perf_counter(), os.getloadavg()[0]
    target = quads or (60_000 if quick else 1_000_000)
    larger = larger if larger is not None else 5 * target
    cap = cap or (20.0 if quick else 30.0)
    queries = library()
    with tempfile.TemporaryDirectory(prefix="bench-store-") as tmp:
        root = Path(tmp)
        ds_info = make_dataset(target, root)
        n, docs = ds_info["quads"], ds_info["documents"]

        say(f"store: the project's load of {docs:,} documents ({n:,} quads) into an on-disk store")
        ox = GraphStore(root / "ox-store")
        ox_load, ox_rss = measured(partial(load, [ds_info["shards"]], ox))
        ox_quads = len(ox)
        shared_facts(ox, ds_info)
        restated = Counter((q.subject, q.predicate, q.object) for q in ox.store)
        (most_triple, most), distinct = restated.most_common(1)[0], len(restated)
        del restated, ox  # closed: the queries run in child processes that open it read-only
        gc.collect()
        ox_disk = folder_bytes(root / "ox-store")

        ox_times = time_queries(root / "ox-store", queries, cap)
        ox_settled = settle(root / "ox-store")

        say("store: the project's load with a store flush after each batch (a variant)")
        flushing = GraphStore(root / "flushing-store")
        flush_load, flush_rss = measured(partial(load_flushing, ds_info["shards"], flushing))
        del flushing
        gc.collect()
        flush_disk = folder_bytes(root / "flushing-store")
        flush_settled = settle(root / "flushing-store")

        say("store: pyoxigraph bulk_load, on disk and in memory (reference)")
        bulk_disk_store = Store(str(root / "bulk-store"))
        bulk_disk, bulk_disk_rss = measured(partial(bulk_load_flushed, bulk_disk_store, ds_info["file"]))
        bulk_quads = len(bulk_disk_store)
        del bulk_disk_store
        gc.collect()
        bulk_disk_bytes = folder_bytes(root / "bulk-store")
        union = Store()
        bulk_memory, bulk_memory_rss = measured(partial(bulk_load_flushed, union, ds_info["file"]))

        say("store: union of named graphs vs one merged default graph, in memory")
        merged = Store()
        merged.extend(Quad(q.subject, q.predicate, q.object, DefaultGraph()) for q in union)
        _UNION, _MERGED = union, merged
        probes = {}
        for name in UNION_PROBES:
            if name in queries:
                say(f"store: in memory, union vs merged: {name}")
                probes[name] = (
                    memory_query(queries[name], True, cap),
                    memory_query(queries[name], False, cap),
                )
        _UNION = _MERGED = None
        del union, merged
        gc.collect()

        say(f"store: rdflib Dataset parse of {n:,} quads")
        dataset = rdflib.Dataset(default_union=True)
        rdflib_load, rdflib_rss = measured(partial(dataset.parse, str(ds_info["file"]), format="nquads"))
        _DATASET = dataset
        rdflib_times: dict[str, tuple[float | None, int | None, str | None]] = {}
        for name, query in queries.items():
            say(f"store: rdflib {name} (cap {cap:.0f} s)")
            rdflib_times[name] = rdflib_query(query, cap)
        _DATASET = None
        del dataset
        gc.collect()

        virtuoso: dict | str = virtuoso_side.missing() or ""
        if not virtuoso:
            say("store: Virtuoso, the same N-Quads through its bulk loader, the same queries")
            virtuoso = virtuoso_side.measure(ds_info["file"], queries, cap)

    load_table = Table(
        f"Store load: {n:,} quads ({docs:,} document graphs, "
        f"{ds_info['nquads_bytes'] / MB:.0f} MB of N-Quads)",
        [
            "loader",
            "seconds",
            "quads/s",
            "ratio to the project's load",
            "peak RSS rise MB",
            "disk MB as left",
            "disk MB reopened",
        ],
        [
            [
                "project: `shards.load` → GraphStore on disk (BatchWriter, labels)",
                ox_load,
                f"{n / ox_load:,.0f}",
                1.0,
                ox_rss / MB,
                ox_disk / MB,
                ox_settled / MB,
            ],
            [
                "the same with a store flush after each batch (variant, not the project's code)",
                flush_load,
                f"{n / flush_load:,.0f}",
                flush_load / ox_load,
                flush_rss / MB,
                flush_disk / MB,
                flush_settled / MB,
            ],
            [
                "pyoxigraph `bulk_load`, on disk",
                bulk_disk,
                f"{n / bulk_disk:,.0f}",
                bulk_disk / ox_load,
                bulk_disk_rss / MB,
                bulk_disk_bytes / MB,
                None,
            ],
            [
                "pyoxigraph `bulk_load`, in memory",
                bulk_memory,
                f"{n / bulk_memory:,.0f}",
                bulk_memory / ox_load,
                bulk_memory_rss / MB,
                None,
                None,
            ],
            [
                "rdflib `Dataset(default_union=True).parse`, in memory",
                rdflib_load,
                f"{n / rdflib_load:,.0f}",
                rdflib_load / ox_load,
                rdflib_rss / MB,
                None,
                None,
            ],
        ],
        [
            f"quads counted: {ox_quads:,} in the project's store, {bulk_quads:,} after bulk_load "
            f"(the N-Quads file holds {n:,} lines)",
            "the project's load also loads the vocabulary and ontology from their Turtle files and "
            "recomputes the entity labels, as `beleidsgraaf load` does",
            "disk as left: the folder when the loading process has closed the store (write-ahead log "
            "included); reopened: after opening it read-write once, which folds the log into tables",
            f"{ox_quads:,} quads hold {distinct:,} distinct triples; the most restated, "
            f"`{most_triple[0]} {most_triple[1]} {most_triple[2]}`, is in {most:,} graphs",
        ],
    )

    query_table = Table(
        f"Named queries on {n:,} quads: Oxigraph (project's `run_local`) vs in-memory rdflib",
        [
            "query",
            "oxigraph first s",
            "oxigraph median s",
            "rows",
            "rdflib s",
            "rdflib rows",
            "rdflib / oxigraph",
            "× full scan",
        ],
    )
    ratios = []
    scan_first, scan_median, scan_rows = ox_times[FULL_SCAN]
    query_table.rows.append(
        [f"{FULL_SCAN}: `{FULL_SCAN_TEXT}`", scan_first, scan_median, scan_rows, None, None, None, 1.0]
    )
    for name in queries:
        first, median, rows = ox_times[name]
        seconds, r_rows, error = rdflib_times[name]
        ratio_cell: str | None = None
        if error is not None:
            r_cell = f"error: {error}"
        elif median is None:  # Oxigraph ran past the cap: no ratio to count
            r_cell = f"> {cap:.0f}" if seconds is None else seconds
            ratio_cell = "both > cap" if seconds is None else f"< {fmt(seconds / cap)}×"
        elif seconds is None:
            r_cell, ratio_cell = f"> {cap:.0f}", f"> {fmt(cap / median)}×"
            ratios.append(cap / median)
        else:
            r_cell, ratio_cell = seconds, f"{fmt(seconds / median)}×"
            ratios.append(seconds / median)
        mismatch = "" if None in (r_rows, rows) or r_rows == rows else " (≠)"
        query_table.rows.append(
            [
                f"`{name}`",
                first if first is not None else f"> {cap:.0f}",
                median,
                rows,
                r_cell,
                f"{r_rows:,}{mismatch}" if r_rows is not None else None,
                ratio_cell,
                over_scan(ox_times, name),
            ]
        )
    ox_timeouts = sum(1 for _, m, _ in ox_times.values() if m is None)
    timeouts = sum(1 for s, _, e in rdflib_times.values() if s is None and e is None)
    query_table.notes = [
        "every query with its default parameters; Oxigraph: the first run, then the median of 3 "
        "(one more run only when the first took over 5 s); "
        "rdflib: one run of the same text with the parameters as `initBindings`, in a forked child "
        "holding the loaded dataset",
        f"runs past the cap of {cap:.0f} s were stopped: rdflib on {timeouts}, Oxigraph on {ox_timeouts} "
        f"of {len(queries)} queries; a ratio with '>' is a lower bound, one with '<' an upper bound",
        "Oxigraph runs each query in a child process that opens the store read-only (start-up not "
        "timed), so that a query past the cap can be stopped",
        f"geometric mean of rdflib / oxigraph (caps counted as the cap): "
        f"{fmt(math.exp(sum(map(math.log, ratios)) / len(ratios)))}×"
        if ratios
        else "no ratios",
        "(≠) marks a row count that differs between the two engines; the geometric mean leaves out "
        "queries where Oxigraph ran past the cap",
    ]
    data = {
        "quads": n,
        "documents": docs,
        "copies": ds_info["copies"],
        "reserved_quads": ds_info["reserved_quads"],
        "nquads_bytes": ds_info["nquads_bytes"],
        "load_seconds": {
            "project": ox_load,
            "project_flushing_variant": flush_load,
            "bulk_load_disk": bulk_disk,
            "bulk_load_memory": bulk_memory,
            "rdflib": rdflib_load,
        },
        "oxigraph_store_disk_bytes": ox_disk,
        "oxigraph_store_disk_bytes_reopened": ox_settled,
        "load_peak_rss_rise_bytes": {
            "project": ox_rss,
            "project_flushing_variant": flush_rss,
            "bulk_load_disk": bulk_disk_rss,
            "bulk_load_memory": bulk_memory_rss,
            "rdflib": rdflib_rss,
        },
        "union_vs_merged": {
            name: {"union_s": u[0], "union_rows": u[1], "merged_s": m[0], "merged_rows": m[1]}
            for name, (u, m) in probes.items()
        },
        "distinct_triples": distinct,
        "most_restated_triple_graphs": most,
        "cap_seconds": cap,
        "queries": {
            name: {
                "oxigraph_first_s": ox_times[name][0],
                "oxigraph_median_s": ox_times[name][1],
                "oxigraph_rows": ox_times[name][2],
                "rdflib_s": rdflib_times[name][0],
                "rdflib_rows": rdflib_times[name][1],
                "rdflib_error": rdflib_times[name][2],
            }
            for name in queries
        },
    }
    probe_table = Table(
        "Why some queries slow down: the same data in memory, as a union of named graphs (how the "
        "project queries) and merged into one default graph (each triple once)",
        ["query", "union of graphs s", "merged default graph s", "union / merged", "rows (union, merged)"],
    )
    for name, ((u, u_rows), (m, m_rows)) in probes.items():
        probe_table.rows.append(
            [
                f"`{name}`",
                u if u is not None else f"> {cap:.0f}",
                m if m is not None else f"> {cap:.0f}",
                f"{fmt(u / m)}×" if u is not None and m is not None else None,
                ", ".join(f"{r:,}" if r is not None else "–" for r in (u_rows, m_rows)),
            ]
        )
    probe_table.notes = [
        "entity facts and cited papers are stated once (the shared graph); a relation triple that "
        f"several documents state is in each of their graphs: here the most restated triple is in "
        f"{most:,} graphs, and Oxigraph's union default graph yields it once per graph (rdflib's once)",
        "pyoxigraph stores in memory, the same query text and parameters as above; one run each",
    ]
    tables = [load_table, query_table, probe_table, virtuoso_table(virtuoso, ox_times, n, ox_settled)]
    data["virtuoso"] = virtuoso
    if larger:
        say(f"store: the named queries at {larger:,} quads")
        big = queries_at(larger, cap)
        data["larger"] = {
            **{k: v for k, v in big.items() if k != "times"},
            "queries": _times_data(big["times"]),
        }
        tables.append(growth_table(ox_times, n, big))
    data["oxigraph_full_scan_s"] = ox_times[FULL_SCAN][1]
    data["over_full_scan"] = {name: over_scan(ox_times, name) for name in queries}
    data["click_through"] = list(CLICK_THROUGH)
    return Section(
        "store",
        "The store at ≥ 1M and ≥ 5M quads: load and named queries, Oxigraph vs rdflib",
        tables,
        data,
        time.perf_counter() - started,
        load_before=load_before,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--quads", type=int, default=None, help="dataset size [1,000,000; 60,000 with --quick]"
    )
    parser.add_argument(
        "--cap", type=float, default=None, help="seconds per query and engine [30; 20 with --quick]"
    )
    parser.add_argument(
        "--larger", type=int, default=None, help="the second, larger dataset [5 × --quads; 0 for none]"
    )
    parser.add_argument("--quick", action="store_true", help="a small dataset, to check that it runs")
    args = parser.parse_args()
    print_section(run(args.quick, args.quads, args.cap, args.larger))


if __name__ == "__main__":
    main()
