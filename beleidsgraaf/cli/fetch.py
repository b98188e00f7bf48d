"""Corpora from the open data of parliament and government: fetch tweedekamer, fetch bekendmakingen."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.progress import (
    Progress,
    TextColumn,
    TimeElapsedColumn,
)

from beleidsgraaf.base.errors import BeleidsgraafError
from beleidsgraaf.cli.common import (
    _fail,
    app,
    err,
)

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
            raise _fail(exc, 1) from exc
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
