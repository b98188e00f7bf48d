"""Whether a query would make the SPARQL server send a request (SERVICE): the endpoint's guard
refuses such a query unless its target starts with a prefix the operator allowed.

The check takes three steps, each sound on its own terms:

1. A query whose text holds no "service" (case-folded, before and after SPARQL's codepoint escapes)
   cannot hold the keyword: nothing to parse, and most queries end here in microseconds.
2. Otherwise rdflib parses it (`parseQuery`) and every ServiceGraphPattern of the tree counts,
   wherever it stands (subqueries, EXISTS, OPTIONAL, MINUS, UNION, GRAPH; `SERVICE ?var` too).
3. The SPARQL tokens (`graph.sparql_lexer`) must show SERVICE in as many places as the tree, with targets
   that pass the same test: rdflib and Oxigraph read some texts differently (a comment ended by a
   carriage return, a keyword glued to the next word), and a query must not mean federation to one
   parser and none to the other.

A query that mentions "service" and that rdflib cannot parse (a syntax error, SPARQL 1.2's LATERAL,
a query so deep that the parser's recursion gives up, or longer than `PARSE_SECONDS` to parse) is
refused: it could not be checked. rdflib's parser is slow (2 ms for a small query, seconds for a few
hundred FILTER terms) and unbounded, so it runs in a worker process that is killed when it overruns,
and verdicts are cached by the query's digest.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import sys
import threading
from collections import OrderedDict
from collections.abc import Iterable
from urllib.parse import urlsplit

from beleidsgraaf.graph.sparql_lexer import expand_escapes, service_targets
from beleidsgraaf.queries import QueryError

#: a parse that takes longer is given up (the query is refused) and its worker killed
PARSE_SECONDS = 5.0
#: verdicts kept, by the digest of the exact query text
CACHE_SIZE = 4096


def mentions_service(query: str) -> bool:
    """Whether the letters of SERVICE appear anywhere in the query, escapes expanded or not."""
    return any("service" in text.casefold() for text in (query, expand_escapes(query)))


def allowed_prefixes(values: Iterable[str]) -> tuple[str, ...]:
    """The URL prefixes SERVICE may call (`--allow-service`): absolute http(s) URLs; a bare host gets
    its '/', so `https://example.org` cannot match `https://example.org.evil.net/` or `…@evil.net`."""
    prefixes = []
    for value in values:
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise QueryError(f"{value}: not an http(s) URL prefix", parameter="allow_service")
        prefixes.append(value if parts.path else value + "/")
    return tuple(prefixes)


def refusal(query: str, tree: list[str] | str, allow: tuple[str, ...]) -> str | None:
    """Why the query is refused (one line), or None when it makes no request the operator did not
    allow. `tree` is rdflib's list of SERVICE targets, or why it could not parse the query."""
    if isinstance(tree, str):
        return (
            f"the query mentions SERVICE and could not be checked ({tree}); this endpoint sends no "
            "request for its callers"
        )
    for view in (service_targets(query), service_targets(expand_escapes(query))):
        if len(view) != len(tree):
            return (
                "the query reads differently to two SPARQL parsers where it mentions SERVICE (a comment "
                "ended by a carriage return, or a keyword glued to a name?); write it plainly"
            )
    for target in [*tree, *service_targets(query), *service_targets(expand_escapes(query))]:
        if allow and target and not target.startswith("?") and target.startswith(allow):
            continue
        shown = f"<{target}>" if "://" in target else target or "(unclear target)"
        if allow:
            return (
                f"federated query refused: SERVICE {shown} is not under a prefix this endpoint allows "
                "(write it in full)"
            )
        return (
            f"federated query refused: SERVICE {shown}: this endpoint sends no request for its callers "
            "(`serve --allow-service PREFIX` opens one)"
        )
    return None


def parse_services(query: str) -> list[str]:
    """The SERVICE targets of rdflib's parse tree, resolved against the query's PREFIX and BASE:
    IRIs, `?name` for variables, "" where a prefixed name cannot be resolved."""
    from rdflib.plugins.sparql.algebra import translatePrologue
    from rdflib.plugins.sparql.parser import parseQuery
    from rdflib.plugins.sparql.parserutils import CompValue
    from rdflib.term import Variable

    tree = parseQuery(query)
    prologue = translatePrologue(tree[0], None)
    found, stack = [], [tree]
    while stack:  # by hand, not recursion: a deep tree must not hit Python's recursion limit here
        node = stack.pop()
        if isinstance(node, CompValue):
            if node.name == "ServiceGraphPattern":
                term = node.get("term")
                if isinstance(term, Variable):
                    found.append(f"?{term}")
                else:
                    try:
                        found.append(str(prologue.absolutize(term)))
                    except Exception:  # an undeclared prefix: rdflib raises a bare Exception
                        found.append("")
            stack.extend(reversed(list(node.values())))  # in the order of the text
        elif isinstance(node, list | tuple) or type(node).__name__ == "ParseResults":
            stack.extend(reversed(list(node)))
    return found


class ServiceCheck:
    """rdflib's SERVICE targets for a query, from a worker process, cached by the query's digest."""

    def __init__(self, *, seconds: float = PARSE_SECONDS, size: int = CACHE_SIZE) -> None:
        self.seconds = seconds
        self.size = size
        self.cache: OrderedDict[bytes, list[str] | str] = OrderedDict()
        self.lock = asyncio.Lock()
        self.worker: asyncio.subprocess.Process | None = None

    async def services(self, query: str) -> list[str] | str:
        """The targets, or why the query could not be parsed (one line)."""
        key = hashlib.blake2b(query.encode("utf-8", "surrogatepass"), digest_size=16).digest()
        if key in self.cache:
            self.cache.move_to_end(key)
            return self.cache[key]
        async with self.lock:
            if key not in self.cache:
                self.cache[key] = await self._ask(query)
                while len(self.cache) > self.size:
                    self.cache.popitem(last=False)
        return self.cache[key]

    async def _ask(self, query: str) -> list[str] | str:
        if self.worker is None or self.worker.returncode is not None:
            self.worker = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                __name__,
                stdin=asyncio.subprocess.PIPE,
                stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.DEVNULL,
                limit=1 << 20,
            )
        assert self.worker.stdin and self.worker.stdout
        try:
            self.worker.stdin.write(json.dumps(query).encode() + b"\n")
            await self.worker.stdin.drain()
            line = await asyncio.wait_for(self.worker.stdout.readline(), self.seconds)
        except TimeoutError:
            await self.close()
            return f"rdflib did not parse it within {self.seconds:g} s"
        except (OSError, ConnectionError):
            line = b""
        if not line:
            await self.close()
            return "the parser stopped"
        answer = json.loads(line)
        return answer["services"] if "services" in answer else answer["error"]

    async def close(self) -> None:
        if self.worker is not None and self.worker.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                self.worker.kill()
            await self.worker.wait()
        self.worker = None


def _serve_parses() -> None:
    """The worker: one JSON string (a query) a line in, one JSON object a line out."""
    for line in sys.stdin:
        try:
            answer: dict[str, object] = {"services": parse_services(json.loads(line))}
        except RecursionError:
            answer = {"error": "rdflib's parser gave up on its depth"}
        except Exception as exc:  # pyparsing's errors and anything else rdflib raises on bad input
            said = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
            answer = {"error": f"rdflib: {said}"}
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    # rdflib's parser recurses once per grammar level; a thread with a large stack lets it go deep
    # (a query of 100 triple patterns exceeds the default limit) without crashing the process
    sys.setrecursionlimit(100_000)
    threading.stack_size(512 * 1024 * 1024)
    parser = threading.Thread(target=_serve_parses)
    parser.start()
    parser.join()
