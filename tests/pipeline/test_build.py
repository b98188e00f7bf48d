"""End to end, through the command line as a user runs it: build, rebuild, replace, fail, export."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pyshacl import validate
from rdflib import Dataset, Graph

from beleidsgraaf.ontology import BG, ONTOLOGY_FILE, SHAPES_FILE
from tests.conftest import DEV, EXAMPLES, SEEDS, SHARED, need, run_cli


def _quads(path: Path) -> set[str]:
    return {line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}


def test_seeds_build_passes_the_shared_contract_check(seeds_export: Path, seeds: Path, cli: str) -> None:
    checker = need(SHARED / "tools" / "check_contract.py")
    result = subprocess.run(
        [sys.executable, str(checker), str(seeds_export), str(ONTOLOGY_FILE.parent), str(seeds), cli],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-3000:]
    assert result.stdout.strip().splitlines()[-1].endswith("0 failures")


def test_seeds_graph_conforms_to_the_shapes(seeds_export: Path) -> None:
    ds = Dataset()
    ds.parse(seeds_export, format="nquads")
    union = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        union.add((s, p, o))
    onto = Graph().parse(ONTOLOGY_FILE)
    conforms, _, report = validate(
        union, shacl_graph=Graph().parse(SHAPES_FILE), ont_graph=onto, inference="rdfs"
    )
    assert conforms, report[:2000]


def test_seeds_graph_has_entities_of_every_core_type(seeds_store: Path, cli: str) -> None:
    for cls in ("Person", "Organisation", "Country", "Instrument", "Policy"):
        rows = run_cli(
            cli,
            "query",
            "entities-by-type",
            "--store",
            str(seeds_store),
            "--param",
            f"type=bg:{cls}",
            "--format",
            "csv",
        ).stdout.splitlines()
        assert len(rows) > 1, f"no {cls} in the seeds' graph"


def test_rebuild_changes_nothing(
    seeds_store: Path, seeds_export: Path, cli: str, seeds: Path, tmp_path: Path
) -> None:
    result = run_cli(cli, "build", str(seeds), "--store", str(seeds_store))
    assert "0 stored, 5 unchanged, 0 failed" in result.stderr
    again = tmp_path / "again.nq"
    run_cli(cli, "export", "--store", str(seeds_store), "-o", str(again))
    assert _quads(again) == _quads(seeds_export)


def test_a_fresh_build_gives_the_same_iris(seeds: Path, seeds_export: Path, cli: str, tmp_path: Path) -> None:
    run_cli(cli, "build", str(seeds), "--store", str(tmp_path / "store"))
    run_cli(cli, "export", "--store", str(tmp_path / "store"), "-o", str(tmp_path / "fresh.nq"))
    assert _quads(tmp_path / "fresh.nq") == _quads(seeds_export)


def test_a_changed_document_replaces_its_graph(cli: str, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(EXAMPLES, corpus)
    store = str(tmp_path / "store")
    run_cli(cli, "build", str(corpus), "--store", store)
    letter = corpus / "kamerbrief-exportkredietverzekering.txt"
    letter.write_text(letter.read_text(encoding="utf-8").replace("Kenia", "Ghana"), encoding="utf-8")
    result = run_cli(cli, "build", str(corpus), "--store", store)
    assert "1 stored, 2 unchanged" in result.stderr
    mentioned = run_cli(
        cli, "query", "mentions-of-entity", "--store", store, "--param", "label=Ghana", "--format", "csv"
    ).stdout
    assert "kamerbrief-exportkredietverzekering.txt" in mentioned
    gone = run_cli(
        cli, "query", "mentions-of-entity", "--store", store, "--param", "label=Kenia", "--format", "csv"
    ).stdout
    assert gone.strip().splitlines() == ["label,file,date,surface,start,end,evidence"]


def _export(cli: str, store: str, folder: Path) -> Path:
    target = folder / f"{Path(store).name}.nq"
    run_cli(cli, "export", "--store", store, "-o", str(target))
    return target


def _fresh_build(cli: str, corpus: Path, folder: Path) -> Path:
    """The export of `corpus` built into a new store: what any sequence of builds should end in."""
    run_cli(cli, "build", str(corpus), "--store", str(folder / "fresh"))
    return _export(cli, str(folder / "fresh"), folder)


def test_builds_one_after_another_end_where_a_fresh_build_does(cli: str, tmp_path: Path) -> None:
    """The shared graph after incremental builds (documents added, one changed: its old names and
    citations leave) holds what a build of the final corpus from nothing computes, quad for quad."""
    corpus, store = tmp_path / "corpus", str(tmp_path / "store")
    corpus.mkdir()
    seeds = sorted(need(SEEDS).iterdir())
    for path in seeds[:3]:
        shutil.copy(path, corpus / path.name)
    run_cli(cli, "build", str(corpus), "--store", store)
    for path in [*seeds[3:], *sorted(need(DEV).iterdir())]:
        shutil.copy(path, corpus / path.name)
    changed = corpus / seeds[0].name
    changed.write_text(changed.read_text(encoding="utf-8")[: len(changed.read_text(encoding="utf-8")) // 2])
    result = run_cli(cli, "build", str(corpus), "--store", store)
    assert "5 stored, 2 unchanged" in result.stderr
    assert _quads(_export(cli, store, tmp_path)) == _quads(_fresh_build(cli, corpus, tmp_path))


def test_a_removed_document_takes_what_only_it_said(cli: str, tmp_path: Path) -> None:
    """Removing two of the seeds leaves the store a build of the other three makes from nothing,
    shared facts included; a name the store does not hold fails alone, naming it."""
    seeds = sorted(need(SEEDS).iterdir())
    corpus, rest = tmp_path / "corpus", tmp_path / "rest"
    corpus.mkdir()
    rest.mkdir()
    for path in seeds:
        shutil.copy(path, corpus / path.name)
        if path not in seeds[:2]:
            shutil.copy(path, rest / path.name)
    store = str(tmp_path / "store")
    run_cli(cli, "build", str(corpus), "--store", store)
    result = run_cli(
        cli,
        "remove",
        str(corpus / seeds[0].name),
        seeds[1].name,
        "nothing.txt",
        "--store",
        store,
        check=False,
    )
    assert result.returncode == 1
    assert "nothing.txt: no document of this file name in the store" in result.stderr
    assert "2 removed, 1 failed" in result.stderr
    assert _quads(_export(cli, store, tmp_path)) == _quads(_fresh_build(cli, rest, tmp_path))


def test_a_broken_input_fails_alone(cli: str, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(EXAMPLES, corpus)
    (corpus / "kapot.txt").write_bytes(bytes(range(256)) * 64)
    store = str(tmp_path / "store")
    result = run_cli(cli, "build", str(corpus), "--store", store, check=False)
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if "kapot.txt" in line]
    assert len(errors) == 1 and "\n" not in errors[0]
    assert "3 stored" in result.stderr
    docs = run_cli(cli, "query", "documents", "--store", store, "--format", "csv").stdout.splitlines()
    assert len(docs) == 1 + 3


@pytest.mark.parametrize("fmt", ["nquads", "trig", "jsonld"])
def test_exports_round_trip(seeds_store: Path, cli: str, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"graph.{fmt}"
    run_cli(cli, "export", "--store", str(seeds_store), "--format", fmt, "-o", str(out))
    ds = Dataset()
    ds.parse(out, format={"nquads": "nquads", "trig": "trig", "jsonld": "json-ld"}[fmt])
    reference = Dataset()
    run_cli(cli, "export", "--store", str(seeds_store), "--format", "nquads", "-o", str(tmp_path / "ref.nq"))
    reference.parse(tmp_path / "ref.nq", format="nquads")
    assert len(ds) == len(reference) > 1000
    assert set(ds.quads((None, BG.fileName, None, None))) == set(
        reference.quads((None, BG.fileName, None, None))
    )


def test_turtle_export_is_the_union(seeds_store: Path, cli: str, tmp_path: Path) -> None:
    out = tmp_path / "graph.ttl"
    run_cli(cli, "export", "--store", str(seeds_store), "--format", "turtle", "-o", str(out))
    g = Graph().parse(out, format="turtle")
    assert len(set(g.subjects(predicate=BG.fileName))) == 5


def test_missing_input_is_reported(cli: str, tmp_path: Path) -> None:
    result = run_cli(
        cli, "build", str(tmp_path / "nope.txt"), str(EXAMPLES), "--store", str(tmp_path / "s"), check=False
    )
    assert result.returncode == 1
    assert "nope.txt: no such file or folder" in result.stderr


RELATION_EVIDENCE = """
SELECT ?file ?s ?p ?o ?start ?end ?evidence WHERE {
  ?a a bg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
     bg:inDocument ?doc ; bg:start ?start ; bg:end ?end ; bg:evidence ?evidence .
  ?doc bg:fileName ?file .
}"""
RELATION_TRIPLES = """
SELECT DISTINCT ?s ?p ?o WHERE {
  ?s ?p ?o .
  FILTER(?p IN (org:holds, org:memberOf, bg:implements, bg:responsibleFor, bg:transposes, bg:amends,
                bg:partOf, bg:cooperatesWith, bg:partnerOf, bg:supports, bg:opposes))
  FILTER NOT EXISTS { GRAPH <https://w3id.org/beleidsgraaf/id/graph/vocabulary> { ?s ?p ?o } }
}"""


def test_every_relation_has_evidence_at_its_offsets(seeds_store: Path, seeds: Path, cli: str) -> None:
    from beleidsgraaf.graph.store import GraphStore

    store = GraphStore(seeds_store, read_only=True)
    texts = {p.name: run_cli(cli, "text", str(p)).stdout for p in seeds.iterdir()}
    evidenced = set()
    for row in store.query(RELATION_EVIDENCE):
        text = texts[row["file"].value]
        start, end = int(row["start"].value), int(row["end"].value)
        assert row["evidence"].value and text[start:end] == row["evidence"].value
        evidenced.add((row["s"].value, row["p"].value, row["o"].value))
    triples = {(r["s"].value, r["p"].value, r["o"].value) for r in store.query(RELATION_TRIPLES)}
    assert triples and triples <= evidenced


def test_a_new_extraction_set_up_re_extracts_unchanged_documents(cli: str, tmp_path: Path) -> None:
    from pyoxigraph import Store

    store = tmp_path / "store"
    run_cli(cli, "build", str(EXAMPLES), "--store", str(store))
    assert "0 stored, 3 unchanged" in run_cli(cli, "build", str(EXAMPLES), "--store", str(store)).stderr
    # a store built by another version, vocabulary or pipeline carries another key
    raw = Store(str(store))
    raw.update(
        "DELETE { GRAPH ?g { ?d bg:extractedWith ?k } } INSERT { GRAPH ?g { ?d bg:extractedWith 'old' } } "
        "WHERE { GRAPH ?g { ?d bg:extractedWith ?k } }",
        prefixes={"bg": str(BG)},
    )
    del raw
    assert "3 stored, 0 unchanged" in run_cli(cli, "build", str(EXAMPLES), "--store", str(store)).stderr


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


def test_an_empty_folder_is_reported(cli: str, tmp_path: Path) -> None:
    (tmp_path / "leeg").mkdir()
    result = run_cli(cli, "build", str(tmp_path / "leeg"), "--store", str(tmp_path / "s"), check=False)
    assert result.returncode == 1 and "no txt, md, html, docx or pdf files" in result.stderr
