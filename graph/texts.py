"""The documents' own text, for the evidence a compact store keeps as offsets only.

A compact build (`build --compact`) stores `bg:start`/`bg:end` but no sentence (`bg:evidence`) and
no surface form; the text stays in the corpus, where `beleidsgraaf text FILE` reads it. `Texts` finds
a stored document's file by name in the folders given, checks that it is the file the store was
built from (its `bg:contentHash`), and gives back what a full build would have stored: the span an
assertion points at, and the sentence a mention stands in, segmented by extraction's own
sentencizer so that the sentences are the same.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from beleidsgraaf.base.errors import BeleidsgraafError
from beleidsgraaf.extract.nlp import build_pipeline, parse, sentence_spans
from beleidsgraaf.extract.readers import iter_files, read
from beleidsgraaf.extract.resolve import sentence_at


@dataclass
class Text:
    """One document's text, with its sentences as extraction segmented them."""

    text: str

    @cached_property
    def _sentences(self) -> tuple[list[tuple[int, int]], list[int]]:
        nlp = build_pipeline()
        spans: list[tuple[int, int]] = []
        with nlp.select_pipes(enable=["bg_sentencizer"]):
            for offset, doc in parse(nlp, self.text):
                spans += sentence_spans(self.text, offset, doc)
        return spans, [s for s, _ in spans]

    def span(self, start: int, end: int) -> str:
        """What an assertion's offsets point at: its evidence."""
        return self.text[start:end]

    def sentence(self, start: int, end: int) -> str:
        """The sentence a mention at these offsets stands in (its surface when none holds it), as a
        full build stores it in the mention's `bg:evidence`."""
        spans, starts = self._sentences
        return sentence_at(self.text, spans, starts, start, end).text or self.text[start:end]


@dataclass
class Texts:
    """The texts of the documents in `folders`, found by file name and checked by content hash.

    `missing` says, per file name asked for and not given, why: not in the folders, changed since
    the build, or unreadable."""

    folders: tuple[Path, ...] = ()
    missing: dict[str, str] = field(default_factory=dict)
    _found: dict[str, Text] = field(default_factory=dict)

    @cached_property
    def _paths(self) -> dict[str, Path]:
        paths: dict[str, Path] = {}
        for path in iter_files(self.folders):
            paths.setdefault(path.name, path)
        return paths

    @classmethod
    def of(cls, folders: Iterable[Path]) -> Texts:
        folders = tuple(folders)
        for folder in folders:
            if not folder.exists():
                raise BeleidsgraafError(f"{folder}: no such file or folder", parameter="corpus")
        return cls(folders)

    def get(self, file_name: str, content_hash: str) -> Text | None:
        """The text of `file_name` when it is the file the store was built from, else None."""
        if file_name in self._found:
            return self._found[file_name]
        if file_name in self.missing:
            return None
        path = self._paths.get(file_name)
        if path is None:
            self.missing[file_name] = "not in the corpus folders" if self.folders else "no corpus given"
            return None
        try:
            source = read(path)
        except BeleidsgraafError as exc:
            self.missing[file_name] = f"unreadable ({exc})"
            return None
        if content_hash and source.content_hash != content_hash:
            self.missing[file_name] = f"{path} has changed since the build (its content hash differs)"
            return None
        self._found[file_name] = Text(source.text)
        return self._found[file_name]
