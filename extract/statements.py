"""holdsPost and memberOf from what the statement rules state about persons.

A statement names a person, the post as written and the party or committee by their spans; after
resolution each span is the entity mentioned there. The relation carries the statement's rule and
its evidence: the sentence that holds the statement, or, for a structure over several lines (a
signature block), the structure itself.
"""

from __future__ import annotations

import bisect

from beleidsgraaf.extract.model import Entity, Mention, Relation, Span
from beleidsgraaf.extract.rules import PersonStatement

#: what a party named only in passing must be (a statement that does not propose it as one)
PARTY_CLASSES = frozenset({"PoliticalParty"})


class MentionIndex:
    """The document's mentions by start, to find the entity mentioned over a span."""

    def __init__(self, mentions: list[Mention], entities: dict[str, Entity]) -> None:
        self.mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        self.starts = [m.start for m in self.mentions]
        self.entities = entities
        self.longest = max((m.end - m.start for m in self.mentions), default=0)

    def entity_over(self, span: tuple[int, int], core_type: str) -> str | None:
        """The entity of `core_type` whose mention overlaps `span` most (None when no mention does)."""
        start, end = span
        lo = bisect.bisect_left(self.starts, start - self.longest)
        hi = bisect.bisect_left(self.starts, end)
        best, overlap = None, 0
        for m in self.mentions[lo:hi]:
            shared = min(end, m.end) - max(start, m.start)
            if shared > overlap and self.entities[m.entity_id].core_type == core_type:
                best, overlap = m.entity_id, shared
        return best


def person_relations(
    text: str,
    statements: list[PersonStatement],
    index: MentionIndex,
    sentences: list[tuple[int, int]],
) -> list[Relation]:
    """A holdsPost for every statement with a post, a memberOf for every one with an organisation,
    whose person (and organisation) resolved to entities of the right type."""
    starts = [s for s, _ in sentences]
    out: list[Relation] = []
    for st in statements:
        person = index.entity_over(st.person, "Person")
        if person is None:
            continue
        evidence = _evidence(text, st.evidence, sentences, starts)
        if st.post:
            out.append(Relation(person, "holdsPost", st.post, evidence, st.rule, st.confidence))
        organisation = index.entity_over(st.organisation, "Organisation") if st.organisation else None
        if organisation and (st.proposes_organisation or index.entities[organisation].type in PARTY_CLASSES):
            out.append(Relation(person, "memberOf", organisation, evidence, st.rule, st.confidence))
    return out


def _evidence(text: str, span: tuple[int, int], sentences: list[tuple[int, int]], starts: list[int]) -> Span:
    """The sentence that holds `span`, or `span` itself when it runs over more than one."""
    i = bisect.bisect_right(starts, span[0]) - 1
    start, end = sentences[i] if i >= 0 and span[1] <= sentences[i][1] else span
    return Span(start, end, text[start:end])
