"""The named SPARQL library: one question per `.rq` file, usable as-is in any SPARQL tool.

Each file starts with a header comment::

    # title: Entities of a type, with how often they are mentioned
    # question: Which organisations does the corpus mention, and in how many documents?
    # param: type IRI = bg:Organisation  -- the entity class

Parameters are bound as typed RDF terms (never pasted into the query text), so a value cannot
change a query's structure. A parameter is a variable of the SELECT projection (Oxigraph binds
only projected variables), so a reader sees in the results which value was used; and a FILTER on
it stands in a WHERE clause's own group (a subquery's is fine), not in a nested `{ }`, which SPARQL
evaluates before an endpoint's VALUES binding reaches it.

A `name` parameter is a name a person types, matched whatever its case: it is bound in lower case,
the form in which `bg:labelKey` holds every name of every entity, so the query finds the entity
through the store's index (`?entity bg:labelKey ?label`) instead of comparing every label. Bind it
in lower case when running such a query in another tool.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from beleidsgraaf.base.errors import BeleidsgraafError
from beleidsgraaf.ontology import PREFIXES

QUERY_DIR = Path(__file__).resolve().parent
_HEADER = re.compile(r"^#\s*(?P<key>title|question|param):\s*(?P<value>.*)$")
_PARAM = re.compile(
    r"^(?P<name>\w+)\s+(?P<type>IRI|string|name|integer|date)(?:\s*=\s*(?P<default>.+?))?\s*(?:--\s*(?P<doc>.*))?$"
)


class QueryError(BeleidsgraafError):
    """A query could not be found, bound or run."""


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    default: str | None
    doc: str


@dataclass(frozen=True)
class NamedQuery:
    name: str
    path: Path
    title: str
    question: str
    params: tuple[Param, ...] = field(default=())

    @property
    def text(self) -> str:
        return _read(self.path)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise QueryError(f"{path}: not a UTF-8 text file ({exc.reason})") from exc
    except OSError as exc:
        raise QueryError(f"{path}: cannot read ({exc.strerror or exc})") from exc


def parse_header(path: Path) -> NamedQuery:
    title = question = ""
    params: list[Param] = []
    for line in _read(path).splitlines():
        m = _HEADER.match(line.strip())
        if not m:
            if line.strip() and not line.startswith("#"):
                break
            continue
        key, value = m.group("key"), m.group("value").strip()
        if key == "title":
            title = value
        elif key == "question":
            question = value
        else:
            p = _PARAM.match(value)
            if not p:
                raise QueryError(f"{path.name}: malformed param line {value!r}")
            params.append(Param(p.group("name"), p.group("type"), p.group("default"), p.group("doc") or ""))
    return NamedQuery(path.stem, path, title or path.stem, question, tuple(params))


def library() -> dict[str, NamedQuery]:
    """Every named query, by name."""
    return {p.stem: parse_header(p) for p in sorted(QUERY_DIR.glob("*.rq"))}


def resolve(name_or_file: str) -> NamedQuery:
    """A named query, or a `.rq` file given by path."""
    path = Path(name_or_file)
    if path.suffix == ".rq" and path.is_file():
        return parse_header(path)
    queries = library()
    if name_or_file in queries:
        return queries[name_or_file]
    raise QueryError(f"no query named {name_or_file!r} (see `beleidsgraaf queries`) and no such .rq file")


def expand_iri(value: str) -> str:
    """`bg:Organisation` → the full IRI; `<…>` and full IRIs as given."""
    if value.startswith("<") and value.endswith(">"):
        return value[1:-1]
    prefix, _, local = value.partition(":")
    if prefix in PREFIXES and not local.startswith("//"):
        return str(PREFIXES[prefix]) + local
    return value


def run(
    name: str, *, store: str | Path | None = None, endpoint: str | None = None, **params: object
) -> list[dict]:
    """Rows of a named query as dicts, for notebooks: `run("entities-by-type", store="out/store",
    type="bg:Policy")`. Without `store` or `endpoint`, BELEIDSGRAAF_STORE names the store."""
    import os

    from beleidsgraaf.graph.store import GraphStore
    from beleidsgraaf.queries.endpoint import run_remote
    from beleidsgraaf.queries.local import run_local

    query = resolve(name)
    values = {k: str(v) for k, v in params.items()}
    if endpoint:
        return run_remote(endpoint, query, values).as_dicts()
    location = store or os.environ.get("BELEIDSGRAAF_STORE")
    if not location:
        raise QueryError("run(): give store=… or endpoint=…, or set BELEIDSGRAAF_STORE")
    return run_local(GraphStore(Path(location), read_only=True), query, values).as_dicts()
