"""Scoring extraction against gold annotations: evaluate."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from beleidsgraaf.base.errors import BeleidsgraafError
from beleidsgraaf.cli.common import (
    StoreOption,
    _fail,
    _open_store,
    app,
    out,
)


def load_gold_or_fail(gold: Path) -> list[dict]:
    from beleidsgraaf.evaluation.score import load_gold

    try:
        return load_gold(gold)
    except BeleidsgraafError as exc:
        raise _fail(exc) from exc


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
    from beleidsgraaf.evaluation.score import evaluate as run_evaluation
    from beleidsgraaf.evaluation.score import load_split, select_documents
    from beleidsgraaf.evaluation.tables import markdown_report, print_report

    if fmt not in ("table", "markdown", "json"):
        raise _fail(f"--format {fmt!r}: expected table, markdown or json")
    if split and documents:
        raise _fail("--split and --document: give one of them")
    graph_store = _open_store(store, read_only=True)
    gold_documents = load_gold_or_fail(gold)
    try:
        if split:
            gold_documents = select_documents(gold_documents, load_split(split), "split")
        elif documents:
            gold_documents = select_documents(gold_documents, documents, "documents")
    except BeleidsgraafError as exc:
        raise _fail(exc) from exc
    try:
        report = run_evaluation(graph_store, gold_documents)
    except BeleidsgraafError as exc:
        raise _fail(exc, 1) from exc
    if fmt == "json":
        scores = report.as_dict(scores_only=scores_only)
        sys.stdout.write(json.dumps(scores, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "markdown":
        sys.stdout.write(markdown_report(report, documents=not scores_only) + "\n")
    else:
        print_report(report, out, errors=errors and not scores_only, documents=not scores_only)
