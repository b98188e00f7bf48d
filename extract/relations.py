"""Relations the text states, found sentence by sentence over the resolved mentions.

Each sentence is masked: every mention becomes a placeholder `⟨n⟩` (n indexes the sentence's
mentions), so a pattern reads like the statement it captures ("⟨s⟩ voert … ⟨o⟩ uit") and sees the
entities' types. A rule is named (`relations.executes`, `stance.supports`, …); the name and the
sentence travel with every relation it yields, as the assertion's rule and evidence.

There is no dependency parser here (no trained Dutch pipeline is installable); the patterns stay
within one sentence, take the nearest actor, and prefer missing a relation to inventing one.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from beleidsgraaf.extract.model import Entity, Mention, Relation, Span
from beleidsgraaf.ontology import ACTORS, MEANS

PLACEHOLDER = re.compile(r"⟨(\d+)⟩")
#: up to this many characters of ordinary words between parts of a pattern
GAP = r"[^⟨.;:?]{0,60}?"


@dataclass(frozen=True)
class Sentence:
    """A sentence with its mentions masked as ⟨0⟩, ⟨1⟩, …"""

    span: Span
    mentions: list[Mention]
    types: list[str]
    masked: str
    previous: Sentence | None = None
    classes: tuple[str, ...] = ()  # the most specific class of each mention's entity

    def type_of(self, i: int) -> str:
        return self.types[i]


def mask(
    sentence: Span,
    mentions: list[Mention],
    type_of: Callable[[str], str],
    previous: Sentence | None = None,
    class_of: Callable[[str], str] = lambda _: "",
) -> Sentence:
    parts: list[str] = []
    pos = sentence.start
    inside = [m for m in mentions if sentence.start <= m.start and m.end <= sentence.end]
    for i, m in enumerate(inside):
        parts.append(sentence.text[pos - sentence.start : m.start - sentence.start])
        parts.append(f"⟨{i}⟩")
        pos = m.end
    parts.append(sentence.text[pos - sentence.start :])
    types = [type_of(m.entity_id) for m in inside]
    classes = tuple(class_of(m.entity_id) for m in inside)
    return Sentence(sentence, inside, types, "".join(parts), previous, classes)


def _sentence_mentions(sentences: list[tuple[int, int]], mentions: list[Mention]) -> list[list[Mention]]:
    """For each sentence, the mentions that start in it, in the order of `mentions`; `mask` keeps
    those that also end in it. Found by bisection: a scan of every mention for every sentence was
    the slowest part of relation extraction."""
    order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
    starts = [mentions[i].start for i in order]
    return [
        [mentions[i] for i in sorted(order[bisect.bisect_left(starts, a) : bisect.bisect_right(starts, b)])]
        for a, b in sentences
    ]


Found = tuple[int, str, int, float]  # subject index, predicate, object index, confidence
#: added to an index that points into the previous sentence's mentions
PREVIOUS = 10_000
#: stands for the Netherlands, for whom the Dutch cabinet speaks in partnerships
THE_COUNTRY = -1
RelationRule = Callable[[Sentence], Iterator[Found]]
RELATION_RULES: dict[str, RelationRule] = {}
#: name → strings one of which every match of the rule holds in the masked sentence
RELATION_CUES: dict[str, tuple[str, ...]] = {}


def relation_rule(name: str, cues: tuple[str, ...] = ()) -> Callable[[RelationRule], RelationRule]:
    """Register a relation rule; a sentence without any of its `cues` is skipped (as for the rules of
    `beleidsgraaf.extract.rules`, a substring test is far faster than the patterns' scan)."""

    def register(fn: RelationRule) -> RelationRule:
        RELATION_RULES[name] = fn
        RELATION_CUES[name] = cues
        return fn

    return register


def _ids(text: str) -> list[int]:
    return [int(i) for i in PLACEHOLDER.findall(text)]


def _first(s: Sentence, text: str, types: frozenset[str]) -> int | None:
    return next((i for i in _ids(text) if s.type_of(i) in types), None)


def _last(s: Sentence, text: str, types: frozenset[str]) -> int | None:
    found = [i for i in _ids(text) if s.type_of(i) in types]
    return found[-1] if found else None


# --- executes and implements -----------------------------------------------------------------

#: "ADSB voert de ekv-faciliteit uit in naam van …": an organisation carries out a means
EXECUTES = re.compile(rf"(?P<s>⟨\d+⟩){GAP}\bvoer(?:t|en)\b{GAP}(?P<o>⟨\d+⟩){GAP}\buit\b")
#: "het kabinet hanteert … bij de implementatie van de CSDDD", "X implementeert Y"
IMPLEMENTATION = re.compile(
    rf"(?P<s>⟨\d+⟩){GAP}(?:\bbij\s+de\s+implementatie\s+van|\bimplementeer[t]?\b|\bimplementeren\b){GAP}(?P<o>⟨\d+⟩)"
)


@relation_rule("relations.executes", cues=("voer",))
def executes(s: Sentence) -> Iterator[Found]:
    for m in EXECUTES.finditer(s.masked):
        a, b = _ids(m.group("s"))[0], _ids(m.group("o"))[0]
        if s.type_of(a) == "Organisation" and s.type_of(b) in MEANS:
            yield a, "implements", b, 0.9


@relation_rule("relations.implementation", cues=("implement",))
def implementation(s: Sentence) -> Iterator[Found]:
    for m in IMPLEMENTATION.finditer(s.masked):
        a, b = _ids(m.group("s"))[0], _ids(m.group("o"))[0]
        if s.type_of(a) in ACTORS and s.type_of(b) in MEANS:
            yield a, "implements", b, 0.75


#: "het kabinet … wijst bedrijven op …, bijvoorbeeld via de MVO-risicochecker": the sentence's
#: organisation acts through the instrument
VIA = re.compile(r"\bvia\s+(?:de|het)\s+(?P<o>⟨\d+⟩)")


@relation_rule("relations.via", cues=("via",))
def via(s: Sentence) -> Iterator[Found]:
    opening = OPENING_SUBJECT.match(s.masked)
    if not opening or s.type_of(int(opening.group(1))) != "Organisation":
        return
    actor = int(opening.group(1))
    for m in VIA.finditer(s.masked, opening.end()):
        o = _ids(m.group("o"))[0]
        if s.type_of(o) == "Instrument":
            yield actor, "implements", o, 0.6


# --- transposes and amends ----------------------------------------------------------------------

#: "ter implementatie van de CSDDD, de Wet internationaal verantwoord ondernemen": the national law
#: named in apposition transposes the EU act
TRANSPOSITION = re.compile(
    r"\bter\s+implementatie\s+van\s+(?:de\s+|het\s+)?(?P<eu>⟨\d+⟩)\s*,\s*(?:de\s+|het\s+)?(?P<nl>⟨\d+⟩)"
)
#: "⟨law⟩ … ter implementatie van ⟨act⟩", "⟨law⟩ … implementeert ⟨act⟩"
TRANSPOSITION_AFTER = re.compile(
    rf"(?P<nl>⟨\d+⟩){GAP}\bter\s+implementatie\s+van\s+(?:de\s+|het\s+)?(?P<eu>⟨\d+⟩)"
)
#: "⟨Omnibus I⟩ …, waarin aanpassingen aan ⟨de CSDDD⟩", "⟨X⟩ wijzigt ⟨Y⟩"
AMENDS = re.compile(
    rf"(?P<s>⟨\d+⟩){GAP}\b(?:aanpassingen\s+aan|wijzig(?:t|en|ingen\s+van)|tot\s+wijziging\s+van)\s+(?:de\s+|het\s+)?(?P<o>⟨\d+⟩)"
)


@relation_rule("relations.transposition", cues=("implementatie",))
def transposition(s: Sentence) -> Iterator[Found]:
    for pattern in (TRANSPOSITION, TRANSPOSITION_AFTER):
        for m in pattern.finditer(s.masked):
            nl, eu = _ids(m.group("nl"))[0], _ids(m.group("eu"))[0]
            if s.type_of(nl) == "Policy" and s.type_of(eu) == "Policy" and nl != eu:
                yield nl, "transposes", eu, 0.85


@relation_rule("relations.amends", cues=("aanpassingen", "wijzig"))
def amends(s: Sentence) -> Iterator[Found]:
    for m in AMENDS.finditer(s.masked):
        a, b = _ids(m.group("s"))[0], _ids(m.group("o"))[0]
        if s.type_of(a) == "Policy" and s.type_of(b) == "Policy" and a != b:
            yield a, "amends", b, 0.8


# --- part of ------------------------------------------------------------------------------------

#: "⟨X⟩ maakt deel uit van ⟨Y⟩"; "⟨X⟩ voor textiel onder de ⟨Y⟩"
PART_OF = re.compile(rf"(?P<s>⟨\d+⟩){GAP}\bmaakt\s+deel\s+uit\s+van\s+(?:de\s+|het\s+)?(?P<o>⟨\d+⟩)")
PART_UNDER = re.compile(r"(?P<s>⟨\d+⟩)[^⟨.;:?]{0,30}?\bonder\s+(?:de|het)\s+(?P<o>⟨\d+⟩)")
#: "⟨X⟩ maakt hiervan deel uit": the whole is the last means of the previous sentence
PART_OF_PREVIOUS = re.compile(r"(?P<s>⟨\d+⟩)[^⟨.;:?]{0,40}?\bmaakt\s+(?:hier|daar)van\s+deel\s+uit")


@relation_rule("relations.part-of", cues=("maakt", "onder"))
def part_of(s: Sentence) -> Iterator[Found]:
    for pattern in (PART_OF, PART_UNDER):
        for m in pattern.finditer(s.masked):
            a, b = _ids(m.group("s"))[0], _ids(m.group("o"))[0]
            if s.type_of(a) in MEANS and s.type_of(b) in MEANS and a != b:
                yield a, "partOf", b, 0.8
    prev = s.previous
    for m in PART_OF_PREVIOUS.finditer(s.masked):
        a = _ids(m.group("s"))[0]
        whole = _last(prev, prev.masked, MEANS) if prev else None
        if s.type_of(a) in MEANS and whole is not None:
            yield a, "partOf", PREVIOUS + whole, 0.7


# --- responsibility ---------------------------------------------------------------------------

#: "⟨X⟩ valt onder de verantwoordelijkheid van ⟨Y⟩"
UNDER_RESPONSIBILITY = re.compile(
    rf"(?P<o>⟨\d+⟩){GAP}\bvalt\s+onder\s+de\s+verantwoordelijkheid\s+van\s+(?:de\s+|het\s+)?(?P<s>⟨\d+⟩)"
)
#: "⟨X⟩ is een door ⟨Y⟩ gefaciliteerde denktank": Y facilitates, founds or funds X
FACILITATED_BY = re.compile(
    r"(?P<o>⟨\d+⟩)\s+is\s+een\s+door\s+(?:de\s+|het\s+)?(?P<s>⟨\d+⟩)\s+"
    r"(?:gefaciliteerde|opgerichte|gefinancierde|ingestelde|beheerde)\b"
)
#: "presenteerde de Europese Commissie het Omnibus I-voorstel", "lanceerde ⟨Y⟩ de ⟨X⟩",
#: "heeft ⟨Y⟩ het ⟨X⟩ opgesteld": an actor that makes a policy or instrument is responsible for it
MAKES = re.compile(
    r"\b(?:presenteerde|lanceerde|introduceerde|publiceerde)\s+(?:de\s+|het\s+)?(?P<s>⟨\d+⟩)"
    rf"{GAP}(?P<o>⟨\d+⟩)"
    r"|(?P<s2>⟨\d+⟩)\s+(?:het|de)\s+(?P<o2>⟨\d+⟩)\s+(?:opgesteld|gelanceerd|opgericht|ingesteld|gepresenteerd)\b"
)
#: a word of each pattern of `responsibility`
RESPONSIBILITY_CUES = tuple(
    "verantwoordelijkheid door presenteerde lanceerde introduceerde publiceerde "
    "opgesteld gelanceerd opgericht ingesteld gepresenteerd".split()
)


#: "… valt onder de verantwoordelijkheid van de minister van Economische Zaken": a minister named by
#: portfolio answers for the ministry (see `ministry_relations`)
MINISTER_RESPONSIBLE = re.compile(
    r"(?P<o>⟨\d+⟩)[^⟨.;:?]{0,60}?\bvalt\s+onder\s+de\s+verantwoordelijkheid\s+van\s+de\s+minister\s+van\s+"
    r"(?P<portfolio>[A-Z][\w-]*(?:,?\s+(?:en\s+)?[A-Z][\w-]*){0,4})"
)
#: a word of `MINISTER_RESPONSIBLE`: a sentence without it is not masked
MINISTER_RESPONSIBLE_CUE = "verantwoordelijkheid"


def ministry_relations(
    text: str,
    sentences: list[tuple[int, int]],
    mentions: list[Mention],
    ministry: Callable[[str], str | None],
) -> list[Relation]:
    """Responsibility stated of a minister by portfolio, attributed to the ministry (the guidelines'
    'minister van Economische Zaken → Innovatie Attaché Netwerk')."""
    out = []
    for (start, end), near in zip(sentences, _sentence_mentions(sentences, mentions), strict=True):
        if text.find(MINISTER_RESPONSIBLE_CUE, start, end) < 0:
            continue
        s = mask(Span(start, end, text[start:end]), near, lambda _: "")
        for m in MINISTER_RESPONSIBLE.finditer(s.masked):
            iri = ministry(f"Ministerie van {m.group('portfolio')}")
            if iri:
                obj = s.mentions[_ids(m.group("o"))[0]].entity_id
                out.append(
                    Relation(iri, "responsibleFor", obj, s.span, "relations.minister-responsible", 0.75)
                )
    return out


@relation_rule("relations.responsibility", cues=RESPONSIBILITY_CUES)
def responsibility(s: Sentence) -> Iterator[Found]:
    for pattern in (UNDER_RESPONSIBILITY, FACILITATED_BY):
        for m in pattern.finditer(s.masked):
            a, b = _ids(m.group("s"))[0], _ids(m.group("o"))[0]
            if s.type_of(a) in ACTORS and a != b:
                yield a, "responsibleFor", b, 0.85
    for m in MAKES.finditer(s.masked):
        a = _ids(m.group("s") or m.group("s2"))[0]
        b = _ids(m.group("o") or m.group("o2"))[0]
        if s.type_of(a) == "Organisation" and s.type_of(b) in MEANS:
            yield a, "responsibleFor", b, 0.75


# --- cooperation and partnership ----------------------------------------------------------------

COOPERATION = re.compile(
    r"\b(?:in\s+(?:nauwe\s+)?samenwerking\s+met|werk(?:t|en)\s+samen\s+met|(?:nauw\s+)?samengewerkt\s+met|"
    r"in\s+(?:nauw\s+)?overleg\s+met|(?:zal|zullen|gaat|gaan)\s+(?:samen\s+)?met(?=\s+(?:andere\s+)?"
    r"(?:partners|partijen|belanghebbenden|organisaties|stakeholders)))\b"
)
#: "Samen zorgen ⟨X⟩ en ⟨Y⟩ ervoor", "⟨X⟩ en ⟨Y⟩ werken samen"
TOGETHER = re.compile(
    r"\b[Ss]amen\s+\w+\s+(?P<a>⟨\d+⟩)\s+en\s+(?P<b>⟨\d+⟩)|(?P<a2>⟨\d+⟩)\s+en\s+(?P<b2>⟨\d+⟩)\s+werken\s+samen"
)
PARTNERSHIP = re.compile(r"partnerschap")
#: a word of each alternative of `COOPERATION` and `TOGETHER`
COOPERATION_CUES = tuple(
    "samen Samen overleg partners partijen belanghebbenden organisaties stakeholders".split()
)


#: a sentence that continues the previous one's subject: "Daarin wordt nauw samengewerkt met …"
ANAPHORIC_START = re.compile(r"^\s*(?:Daarin|Hierin|Daarbij|Hierbij|Daarvoor|Hiervoor)\b")


@relation_rule("relations.cooperation", cues=COOPERATION_CUES)
def cooperation(s: Sentence) -> Iterator[Found]:
    cue = COOPERATION.search(s.masked)
    if cue:
        actor = _last(s, s.masked[: cue.start()], frozenset({"Organisation"}))
        if actor is None and s.previous and ANAPHORIC_START.match(s.masked):
            earlier = _last(s.previous, s.previous.masked, frozenset({"Organisation"}))
            actor = PREVIOUS + earlier if earlier is not None else None
        if actor is not None:
            for o in _ids(s.masked[cue.end() :]):
                if s.type_of(o) == "Organisation" and o != actor:
                    yield actor, "cooperatesWith", o, 0.75
    for m in TOGETHER.finditer(s.masked):
        a, b = _ids(m.group("a") or m.group("a2"))[0], _ids(m.group("b") or m.group("b2"))[0]
        if s.type_of(a) == s.type_of(b) == "Organisation":
            yield a, "cooperatesWith", b, 0.8


@relation_rule("relations.partnership", cues=("partnerschap",))
def partnership(s: Sentence) -> Iterator[Found]:
    """'Nederland werkt aan strategische partnerschappen … met landen als Vietnam, …'; 'De EU heeft
    vijftien grondstoffenpartnerschappen, met Zuid-Afrika, …': the nearest country or organisation
    before the cue is the partner of every country named after it."""
    cue = PARTNERSHIP.search(s.masked)
    if not cue:
        return
    actors = [i for i in _ids(s.masked[: cue.start()]) if _can_partner(s, i)]
    if not actors:
        return
    actor = actors[-1]
    subject = THE_COUNTRY if s.classes and s.classes[actor] == "Cabinet" else actor
    for o in _ids(s.masked[cue.end() :]):
        if s.type_of(o) in ("Country", "Place") and o != actor:
            yield subject, "partnerOf", o, 0.75


#: partners are states, the Dutch cabinet (for the Netherlands) and the EU or other international bodies
PARTNER_CLASSES = frozenset({"Cabinet", "EUInstitution", "InternationalOrganisation"})


def _can_partner(s: Sentence, i: int) -> bool:
    return s.type_of(i) == "Country" or (bool(s.classes) and s.classes[i] in PARTNER_CLASSES)


# --- stance -----------------------------------------------------------------------------------

#: cue words of a stated position; the actor is the nearest actor before the cue, or the one right
#: after it ("Daarnaast steunt het kabinet …")
SUPPORT = re.compile(
    r"\b(?:steun(?:t|en)|ondersteun(?:t|en)|is\s+voorstander\s+van|zijn\s+voorstander\s+van|"
    r"pleit(?:en)?\s+(?:\w+\s+)?voor|heeft\s+steun\s+uitgesproken\s+voor|zet(?:ten)?\s+(?:zich\s+)?(?:\w+\s+){0,6}?in\s+voor)\b"
)
OPPOSE = re.compile(
    r"\b(?:wijst|wijzen)\s+(?:\w+\s+)?af\b|\bverzet(?:ten)?\s+zich\s+tegen\b|\bis\s+tegen\b|\bkeert\s+zich\s+tegen\b"
)


@relation_rule("stance.supports", cues=("steun", "voorstander", "pleit", "zet"))
def supports(s: Sentence) -> Iterator[Found]:
    yield from _stance(s, SUPPORT, "supports")


@relation_rule("stance.opposes", cues=("wijst", "wijzen", "tegen"))
def opposes(s: Sentence) -> Iterator[Found]:
    yield from _stance(s, OPPOSE, "opposes")


#: "zet Nederland zich bij de Europese Commissie in voor ⟨X⟩": the actor stands between "zet" and "zich"
COMMITS_TO = re.compile(
    r"\bzet(?:ten)?\s+(?:de\s+|het\s+)?⟨(?P<actor>\d+)⟩\s+zich\b[^.;?]{0,80}?\bin\s+voor\b"
)
#: a subordinate clause between the opening subject and the cue has a subject of its own
SUBORDINATE = re.compile(r"\b(?:dat|omdat|waarin|waarbij|hoewel|terwijl|of)\b")
#: "⟨X⟩ die pleit voor …": a relative clause whose antecedent is a mention makes that mention the actor
RELATIVE_ACTOR = re.compile(r"⟨(\d+)⟩,?\s+die\b[^⟨]*$")
#: a negated cue states no position
NEGATION = re.compile(r"\b(?:niet|geen|nooit)\b")
#: the sentence's subject when it opens the sentence ("Nederland hoort … tot de landen die pleiten …")
OPENING_SUBJECT = re.compile(r"^\s*(?:(?:De|Het|Ook|Daarnaast|Verder|Zo)\s+)?(?:de\s+|het\s+)?⟨(\d+)⟩")


def _stance(s: Sentence, cue_pattern: re.Pattern[str], predicate: str) -> Iterator[Found]:
    cues = [(m, None) for m in cue_pattern.finditer(s.masked)]
    if predicate == "supports":
        cues += [(m, int(m.group("actor"))) for m in COMMITS_TO.finditer(s.masked)]
    for cue, actor in cues:
        before, after = s.masked[: cue.start()], s.masked[cue.end() :]
        if actor is None:
            inverted = re.match(r"\s*(?:de\s+|het\s+)?⟨(\d+)⟩", after)
            if inverted and s.type_of(int(inverted.group(1))) in ACTORS:
                actor, after = int(inverted.group(1)), after[inverted.end() :]
        relative = RELATIVE_ACTOR.search(before) if actor is None else None
        if relative and s.type_of(int(relative.group(1))) in ACTORS:
            actor = int(relative.group(1))
        if actor is None:
            opening = OPENING_SUBJECT.match(s.masked)
            main_clause = opening and not SUBORDINATE.search(s.masked, opening.end(), cue.start())
            if main_clause and s.type_of(int(opening.group(1))) in ACTORS and opening.end() <= cue.start():
                actor = int(opening.group(1))
            else:
                actor = _last(s, before, ACTORS)
        if NEGATION.search(after.split(",")[0].split(".")[0]):
            continue  # "Duitsland steunt de CSDDD niet" states no support
        target = _first(s, after, MEANS)
        if actor is not None and target is not None and s.type_of(actor) in ACTORS:
            yield actor, predicate, target, 0.7


def extract_relations(
    text: str,
    sentences: list[tuple[int, int]],
    mentions: list[Mention],
    entities: dict[str, Entity],
    country: str | None = None,
) -> list[Relation]:
    """Every relation rule over every sentence; one relation per (subject, predicate, object, sentence)."""

    def type_of(entity_id: str) -> str:
        return entities[entity_id].core_type

    def class_of(entity_id: str) -> str:
        return entities[entity_id].type

    out: list[Relation] = []
    seen: set[tuple[str, str, str, int]] = set()
    previous: Sentence | None = None
    for (start, end), near in zip(sentences, _sentence_mentions(sentences, mentions), strict=True):
        sentence = mask(Span(start, end, text[start:end]), near, type_of, previous, class_of)
        previous = sentence
        if not sentence.mentions:
            continue

        def entity(i: int, sentence: Sentence = sentence) -> str | None:
            if i == THE_COUNTRY:
                return country
            if i >= PREVIOUS and sentence.previous is not None:
                return sentence.previous.mentions[i - PREVIOUS].entity_id
            return sentence.mentions[i].entity_id

        for name, rule in RELATION_RULES.items():
            cues = RELATION_CUES[name]
            if cues and not any(cue in sentence.masked for cue in cues):
                continue
            for a, predicate, b, confidence in rule(sentence):
                subject, obj = entity(a), entity(b)
                key = (subject, predicate, obj, start)
                if subject is None or obj is None or subject == obj or key in seen:
                    continue
                seen.add(key)
                out.append(Relation(subject, predicate, obj, sentence.span, name, confidence))
    return out
