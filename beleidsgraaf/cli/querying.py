"""The named query library and any query: query, queries."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from beleidsgraaf.base.errors import BeleidsgraafError
from beleidsgraaf.cli.common import (
    _fail,
    _open_store,
    app,
    out,
)


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
        raise _fail(exc) from exc
    try:
        if endpoint:
            results = run_remote(endpoint, named, values, timeout=timeout)
        else:
            results = run_local(_open_store(store, read_only=True), named, values)
    except BeleidsgraafError as exc:
        raise _fail(exc, 1) from exc
    text = render(results, fmt.value, out)
    if text is not None:
        sys.stdout.write(text)


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
