"""The project's `evaluate` and an independent scorer (tests/evaluation/scorer.py: the guidelines read
anew, the exported N-Quads read with rdflib, one-to-one matching) agree within 0.01 on entity F1,
relation F1 and metadata accuracy, on the seeds and on dev-b `tune` (never on `check`, whose misses
a disagreement would have to be read for)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scripts.evaluate_all import SETS
from tests.conftest import need, run_cli
from tests.evaluation import scorer

AGREE = 0.01


@pytest.fixture(scope="session")
def exports(evaluation_stores: dict[Path, Path], cli: str, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Corpus → its store exported as N-Quads, made when first asked for."""
    made: dict[Path, Path] = {}

    def export(corpus: Path) -> Path:
        if corpus not in made:
            path = tmp_path_factory.mktemp("export") / f"{corpus.name}.nq"
            run_cli(
                cli,
                "export",
                "--store",
                str(evaluation_stores[corpus]),
                "--format",
                "nquads",
                "-o",
                str(path),
            )
            made[corpus] = path
        return made[corpus]

    return export


def _gold(evaluation_set) -> list[dict]:
    """The set's gold documents, read here rather than through the project's loader."""
    documents = json.loads(need(evaluation_set.gold).read_text(encoding="utf-8"))["documents"]
    if evaluation_set.split is None:
        return documents
    path, part = evaluation_set.split.rsplit(":", 1)
    names = set(json.loads(Path(path).read_text(encoding="utf-8"))[part])
    return [d for d in documents if d["file"] in names]


@pytest.mark.parametrize("set_name", ["seeds", "dev-b tune"])
def test_evaluate_and_an_independent_scorer_agree(
    set_name: str, evaluation_stores: dict[Path, Path], exports, cli: str
) -> None:
    (s,) = [s for s in SETS if s.name == set_name]
    split = ["--split", s.split] if s.split else []
    ours = json.loads(
        run_cli(
            cli,
            "evaluate",
            "--store",
            str(evaluation_stores[s.corpus]),
            "--gold",
            str(s.gold),
            *split,
            "--format",
            "json",
            "--scores-only",
        ).stdout
    )
    theirs = scorer.score(scorer.Export(exports(s.corpus)), _gold(s))
    pairs = {
        "entity F1": (ours["entities"]["overall"]["f1"], theirs.entities.f1),
        "relation F1": (ours["relations"]["overall"]["f1"], theirs.relations.f1),
        "metadata": (ours["metadata"]["overall"], theirs.metadata_accuracy),
    }
    for kind in ("Person", "Organisation", "Country", "Policy"):
        pairs[f"{kind} F1"] = (ours["entities"][kind]["f1"], theirs.by_type[kind].f1)
    apart = {name: (round(a, 4), round(b, 4)) for name, (a, b) in pairs.items() if abs(a - b) > AGREE}
    assert not apart, f"{set_name}: evaluate and the independent scorer differ on {apart}"
    assert theirs.entities.tp > 0 and theirs.relations.tp > 0
