"""Search a source, download what is not yet in the corpus folder, record it in the manifest.

Resumable and re-runnable: a document whose file is in the folder with the manifest's content hash
(and whose source reports no change since) is skipped, so a second run fetches nothing and an
interrupted one picks up where it stopped. Files are written to a hidden temporary name and moved
into place, then the manifest is rewritten, so neither is ever left half-written. One document
failing is reported and the rest goes on; only a failed search stops the fetch.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import requests

from beleidsgraaf.base.errors import BeleidsgraafError
from beleidsgraaf.extract.readers import SUPPORTED_SUFFIXES
from beleidsgraaf.extract.sources.manifest import Manifest
from beleidsgraaf.extract.sources.polite import describe_error
from beleidsgraaf.extract.sources.record import SourceRecord

#: media types the readers can read → the suffix that selects the reader
EXTENSIONS = {
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "text/plain": ".txt",
}
CHUNK = 64 * 1024


class FetchError(BeleidsgraafError):
    """A search or a document that could not be fetched."""


@dataclass(frozen=True)
class Found:
    """A document a search found: its key, its source's change stamp, and how to get its full
    record (which may cost further requests, so it is asked only when the document is fetched)."""

    source: str
    identifier: str
    modified: str | None
    describe: Callable[[], SourceRecord]


@dataclass(frozen=True)
class Progress:
    """What happened to one document: fetched, unchanged (already here) or failed (with a reason)."""

    status: str
    identifier: str
    path: Path | None = None
    reason: str = ""


def fetch(found: Iterable[Found], folder: Path, session: requests.Session) -> Iterator[Progress]:
    """Fetch every document of `found` into `folder`, yielding one Progress per document."""
    folder.mkdir(parents=True, exist_ok=True)
    manifest = Manifest.load(folder)
    seen: set[tuple[str, str]] = set()
    documents = iter(found)
    while True:
        try:
            item = next(documents)
        except StopIteration:
            return
        except BeleidsgraafError:
            raise
        except Exception as exc:
            raise FetchError(f"search failed: {describe_error(exc)}") from exc
        if (item.source, item.identifier) in seen:
            continue
        seen.add((item.source, item.identifier))
        old = manifest.get(item.source, item.identifier)
        if old and old.modified == item.modified and _intact(folder, old):
            yield Progress("unchanged", item.identifier, folder / old.file_name)
            continue
        try:
            record = _fetch_one(item, folder, session, manifest)
        except Exception as exc:  # one document's failure must not cost the rest
            reason = str(exc) if isinstance(exc, BeleidsgraafError) else describe_error(exc)
            yield Progress("failed", item.identifier, reason=reason)
            continue
        if old and old.file_name != record.file_name:
            (folder / old.file_name).unlink(missing_ok=True)
        manifest.put(record)
        manifest.save()
        yield Progress("fetched", item.identifier, folder / record.file_name)


def _fetch_one(item: Found, folder: Path, session: requests.Session, manifest: Manifest) -> SourceRecord:
    record = item.describe()
    temporary, name, digest = _download(session, record.url, folder, record.file_name)
    try:
        key = (item.source, item.identifier)
        taken = next(
            (r for r in manifest.records.values() if r.file_name == name and (r.source, r.identifier) != key),
            None,
        )
        if taken:
            raise FetchError(f"file name {name} is already used by {taken.source} {taken.identifier}")
        os.replace(temporary, folder / name)
    finally:
        temporary.unlink(missing_ok=True)
    return replace(record, file_name=name, content_hash=digest)


def _intact(folder: Path, record: SourceRecord) -> bool:
    path = folder / record.file_name
    return path.is_file() and bool(record.content_hash) and _sha256(path) == record.content_hash


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as data:
        for chunk in iter(lambda: data.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _download(session: requests.Session, url: str, folder: Path, file_name: str) -> tuple[Path, str, str]:
    """Download `url` to a hidden temporary file in `folder`; that file, the name it is to have (with
    the suffix its media type gives, when `file_name` has none a reader knows) and its sha256."""
    with session.get(url, stream=True) as response:
        response.raise_for_status()
        if Path(file_name).suffix.lower() not in SUPPORTED_SUFFIXES:
            media = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
            if media not in EXTENSIONS:
                raise FetchError(f"unsupported content type {media or '(none)'}")
            file_name += EXTENSIONS[media]
        temporary = folder / f".{file_name}.part"
        digest = hashlib.sha256()
        try:
            with temporary.open("wb") as out:
                for chunk in response.iter_content(CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
            if temporary.stat().st_size == 0:
                raise FetchError("empty document")
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
    return temporary, file_name, digest.hexdigest()
