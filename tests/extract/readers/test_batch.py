"""A download folder of hostile files and one good document, through `beleidsgraaf build` as a user
runs it: the batch goes on, each failure is one line naming its file, the exit status says so."""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

from beleidsgraaf.base.errors import one_line
from beleidsgraaf.pipeline.work import file_hash
from tests.conftest import run_cli
from tests.extract.readers import hostile
from tests.extract.readers.hostile import FOREIGN, LETTER, MB, write

#: file → (how to make it, what its line on standard error says)
FAILING = {
    "empty.txt": (lambda p: write(p, b""), "empty document"),
    "png.txt": (lambda p: write(p, hostile.PNG), "not text (binary content): a PNG image"),
    "elf.txt": (lambda p: write(p, hostile.ELF), "not text (binary content): an executable program"),
    "truncated.pdf": (hostile.truncated_pdf, "damaged PDF"),
    "encrypted.pdf": (hostile.encrypted_pdf, "encrypted PDF (password required)"),
    "scanned.pdf": (hostile.scanned_pdf, "no text layer (scanned PDF?)"),
    "not-a-zip.docx": (lambda p: write(p, b"Dit is geen Word-document."), "not a readable .docx file"),
    "bomb.docx": (lambda p: hostile.docx_bomb(p, 20 * MB), "refused as a zip bomb"),
    "too-large.txt": (lambda p: hostile.sparse(p, 200 * MB), "file too large: 200.0 MB"),
    "deep.html": (lambda p: write(p, b"<div>" * 100_000), "markup nested more than"),
}
#: hostile, but with a correct result
READABLE = {
    "web-page.docx": lambda p: write(p, b"<!DOCTYPE html><html><body><p>Het kabinet steunt Oekraine.</p>"),
    "scripts.html": lambda p: write(p, b"<script>alert(1)</script><p>Het kabinet<b> steunt Oekraine."),
    "nul.txt": lambda p: write(p, LETTER.replace("België", "België\x00").encode()),
    "mixed.txt": lambda p: write(p, "Oekraïne, één.\n".encode() + "België, één.\n".encode("cp1252")),
    "english.txt": lambda p: write(p, FOREIGN["english"].encode()),
}


def test_build_goes_on_past_hostile_files(tmp_path: Path, seeds: Path, cli: str) -> None:
    download = tmp_path / "download"
    download.mkdir()
    good = sorted(seeds.glob("*.txt"))[0]
    shutil.copy(good, download / good.name)
    for name, (make, _) in FAILING.items():
        make(download / name)
    for name, make in READABLE.items():
        make(download / name)
    os.mkfifo(download / "pipe.txt")  # skipped: reading it would block
    store = tmp_path / "store"

    result = run_cli(cli, "build", str(download), "--store", str(store), check=False)

    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    failed = {line.split(": ", 1)[0]: line.split(": ", 1)[1] for line in lines[:-1]}
    assert failed.keys() == {str(download / name) for name in FAILING}, result.stderr
    for name, (_, reason) in FAILING.items():
        assert reason in failed[str(download / name)]
    assert lines[-1].startswith(f"{1 + len(READABLE)} stored, 0 unchanged, {len(FAILING)} failed")
    stats = run_cli(cli, "stats", "--store", str(store)).stdout
    assert all(name in stats for name in [good.name, *READABLE])


def test_hashing_a_fifo_does_not_block(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    hashing = threading.Thread(target=file_hash, args=(fifo,), daemon=True)
    hashing.start()
    hashing.join(timeout=2)
    blocked = hashing.is_alive()
    if blocked:  # a writer lets the blocked open return, so the thread ends
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        hashing.join(timeout=2)
    assert not blocked


def test_failure_lines_show_any_file_name_on_one_line(tmp_path: Path, cli: str) -> None:
    download = tmp_path / "download"
    (download / "a[").mkdir(parents=True)
    names = ["a[/x].txt", "[bold]y.txt", "brief\nnieuw.txt"]
    for name in names:
        write(download / name, b"")
    result = run_cli(cli, "build", str(download), "--store", str(tmp_path / "store"), check=False)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert sorted(lines[:-1]) == sorted(f"{download}/{one_line(name)}: empty document" for name in names)
