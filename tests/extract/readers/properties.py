"""Property checks shared by `make test` (a few hundred examples) and the stress run (thousands):
arbitrary bytes into `read`, arbitrary text into extraction; only the project's own errors escape."""

from __future__ import annotations

import contextlib
import hashlib
from pathlib import Path

from hypothesis import strategies as st

from beleidsgraaf.extract.errors import BeleidsgraafError, ReadError
from beleidsgraaf.extract.extractor import Extractor
from beleidsgraaf.extract.model import SourceText
from beleidsgraaf.extract.readers import SUPPORTED_SUFFIXES, read
from tests.extract.readers.hostile import LETTER, pdf, word

SUFFIXES = sorted(SUPPORTED_SUFFIXES)
#: First bytes that send `read` to each reader, whatever the suffix.
SIGNATURES = [b"", b"%PDF-1.7\n", b"PK\x03\x04", b"<!DOCTYPE html>", b"<html>", b"\xef\xbb\xbf", b"\xff\xfe"]
#: Pieces of Kamerstukken, so that random text reaches the rules and not only the tokenizer.
PIECES = [
    *" \n\t.,:;()[]-–•",
    *"\n\n|’s|1|12|2024|[1:  |Vraag 1|Antwoord 1|Hoogachtend,|Oekraïne|EU|motie|datum|Onderwerp".split("|"),
    *"Van der|ministerie|De minister van Buitenlandse Zaken|de staatssecretaris".split("|"),
    *"Den Haag, 4 maart 2024|Kamerstuk 36180, nr. 164|J.K. van der Berg".split("|"),
    *"Aan de Voorzitter van de Tweede Kamer der Staten-Generaal|Stichting Voorbeeldfonds Zuid".split("|"),
    *"Vragen van het lid Ceder (ChristenUnie)|Buitenlandse Handel en Ontwikkelingssamenwerking".split("|"),
]


def sample_files() -> list[bytes]:
    """Valid files of every format, for mutation: damage deep inside a file reaches code that
    random bytes never do."""
    html = f"<!doctype html><html><body><main><h1>Brief</h1><p>{LETTER}</p></main></body></html>"
    return [LETTER.encode(), LETTER.encode("cp1252"), html.encode(), word(), pdf()]


@st.composite
def mutated(draw: st.DrawFn, samples: list[bytes]) -> bytes:
    """A valid file, cut short, with bytes overwritten and inserted."""
    data = bytearray(draw(st.sampled_from(samples)))
    for _ in range(draw(st.integers(0, 8))):
        position = draw(st.integers(0, len(data) - 1))
        if draw(st.booleans()):
            data[position] = draw(st.integers(0, 255))
        else:
            data[position:position] = draw(st.binary(min_size=1, max_size=16))
    return bytes(data[: draw(st.integers(1, len(data)))])


def hostile_bytes(samples: list[bytes]) -> st.SearchStrategy[bytes]:
    return st.one_of(
        st.binary(max_size=4096),
        st.builds(bytes.__add__, st.sampled_from(SIGNATURES), st.binary(max_size=4096)),
        mutated(samples),
    )


def hostile_text() -> st.SearchStrategy[str]:
    """Any text (control characters too; surrogates cannot come from a decoded file), and text made
    of pieces of parliamentary documents."""
    return st.one_of(
        st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=2000),
        st.lists(st.sampled_from(PIECES), max_size=200).map("".join),
    )


def check_read(folder: Path, suffix: str, data: bytes) -> None:
    """`read` gives a text and the hash of these bytes, or a one-line ReadError naming the file."""
    path = folder / f"willekeurig{suffix}"
    path.write_bytes(data)
    try:
        source = read(path)
    except ReadError as error:
        assert str(error).startswith(f"{path}: ") and len(str(error).splitlines()) == 1
    else:
        assert source.text and source.content_hash == hashlib.sha256(data).hexdigest()


def check_extract(extractor: Extractor, text: str) -> None:
    """Extraction of any text ends in an extraction or in the project's own error."""
    source = SourceText(Path("willekeurig.txt"), text, "txt", hashlib.sha256(text.encode()).hexdigest())
    with contextlib.suppress(BeleidsgraafError):
        extractor.extract(source)
