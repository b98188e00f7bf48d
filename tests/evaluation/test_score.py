"""`evaluate`: the matching rules of the guidelines on a small graph; parts of a gold file, scores per
document kind, and a held-out set scored without its misses. The floors on real gold are in
test_floors.py."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from beleidsgraaf.evaluation.score import evaluate, load_gold, match_key
from beleidsgraaf.graph.store import GraphStore
from tests.conftest import EXAMPLES, REPO, run_cli


def test_match_key_folds_case_accents_space_and_article() -> None:
    assert match_key("De  Sociaal-Economische Raad") == match_key("sociaal-economische raad")
    assert match_key("Oekraïne") == "oekraine"
    assert match_key("The West Wing") == "west wing"


@pytest.fixture(scope="module")
def examples_store(tmp_path_factory: pytest.TempPathFactory, cli: str) -> Path:
    store = tmp_path_factory.mktemp("ex") / "store"
    run_cli(cli, "build", str(REPO / "examples"), "--store", str(store))
    return store


def _gold(tmp_path: Path, entities: list[dict], relations: list[dict] | None = None) -> Path:
    doc = {
        "file": "kamerbrief-exportkredietverzekering.txt",
        "metadata": {
            "kind": "Kamerbrief",
            "date": "2025-03-03",
            "signer": "R.J. Klever",
            "signer_post": "Minister voor Buitenlandse Handel en Ontwikkelingshulp",
            "kamerstuk": "36180-901",
            "cites": ["36180-164", "21501-02-3309"],
        },
        "entities": entities,
        "relations": relations or [],
    }
    path = tmp_path / "gold.json"
    path.write_text(json.dumps({"documents": [doc]}), encoding="utf-8")
    return path


def test_scores_follow_the_guidelines(examples_store: Path, tmp_path: Path) -> None:
    gold = _gold(
        tmp_path,
        [
            {"name": "Atradius Dutch State Business", "type": "Organisation", "aliases": ["ADSB"]},
            {"name": "Chili", "type": "Country", "aliases": []},
            {"name": "exportkredietverzekering", "type": "Policy", "also_type": "Instrument", "aliases": []},
            {"name": "kabinet", "type": "Organisation", "aliases": [], "optional": True},
            {"name": "Een Fonds Dat Er Niet Is", "type": "Instrument", "aliases": []},
        ],
    )
    report = evaluate(GraphStore(examples_store, read_only=True), load_gold(gold))
    assert report.by_type["Organisation"].tp == 1
    assert report.by_type["Country"].tp == 1
    assert report.by_type["Instrument"].fn == 1  # the fund that is not there
    assert report.by_type["Policy"].tp == 1  # matched through also_type
    assert {m["name"] for m in report.misses if "name" in m} == {"Een Fonds Dat Er Niet Is"}
    labels = {fp["label"] for fp in report.false_positives if "label" in fp}
    assert "kabinet" not in labels  # optional: matched, neither rewarded nor punished
    assert all(report.metadata[f] == [True] for f in ("kind", "date", "signer", "kamerstuk", "cites"))


def test_a_broken_gold_file_is_one_clear_error(tmp_path: Path, examples_store: Path, cli: str) -> None:
    bad = tmp_path / "gold.json"
    bad.write_text("{not json", encoding="utf-8")
    result = run_cli(cli, "evaluate", "--store", str(examples_store), "--gold", str(bad), check=False)
    assert result.returncode == 2
    assert "--gold" in result.stderr and "Traceback" not in result.stderr


def _two_kinds(tmp_path: Path) -> tuple[Path, Path]:
    """A gold file of two example documents of two kinds, each with one entity that is not there,
    and a split file putting one in each part."""
    letter = {
        "file": "kamerbrief-exportkredietverzekering.txt",
        "metadata": {"kind": "Kamerbrief", "date": "2025-03-03", "signer": "R.J. Klever"},
        "entities": [
            {"name": "Atradius Dutch State Business", "type": "Organisation", "aliases": ["ADSB"]},
            {"name": "Het Fonds Dat Er Niet Is", "type": "Instrument"},
        ],
        "relations": [],
    }
    answers = {
        "file": "antwoord-kamervragen-textiel.txt",
        "metadata": {"kind": "Antwoord op Kamervragen", "date": "2024-02-05"},
        "entities": [
            {"name": "Sociaal-Economische Raad", "type": "Organisation", "aliases": ["SER"]},
            {"name": "Duitsland", "type": "Country"},
            {"name": "Verweggistan", "type": "Country"},
        ],
        "relations": [],
    }
    gold, split = tmp_path / "gold.json", tmp_path / "split.json"
    gold.write_text(json.dumps({"documents": [letter, answers]}), encoding="utf-8")
    split.write_text(
        json.dumps({"note": "x", "a": [letter["file"]], "b": [answers["file"]]}), encoding="utf-8"
    )
    return gold, split


def _json(cli: str, store: Path, gold: Path, *args: str) -> dict:
    out = run_cli(cli, "evaluate", "--store", str(store), "--gold", str(gold), "--format", "json", *args)
    return json.loads(out.stdout)


def test_kinds_partition_the_scores(examples_store: Path, tmp_path: Path, cli: str) -> None:
    gold, _ = _two_kinds(tmp_path)
    scores = _json(cli, examples_store, gold)
    kinds = scores["kinds"]
    assert set(kinds) == {"Kamerbrief", "Antwoord op Kamervragen"}
    assert kinds["Kamerbrief"]["documents"] == 1
    assert (kinds["Kamerbrief"]["entities"]["tp"], kinds["Kamerbrief"]["entities"]["fn"]) == (1, 1)
    assert (
        kinds["Antwoord op Kamervragen"]["entities"]["tp"],
        kinds["Antwoord op Kamervragen"]["entities"]["fn"],
    ) == (2, 1)
    for count in ("tp", "fp", "fn"):
        assert sum(k["entities"][count] for k in kinds.values()) == scores["entities"]["overall"][count]
    assert scores["metadata"]["overall"] == pytest.approx(
        sum(v for f, v in scores["metadata"].items() if f != "overall") / 6, abs=1e-3
    )


def test_a_split_scores_only_its_part(examples_store: Path, tmp_path: Path, cli: str) -> None:
    gold, split = _two_kinds(tmp_path)
    part_b = _json(cli, examples_store, gold, "--split", f"{split}:b")
    assert set(part_b["documents"]) == {"antwoord-kamervragen-textiel.txt"}
    assert part_b["entities"]["overall"]["tp"] + part_b["entities"]["overall"]["fn"] == 3
    assert set(part_b["kinds"]) == {"Antwoord op Kamervragen"}
    one = _json(cli, examples_store, gold, "--document", "kamerbrief-exportkredietverzekering.txt")
    assert set(one["documents"]) == {"kamerbrief-exportkredietverzekering.txt"}


def test_scores_only_names_no_document_and_no_miss(examples_store: Path, tmp_path: Path, cli: str) -> None:
    gold, split = _two_kinds(tmp_path)
    base = ("evaluate", "--store", str(examples_store), "--gold", str(gold), "--split", f"{split}:a")
    table = run_cli(cli, *base, "--scores-only").stdout
    markdown = run_cli(cli, *base, "--scores-only", "--format", "markdown").stdout
    scores = json.loads(run_cli(cli, *base, "--scores-only", "--format", "json").stdout)
    shown = run_cli(cli, *base).stdout
    assert "Het Fonds Dat Er Niet Is" in shown and "kamerbrief-exportkredietverzekering" in shown
    for text in (table, markdown, json.dumps(scores)):
        assert "Het Fonds Dat Er Niet Is" not in text and "Atradius" not in text
        assert "kamerbrief-exportkredietverzekering" not in text
    assert "Entities per type" in table and "Per document kind" in markdown
    assert not {"documents", "misses", "false_positives", "metadata_errors"} & set(scores)
    assert scores["entities"]["Instrument"]["fn"] == 1


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--split", "split.json"], "expected FILE:PART"),
        (["--split", "split.json:c"], "no part 'c' (parts: a, b)"),
        (["--split", "absent.json:a"], "cannot read"),
        (["--document", "nergens.txt"], "--document: not in the gold file: nergens.txt"),
        (["--split", "split.json:a", "--document", "x.txt"], "give one of them"),
        (["--format", "xml"], "expected table, markdown or json"),
    ],
)
def test_a_bad_selection_is_one_clear_line(
    examples_store: Path, tmp_path: Path, cli: str, args: list[str], says: str
) -> None:
    gold, split = _two_kinds(tmp_path)
    args = [
        a.replace("split.json", str(split)).replace("absent.json", str(tmp_path / "absent.json"))
        for a in args
    ]
    result = run_cli(cli, "evaluate", "--store", str(examples_store), "--gold", str(gold), *args, check=False)
    assert result.returncode == 2, result.stderr
    assert says in result.stderr and len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_a_relation_end_matches_by_its_entity_s_aliases(examples_store: Path, tmp_path: Path) -> None:
    """The gold names a relation's ends by the gold entity's name; an extracted entity that matches
    that entity by an alias matches the end too, as it matches the entity."""
    entities = [
        {"name": "Atradius DSB", "type": "Organisation", "aliases": ["ADSB"]},
        {"name": "exportkredietverzekering", "type": "Policy", "also_type": "Instrument", "aliases": []},
    ]
    relation = {"s": "Atradius DSB", "p": "implements", "o": "exportkredietverzekering"}
    report = evaluate(
        GraphStore(examples_store, read_only=True), load_gold(_gold(tmp_path, entities, [relation]))
    )
    assert report.by_type["Organisation"].tp == 1
    assert report.by_predicate["implements"].tp == 1
    unknown = {**relation, "s": "Een Verzekeraar Die Er Niet Is"}
    report = evaluate(
        GraphStore(examples_store, read_only=True), load_gold(_gold(tmp_path, entities, [unknown]))
    )
    assert report.by_predicate["implements"].fn == 1


def test_evaluate_refuses_gold_documents_that_are_not_in_the_store(cli: str, tmp_path: Path) -> None:
    store = tmp_path / "s"
    run_cli(cli, "build", str(EXAMPLES), "--store", str(store))
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"documents": [{"file": "niet-hier.txt", "metadata": {}, "entities": []}]}))
    result = run_cli(cli, "evaluate", "--store", str(store), "--gold", str(gold), check=False)
    assert result.returncode == 1 and "niet-hier.txt" in result.stderr
