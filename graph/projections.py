"""Network projections of the graph, derived from one statement model, as in the Discourse Network
Analyzer (Leifeld 2017): an assertion is a statement (actor, predicate, concept, document date) with
its sentence, and a mention puts an entity in a sentence. Every projection is built from these, so
each edge can show the evidence it stands on. Attributes follow `graph/schema.md`.

Reference: Leifeld, P. (2017). Discourse Network Analysis: Policy Debates as Dynamic Networks. In
The Oxford Handbook of Political Networks. Oxford University Press.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from beleidsgraaf.base.errors import BeleidsgraafError
from beleidsgraaf.graph.sparql_files import read_sparql
from beleidsgraaf.graph.store import GraphStore
from beleidsgraaf.graph.texts import Texts
from beleidsgraaf.ontology import ACTORS, BG, ENTITY_TYPES, MEANS, ORG

PROJECTIONS = ("affiliation", "co-mention", "congruence", "conflict", "subtract", "citation", "membership")
NORMALISATIONS = ("none", "average", "jaccard", "cosine")
MAX_SENTENCES = 20


class ProjectionError(BeleidsgraafError):
    """A projection was asked for with options that do not fit."""


@dataclass(frozen=True)
class Statement:
    """One piece of evidence: an assertion (subject, predicate, object) or a mention (subject only)."""

    iri: str
    subject: str
    predicate: str
    object: str
    file: str
    date: str  # ISO date or ""
    kind: str
    sentence: str | None  # None: a compact store's offsets, with no text to read them in
    unit: str = ""  # a mention's sentence within its document (its start), "" when not stored


@dataclass
class Filters:
    start: dt.date | None = None
    end: dt.date | None = None
    kinds: frozenset[str] = frozenset()

    def keep(self, st: Statement) -> bool:
        if self.kinds and st.kind not in self.kinds:
            return False
        if (self.start or self.end) and not st.date:
            return False
        if self.start and st.date < self.start.isoformat():
            return False
        return not (self.end and st.date > self.end.isoformat())


@dataclass
class _Edge:
    """`statements` give the count, dates and sentences; `evidence` every IRI the edge stands on
    (a co-mention's statements name one mention per sentence, its evidence both entities' mentions)."""

    weight: float = 0.0
    statements: list[Statement] = field(default_factory=list)
    predicates: set[str] = field(default_factory=set)
    evidence: set[str] = field(default_factory=set)


@dataclass
class StatementModel:
    """The statements and entities every projection is built from, read from the store once.

    `nodes` maps an IRI to {"type", "label", "ids"}; `citations` holds (document IRI, file, date,
    kind, own number, paper IRI, cited number) tuples. A statement of a compact store has its
    sentence read from the document's text (`texts`); `missing` names, per file, why it could not be
    (its statements then have no sentence)."""

    nodes: dict[str, dict]
    assertions: list[Statement]
    mentions: list[Statement]
    citations: list[tuple[str, str, str, str, str, str, str]] = field(default_factory=list)
    missing: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_store(cls, store: GraphStore, texts: Texts | None = None) -> StatementModel:
        def value(row, key: str) -> str:
            return row[key].value if row[key] is not None else ""

        texts = texts or Texts()
        model = cls(
            _nodes(store, _core_types(store)),
            [_statement(r, "s", "p", "o", texts) for r in store.query(read_sparql("assertions"))],
            [
                _statement(r, "e", None, None, texts, iri_key="m")
                for r in store.query(read_sparql("mentions"))
            ],
            [
                tuple(value(r, k) for k in ("doc", "file", "date", "kind", "own", "paper", "cited"))
                for r in store.query(read_sparql("citations"))
            ],
        )
        model.missing = dict(texts.missing)
        return model

    def type_of(self, iri: str) -> str:
        return self.nodes.get(iri, {}).get("type", "")


def _statement(row, s: str, p: str | None, o: str | None, texts: Texts, iri_key: str = "a") -> Statement:
    return Statement(
        row[iri_key].value,
        row[s].value,
        row[p].value.rsplit("#", 1)[-1] if p else "",
        row[o].value if o else "",
        row["file"].value,
        row["date"].value if row["date"] else "",
        row["kind"].value if row["kind"] else "",
        row["evidence"].value if row["evidence"] else _sentence(row, texts, mention=p is None),
        row["sentenceStart"].value if p is None and row["sentenceStart"] is not None else "",
    )


def _sentence(row, texts: Texts, *, mention: bool) -> str | None:
    """What a full build stores as `bg:evidence`, read from the text at the offsets: an assertion's
    span, or the sentence a mention stands in. None when the text is not at hand."""
    if row["start"] is None or row["end"] is None:
        return None
    text = texts.get(row["file"].value, row["hash"].value if row["hash"] else "")
    if text is None:
        return None
    start, end = int(row["start"].value), int(row["end"].value)
    return text.sentence(start, end) if mention else text.span(start, end)


def _core_types(store: GraphStore) -> dict[str, str]:
    core = {str(BG[t]): t for t in ENTITY_TYPES}
    core[str(BG.Document)] = "Document"
    core[str(ORG.Post)] = "Post"
    for row in store.query(read_sparql("subclasses")):
        if row["super"].value in core and row["sub"].value not in core:
            core[row["sub"].value] = core[row["super"].value]
    return core


def _nodes(store: GraphStore, core: dict[str, str]) -> dict[str, dict]:
    nodes: dict[str, dict] = {}
    for row in store.query(read_sparql("nodes")):
        if row["class"].value not in core:
            continue
        node = nodes.setdefault(row["e"].value, {"type": core[row["class"].value], "label": "", "ids": set()})
        if row["label"] is not None and not node["label"]:
            node["label"] = row["label"].value
        if row["match"] is not None:
            node["ids"].add(row["match"].value)
    return nodes


# --- building graphs ------------------------------------------------------------------------------


def _add_node(g: nx.Graph, model: StatementModel, iri: str, mode: int, docs: DocumentIndex) -> None:
    if iri in g:
        return
    info = model.nodes.get(iri, {"type": "", "label": iri, "ids": set()})
    dates = sorted(d for d in docs.dates.get(iri, set()) if d)
    g.add_node(
        iri,
        label=info["label"] or iri.rsplit("/", 1)[-1],
        type=info["type"],
        iri=iri,
        identifiers=" ".join(sorted(info["ids"])),
        mode=mode,
        documents=len(docs.files.get(iri, set())),
        first_date=dates[0] if dates else "",
        last_date=dates[-1] if dates else "",
    )


def _edge_attributes(edge: _Edge) -> dict:
    dates = sorted(st.date for st in edge.statements if st.date)
    return {
        "weight": float(edge.weight),
        "evidence_count": len(edge.statements),
        "first_date": dates[0] if dates else "",
        "last_date": dates[-1] if dates else "",
        "evidence": sorted(edge.evidence | {st.iri for st in edge.statements}),
        "sentences": [
            {"text": st.sentence or "", "file": st.file, "date": st.date}
            for st in sorted(edge.statements, key=lambda st: (st.date, st.file, st.iri))[:MAX_SENTENCES]
        ],
        "predicate": " ".join(sorted(edge.predicates)),
    }


@dataclass
class DocumentIndex:
    """Entity → the files and dates of the documents that mention it."""

    files: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    dates: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))


def _document_index(model: StatementModel, statements: Iterable[Statement]) -> DocumentIndex:
    index = DocumentIndex()
    for st in statements:
        for iri in (st.subject, st.object):
            if iri:
                index.files[iri].add(st.file)
                index.dates[iri].add(st.date)
    return index


def _finish(g: nx.Graph, edges: dict[tuple[str, str], _Edge], model: StatementModel, modes, docs) -> nx.Graph:
    for (a, b), edge in sorted(edges.items()):
        _add_node(g, model, a, modes(a), docs)
        _add_node(g, model, b, modes(b), docs)
        g.add_edge(a, b, **_edge_attributes(edge))
    return g


def affiliation(model: StatementModel, statements: list[Statement], mentions: list[Statement]) -> nx.Graph:
    """Two-mode actor × policy/instrument: every stated relation from an actor to a means."""
    kept = [
        st for st in statements if model.type_of(st.subject) in ACTORS and model.type_of(st.object) in MEANS
    ]
    return _two_mode("affiliation", model, kept, mentions, lambda iri: int(model.type_of(iri) in MEANS))


def _two_mode(name: str, model: StatementModel, statements: list[Statement], mentions, mode_of) -> nx.Graph:
    """Subject–object edges weighted by the number of statements, with their predicates."""
    edges: dict[tuple[str, str], _Edge] = defaultdict(_Edge)
    for st in statements:
        edge = edges[(st.subject, st.object)]
        edge.weight += 1
        edge.statements.append(st)
        edge.predicates.add(st.predicate)
    return _finish(
        nx.Graph(projection=name, bipartite=True), edges, model, mode_of, _document_index(model, mentions)
    )


def co_mention(
    model: StatementModel,
    mentions: list[Statement],
    *,
    level: str = "sentence",
    types: frozenset[str] = ACTORS,
) -> nx.Graph:
    """One-mode: entities mentioned in the same sentence (or document); weight = shared units."""
    if level not in ("sentence", "document"):
        raise ProjectionError(f"{level!r}: expected sentence or document", parameter="level")
    units: dict[tuple[str, str], list[Statement]] = defaultdict(list)
    for st in mentions:
        if model.type_of(st.subject) in types:
            sentence = st.unit or st.sentence  # stores built before bg:sentenceStart: the words
            if level == "sentence" and sentence is None:
                raise ProjectionError(_no_sentences(model, st.file))
            units[(st.file, sentence if level == "sentence" else "")].append(st)
    edges: dict[tuple[str, str], _Edge] = defaultdict(_Edge)
    for unit in units.values():
        first = {}
        for st in unit:
            first.setdefault(st.subject, st)
        for a in first:
            for b in first:
                if a < b:
                    edge = edges[(a, b)]
                    edge.weight += 1
                    edge.statements.append(first[a])
                    edge.evidence.update((first[a].iri, first[b].iri))
    g = nx.Graph(projection="co-mention", bipartite=False)
    return _finish(g, edges, model, lambda _: 0, _document_index(model, mentions))


def _no_sentences(model: StatementModel, file: str) -> str:
    reason = model.missing.get(file, "no text")
    return (
        f"co-mention by sentence: {file} is stored compact (offsets only) and its text is not at hand "
        f"({reason}): give the folder it was built from (corpus), or use the level 'document'"
    )


def agreement(
    model: StatementModel,
    statements: list[Statement],
    mentions: list[Statement],
    *,
    kind: str,
    normalization: str,
) -> nx.Graph:
    """DNA's one-mode actor networks from supports/opposes statements (Leifeld 2017):
    congruence counts concepts two actors take the same stance on, conflict the concepts they take
    opposite stances on, subtract is congruence minus conflict. Normalisation: `average` divides by
    the mean number of concepts of the two actors, `jaccard` by the concepts either takes a stance
    on, `cosine` by the geometric mean of their numbers of concepts."""
    if normalization not in NORMALISATIONS:
        raise ProjectionError(
            f"{normalization!r}: expected one of {', '.join(NORMALISATIONS)}", parameter="normalization"
        )
    stances: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    evidence: dict[tuple[str, str], list[Statement]] = defaultdict(list)
    for st in statements:
        if st.predicate in ("supports", "opposes") and model.type_of(st.subject) in ACTORS:
            stances[st.subject][st.object].add(st.predicate)
            evidence[(st.subject, st.object)].append(st)
    edges: dict[tuple[str, str], _Edge] = defaultdict(_Edge)
    actors = sorted(stances)
    for i, a in enumerate(actors):
        for b in actors[i + 1 :]:
            shared = set(stances[a]) & set(stances[b])
            same = sum(1 for c in shared if stances[a][c] & stances[b][c])
            opposite = sum(
                1
                for c in shared
                if {"supports", "opposes"} <= stances[a][c] | stances[b][c] and stances[a][c] != stances[b][c]
            )
            raw = {"congruence": same, "conflict": opposite, "subtract": same - opposite}[kind]
            if raw == 0:
                continue
            edge = edges[(a, b)]
            edge.weight = raw * _norm(
                normalization, len(stances[a]), len(stances[b]), len(set(stances[a]) | set(stances[b]))
            )
            for c in shared:
                edge.statements += evidence[(a, c)] + evidence[(b, c)]
    g = nx.Graph(projection=kind, bipartite=False, normalization=normalization)
    return _finish(g, edges, model, lambda _: 0, _document_index(model, mentions))


def _norm(how: str, n_a: int, n_b: int, n_union: int) -> float:
    if how == "average":
        return 2 / (n_a + n_b)
    if how == "jaccard":
        return 1 / n_union
    if how == "cosine":
        return 1 / math.sqrt(n_a * n_b)
    return 1.0


def citation(model: StatementModel, filters: Filters) -> nx.DiGraph:
    """Directed: documents → the parliamentary papers they cite (one node per kamerstuk)."""
    g = nx.DiGraph(projection="citation", bipartite=False)
    for doc, file, date, kind, own, paper, cited in model.citations:
        st = Statement(doc, doc, "cites", paper, file, date, kind, "")
        if not filters.keep(st):
            continue
        for iri, label in ((doc, own or file), (paper, cited)):
            if iri not in g:
                g.add_node(
                    iri,
                    label=label,
                    type="Document",
                    iri=iri,
                    identifiers="",
                    mode=0,
                    documents=1,
                    first_date="",
                    last_date="",
                )
        g.nodes[st.subject].update(first_date=st.date, last_date=st.date)
        g.add_edge(
            st.subject,
            st.object,
            weight=1.0,
            evidence_count=1,
            first_date=st.date,
            last_date=st.date,
            evidence=[st.subject],
            sentences=[],
            predicate="cites",
        )
    return g


def membership(model: StatementModel, statements: list[Statement], mentions: list[Statement]) -> nx.Graph:
    """Two-mode person × party/post from org:memberOf and org:holds statements."""
    kept = [
        st
        for st in statements
        if st.predicate in ("memberOf", "holds") and model.type_of(st.subject) == "Person"
    ]
    return _two_mode("membership", model, kept, mentions, lambda iri: int(model.type_of(iri) != "Person"))


# --- the public face ------------------------------------------------------------------------------


def network(
    store: GraphStore | StatementModel,
    projection: str,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    kinds: Iterable[str] = (),
    types: Iterable[str] = (),
    level: str = "sentence",
    normalization: str = "none",
    slices: str | int | None = None,
    corpus: Iterable[Path] = (),
) -> nx.Graph | list[nx.Graph]:
    """A projection of the graph as networkx, for notebooks and for the exports.

    Parameters: `projection` one of PROJECTIONS; `start`/`end` keep documents dated in the period;
    `kinds` document kinds (e.g. "Kamerbrief"); `types` entity types for co-mention (default the
    actors); `level` sentence or document for co-mention; `normalization` for congruence, conflict
    and subtract; `slices` "year" or a number of days gives one graph per time slice (a list);
    `corpus` the files or folders the store was built from, where a compact store's sentences are read.
    A period or slices hold dated documents only: `G.graph["undated_documents"]` says how many were
    left out.

    Example: `network(GraphStore(path, read_only=True), "affiliation", kinds=["Kamerbrief"])`.
    """
    if projection not in PROJECTIONS:
        expected = ", ".join(PROJECTIONS)
        raise ProjectionError(f"{projection!r}: expected one of {expected}", parameter="projection")
    types = frozenset(t.removeprefix("bg:") for t in types)
    unknown = types - set(ENTITY_TYPES)
    if unknown:
        raise ProjectionError(
            f"{sorted(unknown)[0]!r}: expected one of {', '.join(ENTITY_TYPES)}", parameter="types"
        )
    model = store if isinstance(store, StatementModel) else StatementModel.from_store(store, Texts.of(corpus))
    base = Filters(start, end, frozenset(kinds))
    undated = _undated(model, projection, base) if (start or end or slices is not None) else 0
    if slices is None:
        graphs = [_one(model, projection, base, frozenset(types) or ACTORS, level, normalization, "all")]
    else:
        graphs = [
            _one(
                model,
                projection,
                Filters(max(a, base.start or a), min(b, base.end or b), base.kinds),
                frozenset(types) or ACTORS,
                level,
                normalization,
                name,
            )
            for name, a, b in _windows(model, base, slices)
        ]
    for g in graphs:
        g.graph["undated_documents"] = undated
    return graphs[0] if slices is None else graphs


def _undated(model: StatementModel, projection: str, base: Filters) -> int:
    """Documents of the kinds asked that have no date, so that no period or slice holds them."""
    if projection == "citation":
        return len({c[1] for c in model.citations if not c[2] and (not base.kinds or c[3] in base.kinds)})
    return len(
        {
            st.file
            for st in model.assertions + model.mentions
            if not st.date and (not base.kinds or st.kind in base.kinds)
        }
    )


def _one(model, projection, filters, types, level, normalization, slice_name) -> nx.Graph:
    statements = [st for st in model.assertions if filters.keep(st)]
    mentions = [st for st in model.mentions if filters.keep(st)]
    if projection == "affiliation":
        g = affiliation(model, statements, mentions)
    elif projection == "co-mention":
        g = co_mention(model, mentions, level=level, types=types)
    elif projection in ("congruence", "conflict", "subtract"):
        g = agreement(model, statements, mentions, kind=projection, normalization=normalization)
    elif projection == "citation":
        g = citation(model, filters)
    else:
        g = membership(model, statements, mentions)
    g.graph["slice"] = slice_name
    return g


def _windows(model: StatementModel, base: Filters, slices: str | int) -> list[tuple[str, dt.date, dt.date]]:
    dates = sorted({dt.date.fromisoformat(st.date) for st in model.assertions + model.mentions if st.date})
    dates = [d for d in dates if (not base.start or d >= base.start) and (not base.end or d <= base.end)]
    if not dates:
        return []
    if slices == "year":
        return [
            (str(y), dt.date(y, 1, 1), dt.date(y, 12, 31)) for y in range(dates[0].year, dates[-1].year + 1)
        ]
    try:
        days = int(slices)
    except ValueError as exc:
        raise ProjectionError(f"{slices!r}: expected 'year' or a number of days", parameter="slices") from exc
    if days < 1:
        raise ProjectionError(f"{slices!r}: a window needs at least one day", parameter="slices")
    out, a = [], dates[0]
    while a <= dates[-1]:
        b = a + dt.timedelta(days=days - 1)
        out.append((f"{a.isoformat()}..{b.isoformat()}", a, b))
        a = b + dt.timedelta(days=1)
    return out
