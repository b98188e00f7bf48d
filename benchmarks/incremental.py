"""An incremental build into a large store: what adding one document costs when the store already
holds a million quads, and what of it goes to the shared graph (`GraphStore.refresh_shared`).

The store is the store benchmark's corpus (copies of the seeds and dev, each its own paper, loaded
from shards). Into it, in one process and one run:

- a `build` of one new document (a seed under a new name; the extractor already warm), end to end;
- one more document written and the shared graph refreshed for what it touched (the default);
- the same refresh done as a full computation over every document's records (what every build
  did before), after marking the shared graph stale.

    python benchmarks/incremental.py [--quads 1000000] [--quick]
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from pathlib import Path

from common import SEEDS, Section, Table, corpus_files, print_section, say, timed
from pyoxigraph import NamedNode, Quad
from store_scale import make_dataset

from beleidsgraaf.graph.rdf import graph_iri
from beleidsgraaf.graph.store import RECORDS, GraphStore
from beleidsgraaf.ontology import BG, ENTITIES_GRAPH
from beleidsgraaf.pipeline import build
from beleidsgraaf.pipeline.shards import load
from beleidsgraaf.settings import Settings


def _renamed(graph: NamedNode, quads: list[Quad], suffix: str) -> dict[NamedNode, list[Quad]]:
    """A stored document's quads as a new document's (its own graph), for a write without extraction."""
    new = NamedNode(graph.value + suffix)
    return {new: [Quad(q.subject, q.predicate, q.object, new) for q in quads]}


def run(quick: bool = False, quads: int | None = None) -> Section:
    started, load_before = time.perf_counter(), os.getloadavg()[0]
    target = quads or (60_000 if quick else 1_000_000)
    seed = corpus_files(SEEDS)[0]
    with tempfile.TemporaryDirectory(prefix="bench-incremental-") as tmp:
        root = Path(tmp)
        ds_info = make_dataset(target, root)
        say(f"incremental: loading {ds_info['documents']:,} documents")
        store = GraphStore(root / "store")
        load([ds_info["shards"]], store)
        size = len(store)
        warm, new = root / "warm", root / "new"
        for folder, name in ((warm, "warm_"), (new, "new_")):
            folder.mkdir()
            shutil.copy(seed, folder / (name + seed.name))
        say("incremental: one new document, built into the store")
        build([warm], store, Settings(), jobs=1)  # the extractor and the vocabulary check, warmed
        one_build = timed(lambda: build([new], store, Settings(), jobs=1))
        stored = graph_iri("new_" + seed.name)
        document = list(store.store.quads_for_pattern(None, None, None, stored))
        store.write_documents(_renamed(stored, document, "-again"))
        records = {str(r) for r in RECORDS}
        changed = {q.subject for q in document if q.predicate.value in records}
        say("incremental: the refresh of what one document touched")
        incremental = timed(store.refresh_shared)
        say("incremental: the full computation of the shared graph")
        shared = NamedNode(str(ENTITIES_GRAPH))
        for q in list(store.store.quads_for_pattern(shared, NamedNode(str(BG.contentHash)), None, shared)):
            store.store.remove(q)  # stale: the next refresh cannot tell what changed
        full = timed(store.refresh_shared)
        documents = len(store.document_graphs())
    table = Table(
        f"One document into a store of {size:,} quads ({documents:,} documents), one process",
        ["step", "seconds"],
        [
            ["`build` of one new document (extractor warm), end to end", one_build],
            [f"shared graph refreshed for what one document touched ({len(changed)} entities)", incremental],
            ["shared graph computed in full from every document's records", full],
            ["full / incremental", f"{full / incremental:.0f}×"],
        ],
        [
            "the refresh for what a write touched reads each touched entity's records by subject; the "
            "entities every document names (the Netherlands, the House) have a record in every graph",
        ],
    )
    return Section(
        "incremental",
        "An incremental build into a large store",
        [table],
        {
            "quads": size,
            "documents": documents,
            "one_build_s": one_build,
            "refresh_incremental_s": incremental,
            "refresh_full_s": full,
            "entities_touched": len(changed),
        },
        time.perf_counter() - started,
        load_before=load_before,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quads", type=int, default=None, help="store size [1,000,000; 60,000 with --quick]")
    parser.add_argument("--quick", action="store_true", help="a small store, to check that it runs")
    args = parser.parse_args()
    print_section(run(args.quick, args.quads))


if __name__ == "__main__":
    main()
