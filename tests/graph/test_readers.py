"""The seeds' projections in every export format, opened by the readers researchers use (see
tests/graph/readers/README.md): each reader must accept the file without leniency options and see
the projection's nodes, edges, labels and weights, so that all formats agree with one another.

A reader that is not installed skips its tests with the reason (`make readers` installs them).
igraph's DL reader knows one-mode files only (`DL N=`); two-mode DL files are in UCINET's two-mode
form (`NR`, `NC`), checked in test_exports.py.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest

from beleidsgraaf.graph import network
from beleidsgraaf.graph.exports import EXPORTERS, csv_paths
from beleidsgraaf.graph.store import GraphStore

READERS = Path(__file__).with_name("readers")
SCHEMAS = {
    "gexf": READERS / "xsd" / "gexf-1.2draft" / "gexf.xsd",
    "graphml": READERS / "xsd" / "graphml-1.0" / "graphml.xsd",
}
PROJECTIONS = ("affiliation", "co-mention", "citation", "membership")
SUFFIX = {"graphml": "graphml", "gexf": "gexf", "pajek": "net", "dl": "dl", "csv": "csv", "json": "json"}
SUFFIX["cytoscape"] = "cyjs"
# the R readers: (reader, format) → the export format it opens
R_READS = {
    ("igraph", "graphml"): "graphml",
    ("igraph", "pajek"): "pajek",
    ("igraph", "dl"): "dl",
    ("igraph", "csv"): "csv",
    ("statnet", "pajek"): "pajek",
}
# igraph's DL reader knows one-mode files only: see the module's docstring
R_ASKS = [
    (projection, reader, fmt)
    for projection in PROJECTIONS
    for reader, fmt in R_READS
    if not (fmt == "dl" and projection in ("affiliation", "membership"))
]
JS_READS = {"graphology": "gexf", "d3": "json", "cytoscape": "cytoscape"}


def _missing(*commands: str) -> str | None:
    absent = [c for c in commands if shutil.which(c) is None]
    return f"{', '.join(absent)} not installed (make readers installs it)" if absent else None


@pytest.fixture(scope="module")
def graphs(seeds_store: Path) -> dict[str, nx.Graph]:
    store = GraphStore(seeds_store, read_only=True)
    return {p: network(store, p) for p in PROJECTIONS} | {
        "series": network(store, "co-mention", slices="year")
    }


@pytest.fixture(scope="module")
def files(
    graphs: dict[str, nx.Graph], tmp_path_factory: pytest.TempPathFactory
) -> dict[tuple[str, str], Path]:
    """Every projection in every format, written as `beleidsgraaf network` writes them."""
    out = tmp_path_factory.mktemp("exports")
    written = {}
    for projection in PROJECTIONS:
        for fmt, write in EXPORTERS.items():
            path = out / f"{projection}.{SUFFIX[fmt]}"
            write(graphs[projection], path)
            written[projection, fmt] = csv_paths(path)[1] if fmt == "csv" else path
    written["series", "gexf"] = out / "series.gexf"
    EXPORTERS["gexf"](graphs["series"], written["series", "gexf"])
    return written


def _key(u: str, v: str, directed: bool) -> tuple[str, str]:
    return (u, v) if directed else tuple(sorted((u, v)))


def expected(graph: nx.Graph | list[nx.Graph], label=lambda text: text) -> tuple[Counter, Counter]:
    """The labels and the (endpoint labels, weight) of the edges a reader should see."""
    if isinstance(graph, list):  # a series in one dynamic file: the union, an edge's weight summed
        union = nx.compose_all(graph)
        for u, v in union.edges:
            union.edges[u, v]["weight"] = sum(g.edges[u, v]["weight"] for g in graph if g.has_edge(u, v))
        graph = union
    name = {n: label(d["label"]) for n, d in graph.nodes(data=True)}
    links = Counter(
        (_key(name[u], name[v], graph.is_directed()), round(float(d["weight"]), 9))
        for u, v, d in graph.edges(data=True)
    )
    return Counter(name.values()), links


def seen_links(seen: dict, directed: bool) -> Counter:
    return Counter((_key(u, v, directed), round(float(w), 9)) for u, v, w in seen["links"])


def assert_sees(seen: dict, graph: nx.Graph | list[nx.Graph], label=lambda text: text) -> None:
    assert "error" not in seen, seen.get("error")
    labels, links = expected(graph, label)
    one = graph[0] if isinstance(graph, list) else graph
    assert seen["directed"] == one.is_directed()
    assert seen["nodes"] == sum(labels.values()) and seen["edges"] == sum(links.values())
    assert Counter(seen["labels"]) == labels
    assert seen_links(seen, one.is_directed()) == links


# ---------------------------------------------------------------- xmllint and the schemas


@pytest.mark.parametrize(
    ("projection", "fmt"), [(p, f) for p in PROJECTIONS for f in SCHEMAS] + [("series", "gexf")]
)
def test_valid_against_the_schema(files: dict, projection: str, fmt: str) -> None:
    if reason := _missing("xmllint"):
        pytest.skip(reason)
    result = subprocess.run(
        ["xmllint", "--noout", "--schema", str(SCHEMAS[fmt]), str(files[projection, fmt])],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]


# ---------------------------------------------------------------- R: igraph and statnet


@pytest.fixture(scope="module")
def r_seen(files: dict) -> dict[tuple[str, str, str], dict]:
    """What igraph and statnet saw in each file, from one R session."""
    if reason := _missing("Rscript"):
        pytest.skip(reason)
    probe = subprocess.run(
        ["Rscript", "-e", "library(igraph); library(network); library(jsonlite)"],
        capture_output=True,
        text=True,
    )
    if probe.returncode != 0:
        pytest.skip(
            f"R's igraph, network or jsonlite not installed (make readers installs them): {probe.stderr[-300:]}"
        )
    args = []
    for projection, reader, fmt in R_ASKS:
        as_read = "csv-directed" if fmt == "csv" and projection == "citation" else fmt
        args.append(f"{reader}:{as_read}:{files[projection, R_READS[reader, fmt]]}")
    result = subprocess.run(
        ["Rscript", str(READERS / "read.R"), *args], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return dict(zip(R_ASKS, json.loads(result.stdout), strict=True))


@pytest.mark.parametrize(("projection", "reader", "fmt"), R_ASKS)
def test_r_reads_the_same_network(r_seen: dict, graphs: dict, projection: str, reader: str, fmt: str) -> None:
    graph = graphs[projection]
    seen = r_seen[projection, reader, fmt]
    if fmt == "dl":  # igraph reads an edge list as arcs: an undirected edge is written both ways
        assert_sees(seen, graph if graph.is_directed() else graph.to_directed(), _dl)
        assert not seen["bipartite"]
        return
    assert_sees(seen, graph)
    two_mode = graph.graph["bipartite"]
    assert seen["bipartite"] == two_mode
    if reader == "statnet":
        assert seen["title"] == projection  # not '"affiliation"'
        if two_mode:
            assert seen["first_mode"] == sum(1 for _, m in graph.nodes(data="mode") if m == 0)
        return
    if two_mode:  # igraph's bipartite marker is the boolean `type`, and its projection works
        actors = sum(1 for _, m in graph.nodes(data="mode") if m == 0)
        assert seen["type_class"] == "logical"
        assert seen["projection_sizes"] == [actors, graph.number_of_nodes() - actors]
    else:
        assert "type" not in seen["vertex_attributes"]
    if fmt in ("graphml", "csv"):
        assert "entity_type" in seen["vertex_attributes"]


def _dl(label: str) -> str:
    """A label as the DL file holds it (graph/schema.md): white space and commas as _, " as '."""
    return "_".join(label.replace(",", " ").split()).replace('"', "'")


# ---------------------------------------------------------------- JavaScript: graphology, D3, Cytoscape.js


@pytest.fixture(scope="module")
def js_seen(files: dict) -> dict[tuple[str, str], dict]:
    if reason := _missing("node"):
        pytest.skip(reason)
    if not (READERS / "node_modules").is_dir():
        pytest.skip(f"npm packages not installed in {READERS / 'node_modules'} (make readers installs them)")
    asks = [(p, r) for p in PROJECTIONS for r in JS_READS] + [("series", "graphology")]
    args = [f"{reader}:{files[projection, JS_READS[reader]]}" for projection, reader in asks]
    result = subprocess.run(
        ["node", str(READERS / "read.mjs"), *args], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return dict(zip(asks, json.loads(result.stdout), strict=True))


@pytest.mark.parametrize("projection", PROJECTIONS)
@pytest.mark.parametrize("reader", list(JS_READS))
def test_javascript_reads_the_same_network(js_seen: dict, graphs: dict, projection: str, reader: str) -> None:
    assert_sees(js_seen[projection, reader], graphs[projection])


def test_a_dynamic_gexf_loads_in_graphology_without_flags(js_seen: dict, graphs: dict) -> None:
    assert len(graphs["series"]) > 1
    assert_sees(js_seen["series", "graphology"], graphs["series"])
