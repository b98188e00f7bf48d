"""Dutch personal names: the one grammar of the project. The rules find names in running text with
it, the metadata extractors read signers and askers with it, and the vocabulary's build tool splits
the names of its lists with its particles.

A Dutch name is initials or given names, then the family name, which may start with lower-case
particles ("A. de Vries", "Ard van der Steur", "Sophie in 't Veld"), capitalise them when it stands
alone ("Van der Staaij", "De Jonge"), and be double, with or without a hyphen ("Hennis-Plasschaert",
"Ross-van Dorp", "Schultz van Haegen"). Every pattern here is a regular-expression fragment without
groups, to be composed.
"""

from __future__ import annotations

#: capitals and small letters of Dutch names, Latin-1 and Latin Extended-A ("Yeşilgöz", "Łukasz",
#: "Šefčovič"; the extended block alternates capital and small, so all of it counts as small)
UPPER = "A-ZÀ-ÖØ-ÞĆČĐŁŚŞŠŻŽ"
LOWER = "a-zß-öø-ÿ\u0100-\u017f"
APOSTROPHE = "['’]"

#: Lower-case words that start a Dutch (or Belgian, French, German) family name.
PARTICLES = frozenset(
    {
        "van",
        "de",
        "der",
        "den",
        "het",
        "ten",
        "ter",
        "te",
        "'t",
        "'s",
        "s'",
        "in",
        "op",
        "la",
        "le",
        "du",
        "d'",
        "von",
        "zu",
        "del",
        "da",
        "di",
        "dos",
        "das",
        "vande",
        "vanden",
        "vander",
    }
)
#: the particles, alone or in the groups they form, that stand between a given name (or initials)
#: and the family name in Dutch text, longest first so that "van der" is not read as "van"
PARTICLE_GROUPS = (
    "van der",
    "van den",
    "van de",
    "van het",
    "van 't",
    "in 't",
    "in het",
    "op de",
    "von der",
    "von",
    "van",
    "de",
    "den",
    "der",
    "ten",
    "ter",
    "te",
    "'t",
    "d'",
)

def _alternation(groups: tuple[str, ...]) -> str:
    """The groups as one alternative, any blanks between their words, either apostrophe."""
    return "(?:" + "|".join(g.replace(" ", "[ \t]+").replace("'", APOSTROPHE) for g in groups) + ")"


#: a particle or particle group as written inside a name: "de", "van der", "in 't"
PARTICLE = _alternation(PARTICLE_GROUPS)
#: the same, capitalised where a bare family name starts: "Van den Hul", "De Vries", "Ten Broeke"
CAPITALISED_PARTICLE = _alternation(tuple(group[:1].upper() + group[1:] for group in PARTICLE_GROUPS))

#: "S.A.M.", "A.", "Th.", "J.P.", and as signature lines space them, "J. A."
INITIALS = rf"(?:[{UPPER}][{LOWER}]?\.(?:[ \t\xa0](?=[{UPPER}][{LOWER}]?\.))?){{1,6}}"
#: a capitalised name word, possibly double-barrelled ("Schultz-Geesteranus", "Kuzu", "O’Sullivan")
NAME_WORD = (
    rf"[{UPPER}](?:{APOSTROPHE}[{UPPER}])?[{LOWER}]+(?:{APOSTROPHE}[{UPPER}]?[{LOWER}]+)?"
    rf"(?:-[{UPPER}][{LOWER}]+)*"
)
#: academic titles before a name, which are not part of it: "mr. dr.", "Drs."
TITLES = r"(?:(?i:mr|dr|drs|ir|ing|prof|ds)\.[ \t\xa0]*)*"

#: a family name as written without a given name: "Hijink", "Van den Hul", "De Vries"
SURNAME = rf"(?:{CAPITALISED_PARTICLE}[ \t]+)?{NAME_WORD}"
#: a full name in running text: optional given name or initials, optional particles, family name
FULL_NAME = (
    rf"(?:(?:{INITIALS}[ \t]*|{NAME_WORD}[ \t]+)(?:{PARTICLE}[ \t]+)?{NAME_WORD}"
    rf"|{SURNAME})"
)
#: two or more capitalised words ("Wang Yi", "Sigrid Kaag"), for foreign names in apposition
CAPITALISED_NAME = rf"{NAME_WORD}(?:[ \t]+(?:{PARTICLE}[ \t]+)?{NAME_WORD}){{1,3}}"


def signed_name(sep: str) -> str:
    """A name as it stands on a signature line or after a title: initials or a given name, then up
    to four more particles and name words, ending in a name word ("A. de Vries", "S.A.M. Kaag",
    "Aukje de Vries", "Van der Wal-Zeggelink", "Ross-van Dorp"), or a family name that starts with
    an apostrophe ("'t Hart", "in 't Veld").

    `sep` is the separator between words: `[ \\t]+` inside one line, `\\s+` across lines.
    """
    word = rf"(?:{PARTICLE}|{NAME_WORD}(?:-{PARTICLE})?)"
    apostrophe_start = rf"(?:(?:[Ii]n[ \t\xa0]+)?{APOSTROPHE}t[ \t\xa0]+)"
    return (
        rf"(?:(?:{INITIALS}[ \t\xa0]*|{NAME_WORD}{sep})(?:{word}{sep}){{0,4}}{NAME_WORD}"
        rf"|{apostrophe_start}?{NAME_WORD})"
    )
