"""Documents' quads into the store in batches: fewer, larger transactions, each document whole."""

from __future__ import annotations

from pyoxigraph import NamedNode, Quad

from beleidsgraaf.graph.store import GraphStore

#: a batch is written when it holds this many documents or quads, whichever comes first; this
#: bounds memory while keeping transactions large enough to be cheap
MAX_DOCUMENTS = 64
MAX_QUADS = 200_000


class BatchWriter:
    """Collects document graphs and writes them with `GraphStore.write_documents`."""

    def __init__(self, store: GraphStore) -> None:
        self.store = store
        self.pending: dict[NamedNode, list[Quad]] = {}
        self.quads = 0

    def add(self, graph: NamedNode, quads: list[Quad]) -> None:
        self.pending[graph] = quads
        self.quads += len(quads)
        if len(self.pending) >= MAX_DOCUMENTS or self.quads >= MAX_QUADS:
            self.flush()

    def flush(self) -> None:
        """Write the batch and flush the store: Oxigraph otherwise keeps every write of the run in
        memory until the end (measured: 759 MB at 1M quads, 15 MB with a flush per batch, same time)."""
        if self.pending:
            self.store.write_documents(self.pending)
            self.store.flush()
        self.pending, self.quads = {}, 0
