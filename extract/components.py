"""spaCy components of the extraction pipeline, registered by name for `pipeline.cfg`.

Each writes candidate spans to `doc.spans["bg"]`: label = entity type, `kb_id_` = vocabulary IRI
(when known), `id_` = the name of the rule that proposed it, with `#group#canonical` appended when
the candidate is tied to others (an acronym and its definition) or stands for a fuller name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import numpy
import spacy
from spacy.attrs import ENT_IOB, ENT_KB_ID, ENT_TYPE, IDX, IS_SPACE, ORTH, SENT_START
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from beleidsgraaf.base.names import CAPITALISED_NAME, FULL_NAME
from beleidsgraaf.base.text import fold
from beleidsgraaf.extract.rules import Candidate, run_rules
from beleidsgraaf.extract.rules.heads import classify
from beleidsgraaf.extract.rules.names import NOT_A_NAME, PROPER_NAME, looks_like_name
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


def token_texts(doc: Doc) -> list[str]:
    """Each token's text, read from the Doc's arrays: `Token` objects, one or two per token, cost
    the sentencizer several times its own work."""
    strings = doc.vocab.strings
    return [strings[orth] for orth in doc.to_array(ORTH).tolist()]


ABBREVIATION_END = frozenset(".!?")
OPENERS = frozenset("\"'‘“«([")
#: a sentence ends before the token that would make it longer (a real one is under 600 characters):
#: text without sentence ends would otherwise be one sentence, held in every mention's evidence
MAX_SENTENCE_CHARS = 2_000


@Language.factory("bg_sentencizer", default_config={"abbreviations": []})
def make_sentencizer(nlp: Language, name: str, abbreviations: list[str]) -> DutchSentencizer:
    return DutchSentencizer(abbreviations)


class DutchSentencizer:
    """Sentence boundaries for Dutch official prose: a full stop ends a sentence unless it belongs to
    an abbreviation (`nr.`, `jl.`, `o.a.`, `c.s.`) or an initial (`A. de Vries`); a line break ends
    one too, since normalisation has already joined lines wrapped inside sentences. A sentence that
    would grow over `MAX_SENTENCE_CHARS` ends before the word that would make it so."""

    def __init__(self, abbreviations: Iterable[str]) -> None:
        self.abbreviations = frozenset(a.casefold().rstrip(".") for a in abbreviations)

    def __call__(self, doc: Doc) -> Doc:
        """Every token is marked as starting a sentence or not; the marks are written as one array."""
        if len(doc):
            words = token_texts(doc)
            space = doc.to_array(IS_SPACE).tolist()
            starts = [True] + [self._starts(words, space, i) for i in range(1, len(words))]
            if len(doc.text) > MAX_SENTENCE_CHARS:
                _cap_lengths(starts, words, space, doc.to_array(IDX).tolist())
            doc.from_array([SENT_START], numpy.where(starts, 1, -1).astype(numpy.uint64))
        return doc

    def _starts(self, words: list[str], space: list[int], i: int) -> bool:
        """Whether token `i` starts a sentence, from the tokens' texts and `is_space` flags (a
        token's trailing white space is at most one space, so a line break is a token of its own)."""
        prev, word = words[i - 1], words[i]
        if "\n" in prev or space[i - 1]:
            return not space[i]
        if space[i]:
            return False
        if prev in ABBREVIATION_END or prev.endswith("."):
            if prev == "." and i >= 2 and self._no_boundary_after(words[i - 2]):
                return False
            if prev != "." and self._no_boundary_after(prev):
                return False
            return word[:1].isupper() or word[:1].isdigit() or word[:1] in OPENERS
        return False

    def _no_boundary_after(self, word: str) -> bool:
        text = word.rstrip(".").casefold()
        single_initial = len(word.rstrip(".")) == 1 and word[:1].isupper()
        return (
            text in self.abbreviations
            or single_initial
            or bool(
                word.count(".") > 1 and word.endswith(".")  # "S.A.M.", "o.a."
            )
        )


def _cap_lengths(starts: list[bool], words: list[str], space: list[int], idx: list[int]) -> None:
    """Marks a word as starting a sentence where the sentence would otherwise run past
    `MAX_SENTENCE_CHARS` (white space, trimmed from sentences, does not start one)."""
    begin = 0
    for i in range(1, len(words)):
        if starts[i]:
            begin = idx[i]
        elif not space[i] and idx[i] + len(words[i]) - begin > MAX_SENTENCE_CHARS:
            starts[i] = True
            begin = idx[i]


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
            if term.core_type == "Person":  # bare person labels are matched by context rules instead
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
                    Candidate(span.start_char, span.end_char, self.terms[iri].core_type, "vocabulary", iri)
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
#: the project's own NER (`bg_ner`, trained by `make ner`) labels with our types themselves
PROJECT_NER_LABELS = ("Person", "Organisation", "Country", "Place", "Policy", "Instrument")
#: where `make ner` puts the project's trained NER (CC BY-SA 4.0: trained on UD Dutch text)
NER_MODEL = Path(__file__).with_name("ner_model")


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


@Language.factory("bg_ner", default_config={"model": ""})
def make_project_ner(nlp: Language, name: str, model: str) -> ProjectNer:
    return ProjectNer(nlp, Path(model) if model else NER_MODEL)


class ProjectNer:
    """The project's NER (weak supervision, `extract/ner_data.py`) adds candidates named
    `trained-ner.<type>`; resolution keeps one only where no rule or vocabulary candidate overlaps it.

    Its model is a pipeline of one `ner` with its own tok2vec, run on the Doc the rules see, so that
    it tokenises as the rules do; entities set by a base pipeline's own NER are kept as they were."""

    def __init__(self, nlp: Language, path: Path) -> None:
        try:
            trained = spacy.load(path)
        except OSError as exc:
            raise OSError(f"the project's NER is not at {path} (make ner trains it): {exc}") from exc
        self.ner = trained.get_pipe("ner")
        for label in self.ner.labels:  # so that the entities' labels read back in this vocab
            nlp.vocab.strings.add(label)

    def __call__(self, doc: Doc) -> Doc:
        before = doc.to_array([ENT_IOB, ENT_TYPE, ENT_KB_ID])
        doc.ents = []
        self.ner(doc)
        found = [
            Candidate(e.start_char, e.end_char, e.label_, f"trained-ner.{e.label_}")
            for e in doc.ents
            if e.label_ in PROJECT_NER_LABELS
            and plausible(e.text, e.label_, opens_sentence=e[0].is_sent_start)
        ]
        doc.from_array([ENT_IOB, ENT_TYPE, ENT_KB_ID], before)
        add_candidates(doc, found)
        return doc


def plausible(surface: str, label: str, *, opens_sentence: bool = False) -> bool:
    """The type checks a statistical name passes, as the rules' names do by their patterns: it is
    on one line and holds a capital letter; it is not all capitals (acronyms are the acronym rules' and the
    vocabulary's to decide, and an all-capitals span is most often a heading: "MOTIE VAN HET LID
    …"); a person's name is a name as the person rules write one (a surname, after a first name or
    initials), not a title ("De heer") or a ministry ("Buitenlandse Zaken"); a policy or instrument has
    a head noun that says so ("Verdrag …", "…fonds"); any other name is a run of capitalised words
    (with connectors: "Raad van State") that are not all words of posts and bodies ("Raad",
    "Buitenlandse Zaken"), and one word that opens a sentence is not a name by its capital alone
    ("Klopt", "Intern")."""
    if "\n" in surface or surface != surface.strip():  # a name does not run over a line break
        return False
    letters = [c for c in surface if c.isalpha()]
    if not any(c.isupper() for c in letters) or all(c.isupper() for c in letters):
        return False
    if label == "Person":
        return PERSON_NAME.fullmatch(surface) is not None and looks_like_name(surface)
    if label in ("Policy", "Instrument"):
        return classify(surface, any_case=True) in ("Policy", "Instrument")
    words = surface.split()
    return (
        PROPER_NAME.fullmatch(surface) is not None
        and not all(w in NOT_A_NAME for w in words)
        and not (opens_sentence and len(words) == 1)
    )


#: a person's name as the person rules write one: "Jan Jansen", "A. de Vries", "Van den Hul", "Wang Yi"
PERSON_NAME = re.compile(rf"{FULL_NAME}|{CAPITALISED_NAME}")
