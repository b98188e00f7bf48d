"""The corpus folder's manifest: `manifest.jsonl`, one JSON record per fetched document.

It is the fetch's memory (what is already here, with which content hash) and the build's source of
metadata (`record_for`). It is always rewritten whole to a temporary file that then replaces the
old one, so a fetch killed at any moment leaves either the old manifest or the new one, never half.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from beleidsgraaf.base.errors import BeleidsgraafError
from beleidsgraaf.extract.sources.record import SourceRecord

MANIFEST = "manifest.jsonl"


class ManifestError(BeleidsgraafError):
    """A manifest that cannot be read (edited by hand, or from another program)."""


class Manifest:
    """The records of one corpus folder, keyed by (source, identifier)."""

    def __init__(self, folder: Path, records: dict[tuple[str, str], SourceRecord] | None = None) -> None:
        self.folder = folder
        self.records = records or {}

    @property
    def path(self) -> Path:
        return self.folder / MANIFEST

    @classmethod
    def load(cls, folder: Path) -> Manifest:
        return cls(folder, {(r.source, r.identifier): r for r in load_manifest(folder)})

    def get(self, source: str, identifier: str) -> SourceRecord | None:
        return self.records.get((source, identifier))

    def put(self, record: SourceRecord) -> None:
        self.records[(record.source, record.identifier)] = record

    def __iter__(self) -> Iterator[SourceRecord]:
        return iter(sorted(self.records.values(), key=lambda r: (r.source, r.identifier)))

    def __len__(self) -> int:
        return len(self.records)

    def save(self) -> None:
        """Write every record, sorted, through a temporary file and an atomic replace."""
        temporary = self.folder / f".{MANIFEST}.tmp"
        with temporary.open("w", encoding="utf-8") as out:
            for record in self:
                out.write(json.dumps(record.to_json(), ensure_ascii=False, sort_keys=True) + "\n")
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, self.path)


def load_manifest(folder: Path) -> list[SourceRecord]:
    """The records of the manifest in `folder`, in file order; none when there is no manifest."""
    path = folder / MANIFEST
    if not path.exists():
        return []
    records = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            records.append(SourceRecord.from_json(json.loads(line)))
        except (ValueError, TypeError) as exc:
            raise ManifestError(f"{path}:{number}: not a manifest record ({exc})") from exc
    return records


def record_for(path: Path) -> SourceRecord | None:
    """The record of a document file, from the manifest in its folder; None when it has none.

    The manifest is read once per folder and read again only when it changes on disk.
    """
    folder = path.resolve().parent
    try:
        stat = (folder / MANIFEST).stat()
    except OSError:
        return None
    return _records_by_file(str(folder), stat.st_mtime_ns, stat.st_size).get(path.name)


@lru_cache(maxsize=64)
def _records_by_file(folder: str, mtime_ns: int, size: int) -> dict[str, SourceRecord]:
    """File name → record; keyed by the manifest's modification time and size so edits are seen."""
    return {r.file_name: r for r in load_manifest(Path(folder))}
