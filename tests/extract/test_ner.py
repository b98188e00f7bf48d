"""The project's NER: its weakly supervised training data (silver labels from the rules, gold from
dev-b tune, unknown tokens left missing), the shipped model, and how its candidates meet the rules'."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import spacy

from beleidsgraaf.extract.components import (
    NER_MODEL,
    PROJECT_NER_LABELS,
    candidates,
    make_project_ner,
    plausible,
)
from beleidsgraaf.extract.extractor import Extractor
from beleidsgraaf.extract.model import SourceText
from beleidsgraaf.extract.ner_data import (
    LABELS,
    Sentence,
    capitalised_unknowns,
    gold_spans,
    read_ud,
    silver_entities,
    to_doc,
    tune_files,
)
from beleidsgraaf.extract.nlp import build_pipeline, parse, pipeline_id
from beleidsgraaf.extract.readers import read
from beleidsgraaf.extract.resolve import select
from beleidsgraaf.extract.rules import Candidate
from beleidsgraaf.pipeline.work import extraction_key
from beleidsgraaf.settings import Settings
from tests.conftest import SHARED, need, run_cli


def test_gold_spans_label_every_occurrence_longest_first_and_leave_borderline_unknown() -> None:
    text = "De Europese Commissie en de Commissie spraken. Nederlandse bedrijven en Nederland. Het kabinet."
    entities = [
        {"name": "Europese Commissie", "type": "Organisation", "aliases": ["Commissie"]},
        {"name": "Nederland", "type": "Country", "aliases": ["Nederlandse"]},
        {"name": "kabinet", "type": "Organisation", "optional": True},
    ]
    labelled, unknown = gold_spans(text, entities)
    assert [(text[s:e], label) for s, e, label in labelled] == [
        ("Europese Commissie", "Organisation"),
        ("Commissie", "Organisation"),
        ("Nederland", "Country"),
    ]
    assert [text[s:e] for s, e in unknown] == ["Nederlandse", "kabinet"]


def test_short_gold_names_match_case_sensitively_and_as_whole_words() -> None:
    text = "De VS en Japan; vs. de VSA-regels."
    labelled, _ = gold_spans(text, [{"name": "VS", "type": "Country"}])
    assert [text[s:e] for s, e, _ in labelled] == ["VS"]


def test_unlabelled_capitalised_words_are_missing_not_outside() -> None:
    nlp = build_pipeline()
    text = "De minister sprak met Jansen over Acme Holding."
    sentence = Sentence(
        text, "silver", [(22, 28, "Person")], capitalised_unknowns(nlp, text, common={"de", "minister"})
    )
    doc = to_doc(nlp, sentence)
    tags = {t.text: (t.ent_iob_, t.ent_type_) for t in doc}
    assert tags["Jansen"] == ("B", "Person")
    assert tags["Acme"] == ("", "") and tags["Holding"] == ("", "")  # missing: no rule knows them
    assert tags["De"] == ("O", "") and tags["sprak"] == ("O", "")  # a common word opens the sentence


def test_ud_proper_nouns_are_read_with_their_offsets() -> None:
    path = need(SHARED / "ud" / "nl_alpino-ud-dev.conllu")
    sentences = list(read_ud(path))
    assert len(sentences) == 718
    names = [s.text[a:b] for s in sentences for a, b in s.names]
    assert len(names) > 500 and all(n and not any(c.isspace() for c in n) for n in names)
    mien = next(s for s in sentences if s.text.startswith("Moeder Mien"))
    assert [mien.text[a:b] for a, b in mien.names] == ["Mien"]  # "Moeder" is a common noun
    # Alpino counts weekdays, months and name particles as proper nouns: most are capitalised
    assert sum(n[:1].isupper() or n[:1].isdigit() for n in names) / len(names) > 0.85


def test_training_never_reads_the_check_documents() -> None:
    shared = need(SHARED / "gold" / "dev-b-split.json").parents[1]
    split = json.loads((shared / "gold" / "dev-b-split.json").read_text(encoding="utf-8"))
    assert set(tune_files(shared)) == set(split["tune"])
    assert not set(tune_files(shared)) & set(split["check"])


def test_ner_data_refuses_a_check_document() -> None:
    from beleidsgraaf.extract.ner_data import main

    shared = need(SHARED / "gold" / "dev-b-split.json").parents[1]
    check = json.loads((shared / "gold" / "dev-b-split.json").read_text(encoding="utf-8"))["check"][0]
    with pytest.raises(SystemExit):
        main([str(shared), "/nonexistent-out", "--tune", check])


def test_silver_labels_are_the_extractions_names_on_a_seed(seeds: Path) -> None:
    path = sorted(seeds.glob("*.txt"))[0]
    text = read(path).text
    found = silver_entities(Extractor(), text)
    assert found and {label for *_, label in found} <= set(LABELS)
    assert all(text[s:e].strip() == text[s:e] and text[s:e] for s, e, _ in found)


def test_a_statistical_candidate_only_fills_gaps_between_the_rules() -> None:
    text = "Minister Jansen bezocht Acme Holding in Utrecht."
    found = [
        Candidate(9, 15, "Person", "persons.role-name"),
        Candidate(0, 15, "Person", "trained-ner.Person"),  # longer, but a rule found this name
        Candidate(24, 36, "Organisation", "trained-ner.Organisation"),  # no rule did
    ]
    chosen = {(text[c.start : c.end], c.rule) for c in select(found, text)}
    assert chosen == {("Jansen", "persons.role-name"), ("Acme Holding", "trained-ner.Organisation")}


def test_the_shipped_ner_loads_and_labels_with_the_guidelines_types() -> None:
    assert (NER_MODEL / "meta.json").is_file(), "make ner ships the trained NER in extract/ner_model"
    trained = spacy.load(NER_MODEL)
    assert trained.pipe_names == ["ner"]
    assert set(trained.get_pipe("ner").labels) <= set(PROJECT_NER_LABELS)
    assert {"Person", "Organisation", "Country"} <= set(trained.get_pipe("ner").labels)


def test_the_project_ner_adds_candidates_in_the_pipeline() -> None:
    nlp = build_pipeline(None, True)
    assert nlp.pipe_names[-1] == "bg_ner"
    text = (
        "Aan de vergadering namen deel de leden Van der Berg, Pietersen en Jansma, "
        "en de heer De Wit namens de Stichting Oosterschelde Natuur."
    )
    rules = {c.rule for o, doc in parse(nlp, text) for c in candidates(doc)}
    assert any(r.startswith("trained-ner.") for r in rules)
    doc = nlp(text)
    assert not doc.ents  # the NER's entities become candidates, not the Doc's entities


def test_without_the_ner_no_statistical_candidate_is_made() -> None:
    nlp = build_pipeline()
    assert "bg_ner" not in nlp.pipe_names
    text = "Aan de vergadering namen deel de leden Van der Berg, Pietersen en Jansma."
    assert not any(c.rule.startswith("trained-ner.") for _, d in parse(nlp, text) for c in candidates(d))


@pytest.fixture(scope="module")
def with_ner() -> Extractor:
    """Blank Dutch, the rules and the shipped NER (no parser: these tests are about names)."""
    return Extractor("blank", ner=True)


#: a name no rule knows (no role, party or list before it), which the shipped NER finds
UNRULED = "Nederland steunt Ghana bij de aanleg van wegen, zei Marieke Dekker gisteren."


def test_a_name_no_rule_knows_becomes_a_mention_through_resolution(with_ner: Extractor) -> None:
    source = SourceText(Path("constructed.txt"), UNRULED, "txt", "")
    x = with_ner.extract(source)
    found = {(UNRULED[m.start : m.end], x.entities[m.entity_id].core_type, m.rule) for m in x.mentions}
    assert ("Marieke Dekker", "Person", "trained-ner.Person") in found
    assert ("Ghana", "Country", "vocabulary") in found  # the rules' names stay the rules'
    rules_only = Extractor("blank").extract(source)
    assert not any(UNRULED[m.start : m.end] == "Marieke Dekker" for m in rules_only.mentions)


def test_every_statistical_mention_passed_the_type_checks(seeds: Path, with_ner: Extractor) -> None:
    statistical = []
    for path in sorted(seeds.glob("*.txt"))[:2]:
        source = read(path)
        x = with_ner.extract(source)
        statistical += [
            (source.text[m.start : m.end], x.entities[m.entity_id].core_type)
            for m in x.mentions
            if m.rule.startswith("trained-ner.")
        ]
    assert all(plausible(surface, label) for surface, label in statistical), statistical


@pytest.mark.parametrize(
    ("surface", "label", "expected"),
    [
        ("Marieke Dekker", "Person", True),
        ("A. de Vries", "Person", True),
        ("Van den Hul", "Person", True),
        ("De heer", "Person", False),  # a title, not a name
        ("Buitenlandse Zaken", "Person", False),  # a ministry's words
        ("Acme Holding", "Person", False),  # an organisation's word
        ("Acme Holding", "Organisation", True),
        ("MOTIE VAN HET LID", "Person", False),  # a heading in capitals
        ("Jan\nJansen", "Person", False),  # over a line break
        ("ministerie", "Organisation", False),  # no capital
        ("Raad van State", "Organisation", True),
        ("Raad", "Organisation", False),  # a body's word alone
        ("Buitenlandse Zaken", "Organisation", False),  # a post's words, not the ministry's name
        ("Kamerbrief van 30", "Organisation", False),  # a name ends in a capitalised word
        ("Onderzoek eerder", "Organisation", False),
        ("Deltaprogramma Zoetwater", "Policy", True),
        ("Zoetwater", "Policy", False),  # no head noun that makes it a policy
    ],
)
def test_the_type_checks_of_a_statistical_name(surface: str, label: str, expected: bool) -> None:
    assert plausible(surface, label) is expected


def test_one_capitalised_word_opening_a_sentence_is_not_a_name_by_its_capital() -> None:
    assert plausible("Atradius", "Organisation")
    assert not plausible("Klopt", "Country", opens_sentence=True)
    assert plausible("Raad van State", "Organisation", opens_sentence=True)


def test_blank_with_the_ner_has_no_syntax_and_the_ner_last(with_ner: Extractor) -> None:
    assert with_ner.syntax is None
    assert with_ner.nlp.pipe_names[-1] == "bg_ner"
    assert "ner" not in with_ner.nlp.pipe_names  # no base pipeline's NER with blank


def test_the_extraction_key_says_whether_and_which_ner_ran(tmp_path: Path) -> None:
    keys = {
        extraction_key(Settings(spacy_model=model, ner=ner))
        for model in (None, "blank")
        for ner in (False, True)
    }
    assert len(keys) == 4
    retrained = tmp_path / "ner_model"
    shutil.copytree(NER_MODEL, retrained)
    (retrained / "ner" / "moves").write_bytes((retrained / "ner" / "moves").read_bytes() + b"\n")
    assert pipeline_id(str(retrained)) != pipeline_id(str(NER_MODEL))


def test_the_ner_setting_comes_from_the_flag_or_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BELEIDSGRAAF_NER", raising=False)
    assert not Settings.from_env().ner
    monkeypatch.setenv("BELEIDSGRAAF_NER", "1")
    assert Settings.from_env().ner
    assert not Settings.from_env(ner=False).ner  # the flag wins


def test_a_missing_ner_model_is_one_clear_error(tmp_path: Path) -> None:
    nlp = build_pipeline("blank")
    with pytest.raises(OSError, match="make ner"):
        make_project_ner(nlp, "bg_ner", str(tmp_path / "absent"))


def test_build_with_ner_re_extracts_an_unchanged_document(cli: str, tmp_path: Path) -> None:
    """`--ner` reaches the extractor and the extraction key: the same store built again with it
    re-extracts the unchanged document, and the NER's name is in the graph with its rule."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "constructed.txt").write_text(UNRULED + "\n", encoding="utf-8")
    store, out = tmp_path / "store", tmp_path / "graph.nq"

    def build_and_export(*flags: str) -> str:
        run_cli(
            cli, "build", str(corpus), "--store", str(store), "--spacy-model", "blank", "--jobs", "1", *flags
        )
        run_cli(cli, "export", "--store", str(store), "--format", "nquads", "-o", str(out))
        return out.read_text(encoding="utf-8")

    assert "trained-ner.Person" not in build_and_export()
    assert "trained-ner.Person" in build_and_export("--ner")
    assert "trained-ner.Person" not in build_and_export("--no-ner")
