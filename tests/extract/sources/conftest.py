"""The fake services, started on a free port of 127.0.0.1 for each test and stopped after it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from beleidsgraaf.extract.sources.polite import PoliteSession
from tests.extract.sources.fakes import FakeSru, FakeTweedeKamer, dossier_publications, tweedekamer_dossier


@pytest.fixture
def tk() -> Iterator[FakeTweedeKamer]:
    with FakeTweedeKamer() as server:
        tweedekamer_dossier(server)
        yield server


@pytest.fixture
def sru() -> Iterator[FakeSru]:
    with FakeSru(dossier_publications()) as server:
        yield server


@pytest.fixture
def session() -> PoliteSession:
    """No waiting between requests and short back-off, so retry tests stay fast."""
    return PoliteSession(min_interval=0, retries=3, backoff=0.01)
