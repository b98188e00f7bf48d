"""Query results as rows of strings, and their renderings (table, CSV, TSV, JSON)."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass

from rich.console import Console
from rich.table import Table


@dataclass
class Results:
    variables: list[str]
    rows: list[list[str | None]]

    def as_dicts(self) -> list[dict[str, str | None]]:
        return [dict(zip(self.variables, row, strict=True)) for row in self.rows]


def term_text(term) -> str | None:
    """The lexical value of an RDF term (IRI, literal); None for unbound."""
    return None if term is None else term.value


def render(results: Results, fmt: str, console: Console | None = None) -> str | None:
    """CSV/TSV/JSON as text; a table is printed to `console` (rich) and None returned."""
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(results.variables)
        writer.writerows([["" if v is None else v for v in row] for row in results.rows])
        return buf.getvalue()
    if fmt == "json":
        return json.dumps(results.as_dicts(), ensure_ascii=False, indent=2) + "\n"
    table = Table(*results.variables, show_lines=False)
    for row in results.rows:
        table.add_row(*["" if v is None else v for v in row])
    (console or Console()).print(table)
    return None
