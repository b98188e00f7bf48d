"""Shared fixtures: the real corpora in ../shared (skipped with a reason when absent) and one
build of the seeds per test session."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
DEV = SHARED / "corpus" / "dev"
GOLD = SHARED / "gold" / "seeds.json"
EXAMPLES = REPO / "examples"


def need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is not here: the shared corpus sits beside the repository in CI only")
    return path


@pytest.fixture(scope="session")
def seeds() -> Path:
    return need(SEEDS)


@pytest.fixture(scope="session")
def gold() -> dict:
    return json.loads(need(GOLD).read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def cli() -> str:
    exe = shutil.which("beleidsgraaf", path=str(Path(__import__("sys").executable).parent))
    assert exe, "the beleidsgraaf command is not installed in this environment"
    return exe


def run_cli(cli: str, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([cli, *args], capture_output=True, text=True, timeout=600)
    if check and result.returncode != 0:
        raise AssertionError(f"beleidsgraaf {' '.join(args)} → {result.returncode}\n{result.stderr}")
    return result


@pytest.fixture(scope="session")
def seeds_store(tmp_path_factory: pytest.TempPathFactory, seeds: Path, cli: str) -> Path:
    """The seeds built once, through the command line as a user would."""
    store = tmp_path_factory.mktemp("seeds") / "store"
    run_cli(cli, "build", str(seeds), "--store", str(store))
    return store


@pytest.fixture(scope="session")
def compact_store(tmp_path_factory: pytest.TempPathFactory, seeds: Path, cli: str) -> Path:
    """The seeds built once with `--compact`: offsets, no sentence text."""
    store = tmp_path_factory.mktemp("compact") / "store"
    run_cli(cli, "build", str(seeds), "--store", str(store), "--compact")
    return store


@pytest.fixture(scope="session")
def seeds_export(seeds_store: Path, cli: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("export") / "seeds.nq"
    run_cli(cli, "export", "--store", str(seeds_store), "--format", "nquads", "-o", str(path))
    return path
