"""Property tests: arbitrary bytes under every suffix into `read`, arbitrary text into extraction;
nothing but the project's own errors escapes, and ordinary text and the seeds are extracted with
offsets that hold and the same IRIs every time. `tests/stress` runs the same checks with thousands
of examples."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from beleidsgraaf.extract.extractor import Extractor
from beleidsgraaf.extract.readers import iter_files, read
from tests.extract.readers import properties
from tests.extract.readers.hostile import LETTER


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


@settings(max_examples=100, deadline=None)
@given(text=properties.ordinary_text())
def test_ordinary_text_is_extracted(extractor: Extractor, text: str) -> None:
    properties.check_extract_succeeds(extractor, properties.source_text(text))


def test_a_letter_is_extracted_with_its_names_and_signer(extractor: Extractor) -> None:
    x = properties.check_extract_succeeds(extractor, properties.source_text(LETTER))
    labels = {e.pref_label for e in x.entities.values()}
    assert {"Oekraïne", "België", "Europese Commissie", "J.K. van der Berg"} <= labels, labels
    assert x.signer and x.entities[x.signer].pref_label == "J.K. van der Berg"
    assert x.metadata.signer_post == "Minister van Buitenlandse Zaken"


def test_the_seeds_keep_every_invariant(extractor: Extractor, seeds: Path) -> None:
    for path in iter_files([seeds]):
        x = properties.check_extract_succeeds(extractor, read(path))
        assert len(x.mentions) >= 10 and x.relations, path.name
