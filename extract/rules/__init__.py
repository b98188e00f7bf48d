"""Named extraction rules, one module per family.

A rule is a function from text to `Candidate`s; it is registered under a name such as
`organisations.head`, and that name travels with every mention and assertion it produces, so a
researcher can see which rule made which claim. A new rule is one decorated function plus one test.

A *statement rule* (`statement_rule`) recognises a person in a structure of the text (a role and a
name, a member and a party, a signature, an officer line, a speaker label, a motion's submitters)
and states, in one `PersonStatement`, the person, the post as written and the party or body the
structure names. Its candidates go through resolution like any rule's, and the holdsPost and
memberOf relations of `beleidsgraaf.extract.statements` are made from the same statements: each
person, post and party is recognised once, by one named rule.
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


@dataclass(frozen=True)
class PersonStatement:
    """What one structure states about one person, as offsets into the text it was found in.

    `person` is the name's span; `post` the post as written ("" when the structure names none);
    `organisation` the span naming the party, faction or committee the person belongs to (None when
    none is named); `evidence` the stretch that states it; `rule` the statement rule's name.
    `proposes` says whether the structure makes the name a person (and the organisation's span an
    organisation): a statement that only adds a post or a party to a name found otherwise proposes
    neither and states nothing when the name is not resolved to a person.
    """

    person: tuple[int, int]
    evidence: tuple[int, int]
    rule: str
    post: str = ""
    organisation: tuple[int, int] | None = None
    confidence: float = 0.9
    proposes: bool = True
    proposes_organisation: bool = True

    def candidates(self) -> list[Candidate]:
        """The entity candidates the statement proposes: the person, and the organisation it names."""
        if not self.proposes:
            return []
        out = [Candidate(*self.person, "Person", self.rule)]
        if self.organisation and self.proposes_organisation:
            out.append(Candidate(*self.organisation, "Organisation", f"{self.rule}.organisation"))
        return out

    @property
    def key(self) -> tuple:
        """Two statements with this key state the same thing: two rules saw one structure, one of
        them perhaps with a word more before the name ("Mevrouw Dobbe (SP):", "Dobbe (SP)")."""
        return self.person[1], self.post.casefold(), self.organisation


StatementRule = Callable[[str], Iterable[PersonStatement]]

#: scope → name → rule. Paragraph rules run inside the spaCy pipeline on each paragraph;
#: document rules see the whole text (signature blocks span blank lines).
RULES: dict[str, dict[str, Rule]] = {"paragraph": {}, "document": {}}
#: name → statement rule; they see the whole text (signature blocks span blank lines)
STATEMENT_RULES: dict[str, StatementRule] = {}
#: name → the cues of the rule (see `rule`), for candidate and statement rules alike
CUES: dict[str, tuple[str, ...]] = {}


def rule(name: str, scope: str = "paragraph", cues: tuple[str, ...] = ()) -> Callable[[Rule], Rule]:
    """Register a rule under `name` (family.rule-id).

    `cues` are strings one of which every match of the rule contains: a text without any of them is
    skipped, since a substring test is some fifty times faster than a regular-expression scan.
    """

    def register(fn: Rule) -> Rule:
        _check_new(name)
        RULES[scope][name] = fn
        CUES[name] = cues
        return fn

    return register


def statement_rule(name: str, cues: tuple[str, ...] = ()) -> Callable[[StatementRule], StatementRule]:
    """Register a statement rule under `name`; `cues` as for `rule`."""

    def register(fn: StatementRule) -> StatementRule:
        _check_new(name)
        STATEMENT_RULES[name] = fn
        CUES[name] = cues
        return fn

    return register


def _check_new(name: str) -> None:
    if name in STATEMENT_RULES or any(name in rules for rules in RULES.values()):
        raise ValueError(f"rule {name!r} registered twice")


@cache
def _load_families() -> None:
    from beleidsgraaf.extract.rules import (  # noqa: F401
        acronyms,
        acts,
        context,
        instruments,
        officers,
        organisations,
        persons,
        policies,
    )


def run_rules(
    text: str, scope: str = "paragraph", statements: list[PersonStatement] | None = None
) -> list[Candidate]:
    """Every registered rule of `scope` over `text`. The document scope includes the candidates of
    the statement rules: of `statements` when they have been found already, else of `run_statements`."""
    _load_families()
    out: list[Candidate] = []
    for name, fn in RULES[scope].items():
        if _cued(name, text):
            out.extend(fn(text))
    if scope == "document":
        for statement in run_statements(text) if statements is None else statements:
            out.extend(statement.candidates())
    return out


def run_statements(text: str) -> list[PersonStatement]:
    """Every statement rule over `text`, in rule order. A statement another rule already made (the
    same person, post and organisation) is kept once: under the first rule's name, or the first
    that proposes the person when the earlier one did not."""
    _load_families()
    out: list[PersonStatement] = []
    seen: dict[tuple, int] = {}
    for name, fn in STATEMENT_RULES.items():
        if not _cued(name, text):
            continue
        for statement in fn(text):
            at = seen.get(statement.key)
            if at is None:
                seen[statement.key] = len(out)
                out.append(statement)
            elif statement.proposes and not out[at].proposes:
                out[at] = statement
    return out


def _cued(name: str, text: str) -> bool:
    cues = CUES[name]
    return not cues or any(cue in text for cue in cues)


def rule_names() -> list[str]:
    _load_families()
    return sorted([name for rules in RULES.values() for name in rules] + list(STATEMENT_RULES))
