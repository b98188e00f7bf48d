"""Universal Dependencies treebanks (CoNLL-U) to spaCy training data, in the project's tokenization.

`make model` trains the syntax pipeline (`ud_pipeline/`) from the Dutch UD files in `../shared/ud`.
Two things in the gold are changed so that the pipeline learns what extraction will ask of it:

- lemmas: Alpino marks the parts of compounds (`basis_niveau`, `af_lopen`); the marks are removed
  (`basisniveau`, `aflopen`), as a lemma in running text is written;
- tokens: the project's tokenizer splits compounds at hyphens and slashes ("FARC-rebellen" →
  `FARC` `-` `rebellen`), which UD keeps whole. Training data split the same way lets the parser
  learn those pieces: the last word piece keeps the gold token's head, relation, POS and features;
  the other word pieces attach to it as `compound` and the marks as `punct`, their POS and lemma
  left unannotated (missing, so not learned) unless the gold lemma shows it.

The held-out file keeps its gold tokens (only the lemma marks go), so that its scores are computed
as spaCy computes them for its own pipelines: over the tokens where the tokenizer agrees with UD.

    python -m beleidsgraaf.extract.ud convert ../shared/ud out/ud   # train, dev and test .spacy
    python -m beleidsgraaf.extract.ud ship MODEL SCORES extract/ud_pipeline
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, DocBin, Token
from spacy.training import Alignment
from spacy.training.converters import conllu_to_docs

#: the treebank held out for the reported scores; the others are trained on
HELD_OUT = "nl_alpino-ud-test.conllu"
TRAINED_ON = ("nl_alpino-ud-dev.conllu", "nl_lassysmall-ud-dev.conllu", "nl_lassysmall-ud-test.conllu")
#: every this-many-th training sentence is kept apart to choose the best checkpoint with, so that
#: the held-out file is used for nothing but the final scores
DEV_EVERY = 20

COMPOUND_MARK = re.compile(r"(?<=[^\W_])_(?=[^\W_])")


def clean_lemma(lemma: str) -> str:
    """A lemma without Alpino's compound marks: `basis_niveau` → `basisniveau`."""
    return COMPOUND_MARK.sub("", lemma)


def read_conllu(path: Path) -> Iterator[Doc]:
    """One Doc per sentence, gold annotation set, lemmas cleaned."""
    for doc in conllu_to_docs(path.read_text(encoding="utf-8"), n_sents=1, no_print=True):
        for token in doc:
            token.lemma_ = clean_lemma(token.lemma_)
        yield doc


def retokenize(doc: Doc, nlp: Language) -> Doc:
    """`doc` (gold tokens) with each token that `nlp`'s tokenizer splits split the same way."""
    ours = [t.text for t in nlp.make_doc(doc.text)]
    align = Alignment.from_strings([t.text for t in doc], ours)
    pieces: dict[int, list[str]] = {}
    for i in range(len(doc)):
        mine = align.x2y[i].tolist()
        if len(mine) > 1 and all(len(align.y2x[j]) == 1 for j in mine):
            pieces[i] = [ours[j] for j in mine]
    if not pieces:
        return doc
    # where each gold token's pieces start in the new tokens, and which of them heads the others
    first, head_piece, n = [], {}, 0
    for token in doc:
        first.append(n)
        parts = pieces.get(token.i, [token.text])
        head_piece[token.i] = _head_piece(parts)
        n += len(parts)
    columns: dict[str, list] = {k: [] for k in ("words", "spaces", "heads", "deps", "pos", "tags", "morphs", "lemmas")}
    for token in doc:
        parts = pieces.get(token.i, [token.text])
        k = head_piece[token.i]
        head = first[token.head.i] + head_piece[token.head.i]
        attrs = _piece_attrs(token, parts, k) if token.i in pieces else _own_attrs(token)
        for m, part in enumerate(parts):
            columns["words"].append(part)
            columns["spaces"].append(bool(token.whitespace_) and m == len(parts) - 1)
            columns["heads"].append(head if m == k else first[token.i] + k)
            for name, values in attrs.items():
                columns[name].append(values[m])
    columns["sent_starts"] = [n == 0 for n in range(len(columns["words"]))]
    return Doc(doc.vocab, **columns)


def _head_piece(parts: list[str]) -> int:
    """The piece that heads a split token: its last word with a letter, not a clitic `'s` (Dutch
    compounds are right-headed: "FARC-rebellen"; a number after a name modifies it: "COX-1")."""
    words = [k for k, p in enumerate(parts) if _has_letter(p) and not CLITIC.fullmatch(p)]
    words = words or [k for k, p in enumerate(parts) if _is_word(p)]
    return words[-1] if words else len(parts) - 1


CLITIC = re.compile(r"['’]s")
NON_ALNUM = re.compile(r"[\W_]+")


def _is_word(piece: str) -> bool:
    return any(c.isalnum() for c in piece)


def _has_letter(piece: str) -> bool:
    return any(c.isalpha() for c in piece)


def _own_attrs(token: Token) -> dict[str, list[str]]:
    return {
        "pos": [token.pos_],
        "tags": [token.tag_],
        "morphs": [str(token.morph)],
        "lemmas": [token.lemma_],
        "deps": [token.dep_],
    }


def _piece_attrs(token: Token, parts: list[str], k: int) -> dict[str, list[str]]:
    """POS, tag, features, lemma and relation of each piece; "" where the treebank does not say."""
    attrs: dict[str, list[str]] = {"pos": [], "tags": [], "morphs": [], "lemmas": [], "deps": []}
    for n, part in enumerate(parts):
        if n == k:
            row = (token.pos_, token.tag_, str(token.morph), _head_lemma(token, parts, k), token.dep_)
        elif not _is_word(part):
            row = ("PUNCT", "LET", "", part, "punct")
        elif part.isdigit():
            row = ("NUM", "", "", part, "nummod" if n > k else "compound")
        else:
            row = ("", "", "", "", "compound")
        for name, value in zip(attrs, row, strict=True):
            attrs[name].append(value)
    return attrs


def _head_lemma(token: Token, parts: list[str], k: int) -> str:
    """The head piece's lemma: what remains of the token's lemma without the other pieces ("FARC-
    rebellen", lemma `FARCrebel`: `rebel`); "" (missing) when the lemma does not split so."""
    lemma = NON_ALNUM.sub("", token.lemma_)
    before = NON_ALNUM.sub("", "".join(parts[:k]))
    after = NON_ALNUM.sub("", "".join(parts[k + 1 :]))
    folded = lemma.casefold()
    if NON_ALNUM.search(parts[k]) or not folded.startswith(before.casefold()):
        return ""
    if not folded.endswith(after.casefold()) or len(lemma) <= len(before) + len(after):
        return ""
    return lemma[len(before) : len(lemma) - len(after)]


def write(docs: Iterable[Doc], path: Path) -> int:
    """The Docs as a `.spacy` file; the number of Docs."""
    docs = list(docs)
    DocBin(docs=docs, store_user_data=False).to_disk(path)
    return len(docs)


def convert(ud: Path, out: Path, nlp: Language) -> dict[str, int]:
    """`train.spacy`, `dev.spacy` (the checkpoint choice) and `test.spacy` (held out) in `out`."""
    out.mkdir(parents=True, exist_ok=True)
    train, dev = [], []
    for name in TRAINED_ON:
        for n, doc in enumerate(read_conllu(ud / name)):
            (dev if n % DEV_EVERY == DEV_EVERY - 1 else train).append(retokenize(doc, nlp))
    return {
        "train": write(train, out / "train.spacy"),
        "dev": write(dev, out / "dev.spacy"),
        "test": write(read_conllu(ud / HELD_OUT), out / "test.spacy"),
    }


#: the shipped pipeline's name and version in its meta.json (its files' digest is in the extraction key)
NAME, VERSION = "beleidsgraaf_ud", "1.0.0"
#: spaCy's published held-out figures of its small Dutch pipeline, trained on the full UD Alpino and
#: LassySmall training sets (v2.8), for comparison: explosion/spacy-models, meta/nl_core_news_sm-3.8.0.json
NL_CORE_NEWS_SM = {"pos_acc": 0.9578, "morph_acc": 0.9507, "lemma_acc": 0.9498, "dep_uas": 0.8566, "dep_las": 0.8045}
SCORES = {
    "pos_acc": "POS (UPOS) accuracy",
    "morph_acc": "morphological features (UFeats) accuracy",
    "lemma_acc": "lemma accuracy",
    "dep_uas": "unlabelled attachment score (UAS)",
    "dep_las": "labelled attachment score (LAS)",
}


def ship(trained: Path, scores_file: Path, dest: Path, minutes: float | None = None) -> None:
    """Copy the trained pipeline to `dest` with its meta (name, licence, sources, held-out scores),
    a README that gives the split and the scores, and its licence."""
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(trained, dest)
    scores = json.loads(scores_file.read_text(encoding="utf-8"))
    meta_file = dest / "meta.json"
    meta = json.loads(meta_file.read_text(encoding="utf-8"))
    meta.update(
        name=NAME,
        version=VERSION,
        description="Dutch morphologizer, lemmatizer and dependency parser of beleidsgraaf, on its own tokens",
        license="CC BY-SA 4.0",
        sources=SOURCES,
        performance={k: v for k, v in scores.items() if not isinstance(v, dict)},
    )
    meta_file.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (dest / "README.md").write_text(readme(scores, minutes), encoding="utf-8")
    (dest / "LICENSE").write_text(LICENSE, encoding="utf-8")


SOURCES = [
    {
        "name": "UD Dutch Alpino (commit 95e374a608d114ec6c6b32f0fbd5f324d29ef286), dev and test",
        "url": "https://github.com/UniversalDependencies/UD_Dutch-Alpino",
        "license": "CC BY-SA 4.0",
        "author": "Bouma, Gosse; van Noord, Gertjan",
    },
    {
        "name": "UD Dutch LassySmall (commit 7880e0bc4c8138607c8e9724db2294dc89d4e2b5), dev and test",
        "url": "https://github.com/UniversalDependencies/UD_Dutch-LassySmall",
        "license": "CC BY-SA 4.0",
        "author": "Bouma, Gosse; van Noord, Gertjan",
    },
]

LICENSE = """This pipeline (the files in this folder) is a derived work of the Universal Dependencies
treebanks UD_Dutch-Alpino and UD_Dutch-LassySmall, and is licensed like them under the Creative
Commons Attribution-ShareAlike 4.0 International licence (CC BY-SA 4.0):
https://creativecommons.org/licenses/by-sa/4.0/legalcode

Attribution: trained by beleidsgraaf from
- UD_Dutch-Alpino, https://github.com/UniversalDependencies/UD_Dutch-Alpino (commit
  95e374a608d114ec6c6b32f0fbd5f324d29ef286), development and test files;
- UD_Dutch-LassySmall, https://github.com/UniversalDependencies/UD_Dutch-LassySmall (commit
  7880e0bc4c8138607c8e9724db2294dc89d4e2b5), development and test files;
both by Gosse Bouma and Gertjan van Noord; see Bouma & van Noord (2017), "Increasing return on
annotation investment: the automatic construction of a Universal Dependency treebank for Dutch",
UD Workshop, and van Noord et al. (2013), "Large Scale Syntactic Annotation of Written Dutch: Lassy".
Changes: compound marks removed from lemmas; tokens split where the project's tokenizer splits
them (see extract/ud.py). The rest of beleidsgraaf is under its own licence (MIT).
"""


def readme(scores: dict, minutes: float | None) -> str:
    """The pipeline's README: what it is, how it was trained, and its scores on held-out data."""
    rows = "\n".join(
        f"| {label} | {scores[key]:.3f} | {NL_CORE_NEWS_SM[key]:.3f} |" for key, label in SCORES.items()
    )
    took = f" `make model` took {minutes:.0f} minutes here (2 cores, shared)." if minutes else ""
    return f"""# nl_{NAME} {VERSION}: the project's trained Dutch pipeline

A spaCy pipeline (tok2vec, morphologizer, trainable lemmatizer, dependency parser) trained by
beleidsgraaf on Universal Dependencies, run on the sentences that relations are read from
(`extract/syntax.py`). It tokenises with the project's own tokenizer (`beleidsgraaf.Tokenizer.v1`,
registered by the installed package), the one the rules see.

`make model` retrains it from `../shared/ud`: `extract/ud.py` converts the treebanks, `extract/ud.cfg`
is the training config (fixed seed).{took}

**Split.** Trained on nl_alpino-ud-dev, nl_lassysmall-ud-dev and nl_lassysmall-ud-test (68,700
tokens) but every {DEV_EVERY}th sentence of them, which chose the best checkpoint; scored on
{HELD_OUT} (596 sentences of news, 11,046 tokens), which training never saw, over the tokens where
the tokenizer agrees with the treebank.

| held out: {HELD_OUT} | this pipeline | nl_core_news_sm 3.8.0 (published) |
| --- | --- | --- |
{rows}

nl_core_news_sm's figures are spaCy's own (explosion/spacy-models, `meta/nl_core_news_sm-3.8.0.json`),
from the full UD Alpino and LassySmall training sets (about four times the data here) and scored on
spaCy's own held-out data, so they compare in kind rather than exactly.

**Licence.** CC BY-SA 4.0, as the treebanks it was trained on: see LICENSE for the attribution.
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    conv = commands.add_parser("convert", help="the UD files to train.spacy, dev.spacy and test.spacy")
    conv.add_argument("ud", type=Path, help="the folder of the UD Dutch CoNLL-U files")
    conv.add_argument("out", type=Path, help="where train.spacy, dev.spacy and test.spacy go")
    shipping = commands.add_parser("ship", help="a trained pipeline into the package, with meta and README")
    shipping.add_argument("trained", type=Path, help="the trained pipeline (spacy train's model-best)")
    shipping.add_argument("scores", type=Path, help="spacy evaluate's scores on the held-out file")
    shipping.add_argument("dest", type=Path, help="the shipped pipeline's folder")
    shipping.add_argument("--started", type=float, help="when training started (seconds since the epoch)")
    args = parser.parse_args()
    if args.command == "convert":
        from beleidsgraaf.extract.nlp import blank_pipeline

        for name, n in convert(args.ud, args.out, blank_pipeline()).items():
            print(f"{name}: {n} sentences")
    else:
        minutes = (time.time() - args.started) / 60 if args.started else None
        ship(args.trained, args.scores, args.dest, minutes)


if __name__ == "__main__":
    main()
