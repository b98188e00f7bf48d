"""An evaluation report as tables a researcher can read (and paste into a paper's appendix)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from beleidsgraaf.queries.evaluate import Counts, Report


def _table(title: str, first: str, rows: dict[str, Counts], total: Counts) -> Table:
    table = Table(first, "P", "R", "F1", "tp", "fp", "fn", title=title)
    for name, c in [*sorted(rows.items()), ("overall", total)]:
        table.add_row(
            name, f"{c.precision:.3f}", f"{c.recall:.3f}", f"{c.f1:.3f}", str(c.tp), str(c.fp), str(c.fn)
        )
    return table


def print_report(report: Report, console: Console, *, errors: bool = True) -> None:
    console.print(_table("Entities per type", "type", report.by_type, report.overall))
    console.print(_table("Entities per document", "document", report.by_document, report.overall))
    console.print(_table("Relations per predicate", "predicate", report.by_predicate, report.relations))
    meta = Table("field", "accuracy", title="Document metadata")
    for name, checks in report.metadata.items():
        meta.add_row(name, f"{sum(checks)}/{len(checks)}")
    console.print(meta)
    if errors:
        for fp in report.false_positives:
            console.print(f"[yellow]false positive[/yellow] {fp}", highlight=False)
        for miss in report.misses:
            console.print(f"[red]miss[/red] {miss}", highlight=False)
        for err in report.metadata_errors:
            console.print(f"[red]metadata[/red] {err}", highlight=False)
