"""Fetching from the Tweede Kamer's OData API with the real tkapi client against a fake server."""

from __future__ import annotations

import datetime as dt
import hashlib
import time
from pathlib import Path

import pytest

from beleidsgraaf.extract.sources.fetch import FetchError, fetch
from beleidsgraaf.extract.sources.manifest import MANIFEST, load_manifest
from beleidsgraaf.extract.sources.polite import PoliteSession
from beleidsgraaf.extract.sources.tweedekamer import TKQuery, TweedeKamer, document_filter, dossier_parts
from tests.extract.sources.fakes import FakeTweedeKamer

DOSSIER = TKQuery(dossier="26485")
RESOURCE = "/OData/v4/2.0/Document({})/resource"


def _run(
    tk: FakeTweedeKamer, session: PoliteSession, folder: Path, query: TKQuery = DOSSIER
) -> dict[str, str]:
    return {
        step.identifier: step.status
        for step in fetch(TweedeKamer(session, tk.root).search(query), folder, session)
    }


def _filters(tk: FakeTweedeKamer) -> list[str]:
    return [q["$filter"][0] for path, q in tk.requests if path.endswith("/Document") and "$filter" in q]


def test_fetch_by_dossier_writes_files_and_a_manifest(tk, session, tmp_path: Path) -> None:
    assert _run(tk, session, tmp_path) == dict.fromkeys(("2024D10001", "2024D10002", "2024D10003"), "fetched")
    records = {r.identifier: r for r in load_manifest(tmp_path)}
    for record in records.values():
        assert hashlib.sha256((tmp_path / record.file_name).read_bytes()).hexdigest() == record.content_hash
    letter = records["2024D10001"]
    assert (letter.file_name, letter.kind, letter.source_kind) == (
        "tk-2024D10001.html",
        "Kamerbrief",
        "Brief regering",
    )
    assert (letter.date, letter.dossier, letter.kamerstuk) == (dt.date(2024, 3, 8), "26485", "26485-396")
    assert letter.ids == {"Id": "doc-1", "DocumentNummer": "2024D10001"}
    minister = letter.signer
    assert (minister.name, minister.tk_id, minister.alt_names) == (
        "Annemarie Brouwersma",
        "p-brouwersma",
        ("A.B. Brouwersma",),
    )
    assert minister.function == "minister voor Buitenlandse Handel en Ontwikkelingssamenwerking"
    assert [(f.abbreviation, f.start, f.end) for f in minister.factions] == [
        ("VVD", dt.date(2017, 3, 23), dt.date(2021, 3, 30)),
        ("VVD", dt.date(2019, 6, 1), dt.date(2021, 3, 30)),
    ]
    assert [(p.title, p.start) for p in minister.posts] == [("Fractievoorzitter", dt.date(2019, 6, 1))]
    motion = records["2024D10002"]
    assert (motion.kind, motion.kamerstuk) == ("Motie", "26485-397")
    assert [(p.name, p.role, p.tk_id) for p in motion.persons] == [
        ("Pieter de Kruijtzer", "ondertekenaar", "p-kruijtzer"),
        ("K. Smitsma", "mede-ondertekenaar", None),  # no Persoon behind the actor: its name and faction
    ]
    assert motion.persons[1].factions[0].abbreviation == "VVD"
    answer = records["2024D10003"]
    assert (answer.file_name, answer.kind, answer.kamerstuk) == (
        "tk-2024D10003.txt",
        "Antwoord op Kamervragen",
        None,
    )
    assert _filters(tk)[0] == "Kamerstukdossier/any(d: d/Nummer eq 26485) and Verwijderd eq false"
    assert any(
        "$skip" in q for path, q in tk.requests if path.endswith("/Document")
    )  # followed @odata.nextLink


def test_a_person_is_asked_once_per_fetch(tk, session, tmp_path: Path) -> None:
    _run(tk, session, tmp_path)
    assert tk.paths().count("/OData/v4/2.0/Persoon(p-brouwersma)/FractieZetelPersoon") == 1


def test_a_rerun_fetches_nothing_and_adds_no_duplicates(tk, session, tmp_path: Path) -> None:
    _run(tk, session, tmp_path)
    manifest = (tmp_path / MANIFEST).read_text(encoding="utf-8")
    tk.requests.clear()
    assert set(_run(tk, session, tmp_path).values()) == {"unchanged"}
    assert not [p for p in tk.paths() if p.endswith("/resource") or "DocumentActor" in p]
    assert (tmp_path / MANIFEST).read_text(encoding="utf-8") == manifest
    assert len(manifest.splitlines()) == 3


def test_a_document_changed_at_the_source_is_fetched_again(tk, session, tmp_path: Path) -> None:
    _run(tk, session, tmp_path)
    tk.entities["Document"]["doc-2"]["GewijzigdOp"] = "2024-06-01T09:00:00+02:00"
    tk.resources["doc-2"] = (b"<html><body><p>Gewijzigde motie.</p></body></html>", "text/html")
    assert _run(tk, session, tmp_path)["2024D10002"] == "fetched"
    assert (
        tmp_path / "tk-2024D10002.html"
    ).read_text() == "<html><body><p>Gewijzigde motie.</p></body></html>"
    assert len(load_manifest(tmp_path)) == 3


def test_a_failing_download_is_reported_and_the_rest_is_fetched(tk, session, tmp_path: Path) -> None:
    tk.broken[RESOURCE.format("doc-2")] = 500
    steps = list(fetch(TweedeKamer(session, tk.root).search(DOSSIER), tmp_path, session))
    assert [s.status for s in steps] == ["fetched", "failed", "fetched"]
    assert steps[1].identifier == "2024D10002" and "gave up after retries" in steps[1].reason
    assert tk.paths().count(RESOURCE.format("doc-2")) == 4  # the first try and 3 retries
    assert not list(tmp_path.glob(".*.part"))
    del tk.broken[RESOURCE.format("doc-2")]
    assert _run(tk, session, tmp_path) == {
        "2024D10001": "unchanged",
        "2024D10002": "fetched",
        "2024D10003": "unchanged",
    }


def test_a_503_is_retried_with_back_off(tk, session, tmp_path: Path) -> None:
    tk.queue(RESOURCE.format("doc-1"), 503, 502)
    assert _run(tk, session, tmp_path)["2024D10001"] == "fetched"
    assert tk.paths().count(RESOURCE.format("doc-1")) == 3


def test_a_429_waits_as_long_as_retry_after_asks(tk, session, tmp_path: Path) -> None:
    tk.queue("/OData/v4/2.0/Document", 429, headers={"Retry-After": "1"})
    began = time.monotonic()
    assert set(_run(tk, session, tmp_path).values()) == {"fetched"}
    assert time.monotonic() - began >= 1.0


def test_an_interrupted_fetch_resumes_where_it_stopped(tk, session, tmp_path: Path) -> None:
    steps = fetch(TweedeKamer(session, tk.root).search(DOSSIER), tmp_path, session)
    assert next(steps).status == "fetched"
    steps.close()  # killed after the first document
    assert [r.identifier for r in load_manifest(tmp_path)] == ["2024D10001"]
    assert _run(tk, session, tmp_path) == {
        "2024D10001": "unchanged",
        "2024D10002": "fetched",
        "2024D10003": "fetched",
    }


def test_a_failed_search_stops_the_fetch(tk, session, tmp_path: Path) -> None:
    tk.broken["/OData/v4/2.0/Document"] = 400
    with pytest.raises(FetchError, match="search failed: HTTP 400"):
        list(fetch(TweedeKamer(session, tk.root).search(DOSSIER), tmp_path, session))


def test_filters_reach_the_server_as_odata_filter(tk, session, tmp_path: Path) -> None:
    query = TKQuery(
        dossier="36200-XII",
        start=dt.date(2024, 1, 1),
        end=dt.date(2024, 6, 30),
        kinds=("Kamerbrief", "Antwoord op Kamervragen"),
        person="D'Hondt",
        faction="VVD",
    )
    _run(tk, session, tmp_path, query)
    assert _filters(tk)[0] == (
        "Kamerstukdossier/any(d: d/Nummer eq 36200) and Kamerstukdossier/any(d: d/Toevoeging eq 'XII')"
        " and Datum ge 2024-01-01T00:00:00+01:00 and Datum lt 2024-07-01T00:00:00+02:00"
        " and (Soort eq 'Brief regering' or Soort eq 'Antwoord schriftelijke vragen'"
        " or Soort eq 'Antwoord schriftelijke vragen (nader)')"
        " and DocumentActor/any(a: contains(a/ActorNaam, 'D''Hondt'))"
        " and DocumentActor/any(a: a/ActorFractie eq 'VVD')"
        " and Verwijderd eq false"
    )


def test_kinds_are_project_kinds_or_the_apis_own() -> None:
    assert document_filter(TKQuery(kinds=("Amendement",))).filter_str == "(Soort eq 'Amendement')"
    overig = document_filter(TKQuery(kinds=("Overig",))).filter_str
    assert overig.startswith("(not (Soort eq 'Brief regering' or ") and "'Motie (gewijzigd/nader)'" in overig


def test_dossier_numbers_are_read_as_printed() -> None:
    assert dossier_parts("26485") == (26485, None)
    assert dossier_parts("36 200 XII") == (36200, "XII")
    with pytest.raises(ValueError, match="not a dossier number"):
        dossier_parts("kamerbrief")
