"""The long versions of tests/extract/readers: real files at and beyond the size limit, a 4 GB
zip bomb, and thousands of hypothesis examples. Each test prints what it measured (run with -s)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from beleidsgraaf.extract.extractor import Extractor
from tests.extract.readers import hostile, properties
from tests.extract.readers.hostile import MB

EXAMPLES = 5_000
BOUNDED_MB = 200
#: Reading a text costs its bytes, its decoded text and the copies normalising makes.
TEXT_MEMORY_FACTOR = 10

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="ru_maxrss is in KiB on Linux")


def test_real_200_mb_text_is_refused_unread(tmp_path: Path) -> None:
    measured = hostile.measure_read(hostile.large_text(tmp_path / "groot.txt", 200 * MB))
    print(f"\n200 MB text: {measured}")
    assert measured.error and "file too large: 200.0 MB" in measured.error
    assert measured.peak_rss_increase_mb < 20 and measured.seconds < 1


def test_45_mb_text_under_the_limit_is_read_in_bounded_memory(tmp_path: Path) -> None:
    path = hostile.large_text(tmp_path / "lang.txt", 45 * MB)
    measured = hostile.measure_read(path)
    print(f"\n45 MB text: {measured}")
    assert measured.error is None and measured.characters > 40_000_000
    assert measured.peak_rss_increase_mb < TEXT_MEMORY_FACTOR * 45


@pytest.mark.parametrize("make", [hostile.docx_bomb, hostile.docx_with_lying_header], ids=["honest", "lying"])
def test_4_gb_docx_bomb_is_refused_in_bounded_memory(tmp_path: Path, make) -> None:
    measured = hostile.measure_read(make(tmp_path / "bom.docx", 4 * 1024 * MB))
    print(f"\n4 GB docx bomb ({make.__name__}): {measured}")
    assert measured.error and "zip bomb" in measured.error
    assert measured.peak_rss_increase_mb < BOUNDED_MB


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("hypothesis")


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


SAMPLES = properties.sample_files()


@settings(max_examples=EXAMPLES, deadline=None)
@given(suffix=st.sampled_from(properties.SUFFIXES), data=properties.hostile_bytes(SAMPLES))
def test_any_bytes_under_any_suffix(folder: Path, suffix: str, data: bytes) -> None:
    properties.check_read(folder, suffix, data)


@settings(max_examples=EXAMPLES, deadline=None)
@given(text=properties.hostile_text())
def test_any_text_through_extraction(extractor: Extractor, text: str) -> None:
    properties.check_extract(extractor, text)


@settings(max_examples=EXAMPLES, deadline=None)
@given(text=properties.ordinary_text())
def test_ordinary_text_is_extracted(extractor: Extractor, text: str) -> None:
    properties.check_extract_succeeds(extractor, properties.source_text(text))
