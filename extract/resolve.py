"""One entity per real-world thing: candidates → entities and mentions.

Candidates overlap and repeat; resolution keeps the longest of overlapping spans, ties acronyms to
their definitions, maps names to vocabulary terms (labels, aliases, person names with initials and
the post held on the document's date), merges name variants within a document ("A. de Vries" is
"Aukje de Vries"), gives the rest stable ids (same name, same id, in every document and run), and
finds later uses of every name learned in the document. A group named `key:<name>` is identified
by that name (an EU act by its normalised number): its entity's id is made from the name, whatever
else the document calls it, so the act is one entity across documents.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from beleidsgraaf.base.names import INITIALS, PARTICLE
from beleidsgraaf.base.text import fold
from beleidsgraaf.extract.model import Entity, Mention, Span, local_id
from beleidsgraaf.extract.rules import KEY, Candidate
from beleidsgraaf.extract.rules.heads import head_type
from beleidsgraaf.ontology import ENTITY_TYPES, MEANS
from beleidsgraaf.ontology.terms import Term

#: which rule wins when two candidates cover the same span
PRIORITY = {
    "vocabulary": 4,
    "acronyms": 3,
    "acts": 3,
    "instruments": 3,
    "persons": 3,
    "metadata": 3,
    "context": 3,
    "organisations": 2,
    "policies": 2,
}
LEADING_ARTICLE = re.compile(r"^(?:de|het|the|een)\s+", re.IGNORECASE)
#: a lower-case Dutch article before a name is not part of it ("de Raad"); "The West Wing" keeps "The"
DUTCH_ARTICLE = re.compile(r"^(?:de|het|een)\s+")
#: the head noun a name is joined to by a hyphen: "Global Gateway-initiatief",
#: "Mercosur-handelsovereenkomst" (the name before it is checked apart: a pattern for the whole
#: surface backtracked in time quadratic in a long surface without such a head)
COMPOUND_HEAD = re.compile(r"-(?P<head>[a-z]{4,})$")
_CAPITAL = re.compile(r"[A-Z]")
#: a quoted title after a name: Beleidsagenda Buitenlandse Handel ‘Nederland: welvarend en weerbaar’
QUOTED_TITLE = re.compile(r"\s*[‘“«\"'][^’”»\"']+[’”»\"']$")
#: the two parties that open an agreement's name, joined by a hyphen: "EU-VS handelsakkoord"
PARTIES = re.compile(
    r"(?P<a>[A-Z][\w]*)-(?P<b>[A-Z][\wëïéèöü]*)(?=[\s-][a-z]*(?:akkoord|overeenkomst|verdrag)\b)"
)
#: "Europese Anti-dwangarbeidverordening" is the Anti-dwangarbeidverordening
EU_PREFIX = re.compile(r"^(?:Europese|EU)[\s-]+(?=\S)")
#: "Informele Raad Buitenlandse Zaken Ontwikkelingssamenwerking" is that Council, meeting informally
INFORMAL = re.compile(r"^[Ii]nformele\s+(?=\S)")
#: the plural or possessive of an acronym ("ROM’s") names the same thing
ACRONYM_S = re.compile(r"(?<=[A-Z])['’]s$")
_INITIALS_PREFIX = re.compile(rf"^(?P<initials>{INITIALS})\s*")
_PARTICLES = re.compile(rf"^(?:{PARTICLE})\s+", re.IGNORECASE)


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
    #: words of policy and instrument labels → terms ("mercosur" → EU-Mercosur-akkoord)
    by_word: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    @classmethod
    def build(cls, terms: Iterable[Term]) -> VocabularyIndex:
        index = cls({t.iri: t for t in terms})
        for term in index.terms.values():
            for key in {label_key(label) for label in term.labels}:
                index.by_label[key].append(term)
                if term.core_type in ("Policy", "Instrument"):
                    for word in re.split(r"[\s-]+", key):
                        index.by_word[word].add(term.iri)
            if term.core_type == "Person" and term.family_name:
                index.by_family[label_key(term.family_name)].append(term)
        return index

    def compound(self, surface: str, type_: str) -> Term | None:
        """The term a compound of a name and a head refers to: 'Global Gateway-initiatief' is Global
        Gateway; 'Mercosur-handelsovereenkomst' is the one agreement whose name holds 'Mercosur'."""
        m = COMPOUND_HEAD.search(surface)
        name = surface[: m.start()] if m else ""
        if not m or "\n" in name or not _CAPITAL.search(name) or head_type(m.group("head")) is None:
            return None
        named = self.lookup(name)
        if named and named.core_type in ("Policy", "Instrument"):
            return named
        if type_ in ("Policy", "Instrument"):
            found = self.by_word.get(label_key(name), set())
            if len(found) == 1:
                return self.terms[next(iter(found))]
        return None

    def lookup(self, label: str, type_: str | None = None) -> Term | None:
        """The one term with this label (of this type, when given); None when none or ambiguous."""
        found = {t.iri: t for t in self.by_label.get(label_key(label), []) if type_ in (None, t.core_type)}
        return next(iter(found.values())) if len(found) == 1 else None

    def person(self, surface: str, date: dt.date | None) -> Term | None:
        """The person a name refers to: full label, or family name with compatible initials,
        disambiguated by who held a post (or a seat) on the document's date."""
        term = self.lookup(surface, "Person")
        if term:
            return term
        initials, family = split_person_name(surface)
        found = list({t.iri: t for t in self.by_family.get(label_key(family), [])}.values())
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


def _given(name: str) -> str:
    """What stands before the family name: a first name, initials, or nothing."""
    words = " ".join(name.split())
    family = split_person_name(words)[1]
    return words[: len(words) - len(family)].strip()


def _given_compatible(a: str, b: str) -> bool:
    """Two names of one family may be one person: one lacks a given name, or the initials of one
    fit the other's, or the first names are the same."""
    ga, gb = _given(a), _given(b)
    if not ga or not gb:
        return True
    ia = "".join(w[0] for w in re.split(r"[\s.]+", ga) if w).casefold()
    ib = "".join(w[0] for w in re.split(r"[\s.]+", gb) if w).casefold()
    if "." in ga or "." in gb:
        return ia.startswith(ib) or ib.startswith(ia)
    return ga.casefold() == gb.casefold()


def _initials_compatible(seen: str, known: str | None) -> bool:
    if not known:
        return True
    a, b = seen.replace(" ", "").casefold(), known.replace(" ", "").casefold()
    return a.startswith(b[:2]) or b.startswith(a[:2])


def _active(term: Term, date: dt.date) -> bool:
    periods = [(t.start, t.end) for t in term.tenures] + [(m.start, m.end) for m in term.memberships]
    return any((s is None or s <= date) and (e is None or date <= e) for s, e in periods if s or e)


class _ByStart:
    """Candidates sorted by start, to find those inside a span by bisection rather than by a scan of
    all of them for each candidate."""

    def __init__(self, candidates: list[Candidate]) -> None:
        self.candidates = sorted(candidates, key=lambda c: c.start)
        self.starts = [c.start for c in self.candidates]

    def inside(self, start: int, end: int) -> list[Candidate]:
        """The candidates within [start, end), by start (ties in their original order)."""
        lo, hi = bisect.bisect_left(self.starts, start), bisect.bisect_right(self.starts, end)
        return [c for c in self.candidates[lo:hi] if c.end <= end]


#: what joins two names in an enumeration
JOINED = re.compile(r"\s(?:en|and|of)\s|,")


#: after a vocabulary name that opens a rule's span: "en" and another name ("Europese Centrale Bank
#: en Eurostat")
LEADS_LIST = re.compile(r"\s+(?:en|and)\s+[A-Z]")


def _is_enumeration(c: Candidate, vocab: _ByStart, text: str) -> bool:
    """A rule's span that holds two vocabulary names joined by 'en' or a comma, or that a vocabulary
    name opens and "en" another name follows."""
    inside = vocab.inside(c.start, c.end)
    return any(JOINED.search(text, a.end, b.start) for a, b in itertools.pairwise(inside)) or any(
        a.start == c.start and a.end < c.end and LEADS_LIST.match(text, a.end, c.end) for a in inside
    )


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps a span of `taken`, which are sorted and do not overlap, so that
    of the spans starting before `end` the last one ends last."""
    i = bisect.bisect_left(taken, (end,))
    return i > 0 and taken[i - 1][1] > start


def select(candidates: list[Candidate], text: str) -> list[Candidate]:
    """Non-overlapping candidates: longest first, then by rule priority. A rule's span that joins
    vocabulary terms with "en" ("Europese Unie en India") is two names, and one that holds a person
    found by context ("Europese Commissie Ursula von der Leyen") is an organisation and a person."""
    vocab = _ByStart([c for c in candidates if c.iri])
    persons = _ByStart([c for c in candidates if c.rule.startswith("persons.")])
    kept_input = [
        c
        for c in candidates
        if c.iri
        or c.label == "Person"
        or not (_is_enumeration(c, vocab, text) or persons.inside(c.start, c.end))
    ]
    kept_input = _statistical_in_gaps(kept_input)
    ranked = sorted(
        kept_input,
        key=lambda c: (-(c.end - c.start), -PRIORITY.get(c.rule.split(".")[0], 0), c.start, c.rule),
    )
    taken: list[tuple[int, int]] = []
    chosen: list[Candidate] = []
    for c in ranked:
        if _overlaps(taken, c.start, c.end):
            continue
        bisect.insort(taken, (c.start, c.end))
        chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


#: the rule-name prefix of a trained NER's candidates (`components.TrainedNer`, `components.ProjectNer`)
STATISTICAL = "trained-ner."


def _statistical_in_gaps(candidates: list[Candidate]) -> list[Candidate]:
    """A trained NER's candidates where no rule's or the vocabulary's overlaps them: the rules
    decide the names they find (span and type), the NER adds names they do not."""
    ruled = sorted((c.start, c.end) for c in candidates if not c.rule.startswith(STATISTICAL))
    merged: list[tuple[int, int]] = []
    for start, end in ruled:  # overlapping spans joined, so `_overlaps` can bisect them
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return [
        c for c in candidates if not c.rule.startswith(STATISTICAL) or not _overlaps(merged, c.start, c.end)
    ]


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
        chosen = select(candidates, text)
        entity_of = self._assign(text, chosen, date, _group_iris(candidates))
        entities: dict[str, Entity] = {}
        mentions: list[Mention] = []
        sentence_starts = [s for s, _ in sentences]
        sentence_spans: dict[int, Span] = {}

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
                    sentence_at(text, sentences, sentence_starts, c.start, c.end, sentence_spans),
                )
            )

        for c, entity in zip(chosen, entity_of, strict=True):
            add(c, entity)
        for c, entity in self._propagate(text, chosen, entity_of):
            add(c, entity)
        for c, entity in zip(chosen, entity_of, strict=True):
            if entity.core_type == "Policy":
                for party in self._parties(text, c):
                    add(*party)
        for entity in entities.values():
            if not entity.in_vocabulary:  # the fullest name the document uses
                names = {entity.pref_label, *entity.alt_labels}
                entity.pref_label = max(names, key=lambda n: (len(n), n))
                entity.alt_labels = names - {entity.pref_label}
        mentions.sort(key=lambda m: (m.start, m.end))
        return entities, mentions

    def _assign(
        self, text: str, chosen: list[Candidate], date: dt.date | None, group_iri: dict[str, str]
    ) -> list[Entity]:
        # the name each candidate stands for: its canonical form when a rule gave one
        surfaces = [c.canonical or " ".join(text[c.start : c.end].split()) for c in chosen]
        # acronym groups: the whole group takes the vocabulary term any member resolves to
        group_term: dict[str, Term] = {g: self.index.terms[iri] for g, iri in group_iri.items()}
        terms = [self._term(c, surface, date) for c, surface in zip(chosen, surfaces, strict=True)]
        for c, term in zip(chosen, terms, strict=True):
            if c.group and term:
                group_term.setdefault(c.group, term)
        for group in {c.group for c in chosen if c.group.startswith(KEY)} - group_term.keys():
            term = self.index.lookup(group.removeprefix(KEY))
            if term:
                group_term[group] = term
        group_long: dict[str, str] = {}
        for c, surface in zip(chosen, surfaces, strict=True):
            if c.group and len(surface) > len(group_long.get(c.group, "")):
                group_long[c.group] = surface
        persons = self._person_variants(
            [s for c, s in zip(chosen, surfaces, strict=True) if c.label == "Person"]
        )

        kinds = _kinds_of_means(chosen, surfaces, terms)
        out: list[Entity] = []
        for c, surface, own_term in zip(chosen, surfaces, terms, strict=True):
            term = group_term.get(c.group) if c.group else None
            term = term or own_term
            if term:
                out.append(Entity.of_term(term))
                continue
            name = group_long.get(c.group, surface) if c.group else surface
            if c.label == "Person":
                name = persons.get(surface, surface)
                term = self.index.person(name, date)
                if term:
                    out.append(
                        Entity.of_term(term)
                    )
                    continue
            name = DUTCH_ARTICLE.sub("", name)
            label = kinds.get(label_key(name), c.label) if c.label in MEANS else c.label
            if c.group.startswith(KEY):  # identified by its key, which is a name of it too
                key = c.group.removeprefix(KEY)
                out.append(Entity(local_id(label, key), label, name, {key} - {name}))
                continue
            # one id with or without a quoted title, so "Beleidsagenda X ‘Titel’" is "Beleidsagenda X"
            key = QUOTED_TITLE.sub("", name) or name
            out.append(Entity(local_id(label, key), label, name))
        return _merge_variants(out)

    def _parties(self, text: str, c: Candidate) -> Iterator[tuple[Candidate, Entity]]:
        """The parties an agreement's name joins ("EU-Japan handelsakkoord", "EU-Mercosur-akkoord"),
        each a mention of its own inside the agreement's, when the vocabulary knows it as a country
        or an organisation."""
        m = PARTIES.match(text, c.start, c.end)
        for g in ("a", "b") if m else ():
            term = self.index.lookup(m.group(g))
            if term and term.core_type in ("Country", "Organisation"):
                entity = Entity.of_term(term)
                yield Candidate(*m.span(g), term.core_type, "policies.agreement-parties", term.iri), entity

    def _term(self, c: Candidate, surface: str, date: dt.date | None) -> Term | None:
        if c.iri:
            return self.index.terms.get(c.iri)
        if c.label == "Person":
            return self.index.person(surface, date)
        return (
            self.index.lookup(surface, c.label)
            or self.index.lookup(surface)
            or self.index.compound(surface, c.label)
            or (self.index.lookup(EU_PREFIX.sub("", surface), "Policy") if EU_PREFIX.match(surface) else None)
            or (
                self.index.lookup(INFORMAL.sub("", surface), "Organisation")
                if INFORMAL.match(surface)
                else None
            )
        )

    @staticmethod
    def _person_variants(names: list[str]) -> dict[str, str]:
        """Each person name → the fullest compatible name in the document with the same family name:
        "A. de Vries" and "De Vries" are "Aukje de Vries", but "Piet de Vries" stays himself."""
        by_family: dict[str, list[str]] = defaultdict(list)
        for name in names:
            by_family[label_key(split_person_name(name)[1])].append(name)
        out: dict[str, str] = {}
        for variants in by_family.values():
            for name in variants:
                fits = [v for v in variants if _given_compatible(name, v)]
                fullest = [
                    v for v in fits if not any(len(w) > len(v) and _given_compatible(v, w) for w in fits)
                ]
                # a bare "De Vries" beside "Jan de Vries" and "Piet de Vries" is neither for certain
                out[name] = fullest[0] if len(set(fullest)) == 1 else name
        return out

    @staticmethod
    def _propagate(
        text: str, chosen: list[Candidate], entity_of: list[Entity]
    ) -> list[tuple[Candidate, Entity]]:
        """Later uses of names learned in this document (an acronym after its definition)."""
        taken = sorted((c.start, c.end) for c in chosen)
        found: list[tuple[Candidate, Entity]] = []
        forms: dict[str, Entity] = {}
        for c, entity in zip(chosen, entity_of, strict=True):
            surface = text[c.start : c.end]
            if not c.iri and not c.canonical and len(surface) >= 3 and "\n" not in surface:
                forms.setdefault(surface, entity)
        for surface, entity in sorted(forms.items(), key=lambda kv: -len(kv[0])):
            for start, end in _uses(text, surface):
                if _overlaps(taken, start, end):
                    continue
                bisect.insort(taken, (start, end))
                label = entity.type if entity.type in ENTITY_TYPES else "Organisation"
                found.append((Candidate(start, end, label, "propagation"), entity))
        return found


#: where a use of a name starts and ends: not inside a word or compound; an 's is part of it
USE_START = re.compile(r"(?<![\w-])")
USE_END = re.compile(r"(?:['’]s)?(?![\w])")


def _uses(text: str, surface: str) -> Iterator[tuple[int, int]]:
    """The spans of `USE_START`, `surface`, `USE_END` in `text`, left to right and not overlapping.
    `str.find` finds the surface: a pattern per name, scanning the whole text, took most of the time
    of resolution."""
    pos = text.find(surface)
    while pos >= 0:
        end = USE_END.match(text, pos + len(surface)) if USE_START.match(text, pos) else None
        if end:
            yield pos, end.end()
            pos = text.find(surface, end.end())
        else:
            pos = text.find(surface, pos + 1)




def _kinds_of_means(chosen: list[Candidate], surfaces: list[str], terms: list[Term | None]) -> dict[str, str]:
    """One type per new policy or instrument name in a document: the type the highest-ranked rule
    gave it (a context that shows delivery outranks a head noun), and between rules of one rank
    Instrument (what delivers support somewhere is an instrument), so that a name is one entity, not
    a policy and an instrument."""
    best: dict[str, tuple[tuple[int, bool], str]] = {}
    for c, surface, term in zip(chosen, surfaces, terms, strict=True):
        if c.label in MEANS and term is None and not c.group:
            key = label_key(DUTCH_ARTICLE.sub("", surface))
            rank = (PRIORITY.get(c.rule.split(".")[0], 0), c.label == "Instrument")
            if key not in best or rank > best[key][0]:
                best[key] = (rank, c.label)
    return {key: label for key, (_, label) in best.items()}


#: the word that makes a name another act than the name it ends: a new or revised X
RENEWED = frozenset({"nieuw", "nieuwe", "herzien", "herziene", "new", "revised"})


def _merge_variants(entities: list[Entity]) -> list[Entity]:
    """Within a document, a new name that ends another of the same type ("Investment Hub" in "EU
    Investment Hub") or has the same words in another order ("Trade & Innovate NL Netwerk",
    "Trade & Innovate Netwerk NL") is that entity; a new or revised one ("Verordening nieuw
    Douanewetboek van de Unie") is not."""
    new = [e for e in entities if not e.in_vocabulary and e.type != "Person"]
    target: dict[str, Entity] = {}
    for e in new:
        words = e.pref_label.split()
        if len(words) < 2:
            continue
        for other in new:
            ow = other.pref_label.split()
            if other.type != e.type or other.id == e.id:
                continue
            if (
                len(ow) > len(words)
                and ow[-len(words) :] == words
                and ow[-len(words) - 1].casefold() not in RENEWED
            ) or (
                sorted(ow) == sorted(words) and other.id < e.id
            ):
                target[e.id] = other
                break
    return [target.get(e.id, e) if not e.in_vocabulary else e for e in entities]


def sentence_at(
    text: str,
    sentences: list[tuple[int, int]],
    starts: list[int],
    start: int,
    end: int,
    made: dict[int, Span] | None = None,
) -> Span:
    """The sentence of a mention from `start` to `end`: the one its start is in, run on to the end of
    the one its end is in when the name crosses a boundary the sentencizer drew (a line break inside
    a fiche's field, a table's tab), so that the evidence always holds the mention. With `made`, the
    spans already made, each sentence's span is made once and shared by its mentions, rather than
    its text copied into every one of them."""
    i = bisect.bisect_right(starts, start) - 1
    if i < 0:
        return Span(start, start, "")
    s, e = sentences[i]
    if end > e:
        e = max(e, sentences[bisect.bisect_right(starts, end - 1) - 1][1])
        return Span(s, e, text[s:e])
    if made is not None and i in made:
        return made[i]
    span = Span(s, e, text[s:e])
    if made is not None:
        made[i] = span
    return span
