"""Every named query works on a compact store (offsets, no words): the rows of a full build of the
same documents, but for the columns a compact store leaves empty (the words of a mention or its
sentence), and the offsets in the rows give those words back from the text."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from beleidsgraaf.extract.readers import read
from beleidsgraaf.graph.store import GraphStore
from beleidsgraaf.queries import library
from beleidsgraaf.queries.local import run_local

#: the columns whose values are words of the text, which a compact store does not keep
WORDS = {"evidence", "surface"}


def rows(store: Path, name: str) -> tuple[list[str], list[list[str | None]]]:
    results = run_local(GraphStore(store, read_only=True), library()[name])
    return results.variables, results.rows


@pytest.mark.parametrize("name", sorted(library()))
def test_every_named_query_gives_the_full_builds_rows(name: str, seeds_store: Path, compact_store: Path) -> None:
    columns, full = rows(seeds_store, name)
    compact_columns, compact = rows(compact_store, name)
    assert compact_columns == columns
    keep = [i for i, c in enumerate(columns) if c not in WORDS]

    def without_words(table: list[list[str | None]]) -> Counter:
        return Counter(tuple(row[i] for i in keep) for row in table)

    assert without_words(compact) == without_words(full)
    assert len(full) > 0 or name in {"party-members-questions"}, f"{name}: no rows on the seeds"
    for i, column in enumerate(columns):
        if column in WORDS:
            assert all(row[i] is None for row in compact), f"{name}.{column} has words in a compact store"


def test_the_offsets_give_the_words_back(seeds: Path, compact_store: Path, seeds_store: Path) -> None:
    columns, full = rows(seeds_store, "mentions-of-entity")
    _, compact = rows(compact_store, "mentions-of-entity")
    assert full and len(full) == len(compact)
    at = {c: i for i, c in enumerate(columns)}
    for row in compact:
        text = read(seeds / row[at["file"]]).text
        words = text[int(row[at["start"]]) : int(row[at["end"]])]
        assert any(
            f[at["surface"]] == words and f[at["start"]] == row[at["start"]] and f[at["file"]] == row[at["file"]]
            for f in full
        )
