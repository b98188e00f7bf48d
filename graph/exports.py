"""Network projections to the files researchers open in Gephi, R, UCINET, Pajek, D3 and Cytoscape.

Every writer has the signature ``write_<fmt>(graphs, path)``: ``graphs`` is one graph or a list of
graphs that form a time series of slices (``G.graph["slice"]``). A list of one graph is written as that
graph. What a series becomes depends on what the format can hold:

* ``gexf`` writes one dynamic file (spells and per-slice attributes for Gephi's timeline);
* ``csv`` writes one node list and one edge list with a ``slice`` column;
* ``graphml``, ``pajek``, ``dl``, ``json`` and ``cytoscape`` have no time axis: a series writes one
  file per slice beside ``path``, named by :func:`slice_path` (``net.graphml`` → ``net.2025.graphml``).

Output is deterministic (nodes sorted by IRI, edges by their endpoints) so that builds are reproducible.
The attributes follow ``graph/schema.md``; list attributes become " "-joined strings and lists of
dicts (the ``sentences``) a JSON string ``<name>_json`` wherever a format needs scalars. In every
file the entity class is ``entity_type``, and ``type`` is igraph's bipartite marker: a boolean
(``mode == 1``) on two-mode graphs, absent on one-mode ones, so that igraph's ``is_bipartite`` and
``bipartite_projection`` see what the graph is. Each format is checked with the readers researchers
use (``tests/graph/test_readers.py``): xmllint with the GEXF and GraphML schemas, R's igraph and
statnet, graphology, D3 and Cytoscape.js.
"""

from __future__ import annotations

import calendar
import csv
import json
import re
from collections.abc import Callable, Iterable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import networkx as nx
from networkx.readwrite.gexf import GEXFWriter

from beleidsgraaf.base.errors import BeleidsgraafError

Graphs = list[nx.Graph] | nx.Graph

NODE_COLUMNS = ["label", "entity_type", "iri", "identifiers", "mode", "documents", "first_date", "last_date"]
EDGE_COLUMNS = ["weight", "evidence_count", "first_date", "last_date", "evidence", "predicate"]
# projections whose weights are normalised agreement: a time-aggregated weight is their mean, not a sum
NORMALISED = {"congruence", "conflict", "subtract"}


class ExportError(BeleidsgraafError, ValueError):
    """A graph that the asked format cannot hold (an empty series, a slice without dates)."""


# ---------------------------------------------------------------- shared helpers


def _as_list(graphs: Graphs) -> list[nx.Graph]:
    """Accept one graph or a series, so every writer has one signature."""
    if isinstance(graphs, nx.Graph):
        return [graphs]
    series = list(graphs)
    if not series:
        raise ExportError("no graph to export")
    return series


def slice_path(path: Path, slice_name: str) -> Path:
    """Where one slice of a series goes for single-graph formats: ``net.graphml`` → ``net.2025.graphml``."""
    safe = re.sub(r"[^0-9A-Za-z._-]+", "_", slice_name) or "slice"
    return path.with_name(f"{path.stem}.{safe}{path.suffix}")


def _per_slice(graphs: Graphs, path: Path, write_one: Callable[[nx.Graph, Path], None]) -> None:
    """Write one graph to ``path``, or each slice of a series to its own :func:`slice_path`."""
    series = _as_list(graphs)
    path.parent.mkdir(parents=True, exist_ok=True)
    if len(series) == 1:
        write_one(series[0], path)
        return
    for graph in series:
        write_one(graph, slice_path(path, str(graph.graph.get("slice", "all"))))


def _plain(value: Any) -> Any:
    """numpy scalars (from analytics) to Python numbers; writers only know the built-in types."""
    if hasattr(value, "item") and not isinstance(value, str | bytes | list | dict):
        return value.item()
    return value


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _flat(data: dict[str, Any]) -> dict[str, Any]:
    """Scalar attributes only: lists " "-joined, dicts and lists of dicts JSON in ``<key>_json``."""
    out: dict[str, Any] = {}
    for key, raw in data.items():
        value = _plain(raw)
        if value is None:
            out[key] = ""
        elif isinstance(value, dict) or (
            isinstance(value, list | tuple) and any(isinstance(v, dict | list) for v in value)
        ):
            out[f"{key}_json"] = json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
        elif isinstance(value, list | tuple | set):
            items = sorted(value) if isinstance(value, set) else value
            out[key] = " ".join(str(_plain(v)) for v in items)
        elif isinstance(value, bool | int | float | str):
            out[key] = value
        else:
            out[key] = str(value)
    return out


def _harmonise(rows: Iterable[dict[str, Any]]) -> None:
    """One type per attribute: ints become floats where another row has a float (GEXF/GraphML need it)."""
    rows = list(rows)
    floats = {k for row in rows for k, v in row.items() if isinstance(v, float)}
    for row in rows:
        for key in floats & row.keys():
            if _is_number(row[key]):
                row[key] = float(row[key])


def _file_node(data: dict[str, Any], two_mode: bool) -> dict[str, Any]:
    """A node's attributes as files carry them: the entity class as ``entity_type``, and ``type``
    igraph's boolean bipartite marker on two-mode graphs only (see the module's docstring)."""
    out = {("entity_type" if key == "type" else key): value for key, value in data.items()}
    if two_mode:
        out["type"] = bool(data.get("mode", 0))
    return out


def _sorted_graph(graph: nx.Graph, attrs: Callable[[dict[str, Any]], dict[str, Any]] = dict) -> nx.Graph:
    """A copy with nodes sorted by key and edges by endpoints, node attributes as files carry them
    (:func:`_file_node`), all attributes passed through ``attrs``."""
    out = graph.__class__()
    out.graph.update(graph.graph)
    two_mode = bool(graph.graph.get("bipartite"))
    for node in sorted(graph.nodes, key=str):
        out.add_node(node, **attrs(_file_node(graph.nodes[node], two_mode)))
    for u, v in _edge_keys(graph):
        out.add_edge(u, v, **attrs(graph.edges[u, v]))
    if attrs is not dict:
        _harmonise(data for _, data in out.nodes(data=True))
        _harmonise(data for _, _, data in out.edges(data=True))
    return out


def _edge_keys(graph: nx.Graph) -> list[tuple[Any, Any]]:
    """Edges in a stable order; undirected edges with their endpoints sorted."""
    if graph.is_directed():
        return sorted(graph.edges(), key=lambda e: (str(e[0]), str(e[1])))
    return sorted(
        (tuple(sorted((u, v), key=str)) for u, v in graph.edges()), key=lambda e: tuple(map(str, e))
    )


def _label(graph: nx.Graph, node: Any) -> str:
    return str(graph.nodes[node].get("label") or node)


def _number(value: Any) -> str:
    """Weights as text: integral values without ".0", others at full precision."""
    value = float(_plain(value) if value is not None else 1.0)
    return str(int(value)) if value.is_integer() else repr(value)


def _quoted(text: str) -> str:
    """A label in double quotes for Pajek, which knows no escape: " becomes '."""
    return '"' + text.replace('"', "'").replace("\n", " ").replace("\r", " ") + '"'


def _modes(graph: nx.Graph) -> tuple[list[Any], list[Any]]:
    """Actors (mode 0) and the other mode (mode 1) of a two-mode graph, each sorted."""
    nodes = sorted(graph.nodes, key=str)
    return (
        [n for n in nodes if graph.nodes[n].get("mode", 0) == 0],
        [n for n in nodes if graph.nodes[n].get("mode", 0) != 0],
    )


# ---------------------------------------------------------------- GraphML


def _write_graphml_one(graph: nx.Graph, path: Path) -> None:
    out = _sorted_graph(graph, _flat)
    out.graph = _flat(graph.graph)
    # node ids are NMTOKENs in GraphML's schema, which IRIs are not: n0, n1, … in IRI order
    out = nx.relabel_nodes(out, {node: f"n{i}" for i, node in enumerate(out)})
    nx.write_graphml(out, path, encoding="utf-8", infer_numeric_types=True)


def write_graphml(graphs: Graphs, path: Path) -> None:
    """GraphML for Gephi, igraph, Cytoscape and yEd; scalar attributes only (``sentences_json``).
    Node ids are ``n0``, ``n1``, … (the IRI is the ``iri`` attribute), valid against GraphML 1.0."""
    _per_slice(graphs, path, _write_graphml_one)


# ---------------------------------------------------------------- GEXF


def _day_bounds(text: str) -> tuple[str, str]:
    """First and last day of ``YYYY``, ``YYYY-MM``, ``YYYY-Qn`` or ``YYYY-MM-DD``."""
    if m := re.fullmatch(r"(\d{4})", text):
        return f"{text}-01-01", f"{text}-12-31"
    if m := re.fullmatch(r"(\d{4})-[Qq]([1-4])", text):
        year, quarter = int(m[1]), int(m[2])
        first, last = 3 * quarter - 2, 3 * quarter
        return f"{year}-{first:02d}-01", f"{year}-{last:02d}-{calendar.monthrange(year, last)[1]:02d}"
    if m := re.fullmatch(r"(\d{4})-(\d{2})", text):
        days = calendar.monthrange(int(m[1]), int(m[2]))[1]
        return f"{text}-01", f"{text}-{days:02d}"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return text, text
    raise ExportError(f"slice {text!r} is not a year, month, quarter, date or START..END range")


def slice_interval(slice_name: str) -> tuple[str, str]:
    """The closed date interval a slice covers: ``2025`` → (2025-01-01, 2025-12-31)."""
    start, sep, end = slice_name.partition("..")
    if sep:
        return _day_bounds(start)[0], _day_bounds(end)[1]
    return _day_bounds(slice_name)


def _spells(intervals: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Sorted intervals with overlapping or adjacent ones (next day) merged, as Gephi wants no overlap."""
    merged: list[tuple[str, str]] = []
    for start, end in sorted(intervals):
        if merged and start <= _next_day(merged[-1][1]):
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _next_day(day: str) -> str:
    return (date.fromisoformat(day) + timedelta(days=1)).isoformat()


#: attributes the GEXF writer puts on the element itself rather than in its attvalues
ELEMENT_ATTRIBUTES = frozenset({"label", "weight", "spells"})


def _merge(seen: list[tuple[dict[str, Any], str, str]], numeric_dynamic: set[str]) -> dict[str, Any]:
    """One element's attributes over the slices it appears in: the latest values, the date range of all,
    list attributes united, every numeric attribute as its values per slice ``[(value, start, end)]``
    and every other one as its one value over each of the element's spells. So every attribute of a
    dynamic graph is dynamic, declared in one list per class (graphology reads one list per class)
    and bounded in time (as Gephi's timeline wants)."""
    data: dict[str, Any] = {}
    for attrs, _, _ in seen:
        for key, value in attrs.items():
            if isinstance(value, list) and isinstance(data.get(key), list):
                known = {json.dumps(v, sort_keys=True, default=str) for v in data[key]}
                data[key] = data[key] + [
                    v for v in value if json.dumps(v, sort_keys=True, default=str) not in known
                ]
            else:
                data[key] = value
    firsts = [a["first_date"] for a, _, _ in seen if a.get("first_date")]
    lasts = [a["last_date"] for a, _, _ in seen if a.get("last_date")]
    data["first_date"], data["last_date"] = min(firsts, default=""), max(lasts, default="")
    flat = _flat(data)
    spells = _spells([(start, end) for _, start, end in seen])
    for key in flat.keys() - ELEMENT_ATTRIBUTES:
        per_slice = [
            (_plain(a[key]), start, end)
            for a, start, end in seen
            if key in numeric_dynamic and _is_number(_plain(a.get(key)))
        ]
        flat[key] = per_slice or [(flat[key], start, end) for start, end in spells]
    flat["spells"] = spells
    return flat


def _dynamic_graph(series: list[nx.Graph]) -> nx.Graph:
    """The union of a series with spells and per-slice numeric attributes, ready for GEXFWriter."""
    slices = [(g, *slice_interval(str(g.graph.get("slice", "")))) for g in series]
    nodes: dict[Any, list[tuple[dict[str, Any], str, str]]] = {}
    edges: dict[tuple[Any, Any], list[tuple[dict[str, Any], str, str]]] = {}
    for graph, start, end in slices:
        two_mode = bool(graph.graph.get("bipartite"))
        for node, attrs in graph.nodes(data=True):
            nodes.setdefault(node, []).append((_file_node(attrs, two_mode), start, end))
        for u, v in _edge_keys(graph):
            edges.setdefault((u, v), []).append((graph.edges[u, v], start, end))
    node_numeric = {k for g in series for _, a in g.nodes(data=True) for k, v in a.items() if _is_number(v)}
    node_numeric -= {"mode"}
    edge_numeric = {k for g in series for *_, a in g.edges(data=True) for k, v in a.items() if _is_number(v)}
    edge_numeric -= {"weight"}
    normalised = series[-1].graph.get("projection") in NORMALISED
    out = series[0].__class__()
    out.graph.update(series[-1].graph)
    for node in sorted(nodes, key=str):
        out.add_node(node, **_merge(nodes[node], node_numeric))
    for u, v in sorted(edges, key=lambda e: tuple(map(str, e))):
        seen = edges[u, v]
        data = _merge(seen, edge_numeric)
        weights = [float(_plain(a.get("weight", 1.0))) for a, _, _ in seen]
        # Gephi's edge weight is static here; the per-slice weight is the dynamic column slice_weight
        data["weight"] = sum(weights) / len(weights) if normalised else sum(weights)
        data["slice_weight"] = [(w, start, end) for w, (_, start, end) in zip(weights, seen, strict=True)]
        out.add_edge(u, v, **data)
    _harmonise_dynamic(data for _, data in out.nodes(data=True))
    _harmonise_dynamic(data for *_, data in out.edges(data=True))
    return out


def _harmonise_dynamic(rows: Iterable[dict[str, Any]]) -> None:
    """As :func:`_harmonise`, for the values inside dynamic ``[(value, start, end)]`` lists too."""
    rows = list(rows)
    _harmonise(rows)
    floats = {
        k
        for row in rows
        for k, v in row.items()
        if k != "spells" and isinstance(v, list) and any(isinstance(x[0], float) for x in v)
    }
    for row in rows:
        for key in floats & row.keys():
            row[key] = [(float(x), s, e) for x, s, e in row[key]]


def _undated_note(graph_attrs: dict[str, Any]) -> str:
    """The text files carry when a period or slices left undated documents out."""
    n = int(graph_attrs.get("undated_documents") or 0)
    if not n:
        return ""
    return f"{n} undated document{'s' if n != 1 else ''} left out (no period or slice holds them)"


def write_gexf(graphs: Graphs, path: Path) -> None:
    """GEXF 1.2 for Gephi: a series becomes one dynamic graph (Timeline), one graph a static one.
    Valid against the GEXF 1.2draft schema; a period that left undated documents out says so in
    ``<meta><description>``."""
    series = _as_list(graphs)
    if len(series) == 1:
        graph = _sorted_graph(series[0], _flat)
        dates = [d.get("last_date", "") for _, d in graph.nodes(data=True)]
    else:
        graph = _dynamic_graph(series)
        dates = [end for _, d in graph.nodes(data=True) for _, end in d["spells"]]
        graph.graph["mode"] = "dynamic"
    base = series[-1].graph
    name = f"{base.get('projection', '')} {base.get('slice', '')}".strip()
    writer = GEXFWriter(encoding="utf-8", prettyprint=True, version="1.2draft")
    meta = writer.xml.find("meta")
    if meta is not None:  # the writer stamps today's date: use the data's, so builds are reproducible
        meta.set("lastmodifieddate", max((d for d in dates if d), default="1970-01-01"))
        description = meta.makeelement("description", {})
        description.text = "; ".join(filter(None, [f"beleidsgraaf {name}", _undated_note(base)]))
        meta.append(description)
    writer.add_graph(graph)
    writer.graph_element.attrib.pop("name", None)  # not an attribute of <graph> in GEXF 1.2
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        writer.write(handle)


# ---------------------------------------------------------------- Pajek


def _write_pajek_one(graph: nx.Graph, path: Path) -> None:
    nodes = sorted(graph.nodes, key=str)
    clusters: list[int] = []
    vertices = f"*Vertices {len(nodes)}"
    if graph.graph.get("bipartite"):  # two-mode: actors first, and a partition file with the modes
        actors, others = _modes(graph)
        nodes = actors + others
        clusters = [1] * len(actors) + [2] * len(others)
        vertices += f" {len(actors)}"  # Pajek's two-mode form: N vertices, the first N1 of mode one
    number = {node: i for i, node in enumerate(nodes, start=1)}
    # the name unquoted (a projection name has no spaces): statnet keeps quotes as part of the title
    lines = [f"*Network {graph.graph.get('projection', 'beleidsgraaf')}"]
    if note := _undated_note(graph.graph):
        lines.append(f"% {note}")
    lines.append(vertices)
    lines += [f"{number[n]} {_quoted(_label(graph, n))}" for n in nodes]
    lines.append("*Arcs" if graph.is_directed() else "*Edges")
    pairs = ((number[u], number[v]) for u, v in graph.edges())
    edges = sorted(pair if graph.is_directed() else tuple(sorted(pair)) for pair in pairs)
    by_number = {i: n for n, i in number.items()}
    lines += [f"{a} {b} {_number(graph.edges[by_number[a], by_number[b]].get('weight'))}" for a, b in edges]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    if clusters:
        clu = [f"*Vertices {len(nodes)}", *map(str, clusters)]
        path.with_suffix(".clu").write_text("\n".join(clu) + "\n", encoding="utf-8")


def write_pajek(graphs: Graphs, path: Path) -> None:
    """Pajek ``.net`` with labels as vertex names and weights as line values; a two-mode graph is in
    Pajek's two-mode form (``*Vertices N N1``, actors first), which igraph reads as bipartite and
    statnet as a bipartite network, with a ``.clu`` partition (1 = actors, 2 = policies) beside it."""
    _per_slice(graphs, path, _write_pajek_one)


# ---------------------------------------------------------------- UCINET DL


def _dl_label(label: str) -> str:
    """A label as a DL file holds it: igraph's DL reader splits labels at white space and commas even
    inside quotes and keeps quotes as characters, so runs of those become ``_`` and ``"`` is ``'``."""
    return re.sub(r"[\s,]+", "_", label.strip()).replace('"', "'") or "_"


def _write_dl_one(graph: nx.Graph, path: Path) -> None:
    if graph.graph.get("bipartite"):
        rows, cols = _modes(graph)
        lines = [f"DL NR={len(rows)}, NC={len(cols)}", "FORMAT = FULLMATRIX", "ROW LABELS:"]
        lines += [_dl_label(_label(graph, n)) for n in rows]
        lines += ["COLUMN LABELS:", *(_dl_label(_label(graph, n)) for n in cols), "DATA:"]
        for r in rows:
            cells = [graph.edges[r, c].get("weight") if graph.has_edge(r, c) else 0 for c in cols]
            lines.append(" ".join(_number(cell) for cell in cells))
    else:
        nodes = sorted(graph.nodes, key=str)
        number = {node: i for i, node in enumerate(nodes, start=1)}
        # the size and the format on lines of their own: igraph's reader wants a line break after N=
        lines = [f"DL N={len(nodes)}", "FORMAT = EDGELIST1", "LABELS:"]
        lines += [_dl_label(_label(graph, n)) for n in nodes]
        lines.append("DATA:")
        arcs = [(number[u], number[v], graph.edges[u, v].get("weight")) for u, v in graph.edges()]
        if not graph.is_directed():  # an edge list is read as arcs: both directions keep it symmetric
            arcs += [(b, a, w) for a, b, w in arcs if a != b]
        lines += [f"{a} {b} {_number(w)}" for a, b, w in sorted(arcs, key=lambda t: (t[0], t[1]))]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")


def write_dl(graphs: Graphs, path: Path) -> None:
    """UCINET DL: a one-mode graph as a weighted EDGELIST1 with a LABELS: list (isolates kept; an
    undirected edge both ways), which igraph reads too; a two-mode graph in UCINET's two-mode form,
    an actor × policy FULLMATRIX (``NR``, ``NC``) with ROW/COLUMN LABELS, which igraph's DL reader
    does not read (it knows one-mode ``N=`` only: use Pajek or GraphML for two-mode in R). Labels
    follow :func:`_dl_label`."""
    _per_slice(graphs, path, _write_dl_one)


# ---------------------------------------------------------------- CSV


def csv_paths(path: Path) -> tuple[Path, Path]:
    """The node and edge files for ``path``.

    A folder (existing, or a name without suffix) holds ``nodes.csv`` and ``edges.csv``; a file name is a
    stem: ``net.csv`` (or ``net.edges.csv``) → ``net.nodes.csv`` and ``net.edges.csv``."""
    if path.is_dir() or not path.suffix:
        return path / "nodes.csv", path / "edges.csv"
    stem = path.with_suffix("")
    if stem.suffix in {".nodes", ".edges"}:
        stem = stem.with_suffix("")
    return stem.with_name(stem.name + ".nodes.csv"), stem.with_name(stem.name + ".edges.csv")


def _columns(rows: list[dict[str, Any]], first: list[str]) -> list[str]:
    extra = sorted({k for row in rows for k in row} - set(first))
    return first + extra


def write_csv(graphs: Graphs, path: Path) -> None:
    """Node and edge lists for R (``igraph::graph_from_data_frame(edges, vertices = nodes)``) and statnet.

    Nodes are listed once, with the attributes of the latest slice they appear in and a ``slices``
    column; edges once per slice, with a ``slice`` column. Sentences are left out (they are in GraphML).
    A two-mode graph has the boolean ``type`` column igraph takes for its bipartite marker."""
    series = _as_list(graphs)
    nodes_path, edges_path = csv_paths(path)
    nodes_path.parent.mkdir(parents=True, exist_ok=True)
    nodes: dict[Any, dict[str, Any]] = {}
    edges: list[dict[str, Any]] = []
    two_mode = bool(series[-1].graph.get("bipartite"))
    for graph in series:
        name = str(graph.graph.get("slice", "all"))
        for node in sorted(graph.nodes, key=str):
            data = _file_node(graph.nodes[node], two_mode)
            attrs = _flat({k: v for k, v in data.items() if k != "sentences"})
            if two_mode:  # as R's read.csv and pandas read a logical column
                attrs["type"] = "TRUE" if attrs["type"] else "FALSE"
            slices = nodes.get(node, {}).get("slices", "")
            nodes[node] = {"id": str(node), **attrs, "slices": f"{slices} {name}".strip()}
        for u, v in _edge_keys(graph):
            attrs = _flat({k: v for k, v in graph.edges[u, v].items() if k != "sentences"})
            edges.append({"source": str(u), "target": str(v), **attrs, "slice": name})
    node_rows = [nodes[n] for n in sorted(nodes, key=str)]
    first = ["id", "label", "type", *NODE_COLUMNS[1:]] if two_mode else ["id", *NODE_COLUMNS]
    _write_rows(nodes_path, node_rows, _columns(node_rows, first))
    _write_rows(edges_path, edges, _columns(edges, ["source", "target", *EDGE_COLUMNS, "slice"]))


def _write_rows(path: Path, rows: list[dict[str, Any]], columns: list[str]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, restval="", extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)


# ---------------------------------------------------------------- JSON (node-link, for D3)


def _json_default(value: Any) -> Any:
    """numpy scalars and sets, which json does not know."""
    if hasattr(value, "item"):
        return value.item()
    if isinstance(value, set):
        return sorted(value, key=str)
    return str(value)


def _dump(data: Any, path: Path) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=1, default=_json_default)
    path.write_text(text + "\n", encoding="utf-8")


def _write_json_one(graph: nx.Graph, path: Path) -> None:
    _dump(nx.node_link_data(_sorted_graph(graph), edges="links"), path)


def write_json(graphs: Graphs, path: Path) -> None:
    """Node-link JSON for D3 (``forceLink(data.links).id(d => d.id)``): ``nodes`` and ``links``, lists
    and sentences kept as JSON; read back with ``nx.node_link_graph(data, edges="links")``."""
    _per_slice(graphs, path, _write_json_one)


# ---------------------------------------------------------------- Cytoscape.js JSON


def _cyto_value(value: Any) -> Any:
    """Cytoscape desktop takes scalars and lists of scalars as columns; anything deeper as JSON text."""
    value = _plain(value)
    if isinstance(value, dict) or (
        isinstance(value, list | tuple) and any(isinstance(v, dict | list) for v in value)
    ):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return value


def _write_cytoscape_one(graph: nx.Graph, path: Path) -> None:
    ordered = _sorted_graph(graph, lambda d: {k: _cyto_value(v) for k, v in d.items()})
    data = nx.cytoscape_data(ordered)
    data["data"] = dict(data["data"])
    arrow = "->" if graph.is_directed() else "--"
    for element in data["elements"]["nodes"]:
        element["data"]["name"] = element["data"].get("label") or element["data"]["id"]
    for element in data["elements"]["edges"]:
        d = element["data"]
        d["id"] = f"{d['source']} {arrow} {d['target']}"
    _dump(data, path)


def write_cytoscape(graphs: Graphs, path: Path) -> None:
    """Cytoscape.js JSON (``elements.nodes``/``elements.edges`` with ``data.id``/``source``/``target``),
    which Cytoscape desktop imports as ``.cyjs``."""
    _per_slice(graphs, path, _write_cytoscape_one)


EXPORTERS: dict[str, Callable[[Graphs, Path], None]] = {
    "graphml": write_graphml,
    "gexf": write_gexf,
    "pajek": write_pajek,
    "dl": write_dl,
    "csv": write_csv,
    "json": write_json,
    "cytoscape": write_cytoscape,
}


def written_paths(fmt: str, graphs: Graphs, path: Path) -> list[Path]:
    """The files an exporter writes for `path`, so the command line can name them."""
    series = _as_list(graphs)
    if fmt == "csv":
        return list(csv_paths(path))
    if fmt == "gexf" or len(series) == 1:
        return [path] + (
            [path.with_suffix(".clu")] if fmt == "pajek" and series[0].graph.get("bipartite") else []
        )
    return [slice_path(path, g.graph.get("slice", "")) for g in series]
