"""A compact build (offsets, no sentence text) gives the same networks as a full build of the same
documents: the same nodes and edges always, and the same sentences when the text is at hand, read
from the documents at the offsets (`--corpus`)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import networkx as nx
import pytest

from beleidsgraaf.graph import network
from beleidsgraaf.graph.projections import PROJECTIONS, ProjectionError, StatementModel
from beleidsgraaf.graph.store import GraphStore
from beleidsgraaf.graph.texts import Texts
from tests.conftest import run_cli


@pytest.fixture(scope="module")
def full(seeds_store: Path) -> StatementModel:
    return StatementModel.from_store(GraphStore(seeds_store, read_only=True))


@pytest.fixture(scope="module")
def with_text(compact_store: Path, seeds: Path) -> StatementModel:
    """The compact store's statements, their sentences read from the seeds at the offsets."""
    return StatementModel.from_store(GraphStore(compact_store, read_only=True), Texts.of([seeds]))


def _without_sentences(g: nx.Graph) -> tuple[dict, dict]:
    nodes = dict(g.nodes(data=True))
    edges = {
        (u, v): {k: val for k, val in d.items() if k != "sentences"}
        | {"files": [s["file"] for s in d["sentences"]]}
        for u, v, d in g.edges(data=True)
    }
    return nodes, edges


def test_the_store_is_compact(compact_store: Path) -> None:
    store = GraphStore(compact_store, read_only=True)
    assert not list(store.query("SELECT ?x WHERE { ?x bg:evidence ?e } LIMIT 1"))
    assert list(store.query("SELECT ?x WHERE { ?x a bg:Mention ; bg:start ?s } LIMIT 1"))


@pytest.mark.parametrize("projection", PROJECTIONS)
def test_with_the_text_every_projection_is_the_full_builds(
    projection: str, with_text: StatementModel, full: StatementModel
) -> None:
    assert not with_text.missing
    a, b = network(full, projection), network(with_text, projection)
    assert dict(b.nodes(data=True)) == dict(a.nodes(data=True))
    assert {(u, v): d for u, v, d in b.edges(data=True)} == {(u, v): d for u, v, d in a.edges(data=True)}
    if projection in ("affiliation", "co-mention", "citation", "membership"):
        assert b.number_of_edges() > 0
    if projection in ("affiliation", "co-mention", "membership"):  # sentences read at the offsets
        assert all(s["text"] for *_, d in b.edges(data=True) for s in d["sentences"])


@pytest.mark.parametrize("projection", PROJECTIONS)
def test_without_the_text_the_nodes_and_edges_are_the_full_builds(
    projection: str, compact_store: Path, full: StatementModel
) -> None:
    compact = StatementModel.from_store(GraphStore(compact_store, read_only=True))
    a, b = network(full, projection), network(compact, projection)
    assert _without_sentences(b) == _without_sentences(a)
    # their sentences are empty, and the model says why for each of their documents
    assert all(s["text"] == "" for *_, d in b.edges(data=True) for s in d["sentences"])
    assert {s["file"] for *_, d in b.edges(data=True) for s in d["sentences"]} <= set(compact.missing)


def test_without_the_text_co_mention_counts_sentences_by_their_offsets(
    compact_store: Path, full: StatementModel
) -> None:
    """A mention's bg:sentenceStart names its sentence, so sentences are counted without their words."""
    compact = StatementModel.from_store(GraphStore(compact_store, read_only=True))
    for level in ("sentence", "document"):
        a, b = network(full, "co-mention", level=level), network(compact, "co-mention", level=level)
        assert b.number_of_edges() > 0 and _without_sentences(b) == _without_sentences(a)


def test_a_store_without_sentence_offsets_says_what_co_mention_needs(compact_store: Path) -> None:
    """A compact store built before mentions kept bg:sentenceStart: by sentence needs the text."""
    compact = StatementModel.from_store(GraphStore(compact_store, read_only=True))
    compact.mentions = [replace(st, unit="") for st in compact.mentions]
    assert network(compact, "co-mention", level="document").number_of_edges() > 0
    with pytest.raises(ProjectionError, match=r"built from \(corpus\)"):
        network(compact, "co-mention")


def test_a_changed_file_is_not_read_at_stale_offsets(
    compact_store: Path, seeds: Path, tmp_path: Path, full: StatementModel
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in sorted(seeds.iterdir()):
        (corpus / path.name).write_bytes(path.read_bytes())
    changed = sorted(corpus.iterdir())[0]
    changed.write_text("Een ander bestand.\n" + changed.read_text(encoding="utf-8"), encoding="utf-8")
    compact = StatementModel.from_store(GraphStore(compact_store, read_only=True), Texts.of([corpus]))
    assert set(compact.missing) == {changed.name}
    assert "changed since the build" in compact.missing[changed.name]


def test_the_command_line_writes_the_same_file_from_a_compact_store(
    compact_store: Path, seeds_store: Path, seeds: Path, cli: str, tmp_path: Path
) -> None:
    args = ("network", "--projection", "co-mention", "--format", "graphml")
    run_cli(cli, *args, "--store", str(seeds_store), "-o", str(tmp_path / "full.graphml"))
    run_cli(
        cli, *args, "--store", str(compact_store), "--corpus", str(seeds), "-o", str(tmp_path / "c.graphml")
    )
    assert (tmp_path / "c.graphml").read_bytes() == (tmp_path / "full.graphml").read_bytes()
    without_text = run_cli(cli, *args, "--store", str(compact_store), "-o", str(tmp_path / "x.graphml"))
    assert "without their text" in without_text.stderr
    result = run_cli(
        cli, "network", "--projection", "affiliation", "--format", "gexf", "--store", str(compact_store),
        "-o", str(tmp_path / "a.gexf"),
    )  # fmt: skip
    assert "without their text" in result.stderr and "--corpus" in result.stderr
