"""Run a named query on the embedded store, with parameters bound as typed terms."""

from __future__ import annotations

import datetime as dt

from pyoxigraph import Literal, NamedNode, QueryBoolean, QuerySolutions, Variable

from beleidsgraaf.graph.store import GraphStore
from beleidsgraaf.queries import NamedQuery, QueryError, expand_iri
from beleidsgraaf.queries.results import Results, term_text

XSD = "http://www.w3.org/2001/XMLSchema#"


def bind(query: NamedQuery, values: dict[str, str]) -> dict[str, NamedNode | Literal]:
    """Typed terms for the query's parameters: given values, else defaults."""
    declared = {p.name: p for p in query.params}
    unknown = set(values) - set(declared)
    if unknown:
        raise QueryError(
            f"--param {sorted(unknown)[0]}: {query.name} takes {sorted(declared) or 'no parameters'}"
        )
    out: dict[str, NamedNode | Literal] = {}
    for name, param in declared.items():
        raw = values.get(name, param.default)
        if raw is None:
            continue
        out[name] = _term(name, param.type, raw)
    return out


def _term(name: str, type_: str, raw: str) -> NamedNode | Literal:
    try:
        if type_ == "IRI":
            return NamedNode(expand_iri(raw))
        if type_ == "integer":
            return Literal(str(int(raw)), datatype=NamedNode(XSD + "integer"))
        if type_ == "date":
            return Literal(dt.date.fromisoformat(raw).isoformat(), datatype=NamedNode(XSD + "date"))
        return Literal(raw)
    except ValueError as exc:
        raise QueryError(f"--param {name}={raw!r}: not a valid {type_} ({exc})") from exc


def run_local(store: GraphStore, query: NamedQuery, values: dict[str, str] | None = None) -> Results:
    bound = bind(query, values or {})
    answer = store.query(query.text, substitutions={Variable(k): v for k, v in bound.items()})
    if isinstance(answer, QueryBoolean):
        return Results(["result"], [[str(bool(answer)).lower()]])
    if isinstance(answer, QuerySolutions):
        names = [v.value for v in answer.variables]
        return Results(names, [[term_text(row[v]) for v in names] for row in answer])
    raise QueryError(f"{query.name}: only SELECT and ASK queries give rows")
