"""Analytics against figures worked out by hand on graphs small enough to check on paper."""

from __future__ import annotations

import csv
import doctest
import importlib
import itertools
import math
import random
from pathlib import Path

import networkx as nx
import pytest
from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

from beleidsgraaf.graph.analytics import (
    ROLES,
    analyze,
    betweenness,
    brokerage,
    core_number,
    degree_centralization,
    eigenvector,
    eigenvector_with_method,
    louvain,
    mean_strength,
    pagerank,
    partition,
    strength,
    summary,
    write_report,
)

approx = pytest.approx


def path4() -> nx.Graph:
    return nx.Graph([("a", "b"), ("b", "c"), ("c", "d")])


def star(leaves: int = 4) -> nx.Graph:
    return nx.Graph([("hub", f"l{i}") for i in range(leaves)])


def bridged_triangles() -> nx.Graph:
    """a-b-c and d-e-f, joined by the bridge c-d; a, b, c are persons, d, e, f organisations."""
    G = nx.Graph(projection="co-mention", slice="all", bipartite=False)
    for key in "abcdef":
        G.add_node(key, label=key.upper(), type="Person" if key in "abc" else "Organisation", iri=key)
    edges = [("a", "b"), ("b", "c"), ("a", "c"), ("d", "e"), ("e", "f"), ("d", "f"), ("c", "d")]
    G.add_edges_from(edges, weight=1.0)
    return G


# --- centrality ------------------------------------------------------------------------------------


def test_path_of_four_degree_strength_and_betweenness() -> None:
    G = path4()
    nx.set_edge_attributes(G, {("a", "b"): 2.0, ("b", "c"): 0.5, ("c", "d"): 1.0}, "weight")
    assert strength(G) == {"a": 2.0, "b": 2.5, "c": 1.5, "d": 1.0}
    assert strength(G, weight=None) == {"a": 1.0, "b": 2.0, "c": 2.0, "d": 1.0}
    # b lies on a–c and a–d: 2 of the (n-1)(n-2)/2 = 3 pairs not involving b
    assert betweenness(G) == approx({"a": 0.0, "b": 2 / 3, "c": 2 / 3, "d": 0.0})


def test_path_of_four_eigenvector_is_the_sine_vector() -> None:
    # adjacency eigenvector of P4 for λ = 2cos(π/5): x_k ∝ sin(kπ/5), k = 1..4; norm² = 2.5
    expected = {n: math.sin(k * math.pi / 5) / math.sqrt(2.5) for k, n in enumerate("abcd", start=1)}
    assert eigenvector(path4()) == approx(expected, abs=1e-5)


def test_star_figures() -> None:
    G = star(4)
    assert betweenness(G) == approx({"hub": 1.0, **{f"l{i}": 0.0 for i in range(4)}})
    # λ = √4 = 2, hub = 2·leaf, hub² + 4·leaf² = 1
    leaf = 1 / math.sqrt(8)
    assert eigenvector(G) == approx({"hub": 2 * leaf, **{f"l{i}": leaf for i in range(4)}}, abs=1e-5)
    # PageRank: h = (1-α)/5 + α·(1-h)  (every leaf sends everything to the hub) → h = 0.88 / 1.85
    pr = pagerank(G)
    assert pr["hub"] == approx(0.88 / 1.85, abs=1e-5)
    assert pr["l0"] == approx((1 - 0.88 / 1.85) / 4, abs=1e-5)
    assert sum(pr.values()) == approx(1.0)


def test_betweenness_reads_weights_as_strengths() -> None:
    # x–y–z with strong ties (distance 1/4 each) beats the weak direct tie x–z (distance 1)
    G = nx.Graph()
    G.add_edge("x", "y", weight=4.0)
    G.add_edge("y", "z", weight=4.0)
    G.add_edge("x", "z", weight=1.0)
    assert betweenness(G)["y"] == approx(1.0)
    assert betweenness(G, weight=None)["y"] == approx(0.0)
    G["x"]["z"]["weight"] = 8.0  # now the direct tie is the shortest road
    assert betweenness(G)["y"] == approx(0.0)
    G["x"]["z"]["weight"] = 0.0  # a zero-weight edge carries no paths
    assert betweenness(G)["y"] == approx(1.0)


def test_pagerank_matches_networkx_python_reference() -> None:
    G = nx.gnp_random_graph(120, 0.04, seed=3, directed=True)
    for u, v in G.edges:
        G[u][v]["weight"] = float((u * 7 + v) % 5 + 1)
    G.add_node("dangling")
    ours, reference = pagerank(G), _pagerank_python(G)
    assert ours == approx(reference, abs=1e-9)
    U = G.to_undirected()
    assert pagerank(U) == approx(_pagerank_python(U), abs=1e-9)


def test_eigenvector_matches_networkx_power_iteration() -> None:
    G = nx.powerlaw_cluster_graph(300, 3, 0.1, seed=1)
    for u, v in G.edges:
        G[u][v]["weight"] = float((u + v) % 4 + 1)
    reference = nx.eigenvector_centrality(G, weight="weight", max_iter=1000)
    assert eigenvector_with_method(G) == (approx(reference, abs=1e-12), "eigenvector")


def test_eigenvector_falls_back_to_pagerank() -> None:
    two = nx.Graph([("a", "b"), ("b", "c"), ("a", "c"), ("d", "e"), ("e", "f"), ("d", "f")])
    values, method = eigenvector_with_method(two)
    assert method == "pagerank (disconnected)"
    assert values == approx(pagerank(two))
    dag = nx.DiGraph([("a", "b"), ("b", "c")])
    assert eigenvector_with_method(dag)[1] == "pagerank (disconnected)"
    assert eigenvector_with_method(path4(), max_iter=1)[1] == "pagerank (no convergence)"
    cycle = nx.DiGraph([("a", "b"), ("b", "c"), ("c", "a")])
    values, method = eigenvector_with_method(cycle)
    assert method == "eigenvector"
    assert values == approx(dict.fromkeys("abc", 1 / math.sqrt(3)), abs=1e-5)
    assert eigenvector_with_method(nx.Graph()) == ({}, "eigenvector")


# --- structure -------------------------------------------------------------------------------------


def test_density_and_freeman_centralisation_by_formula() -> None:
    # path: m / (n(n-1)/2) = 3/6; degrees 1,2,2,1 → Σ(2 - d) / ((n-1)(n-2)) = 2/6
    assert summary(path4()) == approx(
        {
            "nodes": 4,
            "edges": 3,
            "density": 0.5,
            "components": 1,
            "largest_component": 4,
            "degree_centralization": 1 / 3,
            "mean_strength": 1.5,
        }
    )
    assert degree_centralization(star(4)) == approx(1.0)
    assert summary(star(4))["density"] == approx(4 / 10)
    assert degree_centralization(nx.cycle_graph(5)) == approx(0.0)
    G = bridged_triangles()
    # degrees 2,2,3,3,2,2 → Σ(3 - d) = 4, / (5·4)
    assert degree_centralization(G) == approx(0.2)
    assert summary(G)["density"] == approx(7 / 15)
    assert mean_strength(G) == approx(14 / 6)
    G.remove_edge("c", "d")
    assert (summary(G)["components"], summary(G)["largest_component"]) == (2, 3)
    directed = nx.DiGraph([("a", "b"), ("b", "a"), ("b", "c")])
    assert summary(directed)["density"] == approx(3 / 6)
    assert summary(nx.Graph())["nodes"] == 0


# --- cores and communities -------------------------------------------------------------------------


def test_k_core_of_bridged_triangles() -> None:
    G = bridged_triangles()
    assert core_number(G) == dict.fromkeys("abcdef", 2)
    G.add_edge("f", "g")  # a pendant sits in the 1-core only
    G.add_edge("g", "g")  # self-loops are ignored, not an error
    assert core_number(G) == {**dict.fromkeys("abcdef", 2), "g": 1}
    assert core_number(nx.DiGraph([("a", "b"), ("b", "a")])) == {"a": 1, "b": 1}


def test_louvain_separates_the_two_triangles_deterministically() -> None:
    G = bridged_triangles()
    expected = {**dict.fromkeys("abc", 0), **dict.fromkeys("def", 1)}
    assert louvain(G, seed=42) == expected
    shuffled = nx.Graph()
    shuffled.add_edges_from(reversed(list(G.edges(data=True))))
    assert louvain(shuffled, seed=42) == expected
    assert louvain(G, resolution=0.01, seed=42) == dict.fromkeys("abcdef", 0)


def test_partition_ids_by_size_then_smallest_key() -> None:
    assert partition([{"z"}, {"d", "c"}, {"b", "a"}, {"e", "f", "g"}]) == {
        **dict.fromkeys("efg", 0),
        **dict.fromkeys("ab", 1),
        **dict.fromkeys("cd", 2),
        "z": 3,
    }


# --- brokerage -------------------------------------------------------------------------------------


def two_path(ga: str, gb: str, gc: str) -> nx.DiGraph:
    G = nx.DiGraph([("A", "B"), ("B", "C")])
    nx.set_node_attributes(G, {"A": ga, "B": gb, "C": gc}, "party")
    return G


@pytest.mark.parametrize(
    ("groups", "role"),
    [
        (("g1", "g1", "g1"), "coordinator"),  # w_I   A → A → A
        (("g1", "g2", "g1"), "itinerant"),  # w_O   A → B → A
        (("g1", "g1", "g2"), "representative"),  # b_IO  A → A → B
        (("g1", "g2", "g2"), "gatekeeper"),  # b_OI  A → B → B
        (("g1", "g2", "g3"), "liaison"),  # b_O   A → B → C
    ],
)
def test_each_gould_fernandez_role(groups: tuple[str, str, str], role: str) -> None:
    G = two_path(*groups)
    roles = brokerage(G, "party")
    assert roles["B"] == {r: int(r == role) for r in ROLES}
    assert roles["A"] == roles["C"] == dict.fromkeys(ROLES, 0)
    G.add_edge("A", "C")  # closed: A reaches C directly, B brokers nothing
    assert brokerage(G, "party")["B"] == dict.fromkeys(ROLES, 0)
    G.remove_edge("A", "C")
    G.add_edge("C", "A")  # the reverse tie does not close A → C
    assert brokerage(G, "party")["B"][role] == 1


def test_brokerage_undirected_counts_both_directions() -> None:
    roles = brokerage(two_path("g1", "g1", "g2").to_undirected(), "party")
    assert roles["B"] == {**dict.fromkeys(ROLES, 0), "representative": 1, "gatekeeper": 1}
    roles = brokerage(two_path("g1", "g1", "g1").to_undirected(), "party")
    assert roles["B"]["coordinator"] == 2
    # bridged triangles by type: c brokers a–d and b–d, each as (x, d) and (d, x)
    roles = brokerage(bridged_triangles(), "type")
    assert roles["c"] == {**dict.fromkeys(ROLES, 0), "representative": 2, "gatekeeper": 2}
    assert roles["d"] == roles["c"]
    assert roles["a"] == dict.fromkeys(ROLES, 0)


def test_brokerage_matches_pair_enumeration() -> None:
    rng = random.Random(5)
    G = nx.gnp_random_graph(40, 0.12, seed=5, directed=True)
    G.add_edge(0, 0)
    nx.set_node_attributes(G, {n: rng.choice("xyz") for n in G}, "g")
    expected = {n: dict.fromkeys(ROLES, 0) for n in G}
    group = nx.get_node_attributes(G, "g")
    for v in G:
        for a, b in itertools.product(G.pred[v], G.succ[v]):
            if len({a, v, b}) == 3 and not G.has_edge(a, b):
                ga, gv, gb = group[a], group[v], group[b]
                if ga == gb:
                    role = "coordinator" if ga == gv else "itinerant"
                else:
                    role = "representative" if ga == gv else "gatekeeper" if gv == gb else "liaison"
                expected[v][role] += 1
    assert brokerage(G, "g") == expected


# --- report ----------------------------------------------------------------------------------------


def test_analyze_annotates_a_copy() -> None:
    G = bridged_triangles()
    report = analyze(G)
    assert "betweenness" not in G.nodes["c"]
    c = report.graph.nodes["c"]
    assert (c["degree"], c["strength"], c["community"], c["core"]) == (3, 3.0, 0, 2)
    assert c["betweenness"] == approx(0.6)
    assert (c["broker_representative"], c["broker_gatekeeper"], c["broker_liaison"]) == (2, 2, 0)
    assert report.graph.nodes["e"]["community"] == 1
    assert report.eigenvector_method == "eigenvector"
    assert report.communities == [["a", "b", "c"], ["d", "e", "f"]]
    assert (report.projection, report.slice) == ("co-mention", "all")


def test_write_report_files_and_content(tmp_path: Path) -> None:
    G = bridged_triangles()
    H = bridged_triangles()
    H.graph["slice"] = "2025"
    H.remove_edge("c", "d")
    paths = write_report([analyze(G), analyze(H)], tmp_path / "out")
    assert [p.name for p in paths] == ["report.md", "nodes.csv", "network.csv"]

    network = (tmp_path / "out" / "network.csv").read_text(encoding="utf-8").splitlines()
    assert network == [
        "projection,slice,nodes,edges,density,components,largest_component,degree_centralization,"
        "mean_strength,eigenvector_method",
        "co-mention,all,6,7,0.466667,1,6,0.200000,2.333333,eigenvector",
        "co-mention,2025,6,6,0.400000,2,3,0.000000,2.000000,pagerank (disconnected)",
    ]

    with (tmp_path / "out" / "nodes.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["slice"], r["node"]) for r in rows] == [("all", k) for k in "abcdef"] + [
        ("2025", k) for k in "abcdef"
    ]
    c = rows[2]
    assert (c["label"], c["type"], c["degree"], c["strength"], c["betweenness"]) == (
        "C",
        "Person",
        "3",
        "3.000000",
        "0.600000",
    )
    assert (c["community"], c["core"], c["broker_representative"], c["broker_gatekeeper"]) == (
        "0",
        "2",
        "2",
        "2",
    )
    # disconnected slice: PageRank stands in for eigenvector centrality, each triangle is uniform
    assert rows[6]["eigenvector"] == rows[6]["pagerank"] == f"{1 / 6:.6f}"

    md = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    assert "| co-mention | all | 6 | 7 | 0.466667 | 1 | 6 | 0.200000 | 2.333333 | eigenvector |" in md
    assert "## co-mention — all" in md and "## co-mention — 2025" in md
    top_betweenness = md.split("### Top 10 by betweenness")[1].split("###")[0]
    assert "| 1 | C | Person | 0.600000 |" in top_betweenness
    assert "| 2 | D | Organisation | 0.600000 |" in top_betweenness
    assert "| 0 | 3 | A, B, C |" in md and "| 1 | 3 | D, E, F |" in md
    assert "| C | Person | 0 | 0 | 2 | 2 | 0 | 4 |" in md
    assert "Eigenvector column: pagerank (disconnected)." in md

    again = write_report([analyze(bridged_triangles()), analyze(H)], tmp_path / "again")
    assert [p.read_bytes() for p in again] == [p.read_bytes() for p in paths]


def test_analyze_empty_and_directed_graphs(tmp_path: Path) -> None:
    empty = analyze(nx.Graph())
    assert empty.network["nodes"] == 0 and empty.communities == []
    citation = nx.DiGraph(projection="citation", slice="all")
    citation.add_edges_from([("d1", "d2"), ("d2", "d3"), ("d1", "d3"), ("d4", "d3")], weight=1.0)
    nx.set_node_attributes(citation, "Document", "type")
    report = analyze(citation)
    assert report.eigenvector_method == "pagerank (disconnected)"
    assert report.graph.nodes["d2"]["broker_coordinator"] == 0  # d1 → d3 closes d1 → d2 → d3
    assert all(p.exists() for p in write_report([empty, report], tmp_path))


@pytest.mark.parametrize("module", ["centrality", "communities", "brokerage", "cores", "structure", "report"])
def test_docstring_examples_run(module: str) -> None:
    result = doctest.testmod(importlib.import_module(f"beleidsgraaf.graph.analytics.{module}"))
    assert result.failed == 0 and result.attempted > 0
