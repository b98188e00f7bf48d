"""Every export format on small graphs built here: read back, same nodes, edges, weights and labels."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import networkx as nx
import pytest

from beleidsgraaf.graph.exports import (
    EXPORTERS,
    csv_paths,
    slice_interval,
    slice_path,
    write_csv,
    write_cytoscape,
    write_dl,
    write_gexf,
    write_graphml,
    write_json,
    write_pajek,
)

ID = "https://w3id.org/beleidsgraaf/id/"
UKRAINE, RAAD, RUTTE, KLAVER = (f"{ID}{n}" for n in ("oekraine", "raad-x", "rutte", "klaver"))
SANCTIONS, AID = f"{ID}sancties", f"{ID}steun"
LABELS = {
    UKRAINE: "Oekraïne",
    RAAD: 'Raad "X"',
    RUTTE: "Mark Rutte",
    KLAVER: "Jesse Klaver",
    SANCTIONS: "Sancties tegen Rusland",
    AID: "Steun aan Oekraïne",
}
TYPES = {UKRAINE: "Country", RAAD: "Organisation", RUTTE: "Person", KLAVER: "Person"}


def node(graph: nx.Graph, iri: str, mode: int = 0, documents: int = 1, first: str = "2024-01-05") -> None:
    graph.add_node(
        iri,
        label=LABELS[iri],
        type=TYPES.get(iri, "Policy"),
        iri=iri,
        identifiers="http://www.wikidata.org/entity/Q212" if iri == UKRAINE else "",
        mode=mode,
        documents=documents,
        first_date=first,
        last_date="2025-06-30",
        degree_centrality=0.5,
    )


def edge(
    graph: nx.Graph, u: str, v: str, weight: float, predicate: str = "", date: str = "2024-03-01"
) -> None:
    graph.add_edge(
        u,
        v,
        weight=weight,
        evidence_count=int(weight),
        first_date=date,
        last_date=date,
        evidence=[f"{ID}assertion-{i}" for i in range(int(weight))],
        sentences=[{"text": f'Het kabinet steunt "{LABELS[v]}".', "file": "001.txt", "date": date}],
        predicate=predicate,
    )


def affiliation() -> nx.Graph:
    """3 actors × 2 policies, two-mode."""
    graph = nx.Graph(projection="affiliation", slice="all", bipartite=True)
    for actor in (UKRAINE, RAAD, RUTTE):
        node(graph, actor, mode=0)
    for policy in (SANCTIONS, AID):
        node(graph, policy, mode=1)
    edge(graph, UKRAINE, AID, 2.0, "bg:supports")
    edge(graph, RAAD, SANCTIONS, 1.0, "bg:implements bg:supports")
    edge(graph, RUTTE, SANCTIONS, 3.0, "bg:supports")
    edge(graph, RUTTE, AID, 1.0, "bg:supports")
    return graph


def co_mention(slice_name: str = "all", actors: tuple[str, ...] = (UKRAINE, RAAD, RUTTE)) -> nx.Graph:
    """Weighted one-mode graph; KLAVER, when present, is an isolate."""
    graph = nx.Graph(projection="co-mention", slice=slice_name, bipartite=False)
    for actor in actors:
        node(graph, actor, documents=2)
    edge(graph, UKRAINE, RAAD, 2.5)
    edge(graph, RUTTE, UKRAINE, 1.0)
    return graph


def series() -> list[nx.Graph]:
    """2024 and 2025; KLAVER appears in 2025 only, with an edge to RUTTE."""
    g2024 = co_mention("2024")
    g2025 = co_mention("2025", (UKRAINE, RAAD, RUTTE, KLAVER))
    g2025.nodes[KLAVER]["first_date"] = "2025-02-01"
    g2025.edges[UKRAINE, RAAD]["weight"] = 4.0
    edge(g2025, KLAVER, RUTTE, 2.0, date="2025-02-01")
    return [g2024, g2025]


def weights(graph: nx.Graph) -> dict[frozenset[str], float]:
    return {frozenset((u, v)): float(d["weight"]) for u, v, d in graph.edges(data=True)}


def label_weights(graph: nx.Graph) -> dict[frozenset[str], float]:
    """Weights keyed by labels, for formats that name vertices by their label."""
    return {
        frozenset((LABELS[u], LABELS[v])): w
        for (u, v), w in ((tuple(k), w) for k, w in weights(graph).items())
    }


GRAPHS = {"affiliation": affiliation, "co-mention": co_mention}
BUILDS = {**GRAPHS, "series": series}


def test_registry_names_the_contract_formats() -> None:
    assert set(EXPORTERS) == {"graphml", "gexf", "pajek", "dl", "csv", "json", "cytoscape"}


@pytest.mark.parametrize("name", sorted(EXPORTERS))
@pytest.mark.parametrize("build", sorted(BUILDS))
def test_every_format_writes_and_is_reproducible(tmp_path: Path, name: str, build: str) -> None:
    for run in ("a", "b"):
        EXPORTERS[name](BUILDS[build](), tmp_path / run / f"net.{name}")
    files = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").iterdir())
    assert files
    for rel in files:
        assert (tmp_path / "a" / rel).read_bytes() == (tmp_path / "b" / rel).read_bytes(), rel


def read_graphml(path: Path) -> nx.Graph:
    """GraphML read back, its nodes keyed by IRI again (the file's ids are n0, n1, …)."""
    back = nx.read_graphml(path)
    assert sorted(back) == sorted(f"n{i}" for i in range(back.number_of_nodes()))
    return nx.relabel_nodes(back, {n: d["iri"] for n, d in back.nodes(data=True)})


@pytest.mark.parametrize("build", sorted(GRAPHS))
def test_graphml_reads_back(tmp_path: Path, build: str) -> None:
    graph = GRAPHS[build]()
    write_graphml(graph, tmp_path / "net.graphml")
    back = read_graphml(tmp_path / "net.graphml")
    assert set(back) == set(graph)
    assert weights(back) == weights(graph)
    assert {n: d["label"] for n, d in back.nodes(data=True)} == {n: LABELS[n] for n in graph}
    assert back.graph["projection"] == graph.graph["projection"]
    some = back.edges[UKRAINE, RAAD if build == "co-mention" else AID]
    assert some["evidence"].split() == [f"{ID}assertion-0", f"{ID}assertion-1"]
    assert json.loads(some["sentences_json"])[0]["file"] == "001.txt"
    assert back.nodes[RUTTE]["mode"] == 0 and back.nodes[RUTTE]["documents"] >= 1


@pytest.mark.parametrize("name", ["graphml", "gexf", "json", "cytoscape", "csv"])
def test_two_mode_files_mark_the_modes_as_igraph_does(tmp_path: Path, name: str) -> None:
    """igraph takes a vertex attribute `type` for its bipartite marker: a boolean on two-mode graphs,
    absent from one-mode ones; the entity class is `entity_type`."""
    for build, graph in GRAPHS.items():
        EXPORTERS[name](graph(), tmp_path / f"{build}.{name}")
        nodes = _file_nodes(name, tmp_path / f"{build}.{name}")
        assert {n["entity_type"] for n in nodes.values()} >= {"Country", "Person"}
        if build == "affiliation":
            assert {iri: n["type"] for iri, n in nodes.items()} == {
                iri: iri in (SANCTIONS, AID) for iri in graph()
            }
        else:
            assert not any("type" in n for n in nodes.values())


def _file_nodes(name: str, path: Path) -> dict[str, dict]:
    """The node attributes a file holds, by IRI, with booleans as booleans."""
    if name == "graphml":
        return dict(read_graphml(path).nodes(data=True))
    if name == "gexf":
        return dict(nx.read_gexf(path).nodes(data=True))
    if name == "json":
        return {n["id"]: n for n in json.loads(path.read_text(encoding="utf-8"))["nodes"]}
    if name == "cytoscape":
        elements = json.loads(path.read_text(encoding="utf-8"))["elements"]["nodes"]
        return {n["data"]["id"]: n["data"] for n in elements}
    with csv_paths(path)[0].open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        if "type" in row:
            assert row["type"] in ("TRUE", "FALSE")  # as R's read.csv reads a logical column
            row["type"] = row["type"] == "TRUE"
    return {row["id"]: row for row in rows}


def test_static_gexf_reads_back_with_dates(tmp_path: Path) -> None:
    graph = affiliation()
    write_gexf(graph, tmp_path / "net.gexf")
    back = nx.read_gexf(tmp_path / "net.gexf")
    assert set(back) == set(graph)
    assert weights(back) == weights(graph)
    assert back.nodes[RAAD]["label"] == 'Raad "X"' and back.nodes[UKRAINE]["label"] == "Oekraïne"
    assert back.nodes[RUTTE]["first_date"] == "2024-01-05"
    assert back.edges[RUTTE, SANCTIONS]["last_date"] == "2024-03-01"
    assert back.graph["mode"] == "static"


def test_dynamic_gexf_has_spells_for_the_series(tmp_path: Path) -> None:
    write_gexf(series(), tmp_path / "series.gexf")
    text = (tmp_path / "series.gexf").read_text(encoding="utf-8")
    assert 'mode="dynamic"' in text and 'timeformat="date"' in text
    back = nx.read_gexf(tmp_path / "series.gexf")
    assert set(back) == {UKRAINE, RAAD, RUTTE, KLAVER}
    # in both years: one merged spell; only in 2025: starts in 2025
    assert back.nodes[UKRAINE]["spells"] == [("2024-01-01", "2025-12-31")]
    assert back.nodes[KLAVER]["spells"] == [("2025-01-01", "2025-12-31")]
    assert back.edges[KLAVER, RUTTE]["spells"] == [("2025-01-01", "2025-12-31")]
    slice_weight = back.edges[UKRAINE, RAAD]["slice_weight"]
    assert slice_weight == [(2.5, "2024-01-01", "2024-12-31"), (4.0, "2025-01-01", "2025-12-31")]
    assert back.edges[UKRAINE, RAAD]["weight"] == 6.5  # counts add up over the period
    assert back.nodes[KLAVER]["label"] == "Jesse Klaver"
    # every attribute of a dynamic graph is dynamic and bounded: one list per class, as graphology reads
    assert back.nodes[KLAVER]["first_date"] == [("2025-02-01", "2025-01-01", "2025-12-31")]
    assert back.nodes[UKRAINE]["iri"] == [(UKRAINE, "2024-01-01", "2025-12-31")]
    assert text.count("<attributes ") == 2 and 'mode="static"' not in text
    assert "<graph " in text and " name=" not in text.split("<graph ", 1)[1].split(">", 1)[0]


def test_slice_intervals() -> None:
    assert slice_interval("2024") == ("2024-01-01", "2024-12-31")
    assert slice_interval("2024-02") == ("2024-02-01", "2024-02-29")
    assert slice_interval("2025-Q2") == ("2025-04-01", "2025-06-30")
    assert slice_interval("2025-01-01..2025-03-31") == ("2025-01-01", "2025-03-31")
    with pytest.raises(ValueError):
        slice_interval("all")


@pytest.mark.parametrize("build", sorted(GRAPHS))
def test_pajek_reads_back_with_labels(tmp_path: Path, build: str) -> None:
    graph = GRAPHS[build]()
    write_pajek(graph, tmp_path / "net.net")
    lines = (tmp_path / "net.net").read_text(encoding="utf-8").splitlines()
    assert lines[0] == f"*Network {graph.graph['projection']}"  # unquoted: statnet keeps quotes
    # Pajek's two-mode form names how many vertices are actors (listed first); networkx's reader
    # knows the one-mode form only, so it is given that (igraph and statnet: test_readers.py)
    assert lines[1] == ("*Vertices 5 3" if graph.graph["bipartite"] else "*Vertices 3")
    one_mode = [lines[0], "*Vertices 5" if graph.graph["bipartite"] else lines[1], *lines[2:]]
    back = nx.Graph(nx.parse_pajek(one_mode))
    # Pajek has no escape for ": it becomes '
    expected = {iri: LABELS[iri].replace('"', "'") for iri in graph}
    assert set(back) == set(expected.values())
    got = {frozenset(e): float(d["weight"]) for *e, d in back.edges(data=True)}
    assert got == {frozenset(expected[i] for i in k): w for k, w in weights(graph).items()}
    if graph.graph["bipartite"]:
        clu = (tmp_path / "net.clu").read_text().split()
        assert clu == ["*Vertices", "5", "1", "1", "1", "2", "2"]


def read_dl(path: Path) -> tuple[dict[frozenset[str], float], set[str]]:
    """A tiny UCINET DL reader: EDGELIST1 with LABELS:, or FULLMATRIX with ROW/COLUMN LABELS:."""
    lines = path.read_text(encoding="utf-8").splitlines()
    header = dict(re.findall(r"(\w+)\s*=\s*(\w+)", " ".join(lines[:2])))
    sections: dict[str, list[str]] = {}
    current = ""
    for line in lines[2:]:
        if line.rstrip().endswith(":") and line.upper() == line.upper().strip():
            current = line.strip().rstrip(":").upper()
            sections[current] = []
        else:
            sections[current].append(line)
    edges: dict[frozenset[str], float] = {}
    if header["FORMAT"] == "EDGELIST1":
        labels = [x.strip() for x in sections["LABELS"]]
        assert len(labels) == int(header["N"])
        for row in sections["DATA"]:
            a, b, w = row.split()
            key = frozenset((labels[int(a) - 1], labels[int(b) - 1]))
            assert edges.get(key, float(w)) == float(w)  # symmetric
            edges[key] = float(w)
        return edges, set(labels)
    rows = [x.strip() for x in sections["ROW LABELS"]]
    cols = [x.strip() for x in sections["COLUMN LABELS"]]
    assert (len(rows), len(cols)) == (int(header["NR"]), int(header["NC"]))
    for r, row in zip(rows, sections["DATA"], strict=True):
        for c, cell in zip(cols, row.split(), strict=True):
            if float(cell):
                edges[frozenset((r, c))] = float(cell)
    return edges, set(rows) | set(cols)


@pytest.mark.parametrize("build", sorted(GRAPHS))
def test_dl_parses_back(tmp_path: Path, build: str) -> None:
    graph = GRAPHS[build]()
    if build == "co-mention":
        node(graph, KLAVER)  # an isolate survives in the LABELS: list
    write_dl(graph, tmp_path / "net.dl")
    edges, labels = read_dl(tmp_path / "net.dl")
    # igraph's reader splits labels at spaces even in quotes, and keeps quotes: _ for spaces, ' for "
    expected = {iri: LABELS[iri].replace(" ", "_").replace('"', "'") for iri in graph}
    assert labels == set(expected.values()) and "Mark_Rutte" in labels
    assert edges == {frozenset(expected[i] for i in k): w for k, w in weights(graph).items()}
    # the size and the format on lines of their own, as igraph's reader wants; two-mode in UCINET's
    # two-mode form (NR rows × NC columns)
    head = (tmp_path / "net.dl").read_text(encoding="utf-8").splitlines()[:2]
    assert head == (
        ["DL NR=3, NC=2", "FORMAT = FULLMATRIX"]
        if build == "affiliation"
        else ["DL N=4", "FORMAT = EDGELIST1"]
    )


def test_csv_node_and_edge_lists_for_a_series(tmp_path: Path) -> None:
    write_csv(series(), tmp_path / "net.csv")
    nodes_path, edges_path = csv_paths(tmp_path / "net.csv")
    assert (nodes_path.name, edges_path.name) == ("net.nodes.csv", "net.edges.csv")
    with nodes_path.open(encoding="utf-8", newline="") as handle:
        nodes = list(csv.DictReader(handle))
    with edges_path.open(encoding="utf-8", newline="") as handle:
        edges = list(csv.DictReader(handle))
    assert list(nodes[0])[:9] == [
        "id",
        "label",
        "entity_type",
        "iri",
        "identifiers",
        "mode",
        "documents",
        "first_date",
        "last_date",
    ]
    by_id = {row["id"]: row for row in nodes}
    assert set(by_id) == {UKRAINE, RAAD, RUTTE, KLAVER}
    assert by_id[RAAD]["label"] == 'Raad "X"' and by_id[UKRAINE]["label"] == "Oekraïne"
    assert by_id[KLAVER]["slices"] == "2025" and by_id[UKRAINE]["slices"] == "2024 2025"
    assert list(edges[0])[:9] == [
        "source",
        "target",
        "weight",
        "evidence_count",
        "first_date",
        "last_date",
        "evidence",
        "predicate",
        "slice",
    ]
    got = {(frozenset((e["source"], e["target"])), e["slice"]): float(e["weight"]) for e in edges}
    assert got[frozenset((UKRAINE, RAAD)), "2024"] == 2.5
    assert got[frozenset((UKRAINE, RAAD)), "2025"] == 4.0
    assert len(got) == 5
    assert all("sentences" not in key for key in edges[0])


def test_csv_paths() -> None:
    assert csv_paths(Path("out/net.edges.csv")) == (Path("out/net.nodes.csv"), Path("out/net.edges.csv"))
    assert csv_paths(Path("out/net")) == (Path("out/net/nodes.csv"), Path("out/net/edges.csv"))


@pytest.mark.parametrize("build", sorted(GRAPHS))
def test_node_link_json_reads_back(tmp_path: Path, build: str) -> None:
    graph = GRAPHS[build]()
    write_json(graph, tmp_path / "net.json")
    data = json.loads((tmp_path / "net.json").read_text(encoding="utf-8"))
    assert "links" in data and "edges" not in data  # D3's forceLink(data.links)
    back = nx.node_link_graph(data, edges="links")
    assert set(back) == set(graph) and weights(back) == weights(graph)
    assert back.nodes[RAAD]["label"] == 'Raad "X"'
    assert back.graph == graph.graph
    u, v, data = next(iter(graph.edges(data=True)))
    assert back.edges[u, v]["sentences"] == data["sentences"]


@pytest.mark.parametrize("build", sorted(GRAPHS))
def test_cytoscape_json_has_every_element(tmp_path: Path, build: str) -> None:
    graph = GRAPHS[build]()
    write_cytoscape(graph, tmp_path / "net.cyjs")
    data = json.loads((tmp_path / "net.cyjs").read_text(encoding="utf-8"))
    nodes = {n["data"]["id"]: n["data"] for n in data["elements"]["nodes"]}
    assert set(nodes) == set(graph)
    assert nodes[UKRAINE]["label"] == nodes[UKRAINE]["name"] == "Oekraïne"
    assert nodes[RAAD]["entity_type"] == "Organisation"
    edges = data["elements"]["edges"]
    assert len({e["data"]["id"] for e in edges}) == graph.number_of_edges()
    got = {frozenset((e["data"]["source"], e["data"]["target"])): e["data"]["weight"] for e in edges}
    assert got == weights(graph)
    assert data["data"]["projection"] == graph.graph["projection"]


@pytest.mark.parametrize("name", ["graphml", "pajek", "dl", "json", "cytoscape"])
def test_a_series_writes_one_file_per_slice(tmp_path: Path, name: str) -> None:
    path = tmp_path / f"net.{name}"
    EXPORTERS[name](series(), path)
    assert not path.exists()
    assert slice_path(path, "2024").exists() and slice_path(path, "2025").exists()
    assert slice_path(path, "2025-01-01..2025-03-31").name == f"net.2025-01-01..2025-03-31.{name}"


@pytest.mark.parametrize("name", ["gexf", "graphml", "pajek", "json", "cytoscape"])
def test_files_say_how_many_undated_documents_a_period_left_out(tmp_path: Path, name: str) -> None:
    graphs = series()
    for g in graphs:
        g.graph["undated_documents"] = 2
    EXPORTERS[name](graphs, tmp_path / f"net.{name}")
    written = sorted(tmp_path.iterdir())
    assert written
    for path in written:
        text = path.read_text(encoding="utf-8")
        if name == "gexf":
            assert (
                "2 undated documents left out" in text.split("<description>", 1)[1].split("</description>")[0]
            )
        elif name == "graphml":
            assert read_graphml(path).graph["undated_documents"] == 2
        elif name == "pajek":
            assert text.splitlines()[1] == "% 2 undated documents left out (no period or slice holds them)"
        elif name == "json":
            assert json.loads(text)["graph"]["undated_documents"] == 2
        else:
            assert json.loads(text)["data"]["undated_documents"] == 2
