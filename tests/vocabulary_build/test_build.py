"""The generated vocabulary: reproducible from ../shared/lists; identifiers only where a source has them."""

from __future__ import annotations

import re
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import SKOS

from beleidsgraaf.ontology import BG, VOCABULARY_DIR, WD
from vocabulary_build.build import build, eli_of
from vocabulary_build.builder import read_tsv


def test_vocabulary_regenerates_byte_identical(lists: Path, tmp_path: Path) -> None:
    build(lists, tmp_path)
    built = sorted(p.name for p in tmp_path.glob("*.ttl"))
    committed = sorted(p.name for p in VOCABULARY_DIR.glob("*.ttl"))
    assert built == committed
    stale = [name for name in built if (tmp_path / name).read_bytes() != (VOCABULARY_DIR / name).read_bytes()]
    assert not stale, f"run build_vocabulary and commit: {stale} differ"


def test_build_is_deterministic(lists: Path, tmp_path: Path) -> None:
    build(lists, tmp_path / "a")
    build(lists, tmp_path / "b")
    for path in sorted((tmp_path / "a").glob("*.ttl")):
        assert path.read_bytes() == (tmp_path / "b" / path.name).read_bytes(), path.name


def test_every_wikidata_id_comes_from_a_list_file(vocabulary: Graph, lists: Path) -> None:
    in_lists = set(re.findall(r"\bQ[1-9][0-9]*\b", "".join(p.read_text() for p in lists.glob("*.tsv"))))
    matches = [str(o) for o in vocabulary.objects(None, SKOS.exactMatch)]
    used = {m.removeprefix(str(WD)) for m in matches if m.startswith(str(WD))}
    assert used, "the lists give Wikidata ids for cabinets, members and parties"
    assert used <= in_lists, sorted(used - in_lists)


def test_a_wikidata_id_names_one_term(vocabulary: Graph) -> None:
    seen: dict[URIRef, URIRef] = {}
    for term, match in vocabulary.subject_objects(SKOS.exactMatch):
        assert seen.setdefault(match, term) == term, (match, seen[match], term)


def test_eu_acts_have_eli_and_celex_exactly_when_verified(vocabulary: Graph, lists: Path) -> None:
    matches = {str(o) for o in vocabulary.objects(None, SKOS.exactMatch)}
    for row in read_tsv(lists / "eu_legislation_celex.tsv"):
        celex = f"http://publications.europa.eu/resource/celex/{row['celex']}"
        eli = eli_of(row["act_or_com_number"])
        verified = row["verification"].startswith("verified")
        assert (celex in matches) == verified, row["short_name"]
        if eli is not None:
            assert (str(eli) in matches) == verified, row["short_name"]
            if verified:
                assert f"ELI {eli}" in row["publication"]


def test_eli_from_act_number() -> None:
    assert eli_of("Richtlijn (EU) 2024/1760") == URIRef("http://data.europa.eu/eli/dir/2024/1760/oj")
    assert eli_of("Verordening (EU) nr. 995/2010") == URIRef("http://data.europa.eu/eli/reg/2010/995/oj")
    assert eli_of("COM(2022) 71 final; procedure 2022/0051(COD)") is None


def test_only_identifiers_of_known_registries(vocabulary: Graph) -> None:
    allowed = (str(WD), "http://data.europa.eu/eli/", "http://publications.europa.eu/resource/celex/")
    assert all(str(o).startswith(allowed) for o in vocabulary.objects(None, SKOS.exactMatch))
    assert not list(vocabulary.subject_objects(BG.kamerstuk))
