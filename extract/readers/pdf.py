"""PDF (.pdf): the text layer, page by page; pages are separated by a blank line.

The lines come as typeset; `normalise` joins them again. A PDF without a text layer is a scan, and
OCR is out of scope: that is an error, not an empty document. pypdf raises builtin exceptions
(KeyError, ValueError, ...) as well as its own on malformed files, so every failure inside it is
reported as a damaged PDF.
"""

from __future__ import annotations

import io
import logging
from pathlib import Path

from pypdf import PasswordType, PdfReader
from pypdf.errors import DependencyError

from beleidsgraaf.base.errors import ReadError, describe

# pypdf logs its repairs of malformed files ("EOF marker not found"); without a handler of its own
# Python's last-resort handler would print them between the one-line errors the CLI promises. They
# still reach any handler the application configures.
logging.getLogger("pypdf").addHandler(logging.NullHandler())


def read_pdf(path: Path, data: bytes) -> str:
    """The text of a PDF; ReadError when it is damaged, encrypted or has no text layer."""
    try:
        reader = _open(path, data)
        pages = [page.extract_text() for page in reader.pages]
    except ReadError:
        raise
    except Exception as error:
        raise ReadError(path, f"damaged PDF ({describe(error)})") from error
    if pages and not any(page.strip() for page in pages):
        raise ReadError(
            path, "no text layer (scanned PDF?); OCR is not supported: run OCR first, e.g. with ocrmypdf"
        )
    return "\n\n".join(pages)


def _open(path: Path, data: bytes) -> PdfReader:
    """A reader, decrypted when the PDF only restricts use (an empty user password)."""
    reader = PdfReader(io.BytesIO(data))
    if not reader.is_encrypted:
        return reader
    try:
        decrypted = reader.decrypt("") != PasswordType.NOT_DECRYPTED
    except DependencyError as error:
        raise ReadError(path, "encrypted PDF (AES); reading it needs the 'cryptography' package") from error
    if not decrypted:
        raise ReadError(path, "encrypted PDF (password required); save a copy without the password")
    return reader
