"""What an act's title says it amends or repeals: 'Richtlijn (EU) 2022/2464 … tot wijziging van
Verordening (EU) nr. 537/2014, Richtlijn 2004/109/EG en Richtlijn 2013/34/EU', 'Proposal for a
Directive … amending Directives 2006/43/EC and 2013/34/EU', '… en tot intrekking van Verordening
(EU) 2019/452'.

Read from the resolved mentions: the act is the policy named right before the amending clause (its
number, its title, or the words of its adoption between them), and every policy the clause lists is
amended. The ontology has no predicate for repealing, so a repeal, the strongest amendment, is
stated as `amends` under a rule name of its own.

An act whose name is a new or revised version of another act the document names ("Verordening nieuw
Douanewetboek van de Unie" beside "Douanewetboek van de Unie") amends it.
"""

from __future__ import annotations

import bisect
import re

from beleidsgraaf.extract.model import Entity, Mention, Relation, Span

#: an amending clause and what it does
CLAUSE = re.compile(
    r"\b(?P<cue>tot\s+wijziging\s+van|houdende\s+wijziging\s+van|(?i:amending)"
    r"|tot\s+intrekking\s+van|(?i:repealing))\b"
)
REPEALS = ("intrekking", "repealing")
#: between the act and its clause: how and when it was adopted, a comma, "en", "and"
BEFORE_CLAUSE = re.compile(
    r"^(?:\s*,?\s*(?:van\s+het\s+Europees\s+Parlement\s+en\s+(?:van\s+)?de\s+Raad|van\s+de\s+(?:Raad|Commissie)"
    r"|of\s+the\s+European\s+Parliament\s+and\s+of\s+the\s+Council|of\s+the\s+(?:Council|Commission))?"
    r"(?:\s+(?:van|of)\s+\d{1,2}\s+[a-z]+\s+\d{4})?\s*,?\s*(?:(?:en|and)\s+)?)$",
    re.IGNORECASE,
)
#: between two acts of the clause's list: a comma, "en", "and", an article, a kind of act
BETWEEN_LISTED = re.compile(
    r"^\s*(?:,|\ben\b|\band\b)?\s*(?:(?:de|het|the)\s+)?"
    r"(?:(?:verordening(?:en)?|richtlijn(?:en)?|besluit(?:en)?|regulations?|directives?|decisions?)\s+)?$",
    re.IGNORECASE,
)
POLICY = "Policy"
#: a name that ends in "nieuw(e) X", "herziene X", "new X": the act it renews is X
RENEWED = re.compile(r"(?i:\b(?:nieuwe?|herziene?|new|revised))\s+(?P<renewed>\S.*)$")


def act_relations(
    text: str, sentences: list[tuple[int, int]], mentions: list[Mention], entities: dict[str, Entity]
) -> list[Relation]:
    """One `amends` relation per act an amending clause lists, with the sentence as evidence."""
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    starts = [m.start for m in ordered]
    sentence_starts = [s for s, _ in sentences]
    out: list[Relation] = []
    for clause in CLAUSE.finditer(text):
        k = bisect.bisect_right(sentence_starts, clause.start()) - 1
        a, b = sentences[k] if k >= 0 else (0, len(text))
        i = bisect.bisect_left(starts, clause.start())  # mentions before the clause: ordered[:i]
        # the act: the last policy of the sentence before the clause (the Parliament and Council that
        # adopted it may stand between them)
        before = reversed(ordered[bisect.bisect_left(starts, a) : i])
        act = next((m for m in before if entities[m.entity_id].core_type == POLICY), None)
        if act is None or act.end > clause.start() or not BEFORE_CLAUSE.match(text[act.end : clause.start()]):
            continue
        repeal = any(word in clause.group("cue").casefold() for word in REPEALS)
        rule = "acts.title-repeals" if repeal else "acts.title-amends"
        pos = clause.end()
        for listed in ordered[i:]:
            if listed.start > b or not BETWEEN_LISTED.match(text[pos : listed.start]):
                break
            if entities[listed.entity_id].core_type == POLICY and listed.entity_id != act.entity_id:
                out.append(
                    Relation(act.entity_id, "amends", listed.entity_id, Span(a, b, text[a:b]), rule, 0.85)
                )
            pos = listed.end
    return out


def renewal_relations(
    text: str, sentences: list[tuple[int, int]], mentions: list[Mention], entities: dict[str, Entity]
) -> list[Relation]:
    """One `amends` relation from an act named as a new version of another act the document names to
    that act, with the sentence of its first mention as evidence."""
    policies = {e.id: e for e in entities.values() if e.core_type == POLICY}
    by_label = {label.casefold(): e.id for e in policies.values() for label in (e.pref_label, *e.alt_labels)}
    first: dict[str, Mention] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        first.setdefault(m.entity_id, m)
    sentence_starts = [s for s, _ in sentences]
    out: list[Relation] = []
    for e in policies.values():
        match = RENEWED.search(e.pref_label)
        old = by_label.get(match.group("renewed").casefold()) if match else None
        if old is None or old == e.id or e.id not in first:
            continue
        k = bisect.bisect_right(sentence_starts, first[e.id].start) - 1
        a, b = sentences[k] if k >= 0 else (0, len(text))
        out.append(Relation(e.id, "amends", old, Span(a, b, text[a:b]), "acts.renews", 0.8))
    return out
