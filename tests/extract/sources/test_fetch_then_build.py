"""A fetched corpus built as a user would: the publisher's metadata reaches the graph, and a record
corrected at the source re-extracts its document even though the file did not change."""

from __future__ import annotations

import json
from pathlib import Path

from beleidsgraaf.graph.store import GraphStore
from tests.conftest import run_cli

DOCS = """SELECT ?file ?date ?kind WHERE {
  ?d bg:fileName ?file ; dcterms:date ?date ; bg:documentKind/skos:prefLabel ?kind }"""
DATED_MEMBERSHIPS = """SELECT ?person ?org ?start WHERE {
  ?m a org:Membership ; org:member ?person ; org:organization ?org ; bg:startDate ?start .
  ?person org:memberOf ?org }"""


def test_fetch_then_build(cli: str, tk, tmp_path: Path) -> None:
    corpus, store = tmp_path / "corpus", tmp_path / "store"
    run_cli(
        cli,
        "fetch",
        "tweedekamer",
        "--dossier",
        "26485",
        "--api-root",
        tk.root,
        "--min-interval",
        "0",
        "-o",
        str(corpus),
    )
    manifest = [json.loads(line) for line in (corpus / "manifest.jsonl").read_text().splitlines()]
    assert "3 stored" in run_cli(cli, "build", str(corpus), "--store", str(store)).stderr

    graph = GraphStore(store, read_only=True)
    dates = {r["file"].value: r["date"].value for r in graph.query(DOCS)}
    assert dates == {m["file_name"]: m["date"] for m in manifest}
    assert list(graph.query(DATED_MEMBERSHIPS))
    del graph

    assert "0 stored, 3 unchanged" in run_cli(cli, "build", str(corpus), "--store", str(store)).stderr
    # the source corrects a date: only that document is extracted again, and the graph follows
    manifest[0]["date"] = "2020-02-02"
    (corpus / "manifest.jsonl").write_text("".join(json.dumps(m) + "\n" for m in manifest))
    assert "1 stored, 2 unchanged" in run_cli(cli, "build", str(corpus), "--store", str(store)).stderr
    graph = GraphStore(store, read_only=True)
    assert {r["date"].value for r in graph.query(DOCS) if r["file"].value == manifest[0]["file_name"]} == {
        "2020-02-02"
    }
