"""The grammar of Dutch personal names, on names written for the test: what the rules find in
running text, what the metadata reads on a signature line, and the particles the lists' names
are split by."""

from __future__ import annotations

import re

import pytest

from beleidsgraaf.base.names import FULL_NAME, PARTICLE_GROUPS, PARTICLES, SURNAME, TITLES, signed_name


def test_every_particle_group_is_made_of_particles() -> None:
    assert {word for group in PARTICLE_GROUPS for word in group.split()} <= PARTICLES


@pytest.mark.parametrize(
    "name",
    ["A. de Vries", "S.A.M. Kaag", "J. A. de Vries", "Ard van der Steur", "Sophie in ’t Veld", "Van der Staaij"],
)
def test_a_full_name_in_running_text(name: str) -> None:
    found = re.search(FULL_NAME, f"volgens {name}, die")
    assert found and found.group() == name


@pytest.mark.parametrize("name", ["In het Veld", "De Jonge", "Ten Broeke", "Van ’t Wout"])
def test_a_family_name_standing_alone_capitalises_its_particle(name: str) -> None:
    assert re.fullmatch(SURNAME, name)


@pytest.mark.parametrize(
    "name",
    ["mr. drs. Clémence Ross-van Dorp", "Drs. A. de Vries", "Aukje de Vries", "Van der Wal-Zeggelink", "’t Hart"],
)
def test_a_signed_name_after_its_titles(name: str) -> None:
    assert re.fullmatch(TITLES + signed_name(r"[ \t]+"), name)


def test_a_preposition_is_no_particle_in_running_text() -> None:
    assert re.fullmatch(FULL_NAME, "Kaag in Brussel") is None
    assert re.fullmatch(FULL_NAME, "Sophie in ’t Veld")
