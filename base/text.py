"""The project's text normalisation, one place for every part: the accent- and case-insensitive
form names are compared in, and the ASCII slug instance IRIs end in.

Every comparison of names (resolution, the vocabulary's variants, gold matching) and every slug
goes through `without_marks`, so that "Oekraïne", "Oekraine" and "OEKRAÏNE" agree everywhere.
"""

from __future__ import annotations

import re
import unicodedata

#: letters that NFKD does not decompose into ASCII plus a combining mark
_TRANSLITERATE = str.maketrans(
    {"ß": "ss", "æ": "ae", "ø": "o", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"}
)
_NON_SLUG = re.compile(r"[^a-z0-9]+")


def without_marks(text: str) -> str:
    """`text` in compatibility decomposition with its combining marks dropped ("ï" → "i")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold(text: str) -> str:
    """Case- and accent-insensitive form for matching ("Oekraïne" = "oekraine")."""
    if text.isascii():  # most names: nothing to decompose
        return text.casefold()
    return without_marks(text).casefold()


def strip_diacritics(text: str) -> str:
    """'Oekraïne' -> 'Oekraine': the variant that plain-ASCII text uses, case kept."""
    return unicodedata.normalize("NFC", without_marks(text))


def slugify(text: str) -> str:
    """The local part of an instance IRI: lowercase ASCII, diacritics dropped, other runs to '-'.

    One function for the vocabulary and for new entities, so that the same name always gives the
    same IRI (``"Oekraïne"`` -> ``"oekraine"``, ``"Kabinet-Rutte IV"`` -> ``"kabinet-rutte-iv"``).
    """
    return _NON_SLUG.sub("-", without_marks(text.lower().translate(_TRANSLITERATE))).strip("-")
