"""Plain text (.txt, .md): bytes → str, with the encoding found rather than assumed.

Order of evidence: a byte-order mark; strict UTF-8; UTF-8 with a few bad bytes (a file patched
with another encoding); otherwise a legacy 8-bit code page. Among the code pages charset-normalizer
finds plausible, cp1252 wins: it is what Dutch Windows files use (a superset of latin-1's printable
characters), and charset-normalizer's own ranking of 8-bit code pages is noise on short texts (it
reads "Oekraïne" as Urdu cp1006). Only when cp1252 is implausible (Cyrillic, say) its best guess
counts.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from charset_normalizer import from_bytes

from beleidsgraaf.extract.errors import ReadError

_BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: Bytes no text file holds (whitespace controls \t \n \v \f \r excluded).
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
BINARY_SAMPLE = 65536
BINARY_SHARE = 0.05  # more control bytes than this share of the sample: not text
#: Western code pages, preferred in this order whenever charset-normalizer finds them plausible.
_PREFERRED = ("cp1252", "latin_1", "iso8859_15")
_NON_ASCII = re.compile(r"[^\x00-\x7f\ufffd]")
MAX_BAD_UTF8_SHARE = 0.1  # bad sequences per good non-ASCII character, for UTF-8 with stray bytes


def read_text(path: Path, data: bytes) -> str:
    """The text of a .txt or .md file."""
    return decode_text(path, data)


def decode_text(path: Path, data: bytes) -> str:
    """`data` decoded; ReadError when it is binary or not valid in the encoding its BOM declares."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_declared(path, data[len(bom) :], encoding)
    if _looks_binary(data):
        raise ReadError(path, "not text (binary content)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = _decode_mostly_utf8(data) or _decode_legacy(data)
    if text is None:
        raise ReadError(path, "not text (binary content)")
    return text


def _decode_declared(path: Path, data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise ReadError(path, f"not valid {encoding} although its byte-order mark says so") from error


def _looks_binary(data: bytes) -> bool:
    """NUL and other control bytes are rare in text and common in everything else."""
    sample = data[:BINARY_SAMPLE]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > BINARY_SHARE * len(sample)


def _decode_mostly_utf8(data: bytes) -> str | None:
    """UTF-8 text with a few stray bytes keeps its UTF-8 (bad bytes become U+FFFD), instead of being
    read whole in a legacy code page, which would garble every accented letter."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = len(_NON_ASCII.findall(text))
    return text if good and bad <= MAX_BAD_UTF8_SHARE * good else None


def _decode_legacy(data: bytes) -> str | None:
    matches = list(from_bytes(data))
    if not matches:
        return None
    best = min(matches, key=lambda match: (_preference(match.encoding), match.chaos, -match.coherence))
    return str(best)


def _preference(encoding: str) -> int:
    return _PREFERRED.index(encoding) if encoding in _PREFERRED else len(_PREFERRED)
