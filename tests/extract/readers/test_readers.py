"""Readers on files generated here (tmp_path): every format, every encoding, every way to fail."""

from __future__ import annotations

import hashlib
import textwrap
import zipfile
from pathlib import Path

import docx
import pytest
from docx.document import Document
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.ns import nsdecls
from docx.oxml.parser import parse_xml
from docx.text.paragraph import Paragraph
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from beleidsgraaf.base.errors import ReadError
from beleidsgraaf.extract.model import SourceText
from beleidsgraaf.extract.readers import SUPPORTED_SUFFIXES, iter_files, read

DUTCH = "De minister’s brief over Oekraïne en België: één zin."

PAGES = [
    "Het kabinet heeft de Kamer geïnformeerd over de steun aan Oekraïne. De minister van Buitenlandse"
    " Zaken overlegt met de Europese Commissie over de uitvoering van het sanctiepakket en over de"
    " gevolgen daarvan voor het Nederlandse bedrijfsleven in de regio.",
    "Daarnaast werkt het kabinet aan een nieuw beleidsprogramma voor internationaal maatschappelijk"
    " verantwoord ondernemen, waarin de OESO-richtlijnen centraal staan en waarover de Kamer voor de"
    " zomer een brief ontvangt.",
]


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _read_error(path: Path, reason: str, **options: int) -> None:
    """`read(path)` fails with a one-line ReadError that names the file and says why."""
    with pytest.raises(ReadError) as caught:
        read(path, **options)
    message = str(caught.value)
    assert str(path) in message and reason in message
    assert "\n" not in message


# --- text --------------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16", "utf-32"])
def test_text_encodings(tmp_path: Path, encoding: str) -> None:
    path = _write(tmp_path / "brief.txt", DUTCH.encode(encoding))
    assert read(path).text == DUTCH


def test_latin1_text(tmp_path: Path) -> None:
    path = _write(tmp_path / "brief.txt", "Coördinatie met België en Oekraïne".encode("latin-1"))
    assert read(path).text == "Coördinatie met België en Oekraïne"


def test_utf8_with_a_stray_byte_stays_utf8(tmp_path: Path) -> None:
    data = "Oekraïne, België, één, coördinatie. ".encode() * 3 + b"caf\xe9"
    assert read(_write(tmp_path / "brief.txt", data)).text.startswith("Oekraïne, België")


def test_source_text_fields(tmp_path: Path) -> None:
    data = b"# Kop\n\nTekst."
    path = _write(tmp_path / "notitie.md", data)
    assert read(path) == SourceText(path, "# Kop\n\nTekst.", "md", hashlib.sha256(data).hexdigest())


def test_text_is_normalised(tmp_path: Path) -> None:
    path = _write(tmp_path / "brief.txt", b"formele beleidsvoor-\r\nstellen\r\n\r\n\r\n\r\nSlot.  ")
    assert read(path).text == "formele beleidsvoorstellen\n\nSlot."


# --- html --------------------------------------------------------------------------------------

PAGE = """<!doctype html>
<html><head><title>Kamerbrief</title><style>p { color: red }</style>
<script>var tracking = "script text";</script></head>
<body>
<header><a href="/">Home</a> <a href="/zoeken">Zoeken</a></header>
<nav><ul><li>Kamerstukken</li><li>Agenda</li></ul></nav>
<div class="menu">Menu-item</div>
<main>
  <article>
    <header><h1>Brief van de minister</h1></header>
    <p>Het kabinet   heeft <b>besloten</b>&nbsp;dat<br>de motie wordt uitgevoerd.</p>
    <table><tr><th>Land</th><th>Bedrag</th></tr><tr><td>Oekraïne</td><td><p>5 miljoen</p></td></tr></table>
    <ul><li>eerste punt</li><li>tweede punt</li></ul>
  </article>
</main>
<aside>Lees ook</aside>
<footer>© Tweede Kamer <a href="/privacy">Privacy</a></footer>
</body></html>"""


def test_html_keeps_the_document_and_drops_the_page(tmp_path: Path) -> None:
    source = read(_write(tmp_path / "brief.html", PAGE.encode()))
    assert source.format == "html"
    assert source.text == (
        "Brief van de minister\n\n"
        "Het kabinet heeft besloten dat\nde motie wordt uitgevoerd.\n\n"
        "Land\tBedrag\nOekraïne\t5 miljoen\n\n"
        "eerste punt\n\ntweede punt"
    )


def test_html_without_main_uses_the_body(tmp_path: Path) -> None:
    page = b"<html><body><nav>Menu</nav><h2>Vraag 1</h2><p>Kunt u dat bevestigen?</p><footer>x</footer>"
    assert read(_write(tmp_path / "vragen.htm", page)).text == "Vraag 1\n\nKunt u dat bevestigen?"


def test_html_teaser_article_does_not_replace_the_document(tmp_path: Path) -> None:
    """Old government sites wrap the page in one <form> and the document in plain <div>s."""
    body = "Het kabinet steunt de motie over de export van tweedehands textiel. " * 10
    page = (
        f"<html><body><form id='aspnetForm'><div id='content'><h1>Kamerbrief</h1><p>{body}</p></div>"
        "<div class='zijbalk'><article>Lees ook: nieuws</article></div></form></body></html>"
    )
    text = read(_write(tmp_path / "brief.html", page.encode())).text
    assert text.startswith(f"Kamerbrief\n\n{body.strip()}")


@pytest.mark.parametrize("meta", [b'<meta charset="windows-1252">', b""])
def test_html_in_cp1252(tmp_path: Path, meta: bytes) -> None:
    page = b"<html><head>" + meta + b"</head><body><p>" + DUTCH.encode("cp1252") + b"</p></body></html>"
    assert read(_write(tmp_path / "brief.html", page)).text == DUTCH


# --- docx --------------------------------------------------------------------------------------


def _add_footnote(document: Document, paragraph: Paragraph) -> None:
    """python-docx cannot write notes, so the footnotes part is added as Word would."""
    paragraph.add_run()._r.append(parse_xml(f'<w:footnoteReference {nsdecls("w")} w:id="2"/>'))
    notes = (
        f"<w:footnotes {nsdecls('w')}>"
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r>'
        '<w:r><w:t xml:space="preserve"> Kamerstuk 36180, nr. 164</w:t></w:r></w:p></w:footnote>'
        "</w:footnotes>"
    )
    part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, notes.encode(), document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)


def test_docx_paragraphs_tables_and_footnotes(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Brief van de minister", level=1)
    paragraph = document.add_paragraph("Het kabinet steunt Oekraïne.")
    _add_footnote(document, paragraph)
    paragraph.add_run(" Verder niets.")
    table = document.add_table(rows=2, cols=2)
    cells = [cell for row in table.rows for cell in row.cells]
    for cell, text in zip(cells, ["Land", "Bedrag", "België", "5 miljoen"], strict=True):
        cell.text = text
    document.add_paragraph("Hoogachtend,")
    path = tmp_path / "brief.docx"
    document.save(path)

    source = read(path)
    assert source.format == "docx"
    assert source.text == (
        "Brief van de minister\n\n"
        "Het kabinet steunt Oekraïne. Verder niets.\n\n"
        "1 Kamerstuk 36180, nr. 164\n\n"
        "Land\tBedrag\nBelgië\t5 miljoen\n\n"
        "Hoogachtend,"
    )


def test_docx_that_is_no_zip(tmp_path: Path) -> None:
    _read_error(_write(tmp_path / "kapot.docx", b"Dit is geen Word-document."), "not a readable .docx file")


def test_zip_that_is_no_word_document(tmp_path: Path) -> None:
    path = tmp_path / "archief.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("leesmij.txt", "hallo")
    _read_error(path, "not a readable .docx file")


# --- pdf ---------------------------------------------------------------------------------------


def _write_pdf(path: Path, pages: list[str], **options: str) -> Path:
    """Each page typeset like a Kamerstuk: lines of at most 70 characters."""
    pdf = canvas.Canvas(str(path), pagesize=A4, **options)
    for page in pages:
        text = pdf.beginText(72, 770)
        for line in textwrap.wrap(page, 70):
            text.textLine(line)
        pdf.drawText(text)
        pdf.showPage()
    pdf.save()
    return path


def test_pdf_text_comes_back_with_lines_joined(tmp_path: Path) -> None:
    path = _write_pdf(tmp_path / "brief.pdf", PAGES)
    assert len(PdfReader(path).pages) == 2
    source = read(path)
    assert source.format == "pdf"
    assert source.text == "\n\n".join(PAGES)


def test_truncated_pdf(tmp_path: Path) -> None:
    data = _write_pdf(tmp_path / "heel.pdf", PAGES).read_bytes()
    _read_error(_write(tmp_path / "half.pdf", data[: len(data) // 3]), "damaged PDF")


def test_encrypted_pdf(tmp_path: Path) -> None:
    writer = PdfWriter(clone_from=_write_pdf(tmp_path / "open.pdf", PAGES))
    writer.encrypt(user_password="geheim", algorithm="RC4-128")
    path = tmp_path / "geheim.pdf"
    writer.write(path)
    _read_error(path, "encrypted PDF (password required)")


def test_pdf_that_only_restricts_use_is_read(tmp_path: Path) -> None:
    writer = PdfWriter(clone_from=_write_pdf(tmp_path / "open.pdf", PAGES))
    writer.encrypt(user_password="", owner_password="eigenaar", algorithm="RC4-128")
    path = tmp_path / "beperkt.pdf"
    writer.write(path)
    assert read(path).text == "\n\n".join(PAGES)


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    pdf = canvas.Canvas(str(tmp_path / "scan.pdf"))
    pdf.rect(72, 72, 400, 600, fill=1)  # a scanned page is an image: no text
    pdf.save()
    _read_error(tmp_path / "scan.pdf", "no text layer (scanned PDF?); OCR is not supported")


# --- errors ------------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".docx", ".pdf"])
def test_empty_file(tmp_path: Path, suffix: str) -> None:
    _read_error(_write(tmp_path / f"leeg{suffix}", b""), "empty document")


def test_file_with_only_whitespace(tmp_path: Path) -> None:
    _read_error(_write(tmp_path / "wit.txt", b" \n\t\r\n  \n"), "empty document")


@pytest.mark.parametrize(
    "data",
    [bytes(range(256)) * 8, b"\x89PNG\r\n\x1a\n" + bytes(2000), "tekst zonder BOM".encode("utf-16-le")],
    ids=["all-bytes", "png", "utf-16-without-bom"],
)
def test_binary_file_named_txt(tmp_path: Path, data: bytes) -> None:
    _read_error(_write(tmp_path / "plaatje.txt", data), "not text (binary content)")


def test_unsupported_suffix(tmp_path: Path) -> None:
    _read_error(_write(tmp_path / "tabel.xyz", b"a,b"), "unsupported format .xyz")
    _read_error(_write(tmp_path / "LEESMIJ", b"tekst"), "unsupported format (no suffix)")


def test_file_over_the_size_limit(tmp_path: Path) -> None:
    path = _write(tmp_path / "groot.txt", b"x" * 2_000_000)
    _read_error(path, "file too large: 1.9 MB (limit 1.0 MB)", max_bytes=1_000_000)


def test_missing_file(tmp_path: Path) -> None:
    _read_error(tmp_path / "weg.txt", "cannot read")


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=4096))
def test_any_bytes_give_a_text_or_a_read_error(tmp_path: Path, data: bytes) -> None:
    path = _write(tmp_path / "willekeurig.txt", data)
    try:
        source = read(path)
    except ReadError as error:
        assert "\n" not in str(error)
    else:
        assert source.text and source.content_hash == hashlib.sha256(data).hexdigest()


# --- finding files -----------------------------------------------------------------------------


def test_iter_files_expands_folders(tmp_path: Path) -> None:
    kept = ["a/c.docx", "a/z.pdf", "b.txt", "d.HTML"]
    for name in [*kept, "e.xyz", ".verborgen.txt", ".git/x.txt", "~$c.docx"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"x")
    explicit = tmp_path / "e.xyz"  # named explicitly: yielded, so that the caller reports it
    found = list(iter_files([tmp_path, explicit, tmp_path / "b.txt"]))
    assert found == [*(tmp_path / name for name in kept), explicit]


def test_supported_suffixes() -> None:
    assert {".txt", ".md", ".html", ".htm", ".docx", ".pdf"} == SUPPORTED_SUFFIXES
