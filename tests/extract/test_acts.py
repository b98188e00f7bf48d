"""EU acts through the whole extraction: one entity per act number in every document, the title as
a label of it, and the amendments its title states. Documents written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from beleidsgraaf.extract.extractor import Extractor
from beleidsgraaf.extract.readers import read

HEADER = "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 2 juni 2031\n\n"
FIRST = HEADER + (
    "Richtlijn (EU) 2030/7 van het Europees Parlement en de Raad van 1 maart 2030 inzake duurzame "
    "havens en tot wijziging van Richtlijn 2013/34/EU en Verordening (EU) 2019/452 is van kracht.\n\n"
    "De Commissie presenteerde het Voorstel voor een verordening van het Europees Parlement en de Raad "
    "inzake veilige havens en tot intrekking van Richtlijn (EU) 2030/7 (COM(2031) 12).\n"
)
SECOND = HEADER + "Nederland steunt het voorstel COM (2031) 12 final, dat richtlijn 2030/7 vervangt.\n"


@pytest.fixture(scope="module")
def extractions(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("docs")
    extractor = Extractor()
    out = []
    for name, text in (("eerste.txt", FIRST), ("tweede.txt", SECOND)):
        (folder / name).write_text(text, encoding="utf-8")
        out.append(extractor.extract(read(folder / name)))
    return out


def _entity(x, surface: str):
    ids = {m.entity_id for m in x.mentions if m.surface == surface}
    assert len(ids) == 1, (surface, ids)
    return x.entities[ids.pop()]


def test_an_act_number_is_one_iri_across_documents(extractions) -> None:
    first, second = extractions
    assert _entity(first, "Richtlijn (EU) 2030/7").id == _entity(second, "richtlijn 2030/7").id
    assert _entity(first, "COM(2031) 12").id == _entity(second, "COM (2031) 12 final").id


def test_number_and_title_are_labels_of_one_act(extractions) -> None:
    act = _entity(extractions[0], "Richtlijn (EU) 2030/7")
    assert act.id == _entity(extractions[0], "inzake duurzame havens").id
    assert {
        "Richtlijn (EU) 2030/7",
        "Richtlijn inzake duurzame havens en tot wijziging van Richtlijn 2013/34/EU "
        "en Verordening (EU) 2019/452",
    } <= {act.pref_label, *act.alt_labels}
    proposal = _entity(extractions[0], "COM(2031) 12")
    assert any(
        label.startswith("Voorstel voor een verordening")
        for label in proposal.alt_labels | {proposal.pref_label}
    )


def test_an_act_in_the_vocabulary_keeps_its_iri(extractions) -> None:
    assert _entity(extractions[0], "Verordening (EU) 2019/452").in_vocabulary


def test_what_a_title_amends_or_repeals(extractions) -> None:
    x = extractions[0]
    found = {
        (x.entities[r.subject].pref_label, r.rule, x.entities[r.object].id)
        for r in x.relations
        if r.predicate == "amends"
    }
    act, proposal = _entity(x, "Richtlijn (EU) 2030/7"), _entity(x, "COM(2031) 12")
    assert {(s, rule, o) for s, rule, o in found} >= {
        (act.pref_label, "acts.title-amends", _entity(x, "Richtlijn 2013/34/EU").id),
        (act.pref_label, "acts.title-amends", _entity(x, "Verordening (EU) 2019/452").id),
        (proposal.pref_label, "acts.title-repeals", act.id),
    }


def test_one_type_per_name_in_a_document(tmp_path: Path) -> None:
    text = HEADER + (
        "Het kabinet zet het programma Kade Kansen voort.\n\n"
        "Ondernemers krijgen advies uit het programma Kade Kansen.\n"
    )
    (tmp_path / "brief.txt").write_text(text, encoding="utf-8")
    x = Extractor().extract(read(tmp_path / "brief.txt"))
    assert {(e.type, e.pref_label) for e in x.entities.values() if "Kade" in e.pref_label} == {
        ("Instrument", "Kade Kansen")
    }


def test_a_new_version_of_an_act_is_another_act_that_amends_it(tmp_path: Path) -> None:
    text = HEADER + (
        "De Commissie wil het Havenwetboek van de Unie hervormen.\n\n"
        "Zij presenteerde de Verordening nieuw Havenwetboek van de Unie.\n"
    )
    (tmp_path / "brief.txt").write_text(text, encoding="utf-8")
    x = Extractor().extract(read(tmp_path / "brief.txt"))
    old, new = _entity(x, "Havenwetboek van de Unie"), _entity(x, "Verordening nieuw Havenwetboek van de Unie")
    assert old.id != new.id
    assert {(r.subject, r.object, r.rule) for r in x.relations if r.predicate == "amends"} == {
        (new.id, old.id, "acts.renews")
    }


def test_the_parties_an_agreement_joins_are_mentions_of_their_own(tmp_path: Path) -> None:
    text = HEADER + "De Raad besprak het EU-Japan handelsakkoord en het EU-Mercosur-akkoord.\n"
    (tmp_path / "brief.txt").write_text(text, encoding="utf-8")
    x = Extractor().extract(read(tmp_path / "brief.txt"))
    parties = {
        (m.surface, x.entities[m.entity_id].core_type) for m in x.mentions if m.rule == "policies.agreement-parties"
    }
    assert parties == {("EU", "Organisation"), ("Japan", "Country"), ("Mercosur", "Organisation")}
    assert all(text[m.start : m.end] == m.surface for m in x.mentions)
    assert {"EU-Japan handelsakkoord", "EU-Mercosur-akkoord"} <= {m.surface for m in x.mentions}


def test_a_known_name_and_another_joined_by_en_are_two_names(tmp_path: Path) -> None:
    text = HEADER + "De Europese Centrale Bank en Havenstat publiceerden cijfers.\n"
    (tmp_path / "brief.txt").write_text(text, encoding="utf-8")
    x = Extractor().extract(read(tmp_path / "brief.txt"))
    assert "Europese Centrale Bank" in {m.surface for m in x.mentions}
    assert not [m for m in x.mentions if " en " in m.surface]
