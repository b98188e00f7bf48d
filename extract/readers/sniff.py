"""What a file is, from its first bytes: downloads come with names that lie.

A server's error page saved as `rapport.pdf`, a "Word document" that is a web page (Word's own "save
as web page" and many document systems do this), a PDF saved as `.txt`: the bytes say what they are,
so the reader is chosen by them when they are clear, and by the suffix otherwise. Formats that are no
document at all (images, archives, programs, old Office files) get an error naming the format and,
where there is one, what to do.
"""

from __future__ import annotations

import re
from pathlib import Path

from beleidsgraaf.base.errors import ReadError

#: How far into the file a signature is looked for.
SNIFF_BYTES = 1024
_PDF = re.compile(rb"\s*%PDF-")
_ZIP = b"PK\x03\x04"
#: A web page: an optional XML declaration and comments, then a doctype or the html element.
_HTML = re.compile(
    rb"(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]",
    re.IGNORECASE | re.DOTALL,
)
#: Signatures of files that are no document, with what they are and what to do.
NOT_DOCUMENTS: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image (a scan?); OCR it first, e.g. with ocrmypdf"),
    (b"MM\x00*", "a TIFF image (a scan?); OCR it first, e.g. with ocrmypdf"),
    (b"\x7fELF", "an executable program"),
    (b"\x1f\x8b", "a gzip-compressed file; unpack it first"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive; unpack it first"),
    (b"Rar!\x1a\x07", "a RAR archive; unpack it first"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"{\\rtf", "an RTF document; save it as .docx or .txt"),
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        "an old Office file (.doc, .xls) or a password-protected .docx; save it as .docx without a password",
    ),
)


def sniff(path: Path, data: bytes) -> str | None:
    """The suffix whose reader fits the bytes (".pdf", ".docx", ".html"), or None to go by the file's
    own suffix; ReadError when the bytes are a known format that holds no document."""
    head = data[:SNIFF_BYTES]
    for signature, what in NOT_DOCUMENTS:
        if head.startswith(signature):
            raise ReadError(path, f"not text (binary content): {what}")
    if _PDF.match(head):
        return ".pdf"
    if head.startswith(_ZIP):
        return ".docx"
    if _HTML.match(head):
        return ".html"
    return None
