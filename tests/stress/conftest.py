"""The stress tests take minutes and write hundreds of MB: only with BELEIDSGRAAF_STRESS=1."""

from __future__ import annotations

import os

import pytest

STRESS = os.environ.get("BELEIDSGRAAF_STRESS") == "1"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if STRESS:
        return
    skip = pytest.mark.skip(reason="stress test: set BELEIDSGRAAF_STRESS=1 to run (minutes, ~250 MB of disk)")
    for item in items:
        if item.path.is_relative_to(os.path.dirname(__file__)):
            item.add_marker(skip)
