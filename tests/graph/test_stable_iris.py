"""Same input, same graph: IRIs are derived from what a document says, never from the process that
read it (Python's per-process string hashing, set order, the order files come in)."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

from beleidsgraaf.extract.readers import iter_files
from tests.conftest import run_cli

IRI = re.compile(r"<([^>]+)>")


def _lines(path: Path) -> set[str]:
    return {line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}


def test_a_build_in_another_process_gives_the_same_iris_and_quads(
    seeds_export: Path, seeds: Path, cli: str, tmp_path: Path
) -> None:
    store, export = tmp_path / "store", tmp_path / "again.nq"
    files = [str(p) for p in sorted(iter_files([seeds]), reverse=True)]
    env = {**os.environ, "PYTHONHASHSEED": "4242"}
    subprocess.run(
        [cli, "build", *files, "--store", str(store)], env=env, check=True, capture_output=True, timeout=600
    )
    run_cli(cli, "export", "--store", str(store), "--format", "nquads", "-o", str(export))
    first, again = _lines(seeds_export), _lines(export)
    iris_first = {i for line in first for i in IRI.findall(line)}
    iris_again = {i for line in again for i in IRI.findall(line)}
    assert iris_first == iris_again, sorted(iris_first ^ iris_again)[:5]
    assert first == again, sorted(first ^ again)[:3]
