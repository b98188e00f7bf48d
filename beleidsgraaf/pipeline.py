"""Documents → extract → graph: the build that joins the parts, incremental by content hash."""

from __future__ import annotations

import hashlib
import importlib.metadata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from beleidsgraaf.extract.errors import BeleidsgraafError, ReadError
from beleidsgraaf.extract.extractor import Extractor
from beleidsgraaf.extract.readers import iter_files, read
from beleidsgraaf.graph.rdf import graph_iri, to_quads
from beleidsgraaf.graph.store import GraphStore
from beleidsgraaf.settings import Settings


def extraction_key(store: GraphStore, settings: Settings) -> str:
    """What an extraction depends on besides the document: the project's version, the vocabulary
    and the spaCy pipeline. A change in any of them re-extracts documents whose bytes did not change."""
    try:
        version = importlib.metadata.version("beleidsgraaf")
    except importlib.metadata.PackageNotFoundError:
        version = "unknown"
    parts = f"{version}|{store.vocabulary_digest()}|{settings.spacy_model or 'blank:nl'}"
    return hashlib.sha256(parts.encode()).hexdigest()[:16]


@dataclass
class BuildReport:
    stored: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)


def build(
    inputs: Iterable[Path],
    store: GraphStore,
    settings: Settings | None = None,
    progress: Callable[[Iterable[Path]], Iterable[Path]] = lambda it: it,
) -> BuildReport:
    """Read, extract and store every input; a failing input is reported and the rest go on.

    Unchanged documents (same content hash, same extraction set-up) are skipped; a changed one
    replaces its graph whole.
    """
    report = BuildReport()
    settings = settings or Settings()
    store.sync_vocabulary()
    setup = extraction_key(store, settings)
    extractor: Extractor | None = None
    seen: dict[str, Path] = {}
    for path in progress(list(iter_files(inputs))):
        try:
            source = read(path)
            graph = graph_iri(source.file_name)
            if graph.value in seen:
                raise BeleidsgraafError(
                    f"same document graph as {seen[graph.value]}: file names must be unique"
                )
            seen[graph.value] = path
            stored_name = store.file_name(graph)
            if stored_name not in (None, source.file_name):
                raise BeleidsgraafError(
                    f"the store holds {stored_name!r} under the same name; rename one of them"
                )
            if store.content_hash(graph) == source.content_hash and store.extracted_with(graph) == setup:
                report.unchanged.append(path)
                continue
            extractor = extractor or Extractor(settings.spacy_model)
            store.replace_graph(graph, to_quads(extractor.extract(source), setup))
            report.stored.append(path)
        except ReadError as exc:
            report.failed.append((path, exc.reason))
        except BeleidsgraafError as exc:
            report.failed.append((path, str(exc)))
        except Exception as exc:  # a bug on one document must not cost the rest of the batch
            report.failed.append((path, f"internal error, please report: {type(exc).__name__}: {exc}"))
    if report.stored:
        store.refresh_labels()
    store.flush()
    return report
