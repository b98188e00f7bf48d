"""The same corpus gives the same dataset however it is built: in one process, in worker
processes, or on a Dask LocalCluster via shards and `load`; compact mode keeps evidence as offsets."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from pyoxigraph import Store

from beleidsgraaf.graph.store import GraphStore
from beleidsgraaf.ontology import BG
from tests.conftest import DEV, SEEDS, need, run_cli
from tests.servers import oxigraph_server


def dataset(cli: str, store: Path, tmp_path: Path) -> list[str]:
    out = tmp_path / f"{store.name}.nq"
    run_cli(cli, "export", "--store", str(store), "--format", "nquads", "-o", str(out))
    return sorted(out.read_text(encoding="utf-8").splitlines())


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Seeds and dev documents in one folder (seven real documents)."""
    folder = tmp_path_factory.mktemp("corpus")
    for source in (need(SEEDS), need(DEV)):
        for path in source.iterdir():
            shutil.copy(path, folder / path.name)
    return folder


@pytest.fixture(scope="module")
def one_process(corpus: Path, cli: str, tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    store = tmp_path_factory.mktemp("one") / "store"
    run_cli(cli, "build", str(corpus), "--store", str(store), "--jobs", "1")
    return dataset(cli, store, tmp_path_factory.mktemp("one-export"))


def test_worker_processes_give_the_same_dataset(corpus: Path, cli: str, tmp_path: Path, one_process) -> None:
    store = tmp_path / "store"
    result = run_cli(cli, "build", str(corpus), "--store", str(store), "--jobs", "2")
    assert "7 stored, 0 unchanged, 0 failed" in result.stderr
    assert dataset(cli, store, tmp_path) == one_process


def test_a_dask_local_cluster_gives_the_same_dataset(
    corpus: Path, cli: str, tmp_path: Path, one_process
) -> None:
    shards = tmp_path / "shards"
    result = run_cli(
        cli, "extract", str(corpus), "-o", str(shards), "--workers", "2", "--documents-per-shard", "3"
    )
    assert "7 extracted" in result.stderr and "in 3 shards, 0 failed" in result.stderr
    index = json.loads((shards / "index.json").read_text(encoding="utf-8"))
    assert [s["file"] for s in index["shards"]] == ["part-00000.nq", "part-00001.nq", "part-00002.nq"]
    assert sum(s["documents"] for s in index["shards"]) == 7
    store = tmp_path / "store"
    run_cli(cli, "load", str(shards), "--store", str(store))
    assert dataset(cli, store, tmp_path) == one_process
    # loading again replaces each document: nothing doubles
    run_cli(cli, "load", str(shards), "--store", str(store))
    assert dataset(cli, store, tmp_path) == one_process
    # and a later incremental build finds everything up to date
    assert "0 stored, 7 unchanged" in run_cli(cli, "build", str(corpus), "--store", str(store)).stderr


def test_a_changed_document_is_the_only_one_re_extracted(corpus: Path, cli: str, tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    shutil.copytree(corpus, folder)
    store = tmp_path / "store"
    run_cli(cli, "build", str(folder), "--store", str(store), "--jobs", "2")
    changed = sorted(folder.iterdir())[1]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nDe minister steunt het MVO Platform.\n")
    result = run_cli(cli, "build", str(folder), "--store", str(store), "--jobs", "2")
    assert "1 stored, 6 unchanged, 0 failed" in result.stderr
    graph = GraphStore(store, read_only=True)
    names = {r["f"].value for r in graph.query("SELECT ?f WHERE { ?d bg:fileName ?f }")}
    assert len(names) == 7


def test_failures_are_reported_and_the_rest_is_stored_in_parallel(
    corpus: Path, cli: str, tmp_path: Path
) -> None:
    folder = tmp_path / "corpus"
    shutil.copytree(corpus, folder)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7 not really")
    (folder / "empty.txt").write_bytes(b"")
    result = run_cli(
        cli, "build", str(folder), "--store", str(tmp_path / "store"), "--jobs", "2", check=False
    )
    assert result.returncode == 1
    assert "7 stored, 0 unchanged, 2 failed" in result.stderr
    assert "broken.pdf:" in result.stderr and "empty.txt: empty document" in result.stderr
    shards = tmp_path / "shards"
    result = run_cli(cli, "extract", str(folder), "-o", str(shards), "--workers", "1", check=False)
    assert result.returncode == 1 and "empty.txt: empty document" in result.stderr
    assert json.loads((shards / "index.json").read_text())["failed"]


def test_an_unfinished_shard_folder_is_refused(corpus: Path, cli: str, tmp_path: Path) -> None:
    shards = tmp_path / "shards"
    shards.mkdir()
    (shards / "part-00000.nq").write_text("")
    result = run_cli(cli, "load", str(shards), "--store", str(tmp_path / "store"), check=False)
    assert result.returncode == 1
    assert "no index.json" in result.stderr and "Traceback" not in result.stderr


def test_compact_mode_keeps_offsets_and_drops_sentences(
    corpus: Path, cli: str, tmp_path: Path, one_process
) -> None:
    store = tmp_path / "store"
    run_cli(cli, "build", str(corpus), "--store", str(store), "--compact")
    compact = dataset(cli, store, tmp_path)
    evidence = f"> <{BG.evidence}> "  # as a predicate
    assert not [q for q in compact if evidence in q]
    assert [q for q in one_process if evidence in q]
    compact_docs, full_docs = _documents(compact), _documents(one_process)
    # two triples fewer per mention, one per assertion; the sentences were a quarter of the bytes
    assert len(compact_docs) < 0.85 * len(full_docs)
    assert sum(map(len, compact_docs)) < 0.85 * sum(map(len, full_docs))
    # the offsets still give each assertion's sentence in the text extraction saw
    graph = GraphStore(store, read_only=True)
    rows = list(
        graph.query(
            "SELECT ?file ?start ?end WHERE { ?a a bg:Assertion ; bg:inDocument ?d ; bg:start ?start ;"
            " bg:end ?end . ?d bg:fileName ?file }"
        )
    )
    assert rows
    full = GraphStore(None)
    full.store.extend(_quads(one_process))
    sentences = {r["e"].value for r in full.query("SELECT ?e WHERE { ?a a bg:Assertion ; bg:evidence ?e }")}
    texts = {}
    for r in rows:
        name = r["file"].value
        texts.setdefault(name, run_cli(cli, "text", str(corpus / name)).stdout)
        assert texts[name][int(r["start"].value) : int(r["end"].value)] in sentences
    # switching modes re-extracts: the mode is part of the extraction set-up
    assert "7 stored" in run_cli(cli, "build", str(corpus), "--store", str(store)).stderr


SHARED_GRAPHS = tuple(f"/id/graph/{name}> ." for name in ("vocabulary", "ontology", "entities"))


def _documents(lines: list[str]) -> list[str]:
    """The quads of document graphs only."""
    return [q for q in lines if not q.endswith(SHARED_GRAPHS)]


def _quads(lines: list[str]):
    from pyoxigraph import RdfFormat, parse

    return parse("\n".join(lines).encode(), format=RdfFormat.N_QUADS)


def test_load_publishes_shards_to_an_endpoint(corpus: Path, cli: str, tmp_path: Path, one_process) -> None:
    shards = tmp_path / "shards"
    run_cli(cli, "extract", str(corpus), "-o", str(shards), "--workers", "1")
    with oxigraph_server(tmp_path / "server") as base:
        run_cli(cli, "load", str(shards), "--endpoint", base + "/store")

    published = sorted(f"{q} ." for q in Store(str(tmp_path / "server")))
    assert len(published) == len(one_process)
    # the server names blank nodes (in the ontology and vocabulary) its own way; all else is equal
    assert [q for q in published if "_:" not in q] == [q for q in one_process if "_:" not in q]
