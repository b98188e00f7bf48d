"""One HTTP session for both clients that is polite to the services: at most one request per
`min_interval` seconds, and retries with exponential back-off on connection errors, 429 and 5xx,
waiting as long as a `Retry-After` header asks (capped at `MAX_RETRY_AFTER`).

How the clients are made to use it:

* `sruthi.Client(url, session=...)` takes a `requests.Session`, so it gets this one directly.
* `tkapi` has no session parameter: `tkapi.tkapi.TKApi._request_json` calls the module-level
  `requests.get(url=..., params=..., timeout=60)`. `tweedekamer.tkapi_through` replaces the name
  `requests` in the module `tkapi.tkapi` (and only there) by an object whose `get` is this session's,
  for the duration of a `with` block, and puts the original back afterwards. tkapi's other module
  level call (`tkapi.document`, used only by `VerslagAlgemeenOverleg.document_url`) is never called.
"""

from __future__ import annotations

import importlib.metadata
import threading
import time
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

#: statuses worth another try: rate limited, and the server's own failures
RETRY_STATUSES = (429, 500, 502, 503, 504)
#: the longest a `Retry-After` header may make us wait, in seconds
MAX_RETRY_AFTER = 300.0


class _Retry(Retry):
    """urllib3's Retry, with the wait a server asks for capped so one answer cannot stall a fetch."""

    def get_retry_after(self, response: Any) -> float | None:
        after = super().get_retry_after(response)
        return None if after is None else min(after, MAX_RETRY_AFTER)


def _user_agent() -> str:
    try:
        version = importlib.metadata.version("beleidsgraaf")
    except importlib.metadata.PackageNotFoundError:
        version = "unknown"
    return f"beleidsgraaf/{version} (research corpus fetch; python-requests)"


class PoliteSession(requests.Session):
    """A `requests.Session` that waits between requests and retries with back-off."""

    def __init__(
        self,
        *,
        min_interval: float = 1.0,
        retries: int = 5,
        backoff: float = 1.0,
        timeout: float = 60.0,
    ) -> None:
        super().__init__()
        self.min_interval = min_interval
        self.timeout = timeout
        self._last = 0.0
        self._lock = threading.Lock()
        retry = _Retry(
            total=retries,
            connect=retries,
            read=retries,
            status=retries,
            backoff_factor=backoff,
            backoff_max=120,
            status_forcelist=RETRY_STATUSES,
            allowed_methods=frozenset({"GET", "HEAD"}),
            respect_retry_after_header=True,
            raise_on_status=True,
        )
        adapter = HTTPAdapter(max_retries=retry)
        self.mount("http://", adapter)
        self.mount("https://", adapter)
        self.headers["User-Agent"] = _user_agent()

    def request(self, method: str | bytes, url: str | bytes, *args: Any, **kwargs: Any) -> requests.Response:
        kwargs.setdefault("timeout", self.timeout)
        self._wait()
        return super().request(method, url, *args, **kwargs)

    def _wait(self) -> None:
        """Sleep until `min_interval` has passed since the previous request started."""
        with self._lock:
            delay = self._last + self.min_interval - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            self._last = time.monotonic()


def describe_error(exc: BaseException) -> str:
    """One short line for a failed request, without urllib3's nested exception text."""
    if isinstance(exc, requests.exceptions.RetryError):
        reason = getattr(exc.args[0], "reason", None) if exc.args else None
        return f"gave up after retries ({reason or exc})"
    if isinstance(exc, requests.exceptions.HTTPError) and exc.response is not None:
        return f"HTTP {exc.response.status_code} {exc.response.reason or ''}".strip()
    if isinstance(exc, requests.exceptions.Timeout):
        return "timed out"
    if isinstance(exc, requests.exceptions.ConnectionError):
        return f"cannot connect ({type(exc).__name__})"
    return f"{type(exc).__name__}: {exc}"
