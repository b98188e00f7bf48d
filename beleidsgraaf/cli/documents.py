"""Building the store: build, extract on a cluster, load shards, remove, export."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from beleidsgraaf.base.errors import BeleidsgraafError
from beleidsgraaf.cli.common import (
    CompactOption,
    JobsOption,
    NerOption,
    SpacyModelOption,
    StoreOption,
    _existing_inputs,
    _fail,
    _finish,
    _open_store,
    _publish,
    _RichProgress,
    app,
    err,
)


@app.command()
def build(
    inputs: Annotated[list[Path], typer.Argument(help="Files and folders (txt, md, html, docx, pdf).")],
    store: StoreOption,
    spacy_model: SpacyModelOption = None,
    ner: NerOption = None,
    jobs: JobsOption = None,
    compact: CompactOption = False,
) -> None:
    """Read, extract and store documents. Unchanged documents are skipped; changed ones replaced."""
    from beleidsgraaf.pipeline import build as run_build
    from beleidsgraaf.settings import Settings

    existing, problems = _existing_inputs(inputs)
    graph_store = _open_store(store)
    with _RichProgress("building") as progress:
        try:
            report = run_build(
                existing,
                graph_store,
                Settings.from_env(spacy_model, compact=compact, ner=ner),
                jobs=jobs,
                progress=progress,
            )
        except BeleidsgraafError as exc:
            raise _fail(exc, 1) from exc
    failed = len(report.failed) + len(problems)
    _finish(
        problems,
        report.failed,
        f"{len(report.stored)} stored, {len(report.unchanged)} unchanged, {failed} failed → {store}",
    )


@app.command()
def extract(
    inputs: Annotated[list[Path], typer.Argument(help="Files and folders (txt, md, html, docx, pdf).")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Folder for the N-Quads shards.")],
    scheduler: Annotated[
        str | None,
        typer.Option(
            help="Address of a running Dask scheduler, e.g. tcp://10.0.0.5:8786 [default: a local cluster]."
        ),
    ] = None,
    workers: Annotated[
        int | None, typer.Option(min=1, help="Worker processes of the local cluster [default: one per CPU].")
    ] = None,
    documents_per_shard: Annotated[int, typer.Option(min=1, help="Documents per task and shard.")] = 100,
    spacy_model: SpacyModelOption = None,
    ner: NerOption = None,
    compact: CompactOption = False,
) -> None:
    """Extract documents on a Dask cluster into N-Quads shards; `beleidsgraaf load` stores them."""
    from beleidsgraaf.pipeline.cluster import extract_to_shards
    from beleidsgraaf.settings import Settings

    existing, problems = _existing_inputs(inputs)
    with _RichProgress("extracting") as progress:
        try:
            index = extract_to_shards(
                existing,
                output,
                Settings.from_env(spacy_model, compact=compact, ner=ner),
                scheduler=scheduler,
                workers=workers,
                documents_per_shard=documents_per_shard,
                progress=progress,
            )
        except (BeleidsgraafError, OSError) as exc:
            raise _fail(exc, 1) from exc
    failed = len(index.failed) + len(problems)
    _finish(
        problems,
        index.failed,
        f"{index.documents} extracted ({index.triples} triples) in "
        f"{len(index.shards)} shards, {failed} failed → {output}",
    )


@app.command()
def load(
    shards: Annotated[list[Path], typer.Argument(help="Shard folders written by `beleidsgraaf extract`.")],
    store: Annotated[
        Path | None, typer.Option("--store", "-s", help="Folder of the embedded Oxigraph store.")
    ] = None,
    endpoint: Annotated[
        str | None, typer.Option(help="A server's Graph Store Protocol URL to publish to (as in `publish`).")
    ] = None,
) -> None:
    """Load N-Quads shards into the store (each document replaced whole), or publish them."""
    import tempfile

    from beleidsgraaf.pipeline.shards import load as load_shards

    if store is None and endpoint is None:
        raise _fail("give --store DIR, --endpoint URL or both")
    with tempfile.TemporaryDirectory(prefix="beleidsgraaf-load-") as scratch:
        graph_store = _open_store(store or Path(scratch) / "store")
        with _RichProgress("loading") as progress:
            try:
                report = load_shards(shards, graph_store, progress=progress)
            except BeleidsgraafError as exc:
                raise _fail(exc, 1) from exc
        err.print(
            f"{report.documents} documents ({report.triples} triples) from {report.shards} shards"
            f" → {store or 'a temporary store'}",
            highlight=False,
        )
        if endpoint is not None:
            _publish(graph_store, endpoint)
        del graph_store


class ExportFormat(StrEnum):
    nquads = "nquads"
    trig = "trig"
    turtle = "turtle"
    jsonld = "jsonld"


@app.command()
def remove(
    files: Annotated[list[str], typer.Argument(help="File names (or paths) of stored documents.")],
    store: StoreOption,
) -> None:
    """Remove documents from the store, with every mention, assertion and name only they gave."""
    from beleidsgraaf.pipeline.remove import remove as run_remove

    graph_store = _open_store(store)
    try:
        report = run_remove(files, graph_store)
    except BeleidsgraafError as exc:
        raise _fail(exc, 1) from exc
    _finish([], report.failed, f"{len(report.removed)} removed, {len(report.failed)} failed → {store}")


@app.command()
def export(
    store: StoreOption,
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write.")],
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="RDF format.")] = ExportFormat.nquads,
) -> None:
    """Write the whole dataset (every named graph; their union for Turtle) to a file."""
    graph_store = _open_store(store, read_only=True)
    try:
        graph_store.export(output, fmt.value)
    except BeleidsgraafError as exc:
        raise _fail(exc, 1) from exc
    err.print(f"{len(graph_store)} quads → {output}", highlight=False)
