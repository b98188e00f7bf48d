"""The guard in front of the read-only Oxigraph server: only queries get through, none makes the
server send a request for its caller, no answer is larger than a limit, and a few long queries
cannot hold every slot.

Oxigraph's read-only server refuses updates and bounds query time, but evaluates SERVICE (it fetches
any URL a caller names and hands back the answer), reads the union of graphs only when told, and has
no result limit. The guard (an ASGI app under uvicorn) therefore:

- accepts a query the ways the SPARQL Protocol allows (GET `?query=`, a POSTed form, a POSTed
  `application/sparql-query` body, in any charset Python knows) and sends the server a request of its
  own making: the checked text as UTF-8, the dataset parameters, and nothing else; so a repeated
  parameter, an odd path or a header can never reach the server in a form the guard did not read;
- refuses federated queries (see `queries.federation`) with 403 unless `--allow-service` opened
  their target;
- gives a query without FROM / FROM NAMED / default-graph-uri / named-graph-uri the union of the
  graphs, and one with a dataset the dataset it names;
- holds an answer's first part (up to `FIRST_PART`, or the limit when that is smaller), so an answer
  over the limit that fits there is a 413 with a reason; a longer answer is streamed, and cut off
  (the connection closes before the end of its chunked body, which every HTTP client reports as an
  error) when it passes the limit;
- runs at most `max_concurrent` requests on the server at once (the rest wait), of which at most
  half may run longer than `LONG_AFTER`: a query that outgrows that share is stopped with 503, so
  light queries always find a slot;
- stops a query at `timeout` (504). A stopped query that had not finished may still run in Oxigraph,
  so the server is then replaced (`queries.backend`).
"""

from __future__ import annotations

import asyncio
import codecs
import contextlib
import logging
import os
import re
import socket
import time
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode

import uvicorn

from beleidsgraaf.graph.sparql_lexer import names_dataset
from beleidsgraaf.queries.server.backend import Backend, Live
from beleidsgraaf.queries.server.federation import ServiceCheck, mentions_service, refusal
from beleidsgraaf.queries.server.oxigraph import OxigraphServer
from beleidsgraaf.queries.server.upstream import UpstreamError

#: Oxigraph's query page and what it loads
PAGES = frozenset({"/", "/yasgui.min.css", "/yasgui.min.js", "/logo.svg"})
#: request headers a SPARQL client needs the server to see
FORWARDED_REQUEST = (
    b"accept",
    b"origin",
    b"access-control-request-method",
    b"access-control-request-headers",
)
#: answer headers passed back: content negotiation and CORS
FORWARDED_ANSWER = (
    b"content-type",
    b"access-control-allow-origin",
    b"access-control-allow-methods",
    b"access-control-allow-headers",
    b"vary",
)
DATASET_PARAMETERS = ("default-graph-uri", "named-graph-uri")
FIRST_PART = 1024 * 1024
MAX_QUERY_BYTES = 1024 * 1024
LONG_AFTER = 1.0
#: how often running requests are checked against LONG_AFTER and the timeout
SWEEP = 0.1
_UNSAFE = re.compile(rb"[\x00-\x08\x0a-\x1f\x7f]")
READ_ONLY = "read-only endpoint: only SPARQL queries at /query"
_CUT = "ASGI callable returned without completing response."


class Refused(Exception):
    """An answer the guard gives itself: status and a one-line reason."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass(eq=False)
class _Flight:
    """One request on the server: which server, whether it became long, why it was stopped ("time":
    past the timeout; "long": no long slot was free; "gone": its client left), whether its answer
    has started and ended."""

    task: asyncio.Task
    began: float
    query: bool
    live: Live | None = None
    long: bool = False
    stop: str | None = None
    started: bool = False
    complete: bool = False

    def halt(self, why: str) -> None:
        if self.stop is None:
            self.stop = why
            self.task.cancel()


class Guard:
    """The ASGI app in front of `backend`'s Oxigraph server."""

    def __init__(
        self,
        backend: Backend,
        *,
        max_bytes: int,
        timeout: float,
        allow_service: tuple[str, ...] = (),
        max_concurrent: int | None = None,
    ) -> None:
        self.backend = backend
        self.max_bytes = max_bytes
        self.timeout = timeout
        self.allow = allow_service
        self.max_concurrent = max_concurrent or max(4, 4 * (os.cpu_count() or 1))
        self.slots = asyncio.Semaphore(self.max_concurrent)
        self.long_slots = max(1, self.max_concurrent // 2)
        self.long_running = 0
        self.flights: set[_Flight] = set()
        self.sweeper: asyncio.Task | None = None
        self.checks = ServiceCheck()

    async def __call__(self, scope: dict, receive, send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
        elif scope["type"] == "http":
            head = scope["method"] == "HEAD"
            try:
                await self._http(scope, receive, send)
            except Refused as refused:
                await _reply(send, refused.status, str(refused), head=head)

    async def _lifespan(self, receive, send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                self.sweeper = asyncio.ensure_future(self._sweep())
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                if self.sweeper is not None:
                    self.sweeper.cancel()
                self.backend.stop()
                await self.checks.close()
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def _http(self, scope: dict, receive, send) -> None:
        method, path = scope["method"], scope["path"]
        headers = [(k, v) for k, v in scope["headers"] if k in FORWARDED_REQUEST and _safe(v)]
        if path in PAGES and method in ("GET", "HEAD"):
            await self._proxy(send, receive, b"GET", path.encode(), headers, head=method == "HEAD")
            return
        if path != "/query" or method not in ("GET", "HEAD", "POST", "OPTIONS"):
            raise Refused(403, READ_ONLY)
        if method == "OPTIONS":  # a CORS preflight: the server answers it as --cors says
            await self._proxy(send, receive, b"OPTIONS", b"/query", headers, head=True)
            return
        query, parameters = await _read_query(scope, receive)
        if query is None:  # GET /query alone: the server's service description
            await self._proxy(send, receive, b"GET", b"/query", headers, head=method == "HEAD")
            return
        if mentions_service(query):
            reason = refusal(query, await self.checks.services(query), self.allow)
            if reason:
                raise Refused(403, reason)
        if parameters:
            target = b"/query?" + urlencode(parameters).encode()
        else:
            target = b"/query" if names_dataset(query) else b"/query?union-default-graph"
        headers.append((b"content-type", b"application/sparql-query; charset=utf-8"))
        body = query.encode("utf-8", "surrogatepass")
        await self._proxy(send, receive, b"POST", target, headers, body, head=method == "HEAD", query=True)

    async def _proxy(
        self,
        send,
        receive,
        method: bytes,
        target: bytes,
        headers: list[tuple[bytes, bytes]],
        body: bytes = b"",
        *,
        head: bool,
        query: bool = False,
    ) -> None:
        if not self.slots.locked():
            await self.slots.acquire()
        else:
            try:
                async with asyncio.timeout(self.timeout):
                    await self.slots.acquire()
            except TimeoutError:
                await _reply(send, 503, "the endpoint is busy; try again later", head=head)
                return
        task = asyncio.current_task()
        assert task is not None
        flight = _Flight(task, time.monotonic(), query)
        self.flights.add(flight)
        try:
            await self._exchange(send, receive, method, target, headers, body, head, flight)
        except asyncio.CancelledError:
            if flight.stop is None:
                raise
            task.uncancel()
            if flight.stop != "gone" and not flight.complete and flight.live is not None:
                # stopped before its end, it may still run in Oxigraph: replace that server
                self.backend.replace(flight.live)
            if flight.started:
                pass  # the answer ends without its last chunk: cut off
            elif flight.stop == "long":
                message = f"{self.long_slots} long queries are running already; try later or narrow the query"
                await _reply(send, 503, message, head=head)
            elif flight.stop == "time":
                await _reply(send, 504, "the query took longer than this endpoint allows", head=head)
        except UpstreamError:
            if not flight.started:
                await _reply(send, 502, "the SPARQL server behind this endpoint did not answer", head=head)
        finally:
            self.flights.discard(flight)
            self.slots.release()
            if flight.long:
                self.long_running -= 1

    async def _sweep(self) -> None:
        """Every `SWEEP` seconds: stop requests past the timeout, and let queries past `LONG_AFTER`
        into the long share or stop them (one timer for all requests costs less than one each)."""
        while True:
            await asyncio.sleep(SWEEP)
            now = time.monotonic()
            for flight in list(self.flights):
                if flight.stop is not None:
                    continue
                age = now - flight.began
                if age > self.timeout:
                    flight.halt("time")
                elif flight.query and not flight.long and age > LONG_AFTER:
                    if self.long_running < self.long_slots:
                        self.long_running += 1
                        flight.long = True
                    else:
                        flight.halt("long")

    async def _exchange(
        self, send, receive, method: bytes, target: bytes, headers, body: bytes, head: bool, flight: _Flight
    ) -> None:
        """Send one request to the server and its answer to the client: the first part held, the
        rest streamed (see the module's docstring)."""
        live = flight.live = self.backend.current
        live.in_flight += 1
        try:
            response = await live.upstream.send(method, target, headers, body)
        except BaseException:
            live.in_flight -= 1
            self.backend.done_with(live)
            raise
        gone = None
        try:
            passed = [(k, v) for k, v in response.headers if k in FORWARDED_ANSWER]
            if head:
                flight.started = True
                await send({"type": "http.response.start", "status": response.status, "headers": passed})
                await send({"type": "http.response.body", "body": b""})
                return
            first = min(self.max_bytes, FIRST_PART)
            held: list[bytes] = []
            size = 0
            while (chunk := await response.chunk()) is not None:
                size += len(chunk)
                if size > self.max_bytes:
                    if not flight.started:
                        limit = self.max_bytes / 1024 / 1024
                        message = f"the answer is larger than this endpoint's limit of {limit:g} MB"
                        await _reply(send, 413, f"{message}; add LIMIT or narrow the query")
                    return  # a started answer ends without its last chunk: cut off
                if flight.started:
                    await send({"type": "http.response.body", "body": chunk, "more_body": True})
                    continue
                held.append(chunk)
                if size > first:
                    flight.started = True
                    gone = asyncio.ensure_future(_disconnect(receive, flight))
                    await send({"type": "http.response.start", "status": response.status, "headers": passed})
                    await send({"type": "http.response.body", "body": b"".join(held), "more_body": True})
                    held = []
            flight.complete = True
            if flight.started:
                await send({"type": "http.response.body", "body": b""})
            else:
                data = b"".join(held)
                passed.append((b"content-length", str(len(data)).encode()))
                flight.started = True
                await send({"type": "http.response.start", "status": response.status, "headers": passed})
                await send({"type": "http.response.body", "body": data})
        finally:
            if gone is not None:
                gone.cancel()
            live.upstream.release(response)
            live.in_flight -= 1
            self.backend.done_with(live)


async def _disconnect(receive, flight: _Flight) -> None:
    """Stop streaming an answer when its client has gone."""
    while (await receive())["type"] != "http.disconnect":
        pass
    flight.halt("gone")


async def _read_query(scope: dict, receive) -> tuple[str | None, list[tuple[str, str]]]:
    """The query text and the dataset parameters of a request, as the SPARQL Protocol defines
    them; (None, []) for a GET without parameters."""
    url = _parameters(scope["query_string"], "utf-8", "the URL")
    if scope["method"] in ("GET", "HEAD"):
        pairs = url
        if not pairs:
            return None, []
    else:
        kind, charset = _content_type(dict(scope["headers"]).get(b"content-type", b""))
        body = await _body(receive)
        if kind == "application/x-www-form-urlencoded":
            pairs = url + _parameters(body, charset, "the form")
        elif kind == "application/sparql-query":
            if any(name == "query" for name, _ in url):
                raise Refused(400, "give the query once: in the body or as ?query=, not both")
            try:
                pairs = [*url, ("query", body.decode(charset))]
            except UnicodeDecodeError as exc:
                reason = f"the query is not valid {charset} ({exc.reason} at byte {exc.start})"
                raise Refused(400, reason) from exc
        elif kind == "application/sparql-update":
            raise Refused(403, READ_ONLY)
        else:
            raise Refused(
                415,
                "send the query as application/sparql-query or as a form (application/x-www-form-urlencoded)",
            )
    queries = [value for name, value in pairs if name == "query"]
    if len(queries) != 1:
        raise Refused(400, f"give one query parameter (the request has {len(queries)})")
    return queries[0], [(name, value) for name, value in pairs if name in DATASET_PARAMETERS]


def _parameters(raw: bytes, charset: str, where: str) -> list[tuple[str, str]]:
    try:
        return parse_qsl(raw.decode(charset), keep_blank_values=True, encoding=charset, errors="strict")
    except UnicodeDecodeError as exc:
        raise Refused(400, f"{where} is not valid {charset} after percent-decoding ({exc.reason})") from exc


def _content_type(value: bytes) -> tuple[str, str]:
    kind, *params = value.decode("latin-1").split(";")
    charset = "utf-8"
    for param in params:
        name, _, given = param.partition("=")
        if name.strip().lower() == "charset":
            charset = given.strip().strip('"').lower()
    try:
        codecs.lookup(charset)
    except LookupError as exc:
        raise Refused(415, f"unknown charset {charset!r}") from exc
    return kind.strip().lower(), charset


async def _body(receive) -> bytes:
    parts, size = [], 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise Refused(400, "the client went away")
        parts.append(message.get("body", b""))
        size += len(parts[-1])
        if size > MAX_QUERY_BYTES:
            raise Refused(413, f"the query is larger than {MAX_QUERY_BYTES // 1024 // 1024} MB")
        if not message.get("more_body"):
            return b"".join(parts)


def _safe(value: bytes) -> bool:
    return _UNSAFE.search(value) is None


async def _reply(send, status: int, message: str, *, head: bool = False) -> None:
    body = f"{message}\n".encode()
    headers = [(b"content-type", b"text/plain; charset=utf-8"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": b"" if head else body})


class _QuietCut(logging.Filter):
    """A cut-off answer is the guard's doing, not an error of the app."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.getMessage() != _CUT


def listen(host: str, port: int) -> socket.socket:
    """A socket bound to host:port (raises OSError when that is not possible)."""
    family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
    except OSError:
        sock.close()
        raise
    return sock


def run(guard: Guard, sock: socket.socket) -> OxigraphServer | None:
    """Serve until Ctrl-C or SIGTERM (then KeyboardInterrupt is raised, after a graceful shutdown)
    or until the Oxigraph server stops on its own (then it is returned)."""
    config = uvicorn.Config(
        guard,
        log_config=None,
        log_level="warning",
        access_log=False,
        server_header=False,
        proxy_headers=False,
        lifespan="on",
        timeout_graceful_shutdown=5,
        backlog=2048,
    )
    logging.getLogger("uvicorn.error").addFilter(_QuietCut())
    endpoint = uvicorn.Server(config)

    async def main() -> None:
        watch = asyncio.ensure_future(_watch(guard.backend, endpoint))
        try:
            await endpoint.serve(sockets=[sock])
        finally:
            watch.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await watch

    with asyncio.Runner(loop_factory=config.get_loop_factory()) as runner:
        runner.run(main())
    return guard.backend.stopped_on_its_own()


async def _watch(backend: Backend, endpoint: uvicorn.Server) -> None:
    while backend.stopped_on_its_own() is None:
        backend.reap()
        await asyncio.sleep(0.5)
    endpoint.should_exit = True
