"""Whatever a download gave: each hostile file gets a correct result or one clear line saying what is
wrong (and, where useful, what to do), and reading it costs bounded memory."""

from __future__ import annotations

import os
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from beleidsgraaf.base.errors import ReadError
from beleidsgraaf.extract.extractor import Extractor
from beleidsgraaf.extract.normalise import normalise
from beleidsgraaf.extract.readers import iter_files, read
from beleidsgraaf.extract.readers.docx import MAX_PARTS
from beleidsgraaf.extract.readers.html import MAX_NESTING
from tests.extract.readers import hostile
from tests.extract.readers.hostile import FOREIGN, LETTER, MB, write

#: What "bounded" means for a file refused before it is read: the size of the file does not matter.
BOUNDED_MB = 200


def _read_error(path: Path, reason: str) -> str:
    """`read(path)` fails with one line that names the file and says `reason`."""
    with pytest.raises(ReadError) as caught:
        read(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ") and reason in message, message
    assert len(message.splitlines()) == 1
    return message


@pytest.fixture(scope="module")
def docx_bomb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """1 GB of spaces as `word/document.xml`, packed into about 5 MB."""
    return hostile.docx_bomb(tmp_path_factory.mktemp("bomb") / "bom.docx", 1024 * MB)


@pytest.fixture(scope="module")
def lying_bomb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same bomb with a central directory that says the body is 1000 bytes."""
    return hostile.docx_with_lying_header(tmp_path_factory.mktemp("bomb") / "leugen.docx", 1024 * MB)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


# --- refused, with one line saying why ---------------------------------------------------------

REFUSED: dict[str, tuple[Callable[[Path], Path], str]] = {
    "empty.txt": (lambda p: write(p, b""), "empty document"),
    "png.txt": (lambda p: write(p, hostile.PNG), "not text (binary content): a PNG image"),
    "elf.txt": (lambda p: write(p, hostile.ELF), "not text (binary content): an executable program"),
    "binary-tail.txt": (
        lambda p: write(p, LETTER.encode() * 300 + bytes(range(256)) * 1000),
        "not text (binary content)",
    ),
    "old-word.docx": (
        lambda p: write(p, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4000)),
        "an old Office file (.doc, .xls) or a password-protected .docx; save it as .docx",
    ),
    "rtf.txt": (
        lambda p: write(p, rb"{\rtf1\ansi Het kabinet}"),
        "an RTF document; save it as .docx or .txt",
    ),
    "truncated.pdf": (hostile.truncated_pdf, "damaged PDF ("),
    "encrypted.pdf": (hostile.encrypted_pdf, "encrypted PDF (password required); save a copy without"),
    "scanned.pdf": (hostile.scanned_pdf, "no text layer (scanned PDF?); OCR is not supported: run OCR first"),
    "not-a-zip.docx": (
        lambda p: write(p, b"Dit is geen Word-document."),
        "not a readable .docx file (BadZipFile: File is not a zip file)",
    ),
    "too-large.txt": (
        lambda p: hostile.sparse(p, 200 * MB),
        "file too large: 200.0 MB (limit 50.0 MB); split it into smaller files",
    ),
    "deep.html": (
        lambda p: write(p, b"<html><body>" + b"<div>x " * 100_000),
        f"markup nested more than {MAX_NESTING} elements deep",
    ),
    "fifo.txt": (lambda p: (os.mkfifo(p), p)[1], "not a regular file but a named pipe (FIFO)"),
    "zero.txt": (lambda p: (p.symlink_to("/dev/zero"), p)[1], "not a regular file but a character device"),
    "folder.txt": (lambda p: (p.mkdir(), p)[1], "cannot read: Is a directory"),
}


@pytest.mark.parametrize("name", REFUSED)
def test_hostile_file_is_refused_in_one_line(tmp_path: Path, name: str) -> None:
    make, reason = REFUSED[name]
    _read_error(make(tmp_path / name), reason)


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux /proc")
def test_file_that_grows_while_read_is_refused(tmp_path: Path) -> None:
    """/proc files say they are empty and are not: the read finds more than the size said."""
    path = tmp_path / "growing.txt"
    path.symlink_to("/proc/self/status")
    _read_error(path, "file grew while being read (still being written?)")


def test_docx_bomb_is_refused_unread(docx_bomb: Path) -> None:
    assert docx_bomb.stat().st_size < 10 * MB
    _read_error(docx_bomb, "refused as a zip bomb: it unpacks to 1024.")


def test_docx_bomb_with_a_lying_header_is_refused(lying_bomb: Path) -> None:
    _read_error(lying_bomb, "refused as a zip bomb: 'word/document.xml' unpacks to more than its header says")


def test_docx_part_packed_beyond_any_document_is_refused(tmp_path: Path) -> None:
    """Under the total limit, but 20 MB of spaces from a few hundred kB."""
    path = hostile.docx_bomb(tmp_path / "ratio.docx", 20 * MB)
    _read_error(path, "refused as a zip bomb: 'word/document.xml' unpacks to 20.0 MB from 0.")


def test_docx_of_too_many_parts_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "parts.docx"
    with zipfile.ZipFile(path, "w") as package:
        for number in range(MAX_PARTS + 1):
            package.writestr(f"{number}.xml", b"")
    _read_error(path, f"not a readable .docx file (more than {MAX_PARTS} parts)")


def test_docx_packed_as_word_never_does_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bzip2.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_BZIP2) as package:
        package.writestr("word/document.xml", b"<w:document/>")
    _read_error(path, "not a readable .docx file ('word/document.xml' uses compression 12)")


def test_file_name_with_a_line_break_gives_one_line(tmp_path: Path) -> None:
    path = write(tmp_path / "brief\nvan de minister.txt", b"")
    with pytest.raises(ReadError) as caught:
        read(path)
    assert str(caught.value) == f"{tmp_path}/brief\\nvan de minister.txt: empty document"


# --- read correctly ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "make", "format_name"),
    [
        ("web-page.docx", lambda p: write(p, b"<!DOCTYPE html><html><body><p>Het kabinet.</p>"), "html"),
        ("error-page.pdf", lambda p: write(p, b"<html><body><h1>403 Forbidden</h1></body></html>"), "html"),
        ("really-a-pdf.txt", lambda p: write(p, hostile.pdf()), "pdf"),
        ("really-word.html", lambda p: write(p, hostile.word()), "docx"),
    ],
)
def test_bytes_decide_the_reader_not_the_name(tmp_path: Path, name: str, make, format_name: str) -> None:
    """A download's name can lie, its first bytes rarely do: the reader the bytes ask for is used."""
    source = read(make(tmp_path / name))
    assert source.format == format_name and source.text


def test_html_with_scripts_and_broken_markup(tmp_path: Path) -> None:
    page = (
        b"<html><head><style>p { color: red }</style><script>var geheim = '<p>niet dit</p>';</script>"
        b"<body><div><p>Het kabinet <b>steunt <i>Oekra\xc3\xafne.<p>Tweede alinea"
        b"<script>document.write('ook niet')</script><table><tr><td>cel<td>twee"
    )
    assert read(write(tmp_path / "kapot.html", page)).text == (
        "Het kabinet steunt Oekraïne.\n\nTweede alinea\n\ncel\ttwee"
    )


def test_a_few_nul_bytes_in_text_are_dropped(tmp_path: Path) -> None:
    """A stray NUL (a broken conversion) is no reason to lose the document; many make it binary."""
    data = LETTER.replace("Oekraïne", "Oek\x00raïne").replace("België", "België\x00").encode()
    assert read(write(tmp_path / "nul.txt", data)).text == normalise(LETTER)
    _read_error(
        write(tmp_path / "nullen.txt", LETTER.encode().replace(b" ", b"\x00")), "not text (binary content)"
    )


def test_mixed_utf8_and_cp1252_lines(tmp_path: Path) -> None:
    """A UTF-8 file patched in an old Windows editor: each part keeps its own encoding."""
    data = "Oekraïne en België, één zin.\n".encode() + "Coördinatie met België – “zo”.\n".encode("cp1252")
    assert read(write(tmp_path / "gemengd.txt", data)).text == (
        "Oekraïne en België, één zin.\nCoördinatie met België – “zo”."
    )


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("gbk", FOREIGN["chinese"]),
        ("big5", "外交部長就對烏克蘭的支持向議會通報了情況。"),
        ("shift_jis", "外務大臣は、ウクライナへの支援について国会に報告しました。"),
        ("cp1251", "Министр иностранных дел проинформировал парламент о поддержке Украины."),
    ],
)
def test_legacy_encodings_are_not_taken_for_patched_utf8(tmp_path: Path, encoding: str, text: str) -> None:
    """Multi-byte legacy encodings hold byte pairs that are valid UTF-8 by accident."""
    assert read(write(tmp_path / "oud.txt", text.encode(encoding))).text == text.strip()


@pytest.mark.parametrize("language", FOREIGN)
def test_non_dutch_text_gives_a_result(tmp_path: Path, extractor: Extractor, language: str) -> None:
    source = read(write(tmp_path / f"{language}.txt", FOREIGN[language].encode()))
    assert source.text == FOREIGN[language].strip()
    extraction = extractor.extract(source)
    assert len(extraction.entities) <= 3


def test_one_endless_line_is_read(tmp_path: Path) -> None:
    """3 MB without a line break."""
    data = ("Het kabinet steunt Oekraïne. " * 110_000).encode()
    assert len(data) > 3_000_000
    assert read(write(tmp_path / "regel.txt", data)).text == data.decode().strip()


def test_one_endless_line_is_extracted(tmp_path: Path, extractor: Extractor) -> None:
    data = ("Het kabinet steunt Oekraïne. " * 40_000).encode()
    extraction = extractor.extract(read(write(tmp_path / "regel.txt", data)))
    assert extraction.source.text


# --- folders -----------------------------------------------------------------------------------


def test_folders_skip_fifos_and_devices(tmp_path: Path) -> None:
    """A FIFO would block whoever opens it; named explicitly it is yielded, so `read` reports it."""
    write(tmp_path / "brief.txt", b"tekst")
    os.mkfifo(tmp_path / "pijp.txt")
    (tmp_path / "nul.txt").symlink_to("/dev/zero")
    (tmp_path / "weg.txt").symlink_to(tmp_path / "bestaat-niet.txt")
    assert list(iter_files([tmp_path])) == [tmp_path / "brief.txt", tmp_path / "weg.txt"]
    assert list(iter_files([tmp_path / "pijp.txt"])) == [tmp_path / "pijp.txt"]


# --- memory ------------------------------------------------------------------------------------


@pytest.mark.skipif(sys.platform != "linux", reason="ru_maxrss is in KiB on Linux")
@pytest.mark.parametrize("bomb", ["docx_bomb", "lying_bomb"])
def test_docx_bomb_costs_bounded_memory(request: pytest.FixtureRequest, bomb: str) -> None:
    measured = hostile.measure_read(request.getfixturevalue(bomb))
    assert measured.error and "zip bomb" in measured.error
    assert measured.peak_rss_increase_mb < BOUNDED_MB, measured


@pytest.mark.skipif(sys.platform != "linux", reason="ru_maxrss is in KiB on Linux")
def test_file_over_the_limit_is_refused_unread(tmp_path: Path) -> None:
    measured = hostile.measure_read(hostile.sparse(tmp_path / "groot.txt", 200 * MB))
    assert measured.error and "file too large" in measured.error
    assert measured.peak_rss_increase_mb < 20 and measured.seconds < 1, measured
