"""Scale on paper: what the measured rates give for the whole parliamentary record.

Rates per byte of text come from the throughput section (the end-to-end build of the seeds: document
quads and build seconds), rates per quad from the store section (disk, load from shards, a full scan,
at its largest size, and Virtuoso's at 1M where it ran). Each is extrapolated linearly, which is what
the design promises (a document's quads depend on its text alone) and what the growth from 1M to 5M
quads measured for load and disk; query times are not extrapolated, since they follow their answers.
"""

from __future__ import annotations

from common import Table

#: the Dutch parliamentary record, roughly (the issue's figures): documents and bytes of text
RECORD_DOCUMENTS = 1_500_000
RECORD_BYTES = 30 * 10**9
GB = 10**9


def scale_table(throughput: dict, store: dict) -> Table:
    """Per document measured, and the record extrapolated, from the two sections' data."""
    docs, text = throughput["documents"], throughput["bytes"]
    quads_per_byte = throughput["stored"]["document_quads"] / text
    build_per_byte = throughput["seconds"]["build"]["median"] / text
    largest = store.get("larger") or {}
    quads = largest.get("quads", store["quads"])
    disk = largest.get("disk_bytes_reopened", store["oxigraph_store_disk_bytes_reopened"])
    load = largest.get("load_seconds", store["load_seconds"]["project"])
    record_quads = quads_per_byte * RECORD_BYTES
    per_doc_bytes = RECORD_BYTES / RECORD_DOCUMENTS
    table = Table(
        f"Scale on paper: the parliamentary record (about {RECORD_DOCUMENTS / 1e6:.1f} million documents, "
        f"{RECORD_BYTES / GB:.0f} GB of text), extrapolated linearly from this run",
        ["quantity", "measured", "per document of the record", "the whole record"],
    )
    rows = [
        (
            "text",
            f"{text / docs / 1000:.1f} KB per seed document",
            f"{per_doc_bytes / 1000:.0f} KB",
            f"{RECORD_BYTES / GB:.0f} GB",
        ),
        (
            "document quads",
            f"{quads_per_byte * 1000:.0f} per KB of text",
            f"{quads_per_byte * per_doc_bytes:,.0f}",
            f"{record_quads / 1e9:.1f} billion",
        ),
        (
            "build, one core (read, extract, write)",
            f"{build_per_byte * 1000 * 1000:.1f} ms per KB",
            f"{build_per_byte * per_doc_bytes:.2f} s",
            f"{build_per_byte * RECORD_BYTES / 3600:,.0f} core-hours",
        ),
        (
            f"Oxigraph store on disk (at {quads / 1e6:.0f}M quads, reopened)",
            f"{disk / quads:.0f} bytes per quad",
            f"{disk / quads * quads_per_byte * per_doc_bytes / 1e6:.2f} MB",
            f"{disk / quads * record_quads / GB:,.0f} GB",
        ),
        (
            f"Oxigraph load from shards (at {quads / 1e6:.0f}M quads)",
            f"{load / quads * 1e6:.0f} s per million quads",
            f"{load / quads * quads_per_byte * per_doc_bytes:.3f} s",
            f"{load / quads * record_quads / 3600:,.0f} hours",
        ),
        (
            "Oxigraph full scan of the store (1M quads)",
            f"{store['oxigraph_full_scan_s'] / store['quads'] * 1e6:.2f} s per million quads",
            None,
            f"{store['oxigraph_full_scan_s'] / store['quads'] * record_quads / 60:,.0f} minutes",
        ),
    ]
    virtuoso = store.get("virtuoso") or {}
    if virtuoso.get("disk_bytes"):
        rows += [
            (
                "Virtuoso database on disk (1M quads)",
                f"{virtuoso['disk_bytes'] / store['quads']:.0f} bytes per quad",
                f"{virtuoso['disk_bytes'] / store['quads'] * quads_per_byte * per_doc_bytes / 1e6:.2f} MB",
                f"{virtuoso['disk_bytes'] / store['quads'] * record_quads / GB:,.0f} GB",
            ),
            (
                "Virtuoso load (1M quads)",
                f"{virtuoso['load_seconds'] / store['quads'] * 1e6:.1f} s per million quads",
                None,
                f"{virtuoso['load_seconds'] / store['quads'] * record_quads / 3600:,.1f} hours",
            ),
        ]
    table.rows = [list(r) for r in rows]
    table.notes = [
        f"the record's documents average {per_doc_bytes / 1000:.0f} KB of text; rates per byte come from "
        f"the {docs} seed documents of the throughput section, rates per quad from the store section",
        "linear in text for quads and build time, in quads for disk and load: the growth table of the "
        "store section shows load and disk growing with the quads from 1M to 5M",
    ]
    return table
