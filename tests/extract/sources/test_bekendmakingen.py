"""Fetching from officielebekendmakingen's SRU service with the real sruthi client against a fake."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from beleidsgraaf.extract.sources.bekendmakingen import Bekendmakingen, cql
from beleidsgraaf.extract.sources.fetch import FetchError, fetch
from beleidsgraaf.extract.sources.manifest import load_manifest
from beleidsgraaf.extract.sources.polite import PoliteSession
from tests.extract.sources.fakes import SRU_12, FakeSru, dossier_publications


def _run(
    sru: FakeSru, session: PoliteSession, folder: Path, query: str, limit: int | None = None
) -> dict[str, str]:
    found = Bekendmakingen(session, sru.url).search(query, limit)
    return {step.identifier: step.status for step in fetch(found, folder, session)}


def test_fetch_by_dossier_writes_files_and_a_manifest(sru, session, tmp_path: Path) -> None:
    assert _run(sru, session, tmp_path, cql(dossier="26485")) == {
        "kst-26485-396": "fetched",
        "kst-26485-397": "fetched",
        "ah-tk-20232024-1234": "fetched",
    }
    records = {r.identifier: r for r in load_manifest(tmp_path)}
    letter = records["kst-26485-396"]
    assert (letter.file_name, letter.kind, letter.kamerstuk, letter.dossier) == (
        "kst-26485-396.html",  # html first, of the manifestations the readers read
        "Kamerbrief",
        "26485-396",
        "26485",
    )
    assert letter.date == dt.date(2024, 3, 8)  # dcterms:date, not the later dcterms:available
    motion = records["kst-26485-397"]
    assert (motion.file_name, motion.kind, motion.date) == (
        "kst-26485-397.pdf",
        "Motie",
        dt.date(2024, 4, 11),
    )
    answer = records["ah-tk-20232024-1234"]
    assert (answer.kind, answer.kamerstuk, answer.source_kind) == (
        "Antwoord op Kamervragen",
        None,
        "Kamerstuk",
    )
    starts = [q["startRecord"][0] for path, q in sru.requests if path == "/sru"]
    assert starts == ["1", "3"]  # the second page asked at nextRecordPosition


def test_the_query_reaches_the_server_as_cql(sru, session, tmp_path: Path) -> None:
    query = cql("dt.type=Kamerstuk", "26485", dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    _run(sru, session, tmp_path, query)
    first = next(q for path, q in sru.requests if path == "/sru")
    assert first["operation"] == ["searchRetrieve"]
    assert first["query"] == [
        "c.product-area==officielepublicaties AND (dt.type=Kamerstuk) AND w.dossiernummer==26485"
        " AND dt.available>=2024-01-01 AND dt.available<=2024-12-31"
    ]


def test_a_dossier_with_a_chapter_is_one_cql_term() -> None:
    assert cql(dossier="36200 XII").endswith("w.dossiernummer==36200-XII")
    assert cql(dossier='36200 "x"').endswith('w.dossiernummer=="36200-\\"x\\""')


def test_a_rerun_fetches_nothing_and_adds_no_duplicates(sru, session, tmp_path: Path) -> None:
    _run(sru, session, tmp_path, cql(dossier="26485"))
    sru.requests.clear()
    assert set(_run(sru, session, tmp_path, cql(dossier="26485")).values()) == {"unchanged"}
    assert all(path == "/sru" for path in sru.paths())
    assert len(load_manifest(tmp_path)) == 3


def test_limit_stops_the_search(sru, session, tmp_path: Path) -> None:
    assert list(_run(sru, session, tmp_path, cql(dossier="26485"), limit=1)) == ["kst-26485-396"]
    assert [q["maximumRecords"] for path, q in sru.requests if path == "/sru"] == [["1"]]


def test_an_sru_diagnostic_fails_the_search(sru, session, tmp_path: Path) -> None:
    sru.diagnostic = "Query syntax error"
    with pytest.raises(FetchError, match="Query syntax error"):
        _run(sru, session, tmp_path, "dt.type=")


def test_an_sru_1_2_answer_is_read_too(session, tmp_path: Path) -> None:
    with FakeSru(dossier_publications(), namespace=SRU_12) as server:
        assert set(_run(server, session, tmp_path, cql(dossier="26485")).values()) == {"fetched"}


def test_a_missing_file_is_reported_and_the_rest_is_fetched(sru, session, tmp_path: Path) -> None:
    sru.broken["/frbr/kst-26485-397.pdf"] = 404
    steps = _run(sru, session, tmp_path, cql(dossier="26485"))
    assert steps == {"kst-26485-396": "fetched", "kst-26485-397": "failed", "ah-tk-20232024-1234": "fetched"}
