"""The trained-pipeline path: a real spaCy NER, trained here on a few sentences and loaded from
disk like an installed nl_core_news_* package, adds its entities as candidates."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import spacy
from spacy.training import Example

from beleidsgraaf.extract.components import candidates
from beleidsgraaf.extract.nlp import build_pipeline, parse

TRAIN = [
    ("Gisteren sprak Jan Jansen met de pers.", [(15, 25, "PERSON")]),
    ("Volgens Piet Pietersen is dat onjuist.", [(8, 22, "PERSON")]),
    ("Het bedrijf Acme Holding groeit.", [(12, 24, "ORG")]),
    ("Jan Jansen bezocht Acme Holding.", [(0, 10, "PERSON"), (19, 31, "ORG")]),
]


@pytest.fixture(scope="module")
def trained_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    nlp = spacy.blank("nl")
    ner = nlp.add_pipe("ner")
    for _, spans in TRAIN:
        for *_, label in spans:
            ner.add_label(label)
    examples = [Example.from_dict(nlp.make_doc(text), {"entities": spans}) for text, spans in TRAIN]
    random.seed(0)
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(40):
        random.shuffle(examples)
        nlp.update(examples, sgd=optimizer, drop=0.0)
    path = tmp_path_factory.mktemp("model") / "nl_test_ner"
    nlp.to_disk(path)
    return path


def test_trained_ner_adds_candidates_next_to_the_rules(trained_model: Path) -> None:
    nlp = build_pipeline(str(trained_model))
    assert nlp.pipe_names[:2] == ["ner", "bg_trained_ner"]
    assert {"bg_sentencizer", "bg_vocabulary", "bg_rules"} <= set(nlp.pipe_names)
    text = "Jan Jansen bezocht Acme Holding. Het Dutch Good Growth Fund (DGGF) was er ook."
    found = {
        (text[c.start + o : c.end + o], c.label, c.rule)
        for o, doc in parse(nlp, text)
        for c in candidates(doc)
    }
    assert ("Jan Jansen", "Person", "trained-ner.PERSON") in found
    assert ("DGGF", "Instrument", "acronyms.definition") in found  # a paragraph rule's


def test_an_unknown_model_is_one_clear_error() -> None:
    from beleidsgraaf.extract.nlp import PipelineError

    with pytest.raises(PipelineError, match="nl_core_news_nope"):
        build_pipeline("nl_core_news_nope")
