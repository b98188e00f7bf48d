"""Files in, `SourceText` out: one reader per format, chosen by what the bytes are, else by suffix.

A reader is a function `(path, data) -> raw text`: it gets the bytes `read` has already loaded, so
the text and the content hash come from the same read (a file changing in between cannot give a
hash that belongs to other text), and `path` only names the file in errors. A new format is one
module plus one entry in `READERS`.

Whatever a download gave: every failure is a `ReadError` of one line, and memory stays bounded by
the size limit, which is checked before reading (see `_load`).
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from beleidsgraaf.base.errors import ReadError, megabytes
from beleidsgraaf.extract.model import SourceText
from beleidsgraaf.extract.normalise import normalise
from beleidsgraaf.extract.readers.docx import read_docx
from beleidsgraaf.extract.readers.html import read_html
from beleidsgraaf.extract.readers.pdf import read_pdf
from beleidsgraaf.extract.readers.sniff import sniff
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
    """The normalised text of one file; ReadError (one line, naming the file) when there is none.

    The suffix says which files are documents; the bytes, when they are clear, say which reader
    reads them (`sniff`): a web page named .docx is read as the web page it is.
    """
    suffix = path.suffix.lower()
    if suffix not in READERS:
        raise ReadError(path, f"unsupported format {suffix or '(no suffix)'}")
    data = _load(path, max_bytes)
    format_name, reader = READERS[sniff(path, data) or suffix]
    text = normalise(reader(path, data))
    if not text:
        raise ReadError(path, "empty document")
    return SourceText(path=path, text=text, format=format_name, content_hash=hashlib.sha256(data).hexdigest())


def _load(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, refusing before reading them what is not a regular file (a FIFO would block,
    /dev/zero never end), empty files and files over `max_bytes`; and refusing a file that grows
    while it is read (a download still running) rather than reading half of it."""
    try:
        with open(path, "rb", opener=_open_nonblocking) as file:
            info = os.fstat(file.fileno())
            _check_before_reading(path, info, max_bytes)
            data = file.read(info.st_size + 1)  # one byte more than its size shows a growing file
    except OSError as error:
        raise ReadError(path, f"cannot read: {error.strerror or type(error).__name__}") from error
    if len(data) > info.st_size:
        raise ReadError(path, "file grew while being read (still being written?); read it when complete")
    if not data:
        raise ReadError(path, "empty document")
    return data


def _open_nonblocking(path: str, flags: int) -> int:
    """Opening a FIFO for reading waits for a writer unless it is non-blocking; for regular files
    the flag changes nothing."""
    return os.open(path, flags | getattr(os, "O_NONBLOCK", 0))


def _check_before_reading(path: Path, info: os.stat_result, max_bytes: int) -> None:
    if not stat.S_ISREG(info.st_mode):
        raise ReadError(path, f"not a regular file but {_file_kind(info.st_mode)}; only files can be read")
    if info.st_size > max_bytes:
        size, limit = megabytes(info.st_size), megabytes(max_bytes)
        raise ReadError(path, f"file too large: {size} (limit {limit}); split it into smaller files")


def _file_kind(mode: int) -> str:
    kinds = {
        stat.S_ISFIFO: "a named pipe (FIFO)",
        stat.S_ISCHR: "a character device",
        stat.S_ISBLK: "a block device",
        stat.S_ISSOCK: "a socket",
    }
    return next((kind for test, kind in kinds.items() if test(mode)), "a special file")


def iter_files(inputs: Iterable[Path]) -> Iterator[Path]:
    """The files to read: folders expanded recursively in sorted order, keeping supported formats
    and skipping hidden and lock files, and FIFOs, sockets and devices (no documents, and a FIFO
    blocks whoever opens it); a file named explicitly is yielded whatever it is, so that the caller
    reports it rather than silently dropping it. Each path is yielded once."""
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
            if not name.startswith(_SKIPPED_PREFIXES)
            and Path(name).suffix.lower() in SUPPORTED_SUFFIXES
            and not _is_special(Path(root, name))
        )
    return sorted(found)


def _is_special(path: Path) -> bool:
    """A FIFO, socket or device; a broken link is kept, so that reading it reports it."""
    try:
        return not stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False
