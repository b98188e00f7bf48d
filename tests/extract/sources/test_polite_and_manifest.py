"""The polite session (rate limit, retries) and the manifest (atomic, cached lookups by file)."""

from __future__ import annotations

import datetime as dt
import os
import socket
import time
from dataclasses import replace
from pathlib import Path

import pytest
import requests

from beleidsgraaf.extract.sources.manifest import MANIFEST, Manifest, ManifestError, load_manifest, record_for
from beleidsgraaf.extract.sources.polite import PoliteSession, describe_error
from beleidsgraaf.extract.sources.record import SourceFaction, SourcePerson, SourcePost, SourceRecord


def test_requests_keep_the_minimum_interval(tk) -> None:
    session = PoliteSession(min_interval=0.2)
    began = time.monotonic()
    for _ in range(3):
        session.get(tk.root + "Fractie(f-vvd)").raise_for_status()
    assert time.monotonic() - began >= 0.4


def test_an_unreachable_server_is_one_short_line() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    session = PoliteSession(min_interval=0, retries=1, backoff=0)
    with pytest.raises(requests.ConnectionError) as caught:
        session.get(f"http://127.0.0.1:{port}/")
    assert describe_error(caught.value) == "cannot connect (ConnectionError)"


def _record(identifier: str, file_name: str) -> SourceRecord:
    vvd = SourceFaction("Volkspartij voor Vrijheid en Democratie", "VVD", "f-vvd", dt.date(2017, 3, 23), None)
    person = SourcePerson(
        "Annemarie Brouwersma",
        "ondertekenaar",
        "p-1",
        ("A.B. Brouwersma",),
        "minister",
        (vvd,),
        (SourcePost("Fractievoorzitter", vvd, dt.date(2019, 6, 1)),),
        entity_id="person/annemarie-brouwersma",
    )
    return SourceRecord(
        "tweedekamer",
        identifier,
        "https://example.org/resource",
        file_name,
        "abc",
        "Kamerbrief",
        date=dt.date(2024, 3, 8),
        persons=(person,),
        ids={"Id": "doc-1"},
    )


def test_a_record_survives_the_manifest_without_its_entity_ids(tmp_path: Path) -> None:
    record = _record("2024D10001", "tk-2024D10001.html")
    manifest = Manifest(tmp_path)
    manifest.put(record)
    manifest.put(record)
    manifest.save()
    (stored,) = load_manifest(tmp_path)
    assert stored.persons[0].entity_id is None
    assert stored.persons[0].tk_iri == "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/Persoon(p-1)"
    assert stored == replace(record, persons=(replace(record.persons[0], entity_id=None),))
    assert not list(tmp_path.glob(".*"))  # the temporary file is gone


def test_record_for_finds_a_file_and_sees_a_changed_manifest(tmp_path: Path) -> None:
    assert record_for(tmp_path / "tk-1.html") is None  # no manifest
    manifest = Manifest(tmp_path)
    manifest.put(_record("1", "tk-1.html"))
    manifest.save()
    assert record_for(tmp_path / "tk-1.html").identifier == "1"
    assert record_for(tmp_path / "tk-2.html") is None
    manifest.put(_record("2", "tk-2.html"))
    manifest.save()
    stat = (tmp_path / MANIFEST).stat()
    os.utime(tmp_path / MANIFEST, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert record_for(tmp_path / "tk-2.html").identifier == "2"


def test_a_broken_manifest_line_is_named(tmp_path: Path) -> None:
    (tmp_path / MANIFEST).write_text('{"source": "tweedekamer"}\nnot json\n', encoding="utf-8")
    with pytest.raises(ManifestError, match=r"manifest.jsonl:1: not a manifest record"):
        load_manifest(tmp_path)
