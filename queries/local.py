"""Run a named query on the embedded store, with parameters bound as typed terms."""

from __future__ import annotations

import datetime as dt

from pyoxigraph import Literal, NamedNode, QueryBoolean, QuerySolutions

from beleidsgraaf.graph.sparql_lexer import where_groups
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
            f"{sorted(unknown)[0]}: {query.name} takes {sorted(declared) or 'no parameters'}",
            parameter="param",
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
        if type_ == "name":
            return Literal(raw.lower())  # as `bg:labelKey` holds it
        return Literal(raw)
    except ValueError as exc:
        raise QueryError(f"{name}={raw!r}: not a valid {type_} ({exc})", parameter="param") from exc


def with_values(query: str, terms: dict[str, NamedNode | Literal]) -> str:
    """The query with a `VALUES ?p { term }` line at the head of its WHERE clause and of every
    subquery's that uses ?p, so a parameter is bound wherever the query uses it (as Oxigraph's
    substitution does). Only there: Virtuoso 7.2 answers no rows when a subquery that neither uses
    nor projects a variable gets a VALUES block for it."""
    if not terms:
        return query
    groups = where_groups(query)
    if not groups:
        raise QueryError("the query has no group graph pattern to bind parameters in")
    inserts: list[tuple[int, str]] = []
    for k, (brace, variables) in enumerate(groups):
        used = [name for name in terms if k == 0 or name in variables]
        if used:
            inserts.append((brace, "".join(f"\n  VALUES ?{name} {{ {terms[name]} }}" for name in used)))
    for brace, block in sorted(inserts, reverse=True):
        query = query[: brace + 1] + block + query[brace + 1 :]
    return query


def run_local(store: GraphStore, query: NamedQuery, values: dict[str, str] | None = None) -> Results:
    bound = bind(query, values or {})
    # bound as VALUES at the head of each WHERE clause, as for an endpoint: Oxigraph carries a VALUES
    # binding into the index look-ups of the patterns that use it, which its substitutions do not
    answer = store.query(with_values(query.text, bound))
    if isinstance(answer, QueryBoolean):
        return Results(["result"], [[str(bool(answer)).lower()]])
    if isinstance(answer, QuerySolutions):
        names = [v.value for v in answer.variables]
        return Results(names, [[term_text(row[v]) for v in names] for row in answer])
    raise QueryError(f"{query.name}: only SELECT and ASK queries give rows")
