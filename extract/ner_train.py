"""Trains the project's NER and ships it in `extract/ner_model` (`make ner`).

Steps: the weakly supervised training data (`ner_data`), `spacy train` with `ner.cfg`, then the
best checkpoint is copied into the package with its licence: it is trained on UD Dutch text
(CC BY-SA 4.0), so it is shipped under CC BY-SA 4.0 with that attribution. The string table of
the checkpoint lists every word of the training text; the NER reads words by their hashes and
needs only its labels, so the shipped table holds nothing else (no corpus text in the repository).

    python -m beleidsgraaf.extract.ner_train ../shared --work out/ner
"""

from __future__ import annotations

import argparse
import json
import shutil
import time
from pathlib import Path

import spacy
from spacy.cli.train import train

from beleidsgraaf.extract.components import NER_MODEL
from beleidsgraaf.extract.extractor import Extractor
from beleidsgraaf.extract.ner_data import add_tune_option, build_corpus, chosen_tune, write

CONFIG = Path(__file__).with_name("ner.cfg")
LICENCE = """\
The project's NER (beleidsgraaf), trained by `make ner` (extract/ner_train.py, extract/ner.cfg).

Licence: CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). The model is a derived
work of UD_Dutch-Alpino and UD_Dutch-LassySmall (development and test files; CC BY-SA 4.0):
Bouma & van Noord (2017), "Increasing return on annotation investment: the automatic construction
of a Universal Dependency treebank for Dutch", UD Workshop; van Noord et al. (2013), "Large Scale
Syntactic Annotation of Written Dutch: Lassy". Its labels were made by the project's rules and
vocabulary (weak supervision) and from the project's gold annotation of the dev-b `tune` documents.
"""


def ship(checkpoint: Path, target: Path, counts: dict, tune: list[str], seconds: float) -> None:
    """The checkpoint into `target`, with only the label strings, a filled-in meta (what it was
    trained on: sentences per source, the dev-b `tune` documents) and the licence."""
    if target.is_symlink() or target.is_file():
        target.unlink()
    elif target.exists():
        shutil.rmtree(target)
    shutil.copytree(checkpoint, target)
    labels = sorted(spacy.load(checkpoint).get_pipe("ner").labels)
    (target / "vocab" / "strings.json").write_text(json.dumps(labels) + "\n", encoding="utf-8")
    meta_path = target / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update(
        name="beleidsgraaf_ner",
        description="Names of persons, organisations, countries, places, policies and instruments in "
        "Dutch policy documents, by weak supervision (extract/ner_data.py)",
        license="CC BY-SA 4.0",
        sources=[
            {"name": "UD_Dutch-Alpino", "license": "CC BY-SA 4.0"},
            {"name": "UD_Dutch-LassySmall", "license": "CC BY-SA 4.0"},
        ],
        training={"sentences": counts, "tune_documents": sorted(tune), "seconds": round(seconds)},
    )
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (target / "LICENCE.txt").write_text(LICENCE, encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shared", type=Path, help="the shared folder (corpus, gold, ud)")
    parser.add_argument("--work", type=Path, default=Path("out/ner"), help="training data and checkpoints")
    parser.add_argument("--examples", type=Path, default=Path("examples"))
    parser.add_argument("--ship", type=Path, default=NER_MODEL, help="where the trained NER goes")
    add_tune_option(parser)
    args = parser.parse_args(argv)
    tune = chosen_tune(parser, args)
    began = time.monotonic()
    extractor = Extractor(ner=False)  # silver labels are the rules', never the NER's own
    corpus = build_corpus(args.shared, args.examples, tune, extractor)
    write(corpus, extractor.nlp, args.work)
    train(
        CONFIG,
        args.work / "model",
        overrides={"paths.train": str(args.work / "train.spacy"), "paths.dev": str(args.work / "dev.spacy")},
    )
    seconds = time.monotonic() - began
    ship(args.work / "model" / "model-best", args.ship, corpus.counts(), tune, seconds)
    print(f"NER trained in {seconds / 60:.1f} min, shipped in {args.ship}")


if __name__ == "__main__":
    main()
