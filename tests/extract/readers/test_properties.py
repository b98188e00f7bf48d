"""Property tests: arbitrary bytes under every suffix into `read`, arbitrary text into extraction;
nothing but the project's own errors escapes. `tests/stress` runs the same checks with thousands of
examples."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from beleidsgraaf.extract.extractor import Extractor
from tests.extract.readers import properties


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("hypothesis")


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


SAMPLES = properties.sample_files()


@settings(max_examples=150, deadline=None)
@given(suffix=st.sampled_from(properties.SUFFIXES), data=properties.hostile_bytes(SAMPLES))
def test_any_bytes_under_any_suffix(folder: Path, suffix: str, data: bytes) -> None:
    properties.check_read(folder, suffix, data)


@settings(max_examples=100, deadline=None)
@given(text=properties.hostile_text())
def test_any_text_through_extraction(extractor: Extractor, text: str) -> None:
    properties.check_extract(extractor, text)
