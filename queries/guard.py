"""A guard in front of the read-only Oxigraph server: only queries get through, and no answer is
larger than a limit.

Oxigraph's own read-only server refuses updates and bounds query time, but has no result limit; one
`SELECT * WHERE { ?s ?p ?o }` on a large graph streams gigabytes to whoever asks. The guard forwards
`/query` (and the query page at `/`) and buffers each answer up to the limit: a larger one becomes a
413 with a one-line reason instead of a truncated body, so clients fail clearly. Everything else
(`/update`, `/store`, other methods) is refused before it reaches the store.
"""

from __future__ import annotations

import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx

#: request headers a SPARQL client needs the server to see
FORWARDED_REQUEST = (
    "accept",
    "content-type",
    "origin",
    "access-control-request-method",
    "access-control-request-headers",
)
#: answer headers passed back: content negotiation and CORS
FORWARDED_ANSWER = (
    "content-type",
    "access-control-allow-origin",
    "access-control-allow-methods",
    "access-control-allow-headers",
    "vary",
)
ALLOWED = {("GET", "/"), ("GET", "/query"), ("POST", "/query"), ("OPTIONS", "/query")}


class Guard(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], upstream: str, *, max_bytes: int, timeout: float) -> None:
        super().__init__(address, _Handler)
        self.upstream = upstream.rstrip("/")
        self.max_bytes = max_bytes
        self.client = httpx.Client(timeout=timeout, trust_env=False)

    def start(self) -> threading.Thread:
        thread = threading.Thread(target=self.serve_forever, name="sparql-guard", daemon=True)
        thread.start()
        return thread

    def stop(self) -> None:
        self.shutdown()
        self.server_close()
        self.client.close()


class _Handler(BaseHTTPRequestHandler):
    server: Guard
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        self._forward()

    def do_POST(self) -> None:
        self._forward()

    def do_OPTIONS(self) -> None:
        self._forward()

    def do_PUT(self) -> None:
        self._refuse()

    do_DELETE = do_PATCH = do_HEAD = do_PUT

    def _forward(self) -> None:
        path, _, query = self.path.partition("?")
        if (self.command, path) not in ALLOWED:
            self._refuse()
            return
        length = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(length) if length else b""
        headers = {k: v for k, v in self.headers.items() if k.lower() in FORWARDED_REQUEST}
        url = f"{self.server.upstream}{path}" + (f"?{query}" if query else "")
        try:
            with self.server.client.stream(self.command, url, content=body, headers=headers) as answer:
                chunks, size = [], 0
                for chunk in answer.iter_bytes():
                    size += len(chunk)
                    if size > self.server.max_bytes:
                        limit = self.server.max_bytes / 1024 / 1024
                        self._reply(
                            HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                            f"the answer is larger than this endpoint's limit of {limit:g} MB; "
                            "add LIMIT or narrow the query",
                        )
                        return
                    chunks.append(chunk)
                passed = {k: v for k, v in answer.headers.items() if k.lower() in FORWARDED_ANSWER}
                self._send(answer.status_code, b"".join(chunks), passed)
        except httpx.TimeoutException:
            self._reply(HTTPStatus.GATEWAY_TIMEOUT, "the query took longer than this endpoint allows")
        except httpx.HTTPError:
            self._reply(HTTPStatus.BAD_GATEWAY, "the SPARQL server behind this endpoint did not answer")

    def _refuse(self) -> None:
        self._reply(HTTPStatus.FORBIDDEN, "read-only endpoint: only SPARQL queries at /query")

    def _reply(self, status: HTTPStatus, message: str) -> None:
        self._send(status, f"{message}\n".encode(), {"Content-Type": "text/plain; charset=utf-8"})

    def _send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args) -> None:
        """Quiet: the server's console is for its address and errors, not every request."""
