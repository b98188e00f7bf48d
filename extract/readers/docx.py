"""Word documents (.docx): paragraphs, tables and notes, in reading order.

The body is walked as XML rather than through `Document.paragraphs`, so that content controls
(`w:sdt`, used by the government letter templates), tracked insertions, fields and hyperlinks are
read too. A footnote's text follows the paragraph that cites it as its own paragraph, numbered as
Word displays it ("1 Kamerstuk 36180, nr. 164"); endnotes close the document. Text boxes, headers
and footers are page furniture and are left out.
"""

from __future__ import annotations

import io
import zipfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import OpcError
from docx.oxml.ns import qn
from docx.oxml.parser import parse_xml
from docx.parts.document import DocumentPart
from lxml.etree import XMLSyntaxError, _Element

from beleidsgraaf.extract.errors import ReadError

_RUN_CONTENT = (
    ".//w:r[not(ancestor::w:txbxContent or ancestor::w:del or ancestor::w:moveFrom)]/*[self::w:t"
    " or self::w:tab or self::w:br or self::w:cr or self::w:noBreakHyphen"
    " or self::w:footnoteReference or self::w:endnoteReference]"
)
_RUN_TEXT = {qn("w:tab"): "\t", qn("w:br"): "\n", qn("w:cr"): "\n", qn("w:noBreakHyphen"): "-"}
_NOTE_REFERENCES = {qn("w:footnoteReference"): "footnote", qn("w:endnoteReference"): "endnote"}
_NOTE_PARTS = {"footnote": RT.FOOTNOTES, "endnote": RT.ENDNOTES}
_PARAGRAPH, _TABLE, _CONTENT_CONTROL = qn("w:p"), qn("w:tbl"), qn("w:sdt")
_BROKEN_PACKAGE = (OpcError, zipfile.BadZipFile, KeyError, ValueError, XMLSyntaxError)


def read_docx(path: Path, data: bytes) -> str:
    """The text of a Word document; ReadError when the file is no Word document or is damaged."""
    try:
        document = docx.Document(io.BytesIO(data))
        notes = {kind: _notes(document.part, relationship) for kind, relationship in _NOTE_PARTS.items()}
        return _DocumentText(notes).render(document.element.body)
    except _BROKEN_PACKAGE as error:
        raise ReadError(path, f"not a readable .docx file ({type(error).__name__})") from error


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
