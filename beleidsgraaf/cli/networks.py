"""Networks for policy research: network, analyze, view."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from dataclasses import MISSING, dataclass, fields
from pathlib import Path
from typing import Annotated

import typer

from beleidsgraaf.base.errors import BeleidsgraafError
from beleidsgraaf.cli.common import (
    StoreOption,
    _fail,
    _open_store,
    app,
    err,
)

ProjectionOption = Annotated[
    str,
    typer.Option(
        "--projection",
        "-p",
        help="affiliation, co-mention, congruence, conflict, subtract, citation, membership.",
    ),
]


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


@dataclass(frozen=True)
class Selection:
    """Which network a command draws from the store: the projection, the documents and the nodes."""

    store: Path
    projection: str
    start: str | None = None
    end: str | None = None
    kind: list[str] | None = None
    entity_type: list[str] | None = None
    level: str = "sentence"
    normalization: str = "none"
    slices: str | None = None
    corpus: list[Path] | None = None


#: the command-line option of each field of a Selection
_SELECTION_OPTIONS = {
    "store": StoreOption,
    "projection": ProjectionOption,
    "start": FromOption,
    "end": ToOption,
    "kind": KindOption,
    "entity_type": TypeOption,
    "level": LevelOption,
    "normalization": NormOption,
    "slices": SliceOption,
    "corpus": BuiltFromOption,
}


def selecting(command: Callable[..., None]) -> Callable[..., None]:
    """Give a command the options of a Selection, declared once here: Typer reads the wrapper's
    signature (the selection's options, then the command's own), and the command gets one Selection
    in place of its first parameter."""
    empty = inspect.Parameter.empty
    defaults = {f.name: empty if f.default is MISSING else f.default for f in fields(Selection)}
    shared = [
        inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, annotation=option, default=defaults[name])
        for name, option in _SELECTION_OPTIONS.items()
    ]
    own = list(inspect.signature(command, eval_str=True).parameters.values())[1:]
    own = [p.replace(kind=inspect.Parameter.KEYWORD_ONLY) for p in own]

    @functools.wraps(command)
    def wrapper(**options):
        selection = Selection(**{name: options.pop(name) for name in _SELECTION_OPTIONS})
        return command(selection, **options)

    # Typer lists options in signature order: the required ones first, as the commands always had them
    parameters = sorted(shared + own, key=lambda p: p.default is not inspect.Parameter.empty)
    wrapper.__signature__ = inspect.Signature(parameters)
    wrapper.__annotations__ = {p.name: p.annotation for p in parameters}
    return wrapper


def _networks(selection: Selection) -> list:
    """The projection as a list of graphs (one per time slice, or one); says on standard error what a
    period or slices left out and which compact documents had no text for their sentences."""
    import datetime as dt

    from beleidsgraaf.graph import network
    from beleidsgraaf.graph.projections import StatementModel
    from beleidsgraaf.graph.texts import Texts

    projection, slices = selection.projection, selection.slices
    try:
        dates = [dt.date.fromisoformat(d) if d else None for d in (selection.start, selection.end)]
    except ValueError as exc:
        raise _fail(f"--from/--to: expected YYYY-MM-DD ({exc})") from exc
    try:
        store = _open_store(selection.store, read_only=True)
        model = StatementModel.from_store(store, Texts.of(selection.corpus or ()))
        graphs = network(
            model,
            projection,
            start=dates[0],
            end=dates[1],
            kinds=selection.kind or (),
            types=selection.entity_type or (),
            level=selection.level,
            normalization=selection.normalization,
            slices=None if slices is None else (slices if slices == "year" else slices.rstrip("d")),
        )
    except BeleidsgraafError as exc:
        raise _fail(exc) from exc
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


@app.command("network")
@selecting
def network_command(
    selection: Selection,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="graphml, gexf, pajek, dl, csv, json, cytoscape.")
    ],
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write.")],
) -> None:
    """Write one network projection (or a time series of them) in a format for Gephi, R, UCINET, D3."""
    from beleidsgraaf.graph.exports import EXPORTERS, written_paths

    if fmt not in EXPORTERS:
        raise _fail(f"--format {fmt!r}: expected one of {', '.join(EXPORTERS)}")
    graphs = _networks(selection)
    try:
        EXPORTERS[fmt](graphs if len(graphs) > 1 else graphs[0], output)
    except (OSError, BeleidsgraafError) as exc:
        raise _fail(f"{output}: {exc}", 1) from exc
    nodes = sum(g.number_of_nodes() for g in graphs)
    edges = sum(g.number_of_edges() for g in graphs)
    files = ", ".join(str(p) for p in written_paths(fmt, graphs if len(graphs) > 1 else graphs[0], output))
    err.print(
        f"{selection.projection}: {len(graphs)} slice(s), {nodes} nodes, {edges} edges → {files}",
        highlight=False,
    )


@app.command()
@selecting
def analyze(
    selection: Selection,
    output: Annotated[Path, typer.Option("--output", "-o", help="Folder for the report (Markdown and CSV).")],
    resolution: Annotated[
        float, typer.Option(help="Louvain resolution (higher: smaller communities).")
    ] = 1.0,
    seed: Annotated[int, typer.Option(help="Random seed: the same seed gives the same communities.")] = 42,
    group: Annotated[str, typer.Option(help="Node attribute that defines brokerage groups.")] = "type",
) -> None:
    """Centralities, communities, brokerage, k-cores and network figures per slice, as a report."""
    from beleidsgraaf.graph.analytics.report import analyze as run_analysis
    from beleidsgraaf.graph.analytics.report import write_report

    graphs = _networks(selection)
    reports = [run_analysis(g, resolution=resolution, seed=seed, group=group) for g in graphs]
    try:
        written = write_report(reports, output)
    except OSError as exc:
        raise _fail(f"{output}: {exc.strerror or exc}", 1) from exc
    for path in written:
        err.print(f"→ {path}", highlight=False)


@app.command()
@selecting
def view(
    selection: Selection,
    output: Annotated[
        Path, typer.Option("--output", "-o", help="HTML file (self-contained), or .png/.svg figure.")
    ],
    size_by: Annotated[
        str, typer.Option(help="Node metric for size: degree, strength, pagerank, betweenness.")
    ] = "degree",
) -> None:
    """An interactive HTML view (search, filters, click for evidence) or a static figure for papers."""
    from beleidsgraaf.graph.analytics.report import analyze as run_analysis
    from beleidsgraaf.graph.view import render_figure, render_html

    graphs = _networks(selection)
    graphs = [run_analysis(g).graph for g in graphs]
    title = f"beleidsgraaf — {selection.projection}"
    try:
        if output.suffix.lower() in (".png", ".svg"):
            render_figure(graphs[-1], output, size_by=size_by, title=title)
        else:
            render_html(graphs, output, title=title, size_by=size_by)
    except (OSError, ValueError) as exc:
        raise _fail(f"{output}: {getattr(exc, 'strerror', None) or exc}", 1) from exc
    err.print(f"→ {output}", highlight=False)
