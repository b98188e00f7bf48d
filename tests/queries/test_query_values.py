"""Named queries' values, not only their number, on documents with the gaps real ones have
(`gappy_store`) and on two files of one paper (`restated_store`): `documents` gives one row per
file with the values its own graph states, also for files without a signer, a date or a number;
`citations` gives what each file cites. The expected rows are read from the N-Quads export, graph
by graph, without SPARQL."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from pyoxigraph import RdfFormat, parse

from beleidsgraaf.graph.store import GraphStore
from beleidsgraaf.queries import resolve
from beleidsgraaf.queries.local import run_local
from tests.conftest import run_cli

BG = "https://w3id.org/beleidsgraaf/def#"
DCT = "http://purl.org/dc/terms/"
PREF_LABEL = "http://www.w3.org/2004/02/skos/core#prefLabel"


def expected_rows(export: Path) -> set[tuple[str | None, ...]]:
    """(file, kind, date, kamerstuk, signer, title) per file, from the quads of the file's graph
    and the labels wherever they are stated."""
    in_graph: dict[tuple, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    labels: dict[str, set] = defaultdict(set)
    for q in parse(path=str(export), format=RdfFormat.N_QUADS):
        in_graph[(q.graph_name, q.subject)][q.predicate.value].add(q.object)
        if q.predicate.value == PREF_LABEL:
            labels[q.subject.value].add(q.object)

    def one(values: set) -> str | None:
        assert len(values) <= 1, values
        return next(iter(values)).value if values else None

    rows = set()
    for props in in_graph.values():
        for file in props.get(BG + "fileName", ()):
            (kind_node,) = props[BG + "documentKind"]
            kind = one({k for k in labels[kind_node.value] if k.language == "nl"})
            signers = props.get(BG + "signedBy", set())
            signer = one({label for s in signers for label in labels[s.value]})
            rows.add(
                (
                    file.value, kind, one(props.get(DCT + "date", set())),
                    one(props.get(BG + "kamerstuk", set())), signer, one(props.get(DCT + "title", set())),
                )
            )  # fmt: skip
    return rows


def test_one_row_per_file_with_its_own_values(gappy_store: Path, cli: str, tmp_path: Path) -> None:
    export = tmp_path / "gappy.nq"
    run_cli(cli, "export", "--store", str(gappy_store), "--format", "nquads", "-o", str(export))
    expected = expected_rows(export)
    results = run_local(GraphStore(gappy_store, read_only=True), resolve("documents"))
    rows = [tuple(r) for r in results.rows]
    assert len(rows) == len(expected) == 25  # 24 dev-b excerpts and the untitled note
    assert set(rows) == expected
    # the gaps are there: documents without a date, a number and a signer (every file gets a title,
    # its first line where it states none)
    for column in (2, 3, 4):
        assert any(r[column] is None for r in rows), results.variables[column]


def expected_citations(export: Path) -> set[tuple[str | None, ...]]:
    """(file, own number, cited number, date) for every paper a file's graph says it cites."""
    in_graph: dict[tuple, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    numbers: dict[str, set[str]] = defaultdict(set)
    for q in parse(path=str(export), format=RdfFormat.N_QUADS):
        in_graph[(q.graph_name, q.subject)][q.predicate.value].add(q.object)
        if q.predicate.value == BG + "kamerstuk":
            numbers[q.subject.value].add(q.object.value)
    rows = set()
    for props in in_graph.values():
        own = {o.value for o in props.get(BG + "kamerstuk", ())} or {None}
        dates = {d.value for d in props.get(DCT + "date", ())} or {None}
        for file in props.get(BG + "fileName", ()):
            for paper in props.get(BG + "cites", ()):
                for cited in numbers[paper.value]:
                    rows |= {(file.value, o, cited, d) for o in own for d in dates}
    return rows


def test_citations_are_each_files_own(restated_store: Path, gappy_store: Path, cli: str, tmp_path: Path) -> None:
    for store in (restated_store, gappy_store):
        export = tmp_path / f"{store.parent.name}.nq"
        run_cli(cli, "export", "--store", str(store), "--format", "nquads", "-o", str(export))
        rows = {tuple(r) for r in run_local(GraphStore(store, read_only=True), resolve("citations")).rows}
        expected = expected_citations(export)
        assert rows == expected and len(expected) > 10
        assert any(own != cited for _, own, cited, _ in rows)  # a paper's own number is no citation
