"""Word documents (.docx): paragraphs, tables and notes, in reading order.

The body is walked as XML rather than through `Document.paragraphs`, so that content controls
(`w:sdt`, used by the government letter templates), tracked insertions, fields and hyperlinks are
read too. A footnote's text follows the paragraph that cites it as its own paragraph, numbered as
Word displays it ("1 Kamerstuk 36180, nr. 164"); endnotes close the document. Text boxes, headers
and footers are page furniture and are left out.

python-docx reads every part of the package whole into memory, and zipfile trusts a part's declared
size only after decompressing up to 1 GiB of it; so the package is checked first (`_check_package`)
and a zip bomb is refused before anything is unpacked.
"""

from __future__ import annotations

import copy
import io
import zipfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.oxml.parser import parse_xml
from docx.parts.document import DocumentPart
from lxml.etree import _Element

from beleidsgraaf.base.errors import ReadError, describe, megabytes

_RUN_CONTENT = (
    ".//w:r[not(ancestor::w:txbxContent or ancestor::w:del or ancestor::w:moveFrom)]/*[self::w:t"
    " or self::w:tab or self::w:br or self::w:cr or self::w:noBreakHyphen"
    " or self::w:footnoteReference or self::w:endnoteReference]"
)
_RUN_TEXT = {qn("w:tab"): "\t", qn("w:br"): "\n", qn("w:cr"): "\n", qn("w:noBreakHyphen"): "-"}
_NOTE_REFERENCES = {qn("w:footnoteReference"): "footnote", qn("w:endnoteReference"): "endnote"}
_NOTE_PARTS = {"footnote": RT.FOOTNOTES, "endnote": RT.ENDNOTES}
_PARAGRAPH, _TABLE, _CONTENT_CONTROL = qn("w:p"), qn("w:tbl"), qn("w:sdt")

#: Limits no Word document comes near; a package beyond them is a zip bomb or no document.
MAX_PARTS = 10_000
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
MAX_RATIO = 100  # Apache POI's default: a part unpacking to more than 100 times its packed size …
RATIO_FLOOR = 1024 * 1024  # … and to more than this (small XML parts compress well)
_CHUNK = 1024 * 1024
_CENTRAL_DIRECTORY_ENTRY = b"PK\x01\x02"
_WORD_COMPRESSION = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)


def read_docx(path: Path, data: bytes) -> str:
    """The text of a Word document; ReadError when the file is no Word document, is damaged, or is a
    zip bomb. zipfile, python-docx and lxml raise builtin exceptions of many kinds on damaged
    packages, so every failure inside them is reported as an unreadable file."""
    try:
        _check_package(path, data)
        document = docx.Document(io.BytesIO(data))
        notes = {kind: _notes(document.part, relationship) for kind, relationship in _NOTE_PARTS.items()}
        return _DocumentText(notes).render(document.element.body)
    except ReadError:
        raise
    except Exception as error:
        raise ReadError(path, f"not a readable .docx file ({describe(error)})") from error


def _check_package(path: Path, data: bytes) -> None:
    """Refuses, before anything is unpacked: a package of too many parts (counted in the bytes, as
    zipfile builds an object per part), or unpacking to too many bytes in all or to too many times
    its packed size in one part, or packed in a way Word never uses."""
    if data.count(_CENTRAL_DIRECTORY_ENTRY) > MAX_PARTS:
        raise ReadError(path, f"not a readable .docx file (more than {MAX_PARTS} parts)")
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        parts = package.infolist()
        unpacked = sum(part.file_size for part in parts)
        if unpacked > MAX_UNPACKED_BYTES:
            sizes = f"{megabytes(unpacked)} (limit {megabytes(MAX_UNPACKED_BYTES)})"
            raise ReadError(path, f"refused as a zip bomb: it unpacks to {sizes}")
        for part in parts:
            _check_part(path, package, part)


def _check_part(path: Path, package: zipfile.ZipFile, part: zipfile.ZipInfo) -> None:
    name = repr(part.filename)
    if part.compress_type not in _WORD_COMPRESSION:
        raise ReadError(path, f"not a readable .docx file ({name} uses compression {part.compress_type})")
    if part.file_size > RATIO_FLOOR and part.file_size > MAX_RATIO * max(part.compress_size, 1):
        sizes = f"{megabytes(part.file_size)} from {megabytes(part.compress_size)}"
        raise ReadError(path, f"refused as a zip bomb: {name} unpacks to {sizes}")
    if part.compress_type == zipfile.ZIP_DEFLATED and _unpacks_beyond(package, part):
        raise ReadError(path, f"refused as a zip bomb: {name} unpacks to more than its header says")


def _unpacks_beyond(package: zipfile.ZipFile, part: zipfile.ZipInfo) -> bool:
    """Whether the part holds more than its declared size: it is read in chunks, with room for one
    byte more, so that a lying header costs at most one chunk of memory. The probe skips the CRC
    check (zipfile skips it for a CRC of None), which a longer read would fail; python-docx checks."""
    probe = copy.copy(part)
    probe.file_size = part.file_size + 1
    probe.CRC = None
    unpacked = 0
    with package.open(probe) as stream:
        while unpacked <= part.file_size and (chunk := stream.read(_CHUNK)):
            unpacked += len(chunk)
    return unpacked > part.file_size


def _notes(part: DocumentPart, relationship: str) -> dict[str, str]:
    """Note id → note text, from the footnotes or endnotes part when the document has one."""
    for rel in part.rels.values():
        if rel.reltype == relationship and not rel.is_external:
            notes = parse_xml(rel.target_part.blob)
            return {note.get(qn("w:id")): _note_text(note) for note in notes if _is_normal_note(note)}
    return {}


def _is_normal_note(note: _Element) -> bool:
    """Word keeps the separator lines between text and notes as notes of their own type."""
    return note.get(qn("w:type"), "normal") == "normal"


def _note_text(note: _Element) -> str:
    return " ".join(filter(None, (_paragraph_text(paragraph)[0] for paragraph in note.iter(_PARAGRAPH))))


def _paragraph_text(paragraph: _Element) -> tuple[str, list[tuple[str, str]]]:
    """The paragraph's text and the (kind, id) of the notes it cites, in order."""
    text: list[str] = []
    cited: list[tuple[str, str]] = []
    for element in paragraph.xpath(_RUN_CONTENT):
        if element.tag in _NOTE_REFERENCES:
            cited.append((_NOTE_REFERENCES[element.tag], element.get(qn("w:id"))))
        else:
            text.append((element.text or "") if element.tag == qn("w:t") else _RUN_TEXT[element.tag])
    return "".join(text), cited


class _DocumentText:
    """Renders a body; numbers notes in order of first citation, as Word displays them."""

    def __init__(self, notes: dict[str, dict[str, str]]) -> None:
        self._notes = notes
        self._numbers: dict[tuple[str, str], int] = {}
        self._counts: Counter[str] = Counter()
        self._endnotes: list[str] = []

    def render(self, body: _Element) -> str:
        blocks = list(self._blocks(body))
        return "\n\n".join([*blocks, *self._endnotes])

    def _blocks(self, container: _Element) -> Iterator[str]:
        for child in container:
            if child.tag == _PARAGRAPH:
                text, cited = _paragraph_text(child)
                yield text
                yield from self._cite(cited)
            elif child.tag == _TABLE:
                yield from self._table(child)
            elif child.tag == _CONTENT_CONTROL:
                content = child.find(qn("w:sdtContent"))
                if content is not None:
                    yield from self._blocks(content)

    def _cite(self, cited: list[tuple[str, str]]) -> list[str]:
        """The footnotes cited here for the first time; endnotes are kept for the end."""
        footnotes = []
        for kind, note_id in cited:
            if (kind, note_id) in self._numbers or note_id not in self._notes[kind]:
                continue
            self._counts[kind] += 1
            self._numbers[kind, note_id] = self._counts[kind]
            rendered = f"{self._counts[kind]} {self._notes[kind][note_id].strip()}"
            (footnotes if kind == "footnote" else self._endnotes).append(rendered)
        return footnotes

    def _table(self, table: _Element) -> Iterator[str]:
        """One line per row, cells separated by tabs, a cell's paragraphs (and nested tables) joined
        by spaces so that the row stays one line; then the footnotes the table cites."""
        rows, footnotes = [], []
        for row in table.iterchildren(qn("w:tr")):
            cells = []
            for cell in row.iterchildren(qn("w:tc")):
                texts = []
                for paragraph in cell.iter(_PARAGRAPH):
                    text, cited = _paragraph_text(paragraph)
                    texts.append(text.replace("\n", " ").replace("\t", " "))
                    footnotes.extend(self._cite(cited))
                cells.append(" ".join(filter(None, texts)))
            rows.append("\t".join(cells))
        yield "\n".join(rows)
        yield from footnotes
