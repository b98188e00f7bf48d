"""Is python-igraph worth a runtime dependency for the analytics? networkx vs igraph in one run.

Times, on one synthetic weighted graph shaped like a large co-mention projection
(``networkx.powerlaw_cluster_graph``: heavy-tailed degrees, clustering), PageRank, betweenness
estimated from k = 200 sampled sources (distance = 1/weight), Louvain, k-cores and eigenvector
centrality, and this package's own numpy PageRank and eigenvector and its brokerage. Each time is
also given as a ratio to the baseline measured in the same run (weighted degrees of the networkx
graph), so numbers from different machines compare. Converting networkx → igraph is timed too: a
runtime igraph path would pay it on every graph.

    python benchmarks/analytics.py [--nodes 20000] [--m 3] [--k 200] [--repeat 3]

python-igraph is not a project dependency; install it to get the igraph column
(``pip install python-igraph``).
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable

import networkx as nx
from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

from beleidsgraaf.graph.analytics import brokerage, core_number, eigenvector, pagerank, strength

try:
    import igraph as ig
except ImportError:  # the networkx column still runs
    ig = None


def synthetic(nodes: int, m: int, seed: int) -> nx.Graph:
    rng = random.Random(seed)
    G = nx.powerlaw_cluster_graph(nodes, m, 0.1, seed=seed)
    types = ["Person", "Organisation", "Policy", "Instrument", "Country"]
    for n in G:
        G.nodes[n]["type"] = rng.choice(types)
    for u, v in G.edges:
        weight = float(min(int(rng.paretovariate(1.5)), 50))
        G[u][v]["weight"] = weight
        G[u][v]["distance"] = 1.0 / weight
    return G


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def to_igraph(G: nx.Graph) -> ig.Graph:
    index = {n: i for i, n in enumerate(G)}
    edges = [(index[u], index[v]) for u, v in G.edges]
    weights = [d["weight"] for _, _, d in G.edges(data=True)]
    return ig.Graph(
        n=len(index),
        edges=edges,
        edge_attrs={"weight": weights, "distance": [1.0 / w for w in weights]},
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--nodes", type=int, default=20000)
    parser.add_argument("--m", type=int, default=3, help="edges added per new node")
    parser.add_argument("--k", type=int, default=200, help="sampled sources for betweenness")
    parser.add_argument("--repeat", type=int, default=3, help="repetitions of the fast tasks (median)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    G = synthetic(args.nodes, args.m, args.seed)
    print(f"powerlaw_cluster_graph: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges")
    base, _ = timed(lambda: strength(G), max(args.repeat, 5))
    rows: list[tuple[str, float | None, float | None]] = []
    sources = random.Random(args.seed).sample(range(len(G)), min(args.k, len(G)))

    H = None
    if ig is not None:
        convert, H = timed(lambda: to_igraph(G), args.repeat)
        rows.append(("networkx → igraph conversion", None, convert))

    rows.append(("PageRank (this package, numpy)", timed(lambda: pagerank(G), args.repeat)[0], None))
    t_nx, _ = timed(lambda: _pagerank_python(G, weight="weight"), 1)
    t_ig = timed(lambda: H.pagerank(weights="weight"), args.repeat)[0] if H else None
    rows.append(("PageRank (networkx pure Python / igraph)", t_nx, t_ig))

    t_nx, _ = timed(lambda: nx.betweenness_centrality(G, k=args.k, weight="distance", seed=args.seed), 1)
    t_ig = timed(lambda: H.betweenness(sources=sources, weights="distance"), 1)[0] if H else None
    rows.append((f"betweenness, {args.k} sampled sources", t_nx, t_ig))

    t_nx, nx_parts = timed(lambda: nx.community.louvain_communities(G, weight="weight", seed=42), 1)
    t_ig, ig_parts = timed(lambda: H.community_multilevel(weights="weight"), 1) if H else (None, None)
    rows.append(("Louvain", t_nx, t_ig))

    t_ig = timed(lambda: H.coreness(), args.repeat)[0] if H else None
    rows.append(("k-core", timed(lambda: core_number(G), args.repeat)[0], t_ig))

    rows.append(("eigenvector (this package, numpy)", timed(lambda: eigenvector(G), args.repeat)[0], None))
    t_nx, _ = timed(lambda: nx.eigenvector_centrality(G, weight="weight", max_iter=1000), 1)
    t_ig = timed(lambda: H.eigenvector_centrality(weights="weight"), args.repeat)[0] if H else None
    rows.append(("eigenvector (networkx / igraph)", t_nx, t_ig))

    rows.append(("brokerage (this package)", timed(lambda: brokerage(G, "type"), 1)[0], None))

    print(f"baseline: weighted degrees in networkx = {base * 1000:.1f} ms\n")
    header = ["networkx s", "× base", "igraph s", "× base", "nx/ig"]
    widths = [10, 8, 9, 8, 6]
    print(f"| {'task':<42} | " + " | ".join(f"{h:>{w}}" for h, w in zip(header, widths, strict=True)) + " |")
    print(f"|{'-' * 44}|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for task, t_nx, t_ig in rows:
        cells = [
            f"{t_nx:10.3f}" if t_nx is not None else f"{'':>10}",
            f"{t_nx / base:8.1f}" if t_nx is not None else f"{'':>8}",
            f"{t_ig:9.3f}" if t_ig is not None else f"{'':>9}",
            f"{t_ig / base:8.1f}" if t_ig is not None else f"{'':>8}",
            f"{t_nx / t_ig:6.1f}" if t_nx is not None and t_ig is not None else f"{'':>6}",
        ]
        print(f"| {task:<42} | " + " | ".join(cells) + " |")
    if H is not None:
        index = {n: i for i, n in enumerate(G)}
        membership = [0] * len(G)
        for cid, part in enumerate(nx_parts):
            for n in part:
                membership[index[n]] = cid
        print(
            f"\nLouvain modularity: networkx {H.modularity(membership, weights='weight'):.4f} "
            f"({len(nx_parts)} communities), igraph {ig_parts.modularity:.4f} ({len(ig_parts)} communities)"
        )


if __name__ == "__main__":
    main()
