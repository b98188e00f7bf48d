"""Property checks shared by `make test` (a few hundred examples) and the stress run (thousands):
arbitrary bytes into `read`, arbitrary text into extraction; only the project's own errors escape,
and ordinary text is extracted, with offsets that hold and the same graph every time."""

from __future__ import annotations

import hashlib
from pathlib import Path

from hypothesis import strategies as st

from beleidsgraaf.base.errors import BeleidsgraafError, ReadError
from beleidsgraaf.extract.extractor import Extractor
from beleidsgraaf.extract.model import Extraction, SourceText, Span
from beleidsgraaf.extract.readers import SUPPORTED_SUFFIXES, read
from beleidsgraaf.graph.rdf import to_quads
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


def ordinary_text() -> st.SearchStrategy[str]:
    """Text made of pieces of parliamentary documents: what extraction is for."""
    return st.lists(st.sampled_from(PIECES), max_size=200).map("".join)


def hostile_text() -> st.SearchStrategy[str]:
    """Any text (control characters too; surrogates cannot come from a decoded file), and ordinary
    text."""
    return st.one_of(
        st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=2000), ordinary_text()
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


def source_text(text: str) -> SourceText:
    return SourceText(Path("willekeurig.txt"), text, "txt", hashlib.sha256(text.encode()).hexdigest())


def check_extract(extractor: Extractor, text: str) -> Extraction | None:
    """Extraction of any text ends in an extraction whose offsets hold, or in the project's own
    error in one line; no other exception escapes."""
    try:
        extraction = extractor.extract(source_text(text))
    except BeleidsgraafError as error:
        assert len(str(error).splitlines()) == 1, repr(str(error))
        return None
    check_extraction(extraction)
    return extraction


def check_extract_succeeds(extractor: Extractor, source: SourceText) -> Extraction:
    """Ordinary text is extracted (no error at all), its offsets hold, and extracting it again gives
    the same graph: the same IRIs for the same input."""
    extraction = extractor.extract(source)
    check_extraction(extraction)
    first, again = _graph(extraction), _graph(extractor.extract(source))
    assert first == again, (
        f"a second extraction differs in {len(first ^ again)} quads: {sorted(first ^ again)[:3]}"
    )
    return extraction


def _graph(extraction: Extraction) -> set[str]:
    return {str(quad) for quad in to_quads(extraction)}


def _holds(text: str, span: Span, what: str) -> None:
    assert 0 <= span.start <= span.end <= len(text), f"{what} {span.start}-{span.end} outside the text"
    assert text[span.start : span.end] == span.text, (
        f"{what} {span.start}-{span.end}: {span.text!r} is not there"
    )


def check_extraction(x: Extraction) -> None:
    """The invariants every extraction keeps: a mention's offsets give its surface in the text, inside
    its sentence, and it refers to an entity of the extraction; a relation's offsets give its evidence
    and it joins entities of the extraction (a post title for `holdsPost`); the signer's and askers'
    spans are where they say."""
    text, entities = x.source.text, x.entities
    for m in x.mentions:
        _holds(text, Span(m.start, m.end, m.surface), f"mention ({m.rule})")
        assert m.start < m.end, f"empty mention at {m.start} ({m.rule})"
        _holds(text, m.sentence, f"sentence of mention {m.surface!r}")
        assert m.sentence.start <= m.start and m.end <= m.sentence.end, f"{m.surface!r} outside its sentence"
        assert m.entity_id in entities, f"mention {m.surface!r} refers to {m.entity_id}, not an entity here"
    for r in x.relations:
        _holds(text, r.evidence, f"evidence of {r.predicate} ({r.rule})")
        assert r.subject in entities, f"{r.predicate} ({r.rule}): subject {r.subject} is not an entity here"
        assert r.predicate == "holdsPost" or r.object in entities, (
            f"{r.predicate} ({r.rule}): object {r.object}"
        )
        assert 0 < r.confidence <= 1, (r.rule, r.confidence)
    if x.metadata.signer:
        _holds(text, x.metadata.signer, "signer")
    for asker in x.metadata.askers:
        _holds(text, asker.name, "asker")
        if asker.party:
            _holds(text, asker.party, "asker's party")
    assert x.signer is None or x.signer in entities, f"signer {x.signer} is not an entity here"
