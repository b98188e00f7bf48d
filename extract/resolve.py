"""One entity per real-world thing: candidates → entities and mentions.

Candidates overlap and repeat; resolution keeps the longest of overlapping spans, ties acronyms to
their definitions, maps names to vocabulary terms (labels, aliases, person names with initials and
the post held on the document's date), merges name variants within a document ("A. de Vries" is
"Aukje de Vries"), gives the rest stable ids (same name, same id, in every document and run), and
finds later uses of every name learned in the document.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from beleidsgraaf.extract.components import fold
from beleidsgraaf.extract.model import Entity, Mention, Span
from beleidsgraaf.extract.rules import Candidate
from beleidsgraaf.extract.rules.names import INITIALS, PARTICLE_LOWER
from beleidsgraaf.ontology import slugify
from beleidsgraaf.ontology.terms import Term

#: id prefixes of new entities, matching the vocabulary's IRI patterns
ID_PREFIX = {
    "Person": "person",
    "Organisation": "org",
    "Country": "country",
    "Place": "place",
    "Policy": "policy",
    "Instrument": "instrument",
}
#: which rule wins when two candidates cover the same span
PRIORITY = {"vocabulary": 4, "acronyms": 3, "persons": 3, "metadata": 3, "organisations": 2, "policies": 2}
LEADING_ARTICLE = re.compile(r"^(?:de|het|the|een)\s+", re.IGNORECASE)
#: a lower-case Dutch article before a name is not part of it ("de Raad"); "The West Wing" keeps "The"
DUTCH_ARTICLE = re.compile(r"^(?:de|het|een)\s+")
#: the plural or possessive of an acronym ("ROM’s") names the same thing
ACRONYM_S = re.compile(r"(?<=[A-Z])['’]s$")
_INITIALS_PREFIX = re.compile(rf"^(?P<initials>{INITIALS})\s*")
_PARTICLES = re.compile(rf"^(?:{PARTICLE_LOWER})\s+", re.IGNORECASE)


def label_key(label: str) -> str:
    """The form names are compared in: case, accents, white space, a leading article and an
    acronym's 's ignored."""
    return LEADING_ARTICLE.sub("", " ".join(fold(ACRONYM_S.sub("", label.strip())).split()))


@dataclass
class VocabularyIndex:
    """The vocabulary, indexed for resolution."""

    terms: dict[str, Term]
    by_label: dict[str, list[Term]] = field(default_factory=lambda: defaultdict(list))
    by_family: dict[str, list[Term]] = field(default_factory=lambda: defaultdict(list))

    @classmethod
    def build(cls, terms: Iterable[Term]) -> VocabularyIndex:
        index = cls({t.iri: t for t in terms})
        for term in index.terms.values():
            for label in term.labels:
                index.by_label[label_key(label)].append(term)
            if term.type == "Person" and term.family_name:
                index.by_family[label_key(term.family_name)].append(term)
        return index

    def lookup(self, label: str, type_: str | None = None) -> Term | None:
        """The one term with this label (of this type, when given); None when none or ambiguous."""
        found = [t for t in self.by_label.get(label_key(label), []) if type_ in (None, t.type)]
        return found[0] if len(found) == 1 else None

    def person(self, surface: str, date: dt.date | None) -> Term | None:
        """The person a name refers to: full label, or family name with compatible initials,
        disambiguated by who held a post (or a seat) on the document's date."""
        term = self.lookup(surface, "Person")
        if term:
            return term
        initials, family = split_person_name(surface)
        found = self.by_family.get(label_key(family), [])
        if initials:
            found = [t for t in found if _initials_compatible(initials, t.initials)]
        if len(found) > 1 and date:
            in_office = [t for t in found if _active(t, date)]
            found = in_office or found
        return found[0] if len(found) == 1 else None


def split_person_name(surface: str) -> tuple[str, str]:
    """("S.A.M.", "Kaag") from "S.A.M. Kaag"; ("", "de Vries") from "Aukje de Vries" is not
    attempted: a first name stays in the family part only when no particle marks the surname."""
    name = " ".join(surface.split())
    m = _INITIALS_PREFIX.match(name)
    if m:
        return m.group("initials"), name[m.end() :]
    words = name.split(" ")
    if _PARTICLES.match(name + " "):  # "Van den Hul", "De Vries": all of it is the family name
        return "", name
    for i in range(1, len(words)):
        if _PARTICLES.match(" ".join(words[i:]) + " "):
            return "", " ".join(words[i:])
    return "", words[-1] if len(words) > 1 else name


def _initials_compatible(seen: str, known: str | None) -> bool:
    if not known:
        return True
    a, b = seen.replace(" ", "").casefold(), known.replace(" ", "").casefold()
    return a.startswith(b[:2]) or b.startswith(a[:2])


def _active(term: Term, date: dt.date) -> bool:
    periods = [(t.start, t.end) for t in term.tenures] + [(m.start, m.end) for m in term.memberships]
    return any((s is None or s <= date) and (e is None or date <= e) for s, e in periods if s or e)


def select(candidates: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: longest first, then by rule priority; a rule's span that holds
    two or more vocabulary terms ("Europese Unie en India") is two names, not one."""
    vocab = [c for c in candidates if c.iri]
    kept_input = [
        c for c in candidates if c.iri or sum(1 for v in vocab if c.start <= v.start and v.end <= c.end) < 2
    ]
    ranked = sorted(
        kept_input,
        key=lambda c: (-(c.end - c.start), -PRIORITY.get(c.rule.split(".")[0], 0), c.start, c.rule),
    )
    taken: list[tuple[int, int]] = []
    chosen: list[Candidate] = []
    for c in ranked:
        if any(c.start < e and s < c.end for s, e in taken):
            continue
        taken.append((c.start, c.end))
        chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


def _group_iris(candidates: list[Candidate]) -> dict[str, str]:
    """Acronym groups one of whose spans is also a vocabulary match ("DTIF"): the group is that term,
    even when the vocabulary candidate, not the grouped one, wins the span."""
    vocab = {(c.start, c.end): c.iri for c in candidates if c.iri}
    return {c.group: vocab[(c.start, c.end)] for c in candidates if c.group and (c.start, c.end) in vocab}


class Resolver:
    """Turns one document's candidates into entities and mentions."""

    def __init__(self, index: VocabularyIndex) -> None:
        self.index = index

    def resolve(
        self,
        text: str,
        candidates: list[Candidate],
        sentences: list[tuple[int, int]],
        date: dt.date | None,
    ) -> tuple[dict[str, Entity], list[Mention]]:
        chosen = select(candidates)
        entity_of = self._assign(text, chosen, date, _group_iris(candidates))
        entities: dict[str, Entity] = {}
        mentions: list[Mention] = []
        sentence_starts = [s for s, _ in sentences]

        def add(c: Candidate, entity: Entity) -> None:
            surface = text[c.start : c.end]
            stored = entities.setdefault(entity.id, entity)
            if " ".join(surface.split()) != stored.pref_label:
                stored.alt_labels.add(" ".join(surface.split()))
            mentions.append(
                Mention(
                    c.start,
                    c.end,
                    surface,
                    entity.id,
                    c.rule,
                    _sentence(text, sentences, sentence_starts, c.start),
                )
            )

        for c, entity in zip(chosen, entity_of, strict=True):
            add(c, entity)
        for c, entity in self._propagate(text, chosen, entity_of):
            add(c, entity)
        mentions.sort(key=lambda m: (m.start, m.end))
        return entities, mentions

    def _assign(
        self, text: str, chosen: list[Candidate], date: dt.date | None, group_iri: dict[str, str]
    ) -> list[Entity]:
        surfaces = [" ".join(text[c.start : c.end].split()) for c in chosen]
        # acronym groups: the whole group takes the vocabulary term any member resolves to
        group_term: dict[str, Term] = {g: self.index.terms[iri] for g, iri in group_iri.items()}
        for c, surface in zip(chosen, surfaces, strict=True):
            term = self._term(c, surface, date)
            if c.group and term:
                group_term.setdefault(c.group, term)
        group_long: dict[str, str] = {}
        for c, surface in zip(chosen, surfaces, strict=True):
            if c.group and len(surface) > len(group_long.get(c.group, "")):
                group_long[c.group] = surface
        persons = self._person_variants(
            [s for c, s in zip(chosen, surfaces, strict=True) if c.label == "Person"]
        )

        out: list[Entity] = []
        for c, surface in zip(chosen, surfaces, strict=True):
            term = group_term.get(c.group) if c.group else None
            term = term or self._term(c, surface, date)
            if term:
                out.append(Entity(term.iri, term.klass, term.pref_label, in_vocabulary=True))
                continue
            name = group_long.get(c.group, surface) if c.group else surface
            if c.label == "Person":
                name = persons.get(surface, surface)
                term = self.index.person(name, date)
                if term:
                    out.append(Entity(term.iri, term.klass, term.pref_label, in_vocabulary=True))
                    continue
            name = DUTCH_ARTICLE.sub("", name)
            out.append(Entity(f"{ID_PREFIX[c.label]}/{slugify(name)}", c.label, name))
        return out

    def _term(self, c: Candidate, surface: str, date: dt.date | None) -> Term | None:
        if c.iri:
            return self.index.terms.get(c.iri)
        if c.label == "Person":
            return self.index.person(surface, date)
        return self.index.lookup(surface, c.label) or self.index.lookup(surface)

    @staticmethod
    def _person_variants(names: list[str]) -> dict[str, str]:
        """Each person name → the fullest name in the document with the same family name."""
        by_family: dict[str, list[str]] = defaultdict(list)
        for name in names:
            by_family[label_key(split_person_name(name)[1])].append(name)
        return {name: max(variants, key=len) for variants in by_family.values() for name in variants}

    @staticmethod
    def _propagate(
        text: str, chosen: list[Candidate], entity_of: list[Entity]
    ) -> list[tuple[Candidate, Entity]]:
        """Later uses of names learned in this document (an acronym after its definition)."""
        taken = [(c.start, c.end) for c in chosen]
        found: list[tuple[Candidate, Entity]] = []
        forms: dict[str, Entity] = {}
        for c, entity in zip(chosen, entity_of, strict=True):
            surface = text[c.start : c.end]
            if not c.iri and len(surface) >= 3 and "\n" not in surface:
                forms.setdefault(surface, entity)
        for surface, entity in sorted(forms.items(), key=lambda kv: -len(kv[0])):
            for m in re.finditer(rf"(?<![\w-]){re.escape(surface)}(?:['’]s)?(?![\w])", text):
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                taken.append(m.span())
                label = entity.type if entity.type in ID_PREFIX else "Organisation"
                found.append((Candidate(m.start(), m.end(), label, "propagation"), entity))
        return found


def _sentence(text: str, sentences: list[tuple[int, int]], starts: list[int], pos: int) -> Span:
    i = bisect.bisect_right(starts, pos) - 1
    if i < 0:
        return Span(pos, pos, "")
    s, e = sentences[i]
    return Span(s, e, text[s:e])
