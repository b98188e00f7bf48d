"""One document in, its graph out as N-Quads: the unit of work that a process pool or a Dask worker
runs. N-Quads bytes cross process boundaries cheaply and are what shards hold."""

from __future__ import annotations

import ctypes
import ctypes.util
import hashlib
import importlib.metadata
import json
import os
import signal
import stat
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pyoxigraph import RdfFormat, serialize

from beleidsgraaf.base.errors import BeleidsgraafError, ReadError, describe
from beleidsgraaf.extract.components import NER_MODEL
from beleidsgraaf.extract.extractor import Extractor
from beleidsgraaf.extract.nlp import pipeline_id
from beleidsgraaf.extract.readers import read
from beleidsgraaf.extract.sources.manifest import record_for
from beleidsgraaf.extract.sources.record import SourceRecord
from beleidsgraaf.graph.rdf import graph_iri, to_quads
from beleidsgraaf.ontology.vocabulary import vocabulary_digest
from beleidsgraaf.settings import Settings


def extraction_key(settings: Settings) -> str:
    """What an extraction depends on besides the document: the project's version, the vocabulary,
    the spaCy pipeline (name, version and a digest of its files), the project's NER when it is on
    (the same), and the mode. A change in any of them re-extracts documents whose bytes did not
    change."""
    try:
        version = importlib.metadata.version("beleidsgraaf")
    except importlib.metadata.PackageNotFoundError:
        version = "unknown"
    mode = "compact" if settings.compact else "full"
    parts = f"{version}|{vocabulary_digest()}|{pipeline_id(settings.spacy_model)}|{mode}"
    if settings.ner:  # the project's NER: a retrained one re-extracts too
        parts += f"|ner:{pipeline_id(str(NER_MODEL))}"
    return hashlib.sha256(parts.encode()).hexdigest()[:16]


#: prctl(2) option: the signal a process gets when its parent dies
PR_SET_PDEATHSIG = 1


@dataclass(frozen=True)
class DocumentResult:
    """What became of one input file: its graph as N-Quads, or the one-line reason it has none."""

    path: Path
    graph: str
    nquads: bytes = b""
    triples: int = 0
    error: str | None = None


@cache
def _extractor(spacy_model: str | None, ner: bool = False) -> Extractor:
    """One extractor per process: the pipeline and the vocabulary index take seconds to build."""
    return Extractor(spacy_model, ner=ner)


def document_key(setup: str, record: SourceRecord | None) -> str:
    """The extraction key of one document: the set-up, and the publisher's record when it has one
    (a record corrected at the source re-extracts a document whose bytes did not change)."""
    if record is None:
        return setup
    data = json.dumps(record.to_json(), sort_keys=True, ensure_ascii=False, default=str)
    return f"{setup}-{hashlib.sha256(data.encode()).hexdigest()[:8]}"


def extract_document(path: Path, settings: Settings, setup: str) -> DocumentResult:
    """Read and extract one file; never raises, so that one bad file cannot stop a batch."""
    graph = graph_iri(path.name).value
    try:
        record = record_for(path)
        extraction = _extractor(settings.spacy_model, settings.ner).extract(read(path), record)
        quads = to_quads(extraction, document_key(setup, record), compact=settings.compact)
        return DocumentResult(path, graph, serialize(quads, format=RdfFormat.N_QUADS), len(quads))
    except ReadError as exc:
        return DocumentResult(path, graph, error=exc.reason)
    except BeleidsgraafError as exc:
        return DocumentResult(path, graph, error=str(exc))
    except Exception as exc:  # a bug on one document must not cost the rest of the batch
        return DocumentResult(path, graph, error=f"internal error, please report: {describe(exc)}")


def extract_batch(paths: list[Path], settings: Settings, setup: str) -> list[DocumentResult]:
    """Several documents per task, so that scheduling costs little next to extraction."""
    return [extract_document(p, settings, setup) for p in paths]


def unique_graphs(files: list[Path]) -> tuple[list[Path], list[tuple[Path, str]]]:
    """The files to extract, and the later ones that would share a document graph with an earlier
    one (graphs are named after file names) with the reason they fail."""
    seen: dict[str, Path] = {}
    kept, clashes = [], []
    for path in files:
        graph = graph_iri(path.name).value
        if graph in seen:
            clashes.append((path, f"same document graph as {seen[graph]}: file names must be unique"))
        else:
            seen[graph] = path
            kept.append(path)
    return kept, clashes


def die_with_parent(parent: int) -> None:
    """Worker initializer: end this process when the build that started it ends, even by SIGKILL
    (Linux's parent-death signal), instead of extracting on as an orphan."""
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before the signal was set up
        os._exit(1)


def file_hash(path: Path) -> str | None:
    """The content hash `read` would give, without parsing; None when the file cannot be read or is
    not a regular file (a FIFO would block, /dev/zero never end): the extraction then says why."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError:
        return None
    with os.fdopen(fd, "rb") as f:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        try:
            return hashlib.file_digest(f, "sha256").hexdigest()
        except OSError:
            return None
