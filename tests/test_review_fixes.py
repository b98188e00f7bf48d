"""Defects found in review, each pinned by a test: name clashes, periods in slices, namesakes,
negated stances, gold files naming absent documents, empty folders, runtime exit codes."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from beleidsgraaf.extract.extractor import Extractor
from beleidsgraaf.extract.readers import read
from beleidsgraaf.graph import network
from beleidsgraaf.graph.projections import Statement, StatementModel
from tests.conftest import EXAMPLES, run_cli


def test_files_with_the_same_name_do_not_overwrite_each_other(cli: str, tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    letter = (EXAMPLES / "kamerbrief-exportkredietverzekering.txt").read_text(encoding="utf-8")
    (tmp_path / "a" / "brief.txt").write_text(letter, encoding="utf-8")
    (tmp_path / "b" / "brief.txt").write_text(letter.replace("Kenia", "Peru"), encoding="utf-8")
    result = run_cli(
        cli, "build", str(tmp_path / "a"), str(tmp_path / "b"), "--store", str(tmp_path / "s"), check=False
    )
    assert result.returncode == 1
    assert "file names must be unique" in result.stderr and "1 stored" in result.stderr


def test_slices_keep_to_the_period() -> None:
    nodes = {
        "urn:a": {"type": "Organisation", "label": "A", "ids": set()},
        "urn:x": {"type": "Policy", "label": "X", "ids": set()},
    }
    assertions = [
        Statement(f"urn:s{i}", "urn:a", "supports", "urn:x", f"d{i}.txt", date, "Kamerbrief", "zin")
        for i, date in enumerate(["2024-02-01", "2024-11-01"])
    ]
    model = StatementModel(nodes, assertions, [])
    (only,) = network(model, "affiliation", slices="year", end=dt.date(2024, 6, 30))
    assert only["urn:a"]["urn:x"]["evidence_count"] == 1


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _extract(extractor: Extractor, tmp_path: Path, text: str):
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return extractor.extract(read(path))


def test_namesakes_stay_apart(extractor: Extractor, tmp_path: Path) -> None:
    x = _extract(
        extractor, tmp_path, "Het lid Jan Pieterszoon (VVD) en het lid Piet Pieterszoon (SP) vroegen het.\n"
    )
    members = {
        (x.entities[r.subject].pref_label, x.entities[r.object].pref_label)
        for r in x.relations
        if r.predicate == "memberOf"
    }
    assert ("Jan Pieterszoon", "Volkspartij voor Vrijheid en Democratie") in members
    assert ("Piet Pieterszoon", "Socialistische Partij") in members


def test_negated_and_reported_stances_are_not_support(extractor: Extractor, tmp_path: Path) -> None:
    x = _extract(
        extractor,
        tmp_path,
        "Nederland constateert dat Frankrijk pleit voor de Global Gateway. Duitsland steunt de Global Gateway niet.\n",
    )
    supporters = {x.entities[r.subject].pref_label for r in x.relations if r.predicate == "supports"}
    assert "Nederland" not in supporters and "Duitsland" not in supporters


def test_evaluate_refuses_gold_documents_that_are_not_in_the_store(cli: str, tmp_path: Path) -> None:
    store = tmp_path / "s"
    run_cli(cli, "build", str(EXAMPLES), "--store", str(store))
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"documents": [{"file": "niet-hier.txt", "metadata": {}, "entities": []}]}))
    result = run_cli(cli, "evaluate", "--store", str(store), "--gold", str(gold), check=False)
    assert result.returncode == 1 and "niet-hier.txt" in result.stderr


def test_an_empty_folder_is_reported(cli: str, tmp_path: Path) -> None:
    (tmp_path / "leeg").mkdir()
    result = run_cli(cli, "build", str(tmp_path / "leeg"), "--store", str(tmp_path / "s"), check=False)
    assert result.returncode == 1 and "no txt, md, html, docx or pdf files" in result.stderr


def test_runtime_failures_exit_1_and_usage_errors_2(cli: str, tmp_path: Path) -> None:
    store = tmp_path / "s"
    run_cli(cli, "build", str(EXAMPLES), "--store", str(store))
    bad = tmp_path / "f.rq"
    bad.write_text("SELECT ?x WHERE { BIND(<http://example.org/nope>(1) AS ?x) }", encoding="utf-8")
    assert run_cli(cli, "query", str(bad), "--store", str(store), check=False).returncode == 1
    assert (
        run_cli(cli, "query", "documents", "--store", str(store), "--param", "x=1", check=False).returncode
        == 2
    )
    latin = tmp_path / "latin.rq"
    latin.write_bytes("# title: caf\xe9\nSELECT * WHERE { ?s ?p ?o } LIMIT 1\n".encode("latin-1"))
    result = run_cli(cli, "query", str(latin), "--store", str(store), check=False)
    assert (
        result.returncode == 2
        and "not a UTF-8 text file" in result.stderr
        and "Traceback" not in result.stderr
    )


def test_a_relative_clause_keeps_its_antecedent_as_the_actor(extractor: Extractor, tmp_path: Path) -> None:
    x = _extract(extractor, tmp_path, "Het is Duitsland, die pleit voor de Global Gateway.\n")
    supporters = {x.entities[r.subject].pref_label for r in x.relations if r.predicate == "supports"}
    assert supporters == {"Duitsland"}
