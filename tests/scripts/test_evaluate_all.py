"""`make evaluate`'s configuration table: a configuration whose pipeline or build option this checkout
lacks is named and left out, so the table can list the ablations of branches not yet merged; the
floors come from the default build, whatever else runs."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts import evaluate_all
from scripts.evaluate_all import CONFIGURATIONS, Configuration, build_options, missing


def test_the_build_command_s_options_are_read() -> None:
    assert {"--store", "--spacy-model", "--compact"} <= build_options()


@pytest.mark.parametrize(
    ("pipeline", "options", "expected"),
    [
        (False, {"--store"}, ["blank + rules"]),
        (True, {"--store"}, ["blank + rules", "trained pipeline + rules"]),
        (
            True,
            {"--store", "--ner"},
            ["blank + rules", "trained pipeline + rules", "trained pipeline + rules + NER"],
        ),
    ],
)
def test_configurations_follow_what_the_checkout_has(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, pipeline: bool, options: set[str], expected: list[str]
) -> None:
    config = tmp_path / "config.cfg"
    if pipeline:
        config.write_text("[nlp]\n", encoding="utf-8")
    monkeypatch.setattr(evaluate_all, "TRAINED_PIPELINE", config)
    monkeypatch.setattr(evaluate_all, "build_options", lambda: options)
    found, skipped = evaluate_all.available()
    assert list(found) == expected
    assert len(skipped) == len({c.name for c in CONFIGURATIONS}) - len(expected)
    blank = found["blank + rules"]
    # with the trained pipeline shipped, blank + rules must ask for the blank pipeline by name
    assert blank.options == (("--spacy-model", "blank") if pipeline else ())
    assert sum(not c.options for c in found.values()) == 1, "exactly one configuration is the default build"


def test_what_a_configuration_lacks_is_named(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(evaluate_all, "TRAINED_PIPELINE", tmp_path / "absent" / "config.cfg")
    ner = Configuration("x", ("--ner",), needs=("pipeline", "--ner"))
    assert missing(ner, {"--store"}) == ["pipeline", "--ner"]
    assert missing(Configuration("y", needs=("no pipeline",)), set()) == []
