"""The guard's check for SERVICE, without a server: rdflib's parse tree, the SPARQL tokens it is
compared with, the prefixes `--allow-service` opens, and the worker that parses off the event loop.
(`test_serve_egress` runs the same queries against a real Oxigraph server and a real listener.)"""

from __future__ import annotations

import asyncio

import pytest

from beleidsgraaf.graph.sparql_lexer import names_dataset, service_targets
from beleidsgraaf.queries import QueryError
from beleidsgraaf.queries.server.federation import (
    ServiceCheck,
    allowed_prefixes,
    mentions_service,
    parse_services,
    refusal,
)

X = "http://example.org/sparql"


@pytest.mark.parametrize(
    "where",
    [
        "{ SERVICE <%s> { ?s ?p ?o } }",
        "{ { SELECT * WHERE { SERVICE <%s> { ?s ?p ?o } } } }",
        "{ ?s ?p ?o FILTER NOT EXISTS { SERVICE <%s> { } } }",
        "{ ?s ?p ?o OPTIONAL { SERVICE SILENT <%s> { } } }",
        "{ ?s ?p ?o MINUS { GRAPH ?g { SERVICE <%s> { } } } }",
        "{ { } UNION { BIND(1 AS ?x) SERVICE <%s> { } } }",
    ],
)
def test_the_tree_holds_service_wherever_it_stands(where: str) -> None:
    query = "SELECT * WHERE " + where % X
    assert parse_services(query) == [X] == service_targets(query)
    assert refusal(query, parse_services(query), ()) is not None
    assert refusal(query, parse_services(query), (X,)) is None


def test_targets_are_resolved_as_the_server_would() -> None:
    query = "PREFIX e: <http://example.org/> BASE <http://base.example/> SELECT * WHERE { SERVICE e:sparql { } SERVICE <rel> { } SERVICE ?v { } }"
    assert parse_services(query) == [X, "http://base.example/rel", "?v"]
    # written in full or not at all: the tokens see no prefixes, so an allowed prefixed name is refused
    prefixed = "PREFIX e: <http://example.org/> SELECT * WHERE { SERVICE e:sparql { } }"
    assert "SERVICE e:sparql is not under" in (refusal(prefixed, parse_services(prefixed), ("http://example.org/",)) or "")


def test_a_query_two_parsers_read_differently_is_refused() -> None:
    hidden = f"SELECT * WHERE {{ #\r SERVICE <{X}> {{ ?s ?p ?o }} #\r\n ?s ?p ?o }}"
    assert parse_services(hidden) == []  # rdflib: a comment up to the line feed
    assert service_targets(hidden) == [X]  # SPARQL, and Oxigraph: the comment ends at the CR
    assert "differently" in (refusal(hidden, parse_services(hidden), (X,)) or "")


@pytest.mark.parametrize(
    "query",
    [
        "PREFIX t: <http://t/> SELECT * WHERE { SERVICEt:x{ ?s ?p ?o } }",  # Oxigraph: SERVICE t:x
        "SELECT * WHERE { SERVICESILENT<http://t/>{ ?s ?p ?o } }",
        "SELECT * WHERE { ?s ?p trueSERVICE<http://t/>{ } }",  # Oxigraph: true, then SERVICE
        "SELECT * WHERE { ?s ?p ?o LATERAL { SERVICE <http://t/> { } } }",
    ],
)
def test_what_rdflib_cannot_parse_is_refused_when_it_mentions_service(query: str) -> None:
    with pytest.raises(Exception):  # noqa: B017  # pyparsing's own error types
        parse_services(query)
    assert mentions_service(query)
    assert "could not be checked" in (refusal(query, "rdflib: a syntax error", (X,)) or "")


def test_queries_without_the_word_are_not_parsed_and_names_are_no_keyword() -> None:
    assert not mentions_service("SELECT * WHERE { ?s ?p ?o } LIMIT 5")
    assert mentions_service("SELECT * WHERE { \\u0053ERVICE <x> { } }") and mentions_service("ſervice")
    words = (
        'PREFIX schema: <http://schema.org/> SELECT ?service WHERE { ?service a schema:Service ; '
        '<http://x/service> "SERVICE <x> { }" } # SERVICE <y> { }'
    )
    assert parse_services(words) == [] == service_targets(words)
    assert refusal(words, parse_services(words), ()) is None


def test_from_is_found_as_a_clause_only() -> None:
    assert names_dataset("SELECT * FROM <g> WHERE { }") and names_dataset("select * from named <g> { }")
    assert names_dataset("SELECT *\nFROM<g> { }")
    assert not names_dataset('SELECT ?from WHERE { ?from <http://x/from> "FROM <g>" } # FROM <g>')
    assert not names_dataset("SELECT * WHERE { ?s ex:from ?o }")


def test_allowed_prefixes_are_urls_ending_where_a_host_ends() -> None:
    assert allowed_prefixes(["https://query.wikidata.org", "http://h/x"]) == ("https://query.wikidata.org/", "http://h/x")
    for bad in ("query.wikidata.org", "ftp://h/", "http://"):
        with pytest.raises(QueryError, match=r"^allow_service "):
            allowed_prefixes([bad])
    query = "SELECT * WHERE { SERVICE <https://query.wikidata.org.evil.net/> { } }"
    assert refusal(query, parse_services(query), allowed_prefixes(["https://query.wikidata.org"])) is not None


def test_a_parse_that_overruns_is_given_up_and_the_parser_restarted() -> None:
    slow = "SELECT * WHERE { ?s ?p ?o " + "FILTER(?o = 1 || ?o = 2) " * 400 + "} # SERVICE"

    async def check() -> tuple:
        checks = ServiceCheck(seconds=1)
        try:
            first = await checks.services(slow)
            worker = checks.worker
            after = await checks.services(f"SELECT * WHERE {{ SERVICE <{X}> {{ }} }}")
            return first, worker, checks.worker, after, await checks.services(slow)
        finally:
            await checks.close()

    first, killed, fresh, after, cached = asyncio.run(check())
    assert first == cached and "within 1 s" in first
    assert killed is None and fresh is not None and after == [X]
