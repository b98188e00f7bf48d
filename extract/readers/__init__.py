"""Files in, `SourceText` out: one reader per format, chosen by suffix.

A reader is a function `(path, data) -> raw text`: it gets the bytes `read` has already loaded, so
the text and the content hash come from the same read (a file changing in between cannot give a
hash that belongs to other text), and `path` only names the file in errors. A new format is one
module plus one entry in `READERS`.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from beleidsgraaf.extract.errors import ReadError
from beleidsgraaf.extract.model import SourceText
from beleidsgraaf.extract.normalize import normalize
from beleidsgraaf.extract.readers.docx import read_docx
from beleidsgraaf.extract.readers.html import read_html
from beleidsgraaf.extract.readers.pdf import read_pdf
from beleidsgraaf.extract.readers.text import read_text

Reader = Callable[[Path, bytes], str]

#: suffix → (format name stored with the document, reader)
READERS: dict[str, tuple[str, Reader]] = {
    ".txt": ("txt", read_text),
    ".md": ("md", read_text),
    ".html": ("html", read_html),
    ".htm": ("html", read_html),
    ".docx": ("docx", read_docx),
    ".pdf": ("pdf", read_pdf),
}
SUPPORTED_SUFFIXES = frozenset(READERS)
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
#: Names skipped inside folders: hidden files and Word's lock files ("~$brief.docx").
_SKIPPED_PREFIXES = (".", "~$")


def read(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceText:
    """The normalised text of one file; ReadError (one line, naming the file) when there is none."""
    suffix = path.suffix.lower()
    if suffix not in READERS:
        raise ReadError(path, f"unsupported format {suffix or '(no suffix)'}")
    format_name, reader = READERS[suffix]
    data = _load(path, max_bytes)
    text = normalize(reader(path, data))
    if not text:
        raise ReadError(path, "empty document")
    return SourceText(path=path, text=text, format=format_name, content_hash=hashlib.sha256(data).hexdigest())


def _load(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, refusing empty files and files over `max_bytes` before reading them."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ReadError(path, f"file too large: {_megabytes(size)} (limit {_megabytes(max_bytes)})")
        data = path.read_bytes()
    except OSError as error:
        raise ReadError(path, f"cannot read: {error.strerror or type(error).__name__}") from error
    if not data:
        raise ReadError(path, "empty document")
    return data


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB"


def iter_files(inputs: Iterable[Path]) -> Iterator[Path]:
    """The files to read: folders expanded recursively in sorted order, keeping supported formats
    and skipping hidden and lock files; a file named explicitly is yielded whatever its suffix, so
    that the caller reports it rather than silently dropping it. Each path is yielded once."""
    seen: set[Path] = set()
    for given in inputs:
        for path in _expand(given) if given.is_dir() else [given]:
            if path not in seen:
                seen.add(path)
                yield path


def _expand(folder: Path) -> list[Path]:
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [name for name in dirs if not name.startswith(_SKIPPED_PREFIXES)]
        found.extend(
            Path(root, name)
            for name in files
            if not name.startswith(_SKIPPED_PREFIXES) and Path(name).suffix.lower() in SUPPORTED_SUFFIXES
        )
    return sorted(found)
