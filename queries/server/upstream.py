"""Keep-alive HTTP/1.1 connections from the endpoint's guard to the one Oxigraph server behind it.

The guard sends this server only requests it writes itself (a fixed path, a query it has checked,
headers it chose), over loopback, so the client side needs no more than a pool of connections and
the response's framing, which httptools (llhttp, the parser uvicorn runs on) reads. aiohttp's client
did the same at 0.38 ms of CPU a request, measured on the seeds' store, which alone kept the guard
below 0.8x Oxigraph's own throughput on two cores; this costs about 0.1 ms.

An answer's body is read as the guard sends it on: past `HIGH_WATER` bytes waiting, the connection
stops reading (TCP then holds Oxigraph back), so a slow client cannot make the guard buffer a large
answer.
"""

from __future__ import annotations

import asyncio
from collections import deque

import httptools

HIGH_WATER = 256 * 1024
LOW_WATER = 64 * 1024
IDLE_CONNECTIONS = 64


class UpstreamError(Exception):
    """The server refused the connection, closed it, or sent something that is not HTTP."""


class Response:
    """One answer: status and headers once they arrived, then the body chunk by chunk."""

    def __init__(self, connection: _Connection) -> None:
        self.connection = connection
        self.status = 0
        self.headers: list[tuple[bytes, bytes]] = []
        self.keep_alive = False
        self.complete = False
        self._chunks: deque[bytes] = deque()
        self._buffered = 0
        self._error: UpstreamError | None = None
        loop = asyncio.get_running_loop()
        self._started = loop.create_future()
        self._waiter: asyncio.Future[None] | None = None

    def header(self, name: bytes) -> bytes | None:
        return next((v for k, v in self.headers if k == name), None)

    async def started(self) -> None:
        await self._started

    async def chunk(self) -> bytes | None:
        """The next piece of the body; None at its end."""
        while not self._chunks:
            if self._error is not None:
                raise self._error
            if self.complete:
                return None
            self._waiter = asyncio.get_running_loop().create_future()
            await self._waiter
        data = self._chunks.popleft()
        self._buffered -= len(data)
        if self._buffered < LOW_WATER:
            self.connection.resume()
        return data

    # fed by the connection

    def _wake(self) -> None:
        if self._waiter is not None and not self._waiter.done():
            self._waiter.set_result(None)

    def _begin(self, status: int, keep_alive: bool) -> None:
        self.status, self.keep_alive = status, keep_alive
        if not self._started.done():
            self._started.set_result(None)

    def _feed(self, data: bytes) -> None:
        self._chunks.append(data)
        self._buffered += len(data)
        if self._buffered > HIGH_WATER:
            self.connection.pause()
        self._wake()

    def _finish(self) -> None:
        self.complete = True
        self._wake()

    def _fail(self, error: UpstreamError) -> None:
        self._error = error
        if not self._started.done():
            self._started.set_exception(error)
            self._started.exception()  # retrieved: a waiter that gave up must not log it
        self._wake()


class _Connection(asyncio.Protocol):
    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.parser = httptools.HttpResponseParser(self)
        self.response: Response | None = None
        self.closed = False
        self.paused = False

    # asyncio.Protocol

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]  # uvloop's is no asyncio.Transport subclass

    def data_received(self, data: bytes) -> None:
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserError as exc:
            self._broken(f"the server's answer is not HTTP ({exc})")

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        if self.response is not None and not self.response.complete:
            self.response._fail(UpstreamError("the server closed the connection"))

    # httptools callbacks

    def on_header(self, name: bytes, value: bytes) -> None:
        if self.response is not None:
            self.response.headers.append((name.lower(), value))

    def on_headers_complete(self) -> None:
        if self.response is not None:
            self.response._begin(self.parser.get_status_code(), self.parser.should_keep_alive())

    def on_body(self, body: bytes) -> None:
        if self.response is not None:
            self.response._feed(body)

    def on_message_complete(self) -> None:
        if self.response is not None:
            self.response._finish()

    # flow control and shutdown

    def pause(self) -> None:
        if not self.paused and self.transport and not self.closed:
            self.paused = True
            self.transport.pause_reading()

    def resume(self) -> None:
        if self.paused and self.transport and not self.closed:
            self.paused = False
            self.transport.resume_reading()

    def close(self) -> None:
        self.closed = True
        if self.transport is not None:
            self.transport.close()

    def _broken(self, message: str) -> None:
        if self.response is not None:
            self.response._fail(UpstreamError(message))
        self.close()


class Upstream:
    """A pool of connections to `host:port`; `send` a request, read its answer, then `release` it."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.idle: list[_Connection] = []
        self.host_header = f"{host}:{port}".encode()

    async def send(
        self, method: bytes, target: bytes, headers: list[tuple[bytes, bytes]], body: bytes = b""
    ) -> Response:
        """The answer's status and headers (the body follows through `Response.chunk`). A kept
        connection the server has meanwhile closed is replaced once; queries have no side effects."""
        head = [method + b" " + target + b" HTTP/1.1", b"Host: " + self.host_header]
        head += [name + b": " + value for name, value in headers]
        if body or method == b"POST":
            head.append(b"Content-Length: " + str(len(body)).encode())
        message = b"\r\n".join(head) + b"\r\n\r\n" + body
        for attempt in range(2):
            connection, reused = await self._connection()
            response = Response(connection)
            connection.response = response
            assert connection.transport is not None
            connection.transport.write(message)
            try:
                await response.started()
                return response
            except UpstreamError:
                connection.close()
                if not reused or attempt:
                    raise
            except BaseException:  # cancelled: the answer will not be read
                connection.close()
                raise
        raise AssertionError("unreachable")

    def release(self, response: Response) -> None:
        """Keep the connection for the next request if its answer was read to the end."""
        connection = response.connection
        connection.response = None
        reusable = response.complete and response.keep_alive and not connection.closed
        if reusable and len(self.idle) < IDLE_CONNECTIONS:
            connection.resume()
            self.idle.append(connection)
        else:
            connection.close()

    async def _connection(self) -> tuple[_Connection, bool]:
        while self.idle:
            connection = self.idle.pop()
            if not connection.closed:
                return connection, True
        try:
            loop = asyncio.get_running_loop()
            _, connection = await loop.create_connection(_Connection, self.host, self.port)
        except OSError as exc:
            raise UpstreamError(f"cannot connect ({exc.strerror or exc})") from exc
        return connection, False

    def close(self) -> None:
        for connection in self.idle:
            connection.close()
        self.idle.clear()
