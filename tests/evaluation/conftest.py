"""The corpora of `make evaluate`'s sets, built once for the scoring tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SEEDS, need, run_cli


@pytest.fixture(scope="session")
def evaluation_stores(
    seeds_store: Path, cli: str, tmp_path_factory: pytest.TempPathFactory
) -> dict[Path, Path]:
    """Every corpus of `make evaluate`'s sets built once with the default options: corpus → store."""
    from scripts.evaluate_all import SETS

    stores = {SEEDS: seeds_store}
    for s in SETS:
        if s.corpus not in stores:
            store = tmp_path_factory.mktemp(s.corpus.name) / "store"
            run_cli(cli, "build", str(need(s.corpus)), "--store", str(store))
            stores[s.corpus] = store
    return stores
