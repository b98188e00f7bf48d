"""One document through the whole extraction: resolution across name variants, acronyms and roles."""

from __future__ import annotations

from pathlib import Path

import pytest

from beleidsgraaf.extract.extractor import Extractor
from beleidsgraaf.extract.readers import read

LETTER = """Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 4 maart 2024

Hierbij informeer ik uw Kamer over de Stichting Voorbeeldfonds Zuid (SVZ). De SVZ werkt samen met
de Rijksdienst voor Ondernemend Nederland. Zoals de staatssecretaris eerder schreef, is de
Stichting Voorbeeldfonds Zuid opgericht in 2020. Ook staatssecretaris Van der Berg sprak daarover.

De Staatssecretaris van Buitenlandse Zaken,
J.K. van der Berg
"""


@pytest.fixture(scope="module")
def extraction(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("doc") / "brief.txt"
    path.write_text(LETTER, encoding="utf-8")
    return Extractor().extract(read(path))


def _entity_of(x, surface: str) -> str:
    ids = {m.entity_id for m in x.mentions if m.surface == surface}
    assert len(ids) == 1, (surface, ids)
    return ids.pop()


def test_acronym_and_its_definition_are_one_entity(extraction) -> None:
    svz = _entity_of(extraction, "SVZ")
    assert svz == _entity_of(extraction, "Stichting Voorbeeldfonds Zuid")
    assert extraction.entities[svz].pref_label == "Stichting Voorbeeldfonds Zuid"
    assert sum(m.entity_id == svz for m in extraction.mentions) == 4


def test_person_name_variants_and_the_bare_role_are_the_signer(extraction) -> None:
    signer = extraction.signer
    assert signer and _entity_of(extraction, "J.K. van der Berg") == signer
    assert _entity_of(extraction, "Van der Berg") == signer
    roles = [m for m in extraction.mentions if m.rule == "resolve.bare-role"]
    assert [(m.surface, m.entity_id) for m in roles] == [("staatssecretaris", signer)]
    assert roles[0].sentence.text.startswith("Zoals de staatssecretaris eerder schreef")


def test_context_resolves_uw_kamer_to_the_house(extraction) -> None:
    assert (
        extraction.entities[_entity_of(extraction, "Kamer")].pref_label == "Tweede Kamer der Staten-Generaal"
    )


def test_every_mention_points_at_its_surface(extraction) -> None:
    text = extraction.source.text
    for m in extraction.mentions:
        assert text[m.start : m.end] == m.surface
        assert m.sentence.start <= m.start and m.end <= m.sentence.end
        assert text[m.sentence.start : m.sentence.end] == m.sentence.text


def test_holds_post_from_the_signature(extraction) -> None:
    (rel,) = [r for r in extraction.relations if r.predicate == "holdsPost"]
    assert rel.subject == extraction.signer
    assert rel.object == "Staatssecretaris van Buitenlandse Zaken"
    assert "J.K. van der Berg" in rel.evidence.text


def test_reading_then_extracting_an_example_file_is_deterministic() -> None:
    path = Path(__file__).resolve().parents[2] / "examples" / "kamerbrief-exportkredietverzekering.txt"
    a, b = Extractor().extract(read(path)), Extractor().extract(read(path))
    assert [(m.start, m.end, m.entity_id) for m in a.mentions] == [
        (m.start, m.end, m.entity_id) for m in b.mentions
    ]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a fiche's field wrapped after "van": the line break ends a sentence inside the name
        ("Eerstverantwoordelijk ministerie\nMinisterie van\nJustitie en Veiligheid\n", "Ministerie van\nJustitie en Veiligheid"),
        # a table's tab ends a sentence too (found by tests/extract/readers/test_properties.py)
        ("A\tSTICHTING", "A\tSTICHTING"),
    ],
)
def test_a_name_across_a_sentence_boundary_has_evidence_that_holds_it(tmp_path: Path, text: str, surface: str) -> None:
    path = tmp_path / "fiche.txt"
    path.write_text(text, encoding="utf-8")
    mentions = [m for m in Extractor().extract(read(path)).mentions if m.surface == surface]
    assert mentions
    for m in mentions:
        assert m.sentence.start <= m.start and m.end <= m.sentence.end
        assert surface in m.sentence.text
