"""Other triple stores and a read-only endpoint: publish, serve."""

from __future__ import annotations

import signal
from typing import Annotated

import typer

from beleidsgraaf.base.errors import BeleidsgraafError
from beleidsgraaf.cli.common import (
    StoreOption,
    _fail,
    _open_store,
    _publish,
    app,
    err,
)


@app.command()
def publish(
    store: StoreOption,
    endpoint: Annotated[
        str, typer.Option(help="The server's Graph Store Protocol URL, used as given (see above).")
    ],
) -> None:
    """Load every named graph into a SPARQL 1.1 server, replacing each graph (idempotent).

    Each graph is PUT to ENDPOINT?graph=IRI, with ENDPOINT as given:
    Oxigraph  http://HOST:7878/store
    Fuseki    http://HOST:3030/DATASET/data
    GraphDB   http://HOST:7200/repositories/REPO/rdf-graphs/service
    Virtuoso  http://HOST:8890/sparql-graph-crud-auth (or /sparql-graph-crud without login)

    Credentials come from BELEIDSGRAAF_USER and BELEIDSGRAAF_PASSWORD or ~/.netrc; they are sent
    when the server asks (HTTP Basic or Digest) and never printed.
    """
    _publish(_open_store(store, read_only=True), endpoint)


@app.command()
def serve(
    store: StoreOption,
    host: Annotated[
        str, typer.Option(help="Address to bind; 127.0.0.1 keeps it on this machine.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 7878,
    cors: Annotated[
        bool, typer.Option(help="Allow cross-origin requests (browsers on other sites).")
    ] = False,
    timeout: Annotated[int, typer.Option(help="Seconds a query may run.")] = 60,
    max_result_mb: Annotated[
        float,
        typer.Option(min=0, help="Largest answer sent, in MB; a larger one gets a 413 error or is cut off."),
    ] = 100.0,
    allow_service: Annotated[
        list[str] | None,
        typer.Option(
            "--allow-service",
            metavar="URL-PREFIX",
            help="Let federated queries (SERVICE) reach IRIs under this prefix (repeatable); "
            "by default the endpoint sends no request for its callers.",
        ),
    ] = None,
    max_concurrent: Annotated[
        int | None,
        typer.Option(
            min=2,
            help="Queries run at once (more wait); at most half of them may run longer than a second. "
            "Default: 4 per CPU, at least 4.",
        ),
    ] = None,
) -> None:
    """Run a read-only SPARQL endpoint on the store until Ctrl-C: the Oxigraph server behind a guard
    that lets only queries through, sends no request for its callers, bounds the size of answers and
    keeps slots free for light queries."""
    from beleidsgraaf.queries.server.backend import Backend
    from beleidsgraaf.queries.server.federation import allowed_prefixes
    from beleidsgraaf.queries.server.guard import Guard, listen, run
    from beleidsgraaf.queries.server.oxigraph import serve as start_server

    if not store.exists():
        raise _fail(f"--store {store}: no store there")
    try:
        allow = allowed_prefixes(allow_service or [])
    except BeleidsgraafError as exc:
        raise _fail(exc) from exc
    try:
        sock = listen(host, port)
    except OSError as exc:
        raise _fail(f"--host {host} --port {port}: cannot listen there ({exc.strerror or exc})", 1) from exc
    try:
        backend = Backend(lambda: start_server(store, cors=cors))
    except BeleidsgraafError as exc:
        sock.close()
        raise _fail(exc) from exc
    guard = Guard(
        backend,
        max_bytes=int(max_result_mb * 1024 * 1024),
        timeout=timeout,
        allow_service=allow,
        max_concurrent=max_concurrent,
    )
    shown = f"[{host}]" if ":" in host else host
    err.print(f"SPARQL endpoint: http://{shown}:{port}/query  (read-only; Ctrl-C stops it)", highlight=False)
    # a service manager's SIGTERM stops the endpoint as Ctrl-C does, instead of orphaning the server
    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
    try:
        stopped = run(guard, sock)
    except KeyboardInterrupt:
        raise typer.Exit(0) from None
    finally:
        backend.stop()
    if stopped is None:
        raise typer.Exit(0)
    code = stopped.process.returncode
    raise _fail(f"the oxigraph server stopped ({code}): {stopped.last_words()}", 1)
