"""An evaluation report as tables a researcher can read (and paste into a paper's appendix): drawn
in the terminal, or written as Markdown for a README."""

from __future__ import annotations

from dataclasses import dataclass

from rich.console import Console
from rich.table import Table

from beleidsgraaf.evaluation.score import Counts, Report, accuracy


@dataclass(frozen=True)
class Section:
    """One table: a title, its column names and its rows as text."""

    title: str
    columns: tuple[str, ...]
    rows: list[tuple[str, ...]]


def _counts_section(title: str, first: str, rows: dict[str, Counts], total: Counts) -> Section:
    return Section(
        title,
        (first, "P", "R", "F1", "tp", "fp", "fn"),
        [
            (name, f"{c.precision:.3f}", f"{c.recall:.3f}", f"{c.f1:.3f}", str(c.tp), str(c.fp), str(c.fn))
            for name, c in [*sorted(rows.items()), ("overall", total)]
        ],
    )


def _kinds_section(report: Report) -> Section:
    rows = [
        (
            kind,
            str(k.documents),
            f"{k.entities.precision:.3f}",
            f"{k.entities.recall:.3f}",
            f"{k.entities.f1:.3f}",
            f"{k.relations.f1:.3f}",
            f"{k.relations.tp}/{k.relations.tp + k.relations.fn}",
            f"{accuracy(k.metadata):.3f}",
        )
        for kind, k in sorted(report.by_kind.items())
    ]
    columns = ("kind", "documents", "entity P", "entity R", "entity F1", "relation F1", "relations found")
    return Section("Per document kind", (*columns, "metadata"), rows)


def _metadata_section(report: Report) -> Section:
    rows = [(name, f"{sum(checks)}/{len(checks)}") for name, checks in report.metadata.items()]
    every = [ok for checks in report.metadata.values() for ok in checks]
    rows.append(("overall", f"{sum(every)}/{len(every)}"))
    return Section("Document metadata", ("field", "accuracy"), rows)


def sections(report: Report, *, documents: bool = True) -> list[Section]:
    """Every table of the report; `documents=False` leaves out the per-document one (a held-out set
    is scored in aggregate only)."""
    out = [_counts_section("Entities per type", "type", report.by_type, report.overall)]
    if documents:
        out.append(_counts_section("Entities per document", "document", report.by_document, report.overall))
    out.append(_counts_section("Relations per predicate", "predicate", report.by_predicate, report.relations))
    out.append(_metadata_section(report))
    out.append(_kinds_section(report))
    return out


def print_report(report: Report, console: Console, *, errors: bool = True, documents: bool = True) -> None:
    for section in sections(report, documents=documents):
        table = Table(*section.columns, title=section.title)
        for row in section.rows:
            table.add_row(*row)
        console.print(table)
    if errors:
        for fp in report.false_positives:
            console.print(f"[yellow]false positive[/yellow] {fp}", highlight=False)
        for miss in report.misses:
            console.print(f"[red]miss[/red] {miss}", highlight=False)
        for err in report.metadata_errors:
            console.print(f"[red]metadata[/red] {err}", highlight=False)


def _markdown_row(cells: tuple[str, ...]) -> str:
    return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"


def markdown_table(columns: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    lines = [_markdown_row(columns), _markdown_row(tuple("---" for _ in columns))]
    return "\n".join(lines + [_markdown_row(row) for row in rows])


def markdown_report(report: Report, *, documents: bool = True) -> str:
    """The report's tables in Markdown, each under its title in bold (no errors: those are for the
    terminal, and never for a held-out set)."""
    return "\n\n".join(
        f"**{s.title}**\n\n{markdown_table(s.columns, s.rows)}" for s in sections(report, documents=documents)
    )
