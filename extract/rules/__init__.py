"""Named extraction rules, one module per family.

A rule is a function from text to `Candidate`s; it is registered under a name such as
`persons.role-name`, and that name travels with every mention and assertion it produces, so a
researcher can see which rule made which claim. A new rule is one decorated function plus one test.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

#: the prefix of a group whose entity is identified by the name after it (see `resolve`)
KEY = "key:"


@dataclass(frozen=True)
class Candidate:
    """A possible entity mention. Offsets are characters in the Doc it was found in.

    `group` ties candidates that name one thing (an acronym and its definition; a group named
    `KEY` + name is identified by that name, as an EU act by its number); `iri` is set when
    the candidate is a vocabulary term; `canonical` is the full name when the text uses a short or
    elliptic form ("de Raad" in an EU context, "metaalsector" in "… voor de natuursteen- en de
    metaalsector").
    """

    start: int
    end: int
    label: str
    rule: str
    iri: str = ""
    group: str = ""
    canonical: str = ""

    def shifted(self, offset: int) -> Candidate:
        """The candidate in a text in which its own starts at `offset` (built directly: `replace`
        costs three times as much, for every candidate of every paragraph)."""
        c = self
        return Candidate(c.start + offset, c.end + offset, c.label, c.rule, c.iri, c.group, c.canonical)


Rule = Callable[[str], Iterable[Candidate]]

#: scope → name → rule. Paragraph rules run inside the spaCy pipeline on each paragraph;
#: document rules see the whole text (signature blocks span blank lines).
RULES: dict[str, dict[str, Rule]] = {"paragraph": {}, "document": {}}
#: name → the cues of the rule (see `rule`)
CUES: dict[str, tuple[str, ...]] = {}


def rule(name: str, scope: str = "paragraph", cues: tuple[str, ...] = ()) -> Callable[[Rule], Rule]:
    """Register a rule under `name` (family.rule-id).

    `cues` are strings one of which every match of the rule contains: a text without any of them is
    skipped, since a substring test is some fifty times faster than a regular-expression scan.
    """

    def register(fn: Rule) -> Rule:
        if any(name in rules for rules in RULES.values()):
            raise ValueError(f"rule {name!r} registered twice")
        RULES[scope][name] = fn
        CUES[name] = cues
        return fn

    return register


@cache
def _load_families() -> None:
    from beleidsgraaf.extract.rules import (  # noqa: F401
        acronyms,
        acts,
        context,
        instruments,
        organisations,
        persons,
        policies,
    )


def run_rules(text: str, scope: str = "paragraph") -> list[Candidate]:
    """Every registered rule of `scope` over `text`."""
    _load_families()
    out: list[Candidate] = []
    for name, fn in RULES[scope].items():
        cues = CUES[name]
        if not cues or any(cue in text for cue in cues):
            out.extend(fn(text))
    return out


def rule_names() -> list[str]:
    _load_families()
    return sorted(name for rules in RULES.values() for name in rules)
