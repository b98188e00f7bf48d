"""Everything per graph in one call, and a Markdown + CSV report a researcher can read or diff.

:func:`analyze` computes each family's metrics on one projection (one slice) and stores them as
node attributes on a copy; :func:`write_report` renders a list of such analyses deterministically
(sorted rows, fixed float format), so the same store gives byte-identical files.
"""

from __future__ import annotations

import csv
from collections.abc import Hashable
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from beleidsgraaf.graph.analytics.brokerage import ROLES, brokerage
from beleidsgraaf.graph.analytics.centrality import betweenness, eigenvector_with_method, pagerank, strength
from beleidsgraaf.graph.analytics.communities import louvain
from beleidsgraaf.graph.analytics.cores import core_number
from beleidsgraaf.graph.analytics.structure import summary

__all__ = ["CENTRALITIES", "NODE_METRICS", "AnalysisReport", "analyze", "write_report"]

CENTRALITIES: tuple[str, ...] = ("degree", "strength", "betweenness", "eigenvector", "pagerank")
NODE_METRICS: tuple[str, ...] = (
    *CENTRALITIES,
    "community",
    "core",
    *(f"broker_{role}" for role in ROLES),
)
NETWORK_COLUMNS: tuple[str, ...] = (
    "nodes",
    "edges",
    "density",
    "components",
    "largest_component",
    "degree_centralization",
    "mean_strength",
)
TOP = 10
MAX_MEMBERS = 50
MAX_BROKERS = 20


@dataclass(frozen=True)
class AnalysisReport:
    """One analysed graph: the annotated copy, its network figures and the settings used."""

    projection: str
    slice: str
    graph: nx.Graph
    network: dict[str, int | float]
    eigenvector_method: str
    communities: list[list[Hashable]]
    group: str
    resolution: float
    seed: int
    betweenness_k: int | None = None


def analyze(
    G: nx.Graph,
    *,
    resolution: float = 1.0,
    seed: int = 42,
    group: str = "type",
    betweenness_k: int | None = None,
) -> AnalysisReport:
    """Compute every metric of this package on ``G`` and annotate a copy with them.

    Parameters
    ----------
    G : nx.Graph or nx.DiGraph
        A projection as described in graph/schema.md (``G.graph["projection"]`` and ``["slice"]``
        are read when present; ``weight`` on edges, ``label`` on nodes).
    resolution, seed : float, int
        Louvain resolution and seed (see :func:`communities.louvain`).
    group : str
        Node attribute whose values are the groups of the brokerage roles.
    betweenness_k : int or None
        None computes exact betweenness, O(nm): fine for the few thousand nodes of a projection, hours
        at 30k nodes. An int estimates it from that many sources sampled with ``seed``.

    Returns
    -------
    AnalysisReport
        ``graph`` is a copy of ``G`` whose nodes carry ``degree``, ``strength``, ``betweenness``,
        ``eigenvector`` (PageRank where eigenvector centrality is undefined, see
        ``eigenvector_method``), ``pagerank``, ``community``, ``core`` and ``broker_<role>``; ``G``
        itself is not changed.

    Examples
    --------
    >>> report = analyze(nx.barbell_graph(3, 0))
    >>> round(report.graph.nodes[2]["betweenness"], 6), report.network["components"]
    (0.6, 1)

    References
    ----------
    See the modules: Freeman (1978), Brandes (2001), Bonacich (1972), Page et al. (1999), Blondel et
    al. (2008), Seidman (1983), Gould & Fernandez (1989).
    """
    H = G.copy()
    eigen, method = eigenvector_with_method(G)
    community = louvain(G, resolution=resolution, seed=seed)
    metrics: dict[str, dict] = {
        "degree": dict(G.degree()),
        "strength": strength(G),
        "betweenness": betweenness(G, k=betweenness_k, seed=seed if betweenness_k else None),
        "eigenvector": eigen,
        "pagerank": pagerank(G),
        "community": community,
        "core": core_number(G),
    }
    roles = brokerage(G, group)
    for role in ROLES:
        metrics[f"broker_{role}"] = {n: counts[role] for n, counts in roles.items()}
    for name, values in metrics.items():
        nx.set_node_attributes(H, values, name)
    members: dict[int, list[Hashable]] = {}
    for node, cid in community.items():
        members.setdefault(cid, []).append(node)
    return AnalysisReport(
        projection=str(G.graph.get("projection", "")),
        slice=str(G.graph.get("slice", "all")),
        graph=H,
        network=summary(G),
        eigenvector_method=method,
        communities=[sorted(members[cid], key=str) for cid in sorted(members)],
        group=group,
        resolution=resolution,
        seed=seed,
        betweenness_k=betweenness_k,
    )


def _fmt(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.6f}"
    return str(value)


def _label(G: nx.Graph, node: Hashable) -> str:
    return str(G.nodes[node].get("label") or node)


def _cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _table(header: list[str], rows: list[list[object]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(_cell(_fmt(v)) for v in row) + " |" for row in rows]
    return [*lines, ""]


def _title(report: AnalysisReport) -> str:
    return f"{report.projection or 'graph'} — {report.slice}"


def _markdown(reports: list[AnalysisReport]) -> str:
    lines = ["# Network analysis", ""]
    if reports:
        first = reports[0]
        lines += [
            f"Louvain resolution {first.resolution}, seed {first.seed}; brokerage groups from the node "
            f"attribute `{first.group}`. Betweenness uses distance = 1/weight; only positive weights "
            "enter betweenness, eigenvector, PageRank and Louvain."
            + (
                f" Betweenness estimated from {first.betweenness_k} sampled sources."
                if first.betweenness_k
                else ""
            ),
            "",
        ]
    lines += ["## Network-level figures", ""]
    header = ["projection", "slice", *NETWORK_COLUMNS, "eigenvector"]
    rows = [
        [r.projection, r.slice, *(r.network[c] for c in NETWORK_COLUMNS), r.eigenvector_method]
        for r in reports
    ]
    lines += _table(header, rows)
    for report in reports:
        G = report.graph
        lines += [f"## {_title(report)}", ""]
        if report.eigenvector_method != "eigenvector":
            lines += [f"Eigenvector column: {report.eigenvector_method}.", ""]
        for metric in CENTRALITIES:
            ranked = sorted(
                G.nodes(data=True),
                key=lambda item, m=metric: (-round(item[1][m], 9), _label(G, item[0]), str(item[0])),
            )
            rows = [
                [rank, _label(G, n), d.get("type", ""), d[metric]]
                for rank, (n, d) in enumerate(ranked[:TOP], start=1)
            ]
            lines += [f"### Top {TOP} by {metric}", ""]
            lines += _table(["rank", "label", "type", metric], rows)
        lines += ["### Communities", ""]
        rows = []
        for cid, members in enumerate(report.communities):
            labels = sorted(_label(G, n) for n in members)
            shown = ", ".join(labels[:MAX_MEMBERS])
            if len(labels) > MAX_MEMBERS:
                shown += f", … (+{len(labels) - MAX_MEMBERS} more)"
            rows.append([cid, len(members), shown])
        lines += _table(["community", "size", "members"], rows)
        lines += [f"### Brokerage (groups: {report.group})", ""]
        totals = [(sum(d[f"broker_{r}"] for r in ROLES), n, d) for n, d in G.nodes(data=True)]
        brokers = sorted((t for t in totals if t[0] > 0), key=lambda t: (-t[0], _label(G, t[1])))
        rows = [
            [_label(G, n), d.get(report.group, ""), *(d[f"broker_{r}"] for r in ROLES), total]
            for total, n, d in brokers[:MAX_BROKERS]
        ]
        if rows:
            lines += _table(["label", report.group, *ROLES, "total"], rows)
        else:
            lines += ["No open two-paths: nobody brokers.", ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def write_report(reports: list[AnalysisReport], folder: Path) -> list[Path]:
    """Write ``report.md``, ``nodes.csv`` and ``network.csv`` for the analyses, in the given order.

    Parameters
    ----------
    reports : list of AnalysisReport
        Typically one per projection and time slice, as :func:`analyze` returns them.
    folder : Path
        Created when missing; the three files are overwritten.

    Returns
    -------
    list of Path
        The files written: report.md, nodes.csv, network.csv.

    Examples
    --------
    >>> import tempfile
    >>> [p.name for p in write_report([analyze(nx.path_graph(3))], Path(tempfile.mkdtemp()))]
    ['report.md', 'nodes.csv', 'network.csv']
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    markdown = folder / "report.md"
    markdown.write_text(_markdown(reports), encoding="utf-8")
    nodes = folder / "nodes.csv"
    with nodes.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["projection", "slice", "node", "label", "type", *NODE_METRICS])
        for r in reports:
            G = r.graph
            for n in sorted(G, key=str):
                d = G.nodes[n]
                row = [r.projection, r.slice, n, _label(G, n), d.get("type", "")]
                writer.writerow([*row, *(_fmt(d[m]) for m in NODE_METRICS)])
    network = folder / "network.csv"
    with network.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["projection", "slice", *NETWORK_COLUMNS, "eigenvector_method"])
        for r in reports:
            writer.writerow(
                [r.projection, r.slice, *(_fmt(r.network[c]) for c in NETWORK_COLUMNS), r.eigenvector_method]
            )
    return [markdown, nodes, network]
