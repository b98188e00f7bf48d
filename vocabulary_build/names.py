"""Dutch personal names and titles, for building the vocabulary from name lists.

Dutch family names keep their particles ("de Vries", "van der Steur", "ter Horst"), and double
family names exist with and without hyphen ("Ross-van Dorp", "Schultz van Haegen"). The lists give a
full name and the initials; the initials tell where the given names end when the full name spells
all of them, and the particles tell it otherwise.
"""

from __future__ import annotations

import re

from beleidsgraaf.base.names import PARTICLES

#: Words kept lower case inside a title-cased ministry or post name.
_LOWER_IN_TITLE = frozenset({"en", "van", "voor", "de", "der", "het", "op", "in"})


def initials_tokens(initials: str) -> list[str]:
    """'J.Th.M.' -> ['J', 'Th', 'M']: one token per given name."""
    return [t for t in (part.strip() for part in initials.split(".")) if t]


def _starts_family(word: str) -> bool:
    """True for a particle ('van') or a hyphenated double name with a particle ('Ross-van')."""
    parts = word.lower().split("-")
    return parts[0] in PARTICLES or any(p in PARTICLES for p in parts[1:])


def _split_by_initials(words: list[str], tokens: list[str]) -> int | None:
    """Index where the family name starts, when the leading words spell exactly the initials."""
    i = 0
    pending = list(tokens)
    for index, word in enumerate(words[:-1]):
        for part in word.split("-"):
            if not pending or not part.lower().startswith(pending[0].lower()):
                return None
            pending.pop(0)
        i = index + 1
        if not pending:
            break
    if pending or i == 0 or words[-1].lower() in PARTICLES:
        return None
    return i


def split_name(
    full_name: str, initials: str = "", family_names: dict[str, str] | None = None
) -> tuple[str, str]:
    """(given names, family name) of a Dutch full name such as 'Aart Jan de Geus' -> ('Aart Jan', 'de Geus').

    ``family_names`` overrides the rule for names it cannot see ('Marlies Veldhuijzen van Zanten').
    """
    words = full_name.split()
    if family_names and full_name in family_names:
        family = family_names[full_name]
        return full_name[: len(full_name) - len(family)].strip(), family
    if len(words) < 2:
        return "", full_name.strip()
    start = _split_by_initials(words, initials_tokens(initials)) if initials else None
    if start is None:
        start = next((i for i in range(1, len(words)) if _starts_family(words[i])), len(words) - 1)
    return " ".join(words[:start]), " ".join(words[start:])


def normalise_initials(initials: str) -> str:
    """'S.A.M' / 'S. A. M.' -> 'S.A.M.'; '' stays ''."""
    tokens = initials_tokens(initials)
    return "".join(f"{t}." for t in tokens)


def title_case(phrase: str) -> str:
    """'volksgezondheid, welzijn en sport' -> 'Volksgezondheid, Welzijn en Sport' (Dutch title style)."""
    words = phrase.split()
    out = []
    for i, word in enumerate(words):
        bare = word.rstrip(",")
        if i > 0 and bare in _LOWER_IN_TITLE:
            out.append(word)
        else:
            out.append(word[:1].upper() + word[1:])
    return " ".join(out)


_SPACES = re.compile(r"\s+")


def clean(text: str) -> str:
    """Collapse white space (the lists contain double spaces)."""
    return _SPACES.sub(" ", text).strip()
