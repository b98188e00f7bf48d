"""Plain text (.txt, .md): bytes → str, with the encoding found rather than assumed.

Order of evidence: a byte-order mark; strict UTF-8; UTF-8 patched with bytes of a Western code page
(a UTF-8 file edited in an old Windows editor, or two files pasted together); otherwise a legacy
8-bit code page. Among the code pages charset-normalizer finds plausible, cp1252 wins: it is what
Dutch Windows files use (a superset of latin-1's printable characters), and charset-normalizer's own
ranking of 8-bit code pages is noise on short texts (it reads "Oekraïne" as Urdu cp1006). Only when
cp1252 is implausible (Cyrillic, say) its best guess counts.

Control bytes decide what is binary: NUL and the other controls are rare in text and common in
everything else. A few of them in text (a NUL from a broken conversion) are dropped by `normalise`;
more than `BINARY_SHARE` of a sample at the start, middle or end of the file make it binary, an
error rather than a text of garbage.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from charset_normalizer import from_bytes

from beleidsgraaf.base.errors import ReadError

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
_HIGH_BYTES = bytes(range(0x80, 0x100))
#: Bytes that are not UTF-8, as `surrogateescape` decodes them.
_STRAY_BYTES = re.compile("[\udc80-\udcff]+")
MAX_STRAY_SHARE = 0.1  # stray bytes per byte of valid non-ASCII UTF-8: a few patches in UTF-8
MIN_ISOLATED_SHARE = 0.6  # stray bytes alone or in pairs: accented letters of a Western code page


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
    text = _decode_patched_utf8(data) or _decode_legacy(data)
    if text is None:
        raise ReadError(path, "not text (binary content)")
    return text


def _decode_declared(path: Path, data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise ReadError(path, f"not valid {encoding} although its byte-order mark says so") from error


def _looks_binary(data: bytes) -> bool:
    """Too many control bytes in a sample at the start, the middle or the end: binary content after
    a text header (or a text after a binary one) is caught too, without scanning the whole file."""
    middle = len(data) // 2
    samples = {data[:BINARY_SAMPLE], data[middle : middle + BINARY_SAMPLE], data[-BINARY_SAMPLE:]}
    return any(_control_share(sample) > BINARY_SHARE for sample in samples)


def _control_share(sample: bytes) -> float:
    return (len(sample) - len(sample.translate(None, _CONTROL_BYTES))) / len(sample)


def _decode_patched_utf8(data: bytes) -> str | None:
    """UTF-8 with stray bytes keeps its UTF-8, and the stray bytes are read as cp1252, instead of the
    whole file being read in one code page, which would garble every accented letter of the UTF-8.

    That holds when the stray bytes are few next to the UTF-8, or come alone or in pairs, as the
    accented letters of Western text do ("één"); in a legacy multi-byte encoding (GBK, Shift-JIS)
    they come in long runs, with a few byte pairs valid in UTF-8 by accident, and the file is read in
    its legacy encoding instead.
    """
    text = data.decode("utf-8", errors="surrogateescape")
    stray, isolated = _count_stray_bytes(text)
    utf8_bytes = len(data) - len(data.translate(None, _HIGH_BYTES)) - stray
    if utf8_bytes and (stray <= MAX_STRAY_SHARE * utf8_bytes or isolated >= MIN_ISOLATED_SHARE * stray):
        return _STRAY_BYTES.sub(_as_cp1252, text)
    return None


def _count_stray_bytes(text: str) -> tuple[int, int]:
    """How many bytes were not UTF-8, and how many of them came alone or in pairs."""
    stray = isolated = 0
    for run in _STRAY_BYTES.finditer(text):
        length = run.end() - run.start()
        stray += length
        isolated += length if length <= 2 else 0
    return stray, isolated


def _as_cp1252(run: re.Match[str]) -> str:
    return run.group().encode("utf-8", errors="surrogateescape").decode("cp1252", errors="replace")


def _decode_legacy(data: bytes) -> str | None:
    matches = list(from_bytes(data))
    if not matches:
        return None
    best = min(matches, key=lambda match: (_preference(match.encoding), match.chaos, -match.coherence))
    return str(best)


def _preference(encoding: str) -> int:
    return _PREFERRED.index(encoding) if encoding in _PREFERRED else len(_PREFERRED)
