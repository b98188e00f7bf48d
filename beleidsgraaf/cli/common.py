"""What every command shares: the app, its consoles, error lines, progress, and options."""

from __future__ import annotations

import sys
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


#: parameters of the Python API that the command line spells otherwise than `--name-with-dashes`
FLAGS = {"types": "--type", "slices": "--slice", "start": "--from", "end": "--to", "documents": "--document"}


def as_typed(error: BaseException) -> str:
    """An error as the command line says it: the parameter at fault by the option the user typed."""
    if isinstance(error, BeleidsgraafError) and error.parameter:
        return error.naming(FLAGS.get(error.parameter, "--" + error.parameter.replace("_", "-")))
    return str(error)


def _fail(problem: str | BaseException, code: int = 2) -> typer.Exit:
    message = problem if isinstance(problem, str) else as_typed(problem)
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
        raise _fail(exc, 1) from exc


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


def _publish(graph_store, endpoint: str) -> None:
    from beleidsgraaf.queries.endpoint import publish as publish_graphs
    from beleidsgraaf.queries.endpoint import redacted

    try:
        count = publish_graphs(graph_store, endpoint)
    except BeleidsgraafError as exc:
        raise _fail(exc, 1) from exc
    err.print(f"{count} graphs → {redacted(endpoint)}", highlight=False)
