"""spaCy components of the extraction pipeline, registered by name for `pipeline.cfg`.

Each writes candidate spans to `doc.spans["bg"]`: label = entity type, `kb_id_` = vocabulary IRI
(when known), `id_` = the name of the rule that proposed it, with `#group#canonical` appended when
the candidate is tied to others (an acronym and its definition) or stands for a fuller name.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from beleidsgraaf.extract.rules import Candidate, run_rules
from beleidsgraaf.ontology.terms import Term
from beleidsgraaf.ontology.vocabulary import load_terms

SPAN_KEY = "bg"


def add_candidates(doc: Doc, candidates: Iterable[Candidate]) -> None:
    spans = doc.spans.setdefault(SPAN_KEY, [])
    for c in candidates:
        span_id = "#".join((c.rule, c.group, c.canonical)) if c.group or c.canonical else c.rule
        span = doc.char_span(c.start, c.end, c.label, kb_id=c.iri, span_id=span_id, alignment_mode="expand")
        if span is not None and len(span):
            spans.append(span)


def candidates(doc: Doc) -> list[Candidate]:
    """The candidates of a processed Doc, back as plain objects (char offsets in the Doc)."""
    out = []
    for s in doc.spans.get(SPAN_KEY, []):
        rule, _, rest = s.id_.partition("#")
        group, _, canonical = rest.partition("#")
        out.append(Candidate(s.start_char, s.end_char, s.label_, rule, s.kb_id_, group, canonical))
    return out


ABBREVIATION_END = frozenset(".!?")
OPENERS = frozenset("\"'‘“«([")


@Language.factory("bg_sentencizer", default_config={"abbreviations": []})
def make_sentencizer(nlp: Language, name: str, abbreviations: list[str]) -> DutchSentencizer:
    return DutchSentencizer(abbreviations)


class DutchSentencizer:
    """Sentence boundaries for Dutch official prose: a full stop ends a sentence unless it belongs to
    an abbreviation (`nr.`, `jl.`, `o.a.`, `c.s.`) or an initial (`A. de Vries`); a line break ends
    one too, since normalisation has already joined lines wrapped inside sentences."""

    def __init__(self, abbreviations: Iterable[str]) -> None:
        self.abbreviations = frozenset(a.casefold().rstrip(".") for a in abbreviations)

    def __call__(self, doc: Doc) -> Doc:
        for i, token in enumerate(doc):
            token.is_sent_start = i == 0 or self._starts(doc, i)
        return doc

    def _starts(self, doc: Doc, i: int) -> bool:
        prev, token = doc[i - 1], doc[i]
        if "\n" in prev.text or "\n" in prev.whitespace_ or prev.is_space:
            return not token.is_space
        if token.is_space:
            return False
        if prev.text in ABBREVIATION_END or prev.text.endswith("."):
            if prev.text == "." and i >= 2 and self._no_boundary_after(doc[i - 2]):
                return False
            if prev.text != "." and self._no_boundary_after(prev):
                return False
            return token.text[:1].isupper() or token.text[:1].isdigit() or token.text[:1] in OPENERS
        return False

    def _no_boundary_after(self, token) -> bool:
        text = token.text.rstrip(".").casefold()
        single_initial = len(token.text.rstrip(".")) == 1 and token.text[:1].isupper()
        return (
            text in self.abbreviations
            or single_initial
            or bool(
                token.text.count(".") > 1 and token.text.endswith(".")  # "S.A.M.", "o.a."
            )
        )


def fold(text: str) -> str:
    """Case- and accent-insensitive form for matching ("Oekraïne" = "oekraine")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


@Language.factory("bg_vocabulary")
def make_vocabulary(nlp: Language, name: str) -> VocabularyMatcher:
    return VocabularyMatcher(nlp, load_terms())


class VocabularyMatcher:
    """Finds every label of the curated vocabulary. Acronyms and short labels match case-sensitively
    ("DENK" the party, not "denk" the verb); longer labels ignore case ("ministerie van …")."""

    def __init__(self, nlp: Language, terms: list[Term]) -> None:
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.caseless = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.terms: dict[str, Term] = {}
        exact: dict[str, list[Doc]] = {}
        caseless: dict[str, list[Doc]] = {}
        for term in terms:
            if term.type == "Person":  # bare person labels are matched by context rules instead
                labels = [label for label in term.labels if " " in label]
            else:
                labels = list(term.labels)
            self.terms[term.iri] = term
            for label in labels:
                table = exact if _case_sensitive(label) else caseless
                table.setdefault(term.iri, []).append(nlp.make_doc(label))
                ascii_label = fold(label)
                if ascii_label != label.casefold():
                    caseless.setdefault(term.iri, []).append(nlp.make_doc(ascii_label))
        for iri, docs in exact.items():
            self.exact.add(iri, docs)
        for iri, docs in caseless.items():
            self.caseless.add(iri, docs)

    def __call__(self, doc: Doc) -> Doc:
        found: list[Candidate] = []
        for matcher in (self.exact, self.caseless):
            for match_id, start, end in matcher(doc):
                iri = doc.vocab.strings[match_id]
                span = doc[start:end]
                found.append(
                    Candidate(span.start_char, span.end_char, self.terms[iri].type, "vocabulary", iri)
                )
        add_candidates(doc, found)
        return doc


def _case_sensitive(label: str) -> bool:
    letters = [c for c in label if c.isalpha()]
    return len(label) <= 4 or (bool(letters) and sum(c.isupper() for c in letters) >= len(letters) / 2)


@Language.factory("bg_rules")
def make_rules(nlp: Language, name: str) -> RuleComponent:
    return RuleComponent()


class RuleComponent:
    """Runs the paragraph-scope rules of `beleidsgraaf.extract.rules`."""

    def __call__(self, doc: Doc) -> Doc:
        add_candidates(doc, run_rules(doc.text))
        return doc


#: trained NER labels (nl_core_news_*: PERSON, ORG, GPE, LOC, NORP, …) to our types
NER_LABELS = {"PERSON": "Person", "PER": "Person", "ORG": "Organisation", "GPE": "Country", "LOC": "Place"}


@Language.factory("bg_trained_ner")
def make_trained_ner(nlp: Language, name: str) -> TrainedNer:
    return TrainedNer()


class TrainedNer:
    """Adds a trained pipeline's entities as candidates; rules and the vocabulary still decide."""

    def __call__(self, doc: Doc) -> Doc:
        add_candidates(
            doc,
            (
                Candidate(e.start_char, e.end_char, NER_LABELS[e.label_], f"trained-ner.{e.label_}")
                for e in doc.ents
                if e.label_ in NER_LABELS
            ),
        )
        return doc
