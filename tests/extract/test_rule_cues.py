"""Cues let a rule skip a paragraph or sentence that cannot match it; a cue that fell out of step
with its pattern would make the rule miss matches silently. On the corpus, extraction with the cues
gives exactly what it gives without them."""

from __future__ import annotations

import pytest

import beleidsgraaf.extract.relations as relations
import beleidsgraaf.extract.rules as rules
from beleidsgraaf.extract.extractor import Extractor
from beleidsgraaf.extract.readers import read
from tests.conftest import DEV, REPO, SEEDS


def _extract_all(extractor: Extractor) -> list[tuple]:
    folders = [REPO / "examples", *(f for f in (SEEDS, DEV) if f.is_dir())]
    out = []
    for path in (p for folder in folders for p in sorted(folder.iterdir())):
        x = extractor.extract(read(path))
        out.append((path.name, x.mentions, x.relations))
    return out


def test_cues_never_hide_a_match(monkeypatch: pytest.MonkeyPatch) -> None:
    extractor = Extractor()
    with_cues = _extract_all(extractor)
    assert any(rules.CUES.values()) and any(relations.RELATION_CUES.values())
    monkeypatch.setattr(rules, "CUES", dict.fromkeys(rules.CUES, ()))
    monkeypatch.setattr(relations, "RELATION_CUES", dict.fromkeys(relations.RELATION_CUES, ()))
    without_cues = _extract_all(extractor)
    assert sum(len(m) + len(r) for _, m, r in without_cues) > 200
    assert with_cues == without_cues
