"""The scores extraction must hold on every evaluation set of `make evaluate`, from one table
(tests/floors.toml): near what is measured, so that a change losing a few entities, relations or
metadata fields fails here. The held-out set (dev-b `check`) is scored in aggregate only: a failure
says the score, never a miss."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from beleidsgraaf.graph.store import GraphStore
from scripts.evaluate_all import SETS, score
from tests.conftest import REPO, need

FLOORS = tomllib.loads((REPO / "tests" / "floors.toml").read_text(encoding="utf-8"))
MEASURES = ("entities", "relations", "metadata")


def _floor_rows() -> list:
    return [
        pytest.param(set_name, measure, key, floor, id=f"{set_name}:{measure}:{key}")
        for set_name, measures in FLOORS.items()
        for measure, keys in measures.items()
        for key, floor in keys.items()
    ]


@pytest.fixture(scope="session")
def set_scores(evaluation_stores: dict[Path, Path]) -> dict[str, dict]:
    """Set name → its scores (aggregates, per type, predicate, field and kind; no documents)."""
    out = {}
    for s in SETS:
        need(s.gold)
        store = GraphStore(evaluation_stores[s.corpus], read_only=True)
        out[s.name] = score(s, store).as_dict(scores_only=True)
    return out


def _value(scores: dict, measure: str, key: str) -> float:
    found = scores[measure].get(key)
    if found is None:
        return 0.0
    return found if measure == "metadata" else found["f1"]


@pytest.mark.parametrize(("set_name", "measure", "key", "floor"), _floor_rows())
def test_score_holds_its_floor(
    set_scores: dict[str, dict], set_name: str, measure: str, key: str, floor: float
) -> None:
    value = _value(set_scores[set_name], measure, key)
    assert value >= floor, f"{set_name} {measure} {key}: {value:.3f} fell below its floor {floor}"


def test_every_set_has_a_floor_for_every_overall_score() -> None:
    """A set or measure dropped from the table would stop being checked without a word."""
    assert set(FLOORS) == {s.name for s in SETS}
    for set_name, measures in FLOORS.items():
        assert all("overall" in measures.get(m, {}) for m in MEASURES), set_name
        assert set(measures) <= set(MEASURES), set_name
