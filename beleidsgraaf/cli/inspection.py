"""What extraction saw and what the store holds: text, stats."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from beleidsgraaf.base.errors import BeleidsgraafError
from beleidsgraaf.cli.common import (
    StoreOption,
    _fail,
    _open_store,
    app,
    out,
)


@app.command()
def text(file: Annotated[Path, typer.Argument(help="A document (txt, md, html, docx, pdf).")]) -> None:
    """Print the plain text extraction sees; offsets in the graph point into it."""
    from beleidsgraaf.extract.readers import read

    try:
        source = read(file)
    except BeleidsgraafError as exc:
        raise _fail(exc, 1) from exc
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
