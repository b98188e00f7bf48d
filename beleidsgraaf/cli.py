"""The `beleidsgraaf` command line: one command per function; parsing and printing only."""

from __future__ import annotations

import json
import signal
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from beleidsgraaf.base.errors import BeleidsgraafError, one_line

app = typer.Typer(
    help="Dutch parliamentary and government documents → a knowledge graph of actors, instruments "
    "and policies, queryable with SPARQL.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
#: tables stay readable when piped or logged (rich would otherwise wrap them at 80 columns)
out = Console(width=None if sys.stdout.isatty() else 160)
err = Console(stderr=True, soft_wrap=True)

StoreOption = Annotated[Path, typer.Option("--store", "-s", help="Folder of the embedded Oxigraph store.")]


def _fail(message: str, code: int = 2) -> typer.Exit:
    err.print("[red]error:[/red] ", end="")
    err.print(one_line(message), markup=False, highlight=False, soft_wrap=True)
    return typer.Exit(code)


def _say(line: str) -> None:
    """One line on standard error, as written: file names may hold brackets or line breaks."""
    err.print(one_line(line), markup=False, highlight=False, soft_wrap=True)


def _finish(problems: list[str], failed: list, summary: str) -> None:
    """End a batch command: one line per failed input, the summary, exit 1 when anything failed."""
    for line in problems:
        _say(line)
    for path, reason in failed:
        _say(f"{path}: {reason}")
    err.print(summary, highlight=False)
    if failed or problems:
        raise typer.Exit(1)


def _open_store(path: Path, *, read_only: bool = False):
    from beleidsgraaf.graph.store import GraphStore

    if read_only and not path.exists():
        raise _fail(f"--store {path}: no store there (run `beleidsgraaf build … --store {path}` first)")
    try:
        return GraphStore(path, read_only=read_only)
    except BeleidsgraafError as exc:
        raise _fail(str(exc), 1) from exc


JobsOption = Annotated[
    int | None,
    typer.Option(
        "--jobs",
        "-j",
        min=1,
        help="Worker processes for extraction [default: one per CPU but one, when the input is over 2 MB].",
        show_default=False,
    ),
]
CompactOption = Annotated[
    bool,
    typer.Option(
        help="Evidence as offsets only: no sentence text in the graph; `beleidsgraaf text FILE` has it."
    ),
]
SpacyModelOption = Annotated[
    str | None,
    typer.Option(
        help="The trained spaCy pipeline: the project's own by default; `blank` for none (rules "
        "only); or an installed trained Dutch pipeline (name or folder), whose NER adds candidates "
        "[env: BELEIDSGRAAF_SPACY_MODEL]."
    ),
]
NerOption = Annotated[
    bool | None,
    typer.Option(
        "--ner/--no-ner",
        help="The project's trained NER adds candidates beside the rules "
        "[env: BELEIDSGRAAF_NER; default: off].",
        show_default=False,
    ),
]


class _RichProgress:
    """A `BuildProgress` drawn with rich on standard error (only when it is a terminal)."""

    def __init__(self, description: str) -> None:
        self.description = description
        self.bar = Progress(
            TextColumn(f"[bold]{description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=err,
            transient=True,
            disable=not err.is_terminal,
        )
        self.task = self.bar.add_task(description, total=None)

    def start(self, total: int) -> None:
        self.bar.update(self.task, total=total)

    def advance(self, path: Path) -> None:
        self.bar.advance(self.task)

    def __enter__(self) -> _RichProgress:
        self.bar.__enter__()
        return self

    def __exit__(self, *exc) -> None:
        self.bar.__exit__(*exc)


def _existing_inputs(inputs: list[Path]) -> tuple[list[Path], list[str]]:
    """The inputs that exist, and one line for each that does not or holds no document."""
    from beleidsgraaf.extract.readers import iter_files

    problems = [f"{p}: no such file or folder" for p in inputs if not p.exists()]
    problems += [
        f"{p}: no txt, md, html, docx or pdf files in this folder"
        for p in inputs
        if p.is_dir() and next(iter_files([p]), None) is None
    ]
    return [p for p in inputs if p.exists()], problems


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
            raise _fail(str(exc), 1) from exc
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
            raise _fail(str(exc), 1) from exc
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
                raise _fail(str(exc), 1) from exc
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
        raise _fail(str(exc), 1) from exc
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
        raise _fail(str(exc), 1) from exc
    err.print(f"{len(graph_store)} quads → {output}", highlight=False)


class ResultFormat(StrEnum):
    table = "table"
    csv = "csv"
    tsv = "tsv"
    json = "json"


@app.command()
def query(
    name: Annotated[str, typer.Argument(help="A named query (see `beleidsgraaf queries`) or a .rq file.")],
    store: Annotated[Path | None, typer.Option("--store", "-s", help="Folder of the embedded store.")] = None,
    param: Annotated[
        list[str] | None, typer.Option("--param", "-p", help="NAME=VALUE, bound as a typed term.")
    ] = None,
    fmt: Annotated[ResultFormat, typer.Option("--format", "-f", help="Output format.")] = ResultFormat.table,
    endpoint: Annotated[
        str | None,
        typer.Option(help="A SPARQL 1.1 query endpoint URL (credentials from the environment or netrc)."),
    ] = None,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for a remote endpoint.")] = 60.0,
) -> None:
    """Run a named query or a query file on the store or on a SPARQL endpoint."""
    from beleidsgraaf.queries import resolve
    from beleidsgraaf.queries.endpoint import run_remote
    from beleidsgraaf.queries.local import bind, run_local
    from beleidsgraaf.queries.results import render

    if (store is None) == (endpoint is None):
        raise _fail("give exactly one of --store and --endpoint")
    values: dict[str, str] = {}
    for item in param or []:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise _fail(f"--param {item!r}: expected NAME=VALUE")
        values[key] = value
    try:
        named = resolve(name)
        bind(named, values)  # a parameter error is a usage error (2), checked before anything runs
    except BeleidsgraafError as exc:
        raise _fail(str(exc)) from exc
    try:
        if endpoint:
            results = run_remote(endpoint, named, values, timeout=timeout)
        else:
            results = run_local(_open_store(store, read_only=True), named, values)
    except BeleidsgraafError as exc:
        raise _fail(str(exc), 1) from exc
    text = render(results, fmt.value, out)
    if text is not None:
        sys.stdout.write(text)


def load_gold_or_fail(gold: Path) -> list[dict]:
    from beleidsgraaf.queries.evaluate import load_gold

    try:
        return load_gold(gold)
    except BeleidsgraafError as exc:
        raise _fail(str(exc)) from exc


@app.command()
def evaluate(
    store: StoreOption,
    gold: Annotated[
        Path, typer.Option("--gold", "-g", help="Gold annotations in the form of gold/seeds.json.")
    ],
    split: Annotated[
        str | None,
        typer.Option(
            help="Score only one part of a split file, as FILE:PART (e.g. gold/dev-b-split.json:tune).",
            show_default=False,
        ),
    ] = None,
    documents: Annotated[
        list[str] | None,
        typer.Option("--document", "-d", help="Score only this gold document (file name); repeatable."),
    ] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, markdown or json.")] = "table",
    errors: Annotated[
        bool, typer.Option("--errors/--no-errors", help="List false positives and misses.")
    ] = True,
    scores_only: Annotated[
        bool,
        typer.Option(
            "--scores-only",
            help="Aggregates and per type, predicate, field and kind only: no per-document scores and no "
            "errors (for a held-out set, whose misses must stay unread).",
        ),
    ] = False,
) -> None:
    """Precision, recall and F1 per type, per document, per document kind and per relation; metadata
    accuracy."""
    from beleidsgraaf.queries.evaluate import evaluate as run_evaluation
    from beleidsgraaf.queries.evaluate import load_split, select_documents
    from beleidsgraaf.queries.report import markdown_report, print_report

    if fmt not in ("table", "markdown", "json"):
        raise _fail(f"--format {fmt!r}: expected table, markdown or json")
    if split and documents:
        raise _fail("--split and --document: give one of them")
    graph_store = _open_store(store, read_only=True)
    gold_documents = load_gold_or_fail(gold)
    try:
        if split:
            gold_documents = select_documents(gold_documents, load_split(split), f"--split {split}")
        elif documents:
            gold_documents = select_documents(gold_documents, documents, "--document")
    except BeleidsgraafError as exc:
        raise _fail(str(exc)) from exc
    try:
        report = run_evaluation(graph_store, gold_documents)
    except BeleidsgraafError as exc:
        raise _fail(str(exc), 1) from exc
    if fmt == "json":
        scores = report.as_dict(scores_only=scores_only)
        sys.stdout.write(json.dumps(scores, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "markdown":
        sys.stdout.write(markdown_report(report, documents=not scores_only) + "\n")
    else:
        print_report(report, out, errors=errors and not scores_only, documents=not scores_only)


@app.command()
def queries() -> None:
    """List the named queries with their titles and parameters."""
    from beleidsgraaf.queries import library

    table = Table("name", "title", "parameters")
    for q in library().values():
        table.add_row(
            q.name, q.title, ", ".join(f"{p.name} ({p.type}, default {p.default})" for p in q.params)
        )
    out.print(table)


ProjectionOption = Annotated[
    str,
    typer.Option(
        "--projection",
        "-p",
        help="affiliation, co-mention, congruence, conflict, subtract, citation, membership.",
    ),
]


def _networks(
    store: Path,
    projection: str,
    start: str | None,
    end: str | None,
    kind: list[str] | None,
    entity_type: list[str] | None,
    level: str,
    normalization: str,
    slices: str | None,
    corpus: list[Path] | None = None,
):
    """The projection as a list of graphs (one per time slice, or one); says on standard error what a
    period or slices left out and which compact documents had no text for their sentences."""
    import datetime as dt

    from beleidsgraaf.graph import network
    from beleidsgraaf.graph.projections import StatementModel
    from beleidsgraaf.graph.texts import Texts

    try:
        dates = [dt.date.fromisoformat(d) if d else None for d in (start, end)]
    except ValueError as exc:
        raise _fail(f"--from/--to: expected YYYY-MM-DD ({exc})") from exc
    try:
        model = StatementModel.from_store(_open_store(store, read_only=True), Texts.of(corpus or ()))
        graphs = network(
            model,
            projection,
            start=dates[0],
            end=dates[1],
            kinds=kind or (),
            types=entity_type or (),
            level=level,
            normalization=normalization,
            slices=None if slices is None else (slices if slices == "year" else slices.rstrip("d")),
        )
    except BeleidsgraafError as exc:
        raise _fail(str(exc)) from exc
    if isinstance(graphs, list) and not graphs:
        raise _fail("--slice: no dated document falls in the period, so there is no slice to make", 1)
    graphs = graphs if isinstance(graphs, list) else [graphs]
    if undated := graphs[0].graph.get("undated_documents"):
        err.print(
            f"{projection}: left out {undated} undated document{'s' if undated != 1 else ''}"
            f" (no {'slice' if slices else 'period'} holds a document without a date)",
            highlight=False,
        )
    if model.missing:
        file, reason = next(iter(sorted(model.missing.items())))
        err.print(
            f"{projection}: {len(model.missing)} compact document(s) without their text, so their edges"
            f" have no sentences ({file}: {reason}); --corpus gives the folder they were built from",
            highlight=False,
        )
    return graphs


FromOption = Annotated[
    str | None, typer.Option("--from", help="Keep documents dated on or after (YYYY-MM-DD).")
]
ToOption = Annotated[str | None, typer.Option("--to", help="Keep documents dated on or before (YYYY-MM-DD).")]
KindOption = Annotated[list[str] | None, typer.Option("--kind", help="Document kind to keep (repeatable).")]
TypeOption = Annotated[
    list[str] | None,
    typer.Option("--type", help="Entity type for co-mention nodes (repeatable; default actors)."),
]
LevelOption = Annotated[str, typer.Option(help="Co-mention within a sentence or a document.")]
NormOption = Annotated[
    str, typer.Option(help="none, average, jaccard or cosine (congruence/conflict/subtract).")
]
SliceOption = Annotated[
    str | None, typer.Option("--slice", help="'year', or a window of N days ('90d'): one network per slice.")
]
BuiltFromOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--corpus",
        help="Files or folders the store was built from (repeatable): a compact store's sentences "
        "are read there.",
    ),
]


@app.command("network")
def network_command(
    store: StoreOption,
    projection: ProjectionOption,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="graphml, gexf, pajek, dl, csv, json, cytoscape.")
    ],
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write.")],
    start: FromOption = None,
    end: ToOption = None,
    kind: KindOption = None,
    entity_type: TypeOption = None,
    level: LevelOption = "sentence",
    normalization: NormOption = "none",
    slices: SliceOption = None,
    corpus: BuiltFromOption = None,
) -> None:
    """Write one network projection (or a time series of them) in a format for Gephi, R, UCINET, D3."""
    from beleidsgraaf.graph.exports import EXPORTERS, written_paths

    if fmt not in EXPORTERS:
        raise _fail(f"--format {fmt!r}: expected one of {', '.join(EXPORTERS)}")
    graphs = _networks(store, projection, start, end, kind, entity_type, level, normalization, slices, corpus)
    try:
        EXPORTERS[fmt](graphs if len(graphs) > 1 else graphs[0], output)
    except (OSError, BeleidsgraafError) as exc:
        raise _fail(f"{output}: {exc}", 1) from exc
    nodes = sum(g.number_of_nodes() for g in graphs)
    edges = sum(g.number_of_edges() for g in graphs)
    files = ", ".join(str(p) for p in written_paths(fmt, graphs if len(graphs) > 1 else graphs[0], output))
    err.print(
        f"{projection}: {len(graphs)} slice(s), {nodes} nodes, {edges} edges → {files}", highlight=False
    )


@app.command()
def analyze(
    store: StoreOption,
    projection: ProjectionOption,
    output: Annotated[Path, typer.Option("--output", "-o", help="Folder for the report (Markdown and CSV).")],
    start: FromOption = None,
    end: ToOption = None,
    kind: KindOption = None,
    entity_type: TypeOption = None,
    level: LevelOption = "sentence",
    normalization: NormOption = "none",
    slices: SliceOption = None,
    corpus: BuiltFromOption = None,
    resolution: Annotated[
        float, typer.Option(help="Louvain resolution (higher: smaller communities).")
    ] = 1.0,
    seed: Annotated[int, typer.Option(help="Random seed: the same seed gives the same communities.")] = 42,
    group: Annotated[str, typer.Option(help="Node attribute that defines brokerage groups.")] = "type",
) -> None:
    """Centralities, communities, brokerage, k-cores and network figures per slice, as a report."""
    from beleidsgraaf.graph.analytics.report import analyze as run_analysis
    from beleidsgraaf.graph.analytics.report import write_report

    graphs = _networks(store, projection, start, end, kind, entity_type, level, normalization, slices, corpus)
    reports = [run_analysis(g, resolution=resolution, seed=seed, group=group) for g in graphs]
    try:
        written = write_report(reports, output)
    except OSError as exc:
        raise _fail(f"{output}: {exc.strerror or exc}", 1) from exc
    for path in written:
        err.print(f"→ {path}", highlight=False)


@app.command()
def view(
    store: StoreOption,
    projection: ProjectionOption,
    output: Annotated[
        Path, typer.Option("--output", "-o", help="HTML file (self-contained), or .png/.svg figure.")
    ],
    start: FromOption = None,
    end: ToOption = None,
    kind: KindOption = None,
    entity_type: TypeOption = None,
    level: LevelOption = "sentence",
    normalization: NormOption = "none",
    slices: SliceOption = None,
    corpus: BuiltFromOption = None,
    size_by: Annotated[
        str, typer.Option(help="Node metric for size: degree, strength, pagerank, betweenness.")
    ] = "degree",
) -> None:
    """An interactive HTML view (search, filters, click for evidence) or a static figure for papers."""
    from beleidsgraaf.graph.analytics.report import analyze as run_analysis
    from beleidsgraaf.graph.view import render_figure, render_html

    graphs = _networks(store, projection, start, end, kind, entity_type, level, normalization, slices, corpus)
    graphs = [run_analysis(g).graph for g in graphs]
    title = f"beleidsgraaf — {projection}"
    try:
        if output.suffix.lower() in (".png", ".svg"):
            render_figure(graphs[-1], output, size_by=size_by, title=title)
        else:
            render_html(graphs, output, title=title, size_by=size_by)
    except (OSError, ValueError) as exc:
        raise _fail(f"{output}: {getattr(exc, 'strerror', None) or exc}", 1) from exc
    err.print(f"→ {output}", highlight=False)


@app.command()
def publish(
    store: StoreOption,
    endpoint: Annotated[
        str, typer.Option(help="The server's Graph Store Protocol URL, used as given (see above).")
    ],
) -> None:
    """Load every named graph into a SPARQL 1.1 server, replacing each graph (idempotent).

    Each graph is PUT to ENDPOINT?graph=IRI, with ENDPOINT as given:
    Oxigraph  http://HOST:7878/store
    Fuseki    http://HOST:3030/DATASET/data
    GraphDB   http://HOST:7200/repositories/REPO/rdf-graphs/service
    Virtuoso  http://HOST:8890/sparql-graph-crud-auth (or /sparql-graph-crud without login)

    Credentials come from BELEIDSGRAAF_USER and BELEIDSGRAAF_PASSWORD or ~/.netrc; they are sent
    when the server asks (HTTP Basic or Digest) and never printed.
    """
    _publish(_open_store(store, read_only=True), endpoint)


def _publish(graph_store, endpoint: str) -> None:
    from beleidsgraaf.queries.endpoint import publish as publish_graphs
    from beleidsgraaf.queries.endpoint import redacted

    try:
        count = publish_graphs(graph_store, endpoint)
    except BeleidsgraafError as exc:
        raise _fail(str(exc), 1) from exc
    err.print(f"{count} graphs → {redacted(endpoint)}", highlight=False)


@app.command()
def serve(
    store: StoreOption,
    host: Annotated[
        str, typer.Option(help="Address to bind; 127.0.0.1 keeps it on this machine.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 7878,
    cors: Annotated[
        bool, typer.Option(help="Allow cross-origin requests (browsers on other sites).")
    ] = False,
    timeout: Annotated[int, typer.Option(help="Seconds a query may run.")] = 60,
    max_result_mb: Annotated[
        float,
        typer.Option(min=0, help="Largest answer sent, in MB; a larger one gets a 413 error or is cut off."),
    ] = 100.0,
    allow_service: Annotated[
        list[str] | None,
        typer.Option(
            "--allow-service",
            metavar="URL-PREFIX",
            help="Let federated queries (SERVICE) reach IRIs under this prefix (repeatable); "
            "by default the endpoint sends no request for its callers.",
        ),
    ] = None,
    max_concurrent: Annotated[
        int | None,
        typer.Option(
            min=2,
            help="Queries run at once (more wait); at most half of them may run longer than a second. "
            "Default: 4 per CPU, at least 4.",
        ),
    ] = None,
) -> None:
    """Run a read-only SPARQL endpoint on the store until Ctrl-C: the Oxigraph server behind a guard
    that lets only queries through, sends no request for its callers, bounds the size of answers and
    keeps slots free for light queries."""
    from beleidsgraaf.queries.backend import Backend
    from beleidsgraaf.queries.endpoint import serve as start_server
    from beleidsgraaf.queries.federation import allowed_prefixes
    from beleidsgraaf.queries.guard import Guard, listen, run

    if not store.exists():
        raise _fail(f"--store {store}: no store there")
    try:
        allow = allowed_prefixes(allow_service or [])
    except BeleidsgraafError as exc:
        raise _fail(str(exc)) from exc
    try:
        sock = listen(host, port)
    except OSError as exc:
        raise _fail(f"--host {host} --port {port}: cannot listen there ({exc.strerror or exc})", 1) from exc
    try:
        backend = Backend(lambda: start_server(store, cors=cors))
    except BeleidsgraafError as exc:
        sock.close()
        raise _fail(str(exc)) from exc
    guard = Guard(
        backend,
        max_bytes=int(max_result_mb * 1024 * 1024),
        timeout=timeout,
        allow_service=allow,
        max_concurrent=max_concurrent,
    )
    shown = f"[{host}]" if ":" in host else host
    err.print(f"SPARQL endpoint: http://{shown}:{port}/query  (read-only; Ctrl-C stops it)", highlight=False)
    # a service manager's SIGTERM stops the endpoint as Ctrl-C does, instead of orphaning the server
    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
    try:
        stopped = run(guard, sock)
    except KeyboardInterrupt:
        raise typer.Exit(0) from None
    finally:
        backend.stop()
    if stopped is None:
        raise typer.Exit(0)
    code = stopped.process.returncode
    raise _fail(f"the oxigraph server stopped ({code}): {stopped.last_words()}", 1)


@app.command()
def text(file: Annotated[Path, typer.Argument(help="A document (txt, md, html, docx, pdf).")]) -> None:
    """Print the plain text extraction sees; offsets in the graph point into it."""
    from beleidsgraaf.extract.readers import read

    try:
        source = read(file)
    except BeleidsgraafError as exc:
        raise _fail(str(exc), 1) from exc
    sys.stdout.write(source.text)


@app.command()
def stats(store: StoreOption) -> None:
    """Counts per class and per document."""
    from beleidsgraaf.graph.stats import class_counts, document_counts

    graph_store = _open_store(store, read_only=True)
    table = Table("class", "mentioned in documents", "in the dataset (with vocabulary)")
    for cls, mentioned, total in class_counts(graph_store):
        table.add_row(cls, str(mentioned), str(total))
    out.print(table)
    table = Table("document", "kind", "date", "entities", "mentions", "relations")
    for row in document_counts(graph_store):
        table.add_row(*[str(v) if v is not None else "" for v in row])
    out.print(table)


fetch_app = typer.Typer(
    help="Download documents with their source's metadata (kind, date, dossier, people and their "
    "factions) into a corpus folder with a manifest.jsonl; resumable and re-runnable without duplicates.",
    no_args_is_help=True,
)
app.add_typer(fetch_app, name="fetch")

CorpusOption = Annotated[
    Path, typer.Option("--output", "-o", help="Corpus folder for the files and their manifest.jsonl.")
]
FetchFromOption = Annotated[
    str | None, typer.Option("--from", help="Documents dated on or after (YYYY-MM-DD).")
]
FetchToOption = Annotated[str | None, typer.Option("--to", help="Documents dated on or before (YYYY-MM-DD).")]
DossierOption = Annotated[
    str | None, typer.Option(help="Kamerstukdossier number, such as 26485 or 36200-XII.")
]
LimitOption = Annotated[int | None, typer.Option(min=1, help="Fetch at most this many documents.")]
IntervalOption = Annotated[
    float, typer.Option("--min-interval", min=0, help="Seconds between two requests to the service.")
]


def _fetch_period(start: str | None, end: str | None):
    """--from/--to as dates, checked (a usage error exits 2)."""
    import datetime as dt

    try:
        dates = [dt.date.fromisoformat(d) if d else None for d in (start, end)]
    except ValueError as exc:
        raise _fail(f"--from/--to: expected YYYY-MM-DD ({exc})") from exc
    if dates[0] and dates[1] and dates[1] < dates[0]:
        raise _fail("--to is before --from")
    return dates


def _run_fetch(found, output: Path, session) -> None:
    """Fetch into `output`, one line per failed document (its identifier and why); exit 1 if any."""
    from collections import Counter

    from beleidsgraaf.extract.sources.fetch import fetch

    counts: Counter[str] = Counter()
    progress = Progress(
        TextColumn("[bold]fetching"),
        TextColumn("{task.completed} documents"),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    )
    with progress:
        task = progress.add_task("fetching", total=None)
        try:
            for step in fetch(found, output, session):
                counts[step.status] += 1
                if step.status == "failed":
                    err.print(f"{step.identifier}: {step.reason}", highlight=False, soft_wrap=True)
                progress.advance(task)
        except BeleidsgraafError as exc:
            raise _fail(str(exc), 1) from exc
        except OSError as exc:
            raise _fail(f"{output}: {exc.strerror or exc}", 1) from exc
    err.print(
        f"{counts['fetched']} fetched, {counts['unchanged']} unchanged, {counts['failed']} failed → {output}",
        highlight=False,
    )
    if counts["failed"]:
        raise typer.Exit(1)


@fetch_app.command("tweedekamer")
def fetch_tweedekamer(
    output: CorpusOption,
    dossier: DossierOption = None,
    start: FetchFromOption = None,
    end: FetchToOption = None,
    kind: Annotated[
        list[str] | None,
        typer.Option(
            help="Kamerbrief, Antwoord op Kamervragen, Verslag schriftelijk overleg, Motie, Nota, Overig, "
            "or the API's own Soort such as 'Brief regering' (repeatable)."
        ),
    ] = None,
    person: Annotated[
        str | None, typer.Option(help="Part of the name of a person named with the document, such as Kaag.")
    ] = None,
    faction: Annotated[str | None, typer.Option(help="A faction's abbreviation, such as VVD.")] = None,
    limit: LimitOption = None,
    api_root: Annotated[
        str | None,
        typer.Option(help="Root URL of the OData API (default: the Tweede Kamer's Gegevensmagazijn)."),
    ] = None,
    min_interval: IntervalOption = 1.0,
) -> None:
    """Documents from the Tweede Kamer's OData API, with kind, date, dossier and signatories."""
    from beleidsgraaf.extract.sources.polite import PoliteSession
    from beleidsgraaf.extract.sources.tweedekamer import API_ROOT, TKQuery, TweedeKamer, dossier_parts

    first, last = _fetch_period(start, end)
    query = TKQuery(dossier, first, last, tuple(kind or ()), person, faction)
    if query.empty:
        raise _fail("give at least one of --dossier, --from, --to, --kind, --person, --faction")
    if dossier:
        try:
            dossier_parts(dossier)
        except ValueError as exc:
            raise _fail(f"--dossier: {exc}") from exc
    session = PoliteSession(min_interval=min_interval)
    _run_fetch(TweedeKamer(session, api_root or API_ROOT).search(query, limit), output, session)


@fetch_app.command("bekendmakingen")
def fetch_bekendmakingen(
    output: CorpusOption,
    query: Annotated[
        str | None,
        typer.Option(
            "--query", "-q", help="A CQL query, such as 'dt.type=Kamerstuk AND w.dossiernummer==26485'."
        ),
    ] = None,
    dossier: DossierOption = None,
    start: FetchFromOption = None,
    end: FetchToOption = None,
    limit: LimitOption = None,
    url: Annotated[
        str | None, typer.Option(help="URL of the SRU service (default: KOOP's repository.overheid.nl).")
    ] = None,
    min_interval: IntervalOption = 1.0,
) -> None:
    """Publications from officielebekendmakingen.nl (SRU), with identifiers, dates and paper numbers."""
    from beleidsgraaf.extract.sources.bekendmakingen import SRU_URL, Bekendmakingen, cql
    from beleidsgraaf.extract.sources.polite import PoliteSession

    first, last = _fetch_period(start, end)
    if not (query or dossier):
        raise _fail("give --query or --dossier")
    session = PoliteSession(min_interval=min_interval)
    source = Bekendmakingen(session, url or SRU_URL)
    _run_fetch(source.search(cql(query, dossier, first, last), limit), output, session)


def main() -> None:
    app()
