"""Training data for the project's NER, by weak supervision: the extractor's own output (vocabulary
and rules) as silver labels over the Dutch text available here, and the gold of dev-b `tune`.

The rules are precise but miss a third of the names, so text they leave unlabelled is not all
taught as outside an entity: a token the labels cannot vouch for is left *missing* (spaCy's NER
learns nothing from it) rather than `O`. Which tokens those are depends on the source:

- UD treebanks (`../shared/ud`, news and Wikipedia): the gold POS tells names apart, so a proper
  noun (`PROPN`, and Alpino's name parts `SPEC|deeleigen`) that no rule labelled is missing; every
  other token is outside.
- corpus documents (seeds, dev, `examples/`): without POS, a word with a capital letter that no
  rule labelled is missing, unless it opens a sentence and is a common word written lower-case
  elsewhere ("De", "Het", "In").
- dev-b `tune` gold: every occurrence of a gold entity's name or alias is that entity; an optional
  entity (a borderline case) and a country's adjective ("Nederlandse") are missing; the rest is
  outside, since the gold lists every entity the document names. The 9 `check` documents are
  never read: only the split's `tune` list is.

    python -m beleidsgraaf.extract.ner_data ../shared out/ner   # train.spacy, dev.spacy, counts.json
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, DocBin

from beleidsgraaf.extract.extractor import Extractor
from beleidsgraaf.extract.model import SourceText
from beleidsgraaf.extract.nlp import parse
from beleidsgraaf.extract.readers import iter_files, read

#: the NER's labels: the guidelines' six types
LABELS = ("Person", "Organisation", "Country", "Place", "Policy", "Instrument")
#: mentions that are not names: a bare role ("de minister") resolved to the signer
NOT_NAMES = frozenset({"resolve.bare-role"})
#: every this-many-th sentence of each source is kept apart to choose the best checkpoint with
DEV_EVERY = 10
#: a lower-case word seen this often is a common word, not a name, when it opens a sentence
COMMON = 3
#: gold sentences count this many times in training: they are few and the only ones labelled in full
GOLD_WEIGHT = 3

CharSpan = tuple[int, int]


@dataclass
class Sentence:
    """A sentence with what is known of it: entity spans, spans whose tokens are unknown (missing),
    and by default everything else outside an entity."""

    text: str
    source: str  # "ud", "silver" or "gold"
    entities: list[tuple[int, int, str]] = field(default_factory=list)
    unknown: list[CharSpan] = field(default_factory=list)


# --- silver labels: the extractor's mentions ---


def silver_entities(extractor: Extractor, text: str) -> list[tuple[int, int, str]]:
    """The mentions the current extraction (vocabulary + rules + resolution) finds in `text`."""
    source = SourceText(Path("silver.txt"), text, "txt", "")
    x = extractor.extract(source)
    out = []
    for m in x.mentions:
        entity = x.entities.get(m.entity_id)
        if m.rule in NOT_NAMES or entity is None or entity.core_type not in LABELS:
            continue
        out.append((m.start, m.end, entity.core_type))
    return out


def _within(spans: Iterable[tuple[int, int, str]], start: int, end: int) -> list[tuple[int, int, str]]:
    """The spans inside [start, end), shifted to start there."""
    return [(s - start, e - start, label) for s, e, label in spans if start <= s and e <= end]


# --- UD treebanks ---


@dataclass
class UdSentence:
    sent_id: str
    text: str
    names: list[CharSpan]  # the proper nouns' character spans


#: `wiki-1181.p.10.s.1`, `WR-P-P-H-0000000105\WR-P-P-H-0000000105.p.5.s.4`: document and paragraph
SENT_ID = re.compile(r"^(?:.*\\)?(?P<doc>.+)\.p\.(?P<par>\d+)\.s\.\d+$")


def read_ud(path: Path) -> Iterator[UdSentence]:
    """The sentences of a CoNLL-U file with the character spans of their proper nouns."""
    sent_id, text, rows = "", "", []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.startswith("# sent_id = "):
            sent_id = line[len("# sent_id = ") :].strip()
        elif line.startswith("# text = "):
            text = line[len("# text = ") :]
        elif line and not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():
                rows.append(cols)
        elif not line and rows:
            yield UdSentence(sent_id, text, _proper_nouns(text, rows))
            sent_id, text, rows = "", "", []


def _proper_nouns(text: str, rows: list[list[str]]) -> list[CharSpan]:
    spans, pos = [], 0
    for cols in rows:
        form, upos, xpos = cols[1], cols[3], cols[4]
        start = text.find(form, pos)
        if start < 0:
            continue
        pos = start + len(form)
        if upos == "PROPN" or xpos.startswith("SPEC|deeleigen"):
            spans.append((start, pos))
    return spans


def ud_sentences(extractor: Extractor, paths: Iterable[Path]) -> Iterator[Sentence]:
    """UD sentences labelled by the extractor, run over each treebank document as a whole (so that
    a name defined once is found again), with the proper nouns no rule labelled left missing."""
    for path in paths:
        documents: dict[str, list[tuple[str, UdSentence]]] = {}
        for s in read_ud(path):
            m = SENT_ID.match(s.sent_id)
            doc, par = (m.group("doc"), m.group("par")) if m else (s.sent_id, "0")
            documents.setdefault(doc, []).append((par, s))
        for sentences in documents.values():
            text, offsets = _join(sentences)
            found = silver_entities(extractor, text)
            for (start, end), (_, s) in zip(offsets, sentences, strict=True):
                entities = _within(found, start, end)
                yield Sentence(s.text, "ud", entities, s.names)


def _join(sentences: list[tuple[str, UdSentence]]) -> tuple[str, list[CharSpan]]:
    """One text of a treebank document: sentences of a paragraph joined by a space, paragraphs by a
    blank line; with each sentence's span in it."""
    parts: list[str] = []
    offsets: list[CharSpan] = []
    pos, previous = 0, None
    for par, s in sentences:
        if previous is not None:
            sep = " " if par == previous else "\n\n"
            parts.append(sep)
            pos += len(sep)
        parts.append(s.text)
        offsets.append((pos, pos + len(s.text)))
        pos += len(s.text)
        previous = par
    return "".join(parts), offsets


# --- corpus documents ---


def _sentences(nlp: Language, text: str) -> list[CharSpan]:
    """The pipeline's sentences of `text`, white space trimmed."""
    out = []
    for offset, doc in parse(nlp, text):
        for s in doc.sents:
            start, end = offset + s.start_char, offset + s.end_char
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start:
                out.append((start, end))
    return out


def common_words(texts: Iterable[str]) -> set[str]:
    """Words written lower-case at least `COMMON` times: "de", "het", "in"."""
    counts = Counter(w for text in texts for w in re.findall(r"\b[a-zà-ÿ]+\b", text))
    return {w for w, n in counts.items() if n >= COMMON}


def capitalised_unknowns(nlp: Language, text: str, common: set[str]) -> list[CharSpan]:
    """Words with a capital letter, which may be names no rule knows; a common word opening the
    sentence is not."""
    out = []
    first = True
    for token in nlp.make_doc(text):
        if not token.is_alpha:
            continue
        if any(c.isupper() for c in token.text) and not (first and token.text.casefold() in common):
            out.append((token.idx, token.idx + len(token.text)))
        first = False
    return out


def silver_sentences(extractor: Extractor, texts: Iterable[str], common: set[str]) -> Iterator[Sentence]:
    """Corpus documents labelled by the extractor, sentence by sentence."""
    for text in texts:
        found = silver_entities(extractor, text)
        for start, end in _sentences(extractor.nlp, text):
            sentence = text[start:end]
            yield Sentence(
                sentence,
                "silver",
                _within(found, start, end),
                capitalised_unknowns(extractor.nlp, sentence, common),
            )


# --- gold of dev-b tune ---

#: a country's adjective ("Nederlandse", "Syrische"): the guidelines accept it for matching, but it
#: is not a name of the country
ADJECTIVE = re.compile(r"(?:se|sche|ese)$")


def gold_spans(text: str, entities: list[dict]) -> tuple[list[tuple[int, int, str]], list[CharSpan]]:
    """Every occurrence of a gold entity's names in `text`, longest first and not overlapping: the
    entity spans, and the spans left unknown (optional entities, adjectives)."""
    found: list[tuple[int, int, str, bool]] = []
    for e in entities:
        names = {e["name"], *e.get("aliases", [])}
        for name in names:
            unknown = bool(e.get("optional")) or (
                e["type"] == "Country" and name != e["name"] and bool(ADJECTIVE.search(name))
            )
            for m in _occurrences(text, name):
                found.append((m[0], m[1], e["type"], unknown))
    found.sort(key=lambda f: (f[0] - f[1], f[0]))
    taken: list[CharSpan] = []
    labelled, unknown = [], []
    for start, end, label, is_unknown in found:
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        if is_unknown:
            unknown.append((start, end))
        else:
            labelled.append((start, end, label))
    return sorted(labelled), sorted(unknown)


def _occurrences(text: str, name: str) -> list[CharSpan]:
    """`name` as whole words, any white space between them; case ignored for names of five letters
    or more (short ones are acronyms: "VS", not "vs")."""
    words = name.split()
    if not words:
        return []
    pattern = r"(?<![\w])" + r"\s+".join(re.escape(w) for w in words) + r"(?![\w])"
    flags = re.IGNORECASE if len(name) >= 5 else 0
    return [m.span() for m in re.finditer(pattern, text, flags)]


def gold_sentences(nlp: Language, corpus: Path, gold: dict, tune: list[str]) -> Iterator[Sentence]:
    """The `tune` documents, labelled from their gold."""
    by_file = {d["file"]: d for d in gold["documents"]}
    for name in tune:
        text = read(corpus / name).text
        labelled, unknown = gold_spans(text, by_file[name]["entities"])
        for start, end in _sentences(nlp, text):
            yield Sentence(
                text[start:end], "gold", _within(labelled, start, end), _unshift(unknown, start, end)
            )


def _unshift(spans: list[CharSpan], start: int, end: int) -> list[CharSpan]:
    return [(s - start, e - start) for s, e in spans if start <= s and e <= end]


def tune_files(shared: Path) -> list[str]:
    """The dev-b documents that may be trained on: the split's `tune` list, never `check`."""
    split = json.loads((shared / "gold" / "dev-b-split.json").read_text(encoding="utf-8"))
    return list(split["tune"])


def add_tune_option(parser: argparse.ArgumentParser) -> None:
    """`--tune DOC …`: the dev-b tune documents to train on (the training data's and `make ner`'s)."""
    parser.add_argument(
        "--tune", nargs="*", help="dev-b tune documents to train on (default: all of the split's tune list)"
    )


def chosen_tune(parser: argparse.ArgumentParser, args: argparse.Namespace) -> list[str]:
    """The documents `--tune` names, all of the split's tune list without it; never a check document."""
    allowed = tune_files(args.shared)
    tune = allowed if args.tune is None else args.tune
    if not set(tune) <= set(allowed):
        parser.error(f"--tune: not dev-b tune documents: {sorted(set(tune) - set(allowed))}")
    return tune


# --- to spaCy ---


def to_doc(nlp: Language, sentence: Sentence) -> Doc:
    """The sentence in the project's tokenization, with entities, missing tokens and the rest `O`."""
    doc = nlp.make_doc(sentence.text)
    spans, taken = [], set()
    for start, end, label in sorted(sentence.entities, key=lambda e: (e[0] - e[1], e[0])):
        span = doc.char_span(start, end, label, alignment_mode="expand")
        if span is None or not len(span) or taken & set(range(span.start, span.end)):
            continue
        taken.update(range(span.start, span.end))
        spans.append(span)
    missing = []
    for start, end in sentence.unknown:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            missing.extend(doc[i : i + 1] for i in range(span.start, span.end) if i not in taken)
    doc.set_ents(spans, missing=missing, default="outside")
    return doc


@dataclass
class Corpus:
    train: list[Sentence] = field(default_factory=list)
    dev: list[Sentence] = field(default_factory=list)

    def add(self, sentences: Iterable[Sentence]) -> None:
        for i, s in enumerate(sentences):
            (self.dev if i % DEV_EVERY == DEV_EVERY - 1 else self.train).append(s)

    def counts(self) -> dict:
        out: dict = {}
        for part, sentences in (("train", self.train), ("dev", self.dev)):
            for s in sentences:
                c = out.setdefault(part, {}).setdefault(s.source, Counter())
                c["sentences"] += 1
                c["with entities"] += bool(s.entities)
                c.update(label for *_, label in s.entities)
        return {p: {s: dict(c) for s, c in v.items()} for p, v in out.items()}


def build_corpus(shared: Path, examples: Path | None, tune: list[str], extractor: Extractor) -> Corpus:
    """Every source's sentences, split into train and dev."""
    texts = [read(p).text for folder in ("seeds", "dev") for p in iter_files([shared / "corpus" / folder])]
    if examples is not None and examples.is_dir():
        texts += [read(p).text for p in iter_files([examples])]
    ud = sorted((shared / "ud").glob("*.conllu"))
    common = common_words([*texts, *(s.text for p in ud for s in read_ud(p))])
    corpus = Corpus()
    corpus.add(ud_sentences(extractor, ud))
    corpus.add(silver_sentences(extractor, texts, common))
    if tune:
        gold = json.loads((shared / "gold" / "dev-b.json").read_text(encoding="utf-8"))
        corpus.add(gold_sentences(extractor.nlp, shared / "corpus" / "dev-b", gold, tune))
    return corpus


def write(corpus: Corpus, nlp: Language, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for part, sentences in (("train", corpus.train), ("dev", corpus.dev)):
        docs = DocBin(attrs=["ENT_IOB", "ENT_TYPE"])
        for s in sentences:
            doc = to_doc(nlp, s)
            for _ in range(GOLD_WEIGHT if part == "train" and s.source == "gold" else 1):
                docs.add(doc)
        docs.to_disk(out / f"{part}.spacy")
    (out / "counts.json").write_text(json.dumps(corpus.counts(), indent=1) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shared", type=Path, help="the shared folder (corpus, gold, ud)")
    parser.add_argument("out", type=Path, help="folder for train.spacy, dev.spacy and counts.json")
    parser.add_argument("--examples", type=Path, default=Path("examples"))
    add_tune_option(parser)
    args = parser.parse_args(argv)
    tune = chosen_tune(parser, args)
    extractor = Extractor(ner=False)  # silver labels are the rules', never the NER's own
    corpus = build_corpus(args.shared, args.examples, tune, extractor)
    write(corpus, extractor.nlp, args.out)
    print(json.dumps(corpus.counts(), indent=1))


if __name__ == "__main__":
    main()
