"""Where the named queries run besides the embedded store: any SPARQL 1.1 endpoint (SPARQLWrapper),
and a Graph Store Protocol server to publish to (the `oxigraph` server `serve` starts is in
`queries.server.oxigraph`).

Parameters reach a remote endpoint as a VALUES block at the head of the query's outermost group:
each value is serialised as one RDF term (quotes and backslashes escaped by the term's own
serialiser), so a value can never add syntax to the query. Credentials come from the environment
(BELEIDSGRAAF_USER, BELEIDSGRAAF_PASSWORD) or ~/.netrc and are never printed; `publish` sends them
only when the Graph Store asks, as HTTP Basic or Digest.
"""

from __future__ import annotations

import ast
import os
import re
from collections.abc import Generator
from urllib.parse import urlsplit

import httpx
from pyoxigraph import NamedNode, RdfFormat, serialize
from SPARQLWrapper import JSON, POST, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

from beleidsgraaf.graph.sparql_lexer import syntax_positions
from beleidsgraaf.graph.store import GraphStore
from beleidsgraaf.queries import NamedQuery, QueryError
from beleidsgraaf.queries.local import bind, with_values
from beleidsgraaf.queries.results import Results

_USERINFO = re.compile(r"(?<=://)[^/@\s]*@")


def redacted(text: str) -> str:
    """`text` with any user name and password in URLs replaced: messages never show credentials."""
    return _USERINFO.sub("***@", text)


def _credentials(url: str) -> tuple[str, str] | None:
    user, password = os.environ.get("BELEIDSGRAAF_USER"), os.environ.get("BELEIDSGRAAF_PASSWORD")
    if user and password:
        return user, password
    try:
        import netrc

        found = netrc.netrc().authenticators(urlsplit(url).hostname or "")
    except (FileNotFoundError, netrc.NetrcParseError):
        return None
    return (found[0], found[2]) if found else None


_FORM = re.compile(
    r"(?i)\b(SELECT|ASK|CONSTRUCT|DESCRIBE|INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD)\b"
)


def query_form(query: str) -> str | None:
    """The query's form (SELECT, ASK, …, or an update keyword), read from its syntax alone.

    SPARQLWrapper guesses the form from the text, and its comment stripping misses every second
    line of a comment block, so a word like "copy" in a query's description made it send the query
    as an update; the form is therefore read here, with comments, strings and IRIs skipped.
    """
    syntax = "".join(ch for _, ch in syntax_positions(query))
    match = _FORM.search(syntax)
    return match.group(1).upper() if match else None


def run_remote(
    endpoint: str, query: NamedQuery, values: dict[str, str] | None = None, *, timeout: float = 60.0
) -> Results:
    """Run a named query on a SPARQL 1.1 endpoint (the endpoint should read the union of graphs)."""
    sparql = SPARQLWrapper(endpoint)
    sparql.setQuery(with_values(query.text, bind(query, values or {})))
    form = query_form(query.text)
    if form not in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE"):
        raise QueryError(f"{query.name}: not a SPARQL query (updates are not sent to endpoints)")
    sparql.queryType = form
    sparql.setReturnFormat(JSON)
    sparql.setMethod(POST)
    sparql.setTimeout(int(timeout))
    credentials = _credentials(endpoint)
    if credentials:
        sparql.setCredentials(*credentials)
    try:
        answer = sparql.queryAndConvert()
    except (SPARQLWrapperException, OSError, ValueError) as exc:
        raise QueryError(
            f"{redacted(endpoint)}: {redacted(_server_reason(exc))}", parameter="endpoint"
        ) from exc
    if not isinstance(answer, dict):
        raise QueryError(f"{query.name}: only SELECT and ASK queries give rows")
    if "boolean" in answer:
        return Results(["result"], [[str(answer["boolean"]).lower()]])
    variables = answer["head"]["vars"]
    rows = [[row.get(v, {}).get("value") for v in variables] for row in answer["results"]["bindings"]]
    return Results(variables, rows)


def _server_reason(exc: Exception) -> str:
    """The first line of what the server answered (Virtuoso: "… Error TR…: transitive start not
    given"), which SPARQLWrapper puts after its own status line as the repr of the body."""
    status, _, body = str(exc).partition("\n\nResponse:\n")
    try:
        text = ast.literal_eval(body).decode("utf-8", errors="replace") if body else ""
    except (ValueError, SyntaxError, AttributeError):
        text = ""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    status = status.splitlines()[0].rstrip(". ") if status else ""
    return f"{status}: {first}" if first else status or type(exc).__name__


class _ChallengeAuth(httpx.Auth):
    """Basic or Digest, whichever the server's 401 asks for: credentials go out only once asked for,
    and never in the clear to a server that wants Digest (Virtuoso's `/sparql-graph-crud-auth`)."""

    def __init__(self, user: str, password: str) -> None:
        self._digest = httpx.DigestAuth(user, password)
        self._basic = httpx.BasicAuth(user, password)
        self._scheme: httpx.Auth | None = None

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self._scheme is None:
            response = yield request
            if response.status_code != 401:
                return
            offered = {h.split(" ", 1)[0].lower() for h in response.headers.get_list("www-authenticate")}
            self._scheme = self._digest if "digest" in offered else self._basic
        yield from self._scheme.auth_flow(request)


def publish(store: GraphStore, url: str, *, timeout: float = 120.0) -> int:
    """PUT every named graph to the Graph Store Protocol URL `url` as given (`?graph=` added),
    replacing each graph, so publishing twice changes nothing."""
    credentials = _credentials(url)
    auth = _ChallengeAuth(*credentials) if credentials else None
    graphs = [g for g in store.store.named_graphs() if isinstance(g, NamedNode)]
    with httpx.Client(timeout=timeout, auth=auth, trust_env=False) as client:
        for graph in graphs:
            body = serialize(
                (q.triple for q in store.store.quads_for_pattern(None, None, None, graph)),
                format=RdfFormat.N_TRIPLES,
            )
            try:
                response = client.put(
                    url,
                    params={"graph": graph.value},
                    content=body,
                    headers={"Content-Type": "application/n-triples"},
                )
            except httpx.HTTPError as exc:
                raise QueryError(f"{redacted(url)}: {redacted(str(exc))}", parameter="endpoint") from exc
            if response.status_code >= 400:
                reason = _refusal(response)
                raise QueryError(
                    f"{redacted(url)}: graph {graph.value} refused ({reason})", parameter="endpoint"
                )
    return len(graphs)


def _refusal(response: httpx.Response) -> str:
    """Why a Graph Store refused a graph, with a hint for the two usual mistakes."""
    if response.status_code == 401:
        return "401: give credentials in BELEIDSGRAAF_USER/BELEIDSGRAAF_PASSWORD or ~/.netrc"
    if response.status_code in (404, 405):
        return f"{response.status_code}: is this the server's Graph Store Protocol URL? see `publish --help`"
    return str(response.status_code)
