"""The cues of the syntax rules (`syntax_relations.Cue`), which decide before parsing which
sentences the parser sees: a sentence with a rule's cue word and two entities of the types it joins
is parsed, in any voice and word order of a separable verb; one without any rule's cue is not; and
on the real documents no rule reads anything from a sentence the cues leave unparsed, so the
relations are the same as when every sentence two entities may relate in is parsed."""

from __future__ import annotations

from pathlib import Path

import pytest

from beleidsgraaf.base.errors import BeleidsgraafError
from beleidsgraaf.extract import syntax_relations as rules
from beleidsgraaf.extract.extractor import Extractor
from beleidsgraaf.extract.model import Mention, Span
from beleidsgraaf.extract.nlp import build_syntax_pipeline
from beleidsgraaf.extract.readers import read
from beleidsgraaf.extract.syntax import parse_sentences, sentences_to_parse
from beleidsgraaf.extract.syntax_relations import CUES, SYNTAX_RULES, Tree, lowered_text
from tests.conftest import DEV, SEEDS, SHARED, need

TYPES = {"rvo": "Organisation", "dggf": "Policy", "nl": "Country", "de": "Country", "ez": "Organisation"}


def _chosen(sentences: list[tuple[str, list[tuple[str, str]]]]) -> list[str]:
    """The sentences `sentences_to_parse` keeps of a text made of `sentences`, each with its names
    and their entity ids."""
    text, mentions = "", []
    for sentence, names in sentences:
        start = len(text)
        text += sentence + " "
        for surface, entity in names:
            at = start + sentence.lower().index(surface.lower())
            mentions.append(
                Mention(
                    at, at + len(surface), surface, entity, "test", Span(start, start + len(sentence), "")
                )
            )
    return [text[s:e] for s, e in sentences_to_parse(mentions, TYPES, text=text)]


RVO_DGGF = [("RVO", "rvo"), ("het DGGF", "dggf")]

#: sentences an organisation and a policy are in, with a cue of a rule that joins them
CUED = [
    "RVO voert het DGGF uit.",  # implements, the particle apart
    "Het DGGF wordt door RVO uitgevoerd.",  # the particle and ge- glued on
    "Het DGGF, dat RVO uitvoert, helpt ondernemers.",
    "RVO zal het DGGF uit gaan voeren.",
    "RVO is verantwoordelijk voor het DGGF.",  # responsibleFor
    "RVO lanceerde het DGGF.",
    "RVO steunt het DGGF.",  # supports
    "RVO wijst het DGGF af.",  # opposes
    "RVO geeft uitvoering aan het DGGF.",
]
#: sentences with the same two entities and no rule's cue
CUELESS = [
    "RVO en het DGGF staan in de tabel.",
    "RVO noemt het DGGF vaak.",
    "Ook RVO kent het DGGF.",
    "RVO schreef over het DGGF een brief.",
    "Het DGGF, een fonds, en RVO, een agentschap, zijn bekend.",
]


def test_a_sentence_with_a_rules_cue_is_parsed_and_one_without_any_is_not() -> None:
    sentences = [(s, RVO_DGGF) for s in CUED + CUELESS]
    assert _chosen(sentences) == CUED


def test_a_cue_word_counts_only_with_entities_of_the_types_its_rule_joins() -> None:
    # implements joins an organisation to a policy; no rule reads "voert uit" between two states
    assert (
        _chosen(
            [("Nederland voert met Duitsland een gesprek uit.", [("Nederland", "nl"), ("Duitsland", "de")])]
        )
        == []
    )
    # partnerOf joins states by `partner`
    partners = [("Nederland is partner van Duitsland.", [("Nederland", "nl"), ("Duitsland", "de")])]
    assert _chosen(partners) == [partners[0][0]]
    # cooperatesWith joins organisations: "werkt samen"
    orgs = [("RVO werkt nauw samen met EZK.", [("RVO", "rvo"), ("EZK", "ez")])]
    assert _chosen(orgs) == [orgs[0][0]]


def test_cue_words_start_a_word_and_the_forms_of_a_verb_end_one() -> None:
    implements = CUES["syntax.implements.verb"].pattern
    for form in ("voert", "uitgevoerd", "uitvoert", "uitvoeren", "voerde", "uitvoerende"):
        assert implements.search(form), form
    for word in ("invoer", "voertuig", "uitvoering"):  # another word, or a noun the verb rule does not read
        assert not implements.search(word), word
    amends = CUES["syntax.amends.verb"].pattern
    assert amends.search("herzien") and amends.search("aangepast") and not amends.search("passagiers")
    assert CUES["syntax.partOf.component"].pattern.search("onderdelen")  # `deel`, `delen`


def _parser():
    try:
        return build_syntax_pipeline()
    except BeleidsgraafError:
        return None


PARSER = _parser()
needs_parser = pytest.mark.skipif(
    PARSER is None, reason="the project's trained pipeline (extract/ud_pipeline) is absent"
)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@needs_parser
@pytest.mark.parametrize("folder", [SEEDS, DEV, SHARED / "corpus" / "dev-b"], ids=["seeds", "dev", "dev-b"])
def test_no_rule_reads_anything_from_a_sentence_the_cues_leave_unparsed(
    folder: Path, extractor: Extractor
) -> None:
    dropped = 0
    for path in sorted(p for p in need(folder).iterdir() if p.suffix == ".txt"):
        x = extractor.extract(read(path))
        types = {i: e.core_type for i, e in x.entities.items()}
        classes = {i: e.type for i, e in x.entities.items()}
        parsed = {offset for offset, _ in x.parsed}
        related = sentences_to_parse(x.mentions, types)
        assert parsed <= {start for start, _ in related}
        rest = [span for span in related if span[0] not in parsed]
        dropped += len(rest)
        for offset, doc in parse_sentences(extractor.syntax, x.source.text, rest):
            inside = [m for m in x.mentions if offset <= m.start < offset + len(doc.text)]
            tree = Tree(doc, offset, inside, types.__getitem__, classes.__getitem__)
            for name, rule in SYNTAX_RULES.items():
                assert not list(rule(tree)), f"{path.name}: {name} reads {doc.text!r}, which is not parsed"
    assert dropped, "the cues left every sentence to the parser"


def _ud_sentences(path: Path) -> list[str]:
    return [
        line[len("# text = ") :].strip()
        for line in path.open(encoding="utf-8")
        if line.startswith("# text = ")
    ]


#: the verbs and nouns the rules find heads by, each with the cue of its rule
HEAD_VERBS = {
    "syntax.implements.verb": rules.IMPLEMENT_VERBS,
    "syntax.responsibleFor.maker": rules.MAKERS,
    "syntax.responsibleFor.causative": frozenset({"laten"}),
    "syntax.transposes.verb": rules.TRANSPOSE_VERBS,
    "syntax.amends.verb": rules.AMEND_VERBS,
    "syntax.partOf.component": frozenset({"vallen", "omvatten"}),
    "syntax.cooperatesWith.verb": rules.COOPERATE_VERBS,
    "syntax.supports.verb": rules.SUPPORT_VERBS | set(rules.SUPPORT_WITH),
    "syntax.opposes.verb": rules.OPPOSE_VERBS | set(rules.OPPOSE_WITH),
}
HEAD_NOUNS = {
    "syntax.implements.execution": rules.EXECUTION,
    "syntax.responsibleFor.charge": rules.CHARGE_NOUNS,
    "syntax.transposes.purpose": rules.TRANSPOSITION_NOUNS,
    "syntax.amends.purpose": rules.AMENDMENT_NOUNS,
    "syntax.partOf.component": rules.PART_NOUNS,
    "syntax.cooperatesWith.noun": rules.COOPERATION_NOUNS,
    "syntax.supports.verb": frozenset(rules.SUPPORT_NOUNS),
    "syntax.opposes.verb": frozenset(rules.OPPOSE_NOUNS),
}


@needs_parser
def test_every_token_the_lemmatizer_makes_a_head_holds_its_rules_cue() -> None:
    """The cues take a head found by its lemma to be a form of it: checked on the held-out UD file,
    which the pipeline was not trained on, token by token."""
    assert PARSER is not None
    heads = 0
    for doc in PARSER.pipe(_ud_sentences(need(SHARED / "ud" / "nl_alpino-ud-test.conllu"))):
        lowered = lowered_text(doc.text)
        for tok in doc:
            for name, verbs in HEAD_VERBS.items():
                if rules._verb(tok, verbs):
                    heads += 1
                    assert CUES[name].pattern.match(lowered, tok.idx), (name, tok.text, tok.lemma_, doc.text)
            for name, nouns in HEAD_NOUNS.items():
                if rules._noun(tok, nouns):
                    heads += 1
                    assert CUES[name].pattern.match(lowered, tok.idx), (name, tok.text, tok.lemma_, doc.text)
    assert heads > 50
