"""Hostile input files, made at run time: what a download gives a researcher on a bad day.

Large files are made without holding them in memory (sparse files, zip entries written in chunks),
so that a test measures the reader's memory, not its own.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import textwrap
import zipfile
from dataclasses import dataclass
from pathlib import Path

import docx
from pypdf import PdfWriter
from reportlab.pdfgen import canvas

MB = 1024 * 1024
LETTER = (
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
    "Den Haag, 4 maart 2024\n\n"
    "Hierbij informeer ik uw Kamer over de steun aan Oekraïne. De minister van Buitenlandse Zaken "
    "overlegt met de Europese Commissie over het sanctiepakket en de gevolgen voor België.\n\n"
    "De Minister van Buitenlandse Zaken,\nJ.K. van der Berg\n"
)
#: The same letter's body in other languages: a correct result is text and few or no entities.
FOREIGN = {
    "english": "The Minister of Foreign Affairs informed Parliament about support for Ukraine and the"
    " sanctions package agreed with the European Commission.\n",
    "chinese": "外交部长就对乌克兰的支持以及与欧盟委员会商定的制裁方案向议会通报了情况。\n",
    "arabic": "أبلغ وزير الخارجية البرلمان بالدعم المقدم لأوكرانيا وبحزمة العقوبات المتفق عليها مع المفوضية الأوروبية.\n",
}
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
ELF = b"\x7fELF\x02\x01\x01" + bytes(9) + bytes(range(256)) * 4


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def pdf(text: str = LETTER) -> bytes:
    """A PDF with a text layer, lines typeset as a Kamerstuk is."""
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    lines = page.beginText(72, 770)
    for line in textwrap.wrap(text.replace("\n", " "), 70):
        lines.textLine(line)
    page.drawText(lines)
    page.save()
    return buffer.getvalue()


def scanned_pdf(path: Path) -> Path:
    """A page that is only an image, as a scan is: no text layer."""
    page = canvas.Canvas(str(path))
    page.rect(72, 72, 400, 600, fill=1)
    page.save()
    return path


def encrypted_pdf(path: Path) -> Path:
    writer = PdfWriter(clone_from=io.BytesIO(pdf()))
    writer.encrypt(user_password="geheim", algorithm="RC4-128")
    writer.write(path)
    return path


def truncated_pdf(path: Path) -> Path:
    data = pdf()
    return write(path, data[: len(data) // 2])


def word(text: str = LETTER) -> bytes:
    """A Word document, a paragraph per blank-line-separated block of `text`."""
    document = docx.Document()
    for paragraph in text.split("\n\n"):
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def docx_bomb(path: Path, unpacked: int) -> Path:
    """A Word package whose body unpacks to `unpacked` bytes of spaces from a few MB: a real
    package (content types, relationships) around a `word/document.xml` written in 1 MB chunks."""
    template = zipfile.ZipFile(io.BytesIO(word()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as bomb:
        for part in template.infolist():
            if part.filename != "word/document.xml":
                bomb.writestr(part, template.read(part))
        with bomb.open("word/document.xml", "w", force_zip64=unpacked > 0xFFFFFFFF) as body:
            chunk = b" " * MB
            for _ in range(unpacked // MB):
                body.write(chunk)
    return path


def docx_with_lying_header(path: Path, unpacked: int, declared: int = 1000) -> Path:
    """A bomb whose central directory declares `declared` bytes for the body, so that a check of
    declared sizes alone lets it through."""
    docx_bomb(path, unpacked)
    data = bytearray(path.read_bytes())  # a few MB: the compressed bomb
    name = data.rfind(b"word/document.xml")
    entry = data.rfind(b"PK\x01\x02", 0, name)  # the body's central directory entry
    data[entry + 24 : entry + 28] = declared.to_bytes(4, "little")  # its uncompressed size
    return write(path, bytes(data))


def sparse(path: Path, size: int) -> Path:
    """A file of `size` bytes that takes no disk: enough for a size check."""
    with path.open("wb") as f:
        f.truncate(size)
    return path


def large_text(path: Path, size: int) -> Path:
    """`size` bytes of real Dutch text, written a paragraph at a time."""
    paragraph = (LETTER.replace("\n\n", " ") + "\n\n").encode()
    with path.open("wb") as f:
        for _ in range(size // len(paragraph)):
            f.write(paragraph)
    return path


@dataclass(frozen=True)
class Measured:
    """What `read` gave in a fresh process, and what it cost."""

    error: str | None
    characters: int
    peak_rss_increase_mb: float
    seconds: float


_MEASURE = """
import json, resource, sys, time
from pathlib import Path
from beleidsgraaf.base.errors import ReadError
from beleidsgraaf.extract.readers import read

before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
try:
    error, characters = None, len(read(Path(sys.argv[1])).text)
except ReadError as exc:
    error, characters = str(exc), 0
seconds = time.perf_counter() - start
increase = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
print(json.dumps([error, characters, increase, seconds]))
"""


def measure_read(path: Path) -> Measured:
    """`read(path)` in a fresh process: its peak resident memory after the imports is the baseline,
    so the increase is what reading this one file cost (Linux reports ru_maxrss in KiB)."""
    result = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(path)],
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )
    assert result.returncode == 0, result.stderr
    return Measured(*json.loads(result.stdout))
