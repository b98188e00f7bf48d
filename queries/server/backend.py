"""The Oxigraph server behind the guard, replaced when a query has to be stopped.

Oxigraph stops a query only through its `--timeout-s`, which costs a sleeping thread per query for
the whole timeout (see `endpoint.serve`), and it keeps evaluating a query whose client has gone
until that query writes its next result. So the guard bounds query time itself, and when it gives
up on a query that has not finished (past the timeout, or stopped to keep slots for light queries)
it starts a fresh server for new requests and kills the old one once the requests still running on
it are done. A read-only server holds no state worth keeping; killing it loses nothing.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from urllib.parse import urlsplit

from beleidsgraaf.queries.server.oxigraph import OxigraphServer
from beleidsgraaf.queries.server.upstream import Upstream

#: old servers waiting for their last requests; a further replacement kills the oldest at once
MAX_RETIRING = 2


class Live:
    """A server in use: its process, a connection pool to it, and how many requests run on it."""

    def __init__(self, server: OxigraphServer) -> None:
        self.server = server
        parts = urlsplit(server.url)
        self.upstream = Upstream(parts.hostname or "127.0.0.1", parts.port or 80)
        self.in_flight = 0
        self.killed = False

    def kill(self) -> None:
        self.killed = True
        self.upstream.close()
        with contextlib.suppress(ProcessLookupError):
            self.server.process.kill()


class Backend:
    """The current server and the retiring ones; `start` makes a new server (blocking: it is run in
    a thread)."""

    def __init__(self, start: Callable[[], OxigraphServer]) -> None:
        self.start = start
        self.current = Live(start())
        self.retiring: list[Live] = []
        self.dead: list[Live] = []  # killed, not yet reaped
        self.starter = ThreadPoolExecutor(1, thread_name_prefix="oxigraph-start")
        self.starting: Future[OxigraphServer] | None = None
        self.adopting: asyncio.Future[None] | None = None
        self.replaced = 0

    def replace(self, live: Live) -> None:
        """Give up on `live`: new requests go to a fresh server (started in the background)."""
        if live is self.current and self.starting is None:
            self.starting = self.starter.submit(self.start)
            self.adopting = asyncio.ensure_future(self._adopt(self.starting))

    async def _adopt(self, starting: Future[OxigraphServer]) -> None:
        try:
            fresh = Live(await asyncio.wrap_future(starting))
        except Exception:  # the old server keeps serving; the next overrun tries again
            self.starting = None
            return
        old, self.current = self.current, fresh
        self.starting = None
        self.replaced += 1
        self.retiring.append(old)
        while len(self.retiring) > MAX_RETIRING:
            self._kill(self.retiring.pop(0))
        self.done_with(old)

    def done_with(self, live: Live) -> None:
        """A request on `live` ended: kill it when it is retiring and nothing else runs on it."""
        if live in self.retiring and live.in_flight == 0:
            self.retiring.remove(live)
            self._kill(live)

    def _kill(self, live: Live) -> None:
        live.kill()
        self.dead.append(live)

    def stopped_on_its_own(self) -> OxigraphServer | None:
        """The current server, when it exited without being killed."""
        live = self.current
        return live.server if not live.killed and live.server.process.poll() is not None else None

    def reap(self) -> None:
        """Collect the exit status of killed servers (no zombies left behind)."""
        self.dead = [live for live in self.dead if live.server.process.poll() is None]

    def stop(self) -> None:
        """Kill every server, also one still starting."""
        lives = [self.current, *self.retiring]
        if self.starting is not None:
            with contextlib.suppress(Exception):
                lives.append(Live(self.starting.result(timeout=15)))
        self.starter.shutdown(wait=False)
        for live in lives:
            live.kill()
            with contextlib.suppress(Exception):
                live.server.process.wait(timeout=10)
        self.retiring.clear()
