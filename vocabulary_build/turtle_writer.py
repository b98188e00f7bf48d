"""A small deterministic Turtle writer for the generated vocabulary files.

rdflib's serializer orders subjects and blank nodes by hash and cannot write section comments; the
vocabulary is committed and must regenerate to the same bytes, and be pleasant to read in a diff or
in Protégé. So: sections with a comment line, subjects sorted, predicates in a fixed reading order,
objects sorted, IRIs under @base written relative, the rest as prefixed names.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, RDF, RDFS, SKOS

Object = URIRef | Literal

#: Predicates in reading order; any other predicate follows, sorted by its written form.
_FIRST = (
    RDF.type,
    SKOS.prefLabel,
    SKOS.altLabel,
    FOAF.givenName,
    FOAF.familyName,
    SKOS.notation,
    SKOS.exactMatch,
)
_LAST = (SKOS.inScheme, DCTERMS.source, RDFS.comment)
_LANG_ORDER = {"nl": 0, "": 1, "en": 2}
_PN_LOCAL = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")
_RELATIVE = re.compile(r"^[a-z0-9][a-z0-9/_.-]*$")
_IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_WRAP = 110


@dataclass
class Section:
    """A group of resources under one comment heading, e.g. 'Ministries'."""

    title: str
    triples: dict[URIRef, set[tuple[URIRef, Object]]] = field(default_factory=lambda: defaultdict(set))

    def add(self, subject: URIRef, predicate: URIRef, obj: Object) -> None:
        self.triples[subject].add((predicate, obj))

    def __len__(self) -> int:
        return sum(len(po) for po in self.triples.values())


class TurtleWriter:
    """Writes sections of triples with the given prefixes and @base."""

    def __init__(self, prefixes: Mapping[str, str], base: str) -> None:
        self.prefixes = dict(prefixes)
        self.base = base

    def iri(self, node: URIRef) -> str:
        """Relative to @base, else a prefixed name, else <full IRI>."""
        text = str(node)
        if _IRI_FORBIDDEN.search(text):
            raise ValueError(f"IRI with characters Turtle does not allow: {text!r}")
        if node == RDF.type:
            return "a"
        if text.startswith(self.base) and _RELATIVE.match(text[len(self.base) :]):
            return f"<{text[len(self.base) :]}>"
        for prefix, namespace in self.prefixes.items():
            if text.startswith(namespace) and _PN_LOCAL.match(text[len(namespace) :]):
                return f"{prefix}:{text[len(namespace) :]}"
        return f"<{text}>"

    def literal(self, node: Literal) -> str:
        """A quoted literal with language tag or datatype; plain strings stay plain."""
        body = (
            str(node)
            .replace("\\", "\\\\")
            .replace('"', '\\"')
            .replace("\n", "\\n")
            .replace("\r", "\\r")
            .replace("\t", "\\t")
        )
        if node.language:
            return f'"{body}"@{node.language}'
        if node.datatype is not None:
            return f'"{body}"^^{self.iri(node.datatype)}'
        return f'"{body}"'

    def term(self, node: Object) -> str:
        return self.literal(node) if isinstance(node, Literal) else self.iri(node)

    def _object_key(self, node: Object) -> tuple:
        if isinstance(node, Literal):
            return (
                1,
                _LANG_ORDER.get(node.language or "", 3),
                node.language or "",
                str(node.datatype or ""),
                str(node).casefold(),
                str(node),
            )
        return (0, 0, "", "", self.iri(node), "")

    def _predicate_key(self, predicate: URIRef) -> tuple:
        if predicate in _FIRST:
            return (0, _FIRST.index(predicate), "")
        if predicate in _LAST:
            return (2, _LAST.index(predicate), "")
        return (1, 0, self.iri(predicate))

    def resource(self, subject: URIRef, pairs: Iterable[tuple[URIRef, Object]]) -> str:
        """One subject block, predicates in reading order, long object lists one per line."""
        by_predicate: dict[URIRef, list[Object]] = defaultdict(list)
        for predicate, obj in pairs:
            by_predicate[predicate].append(obj)
        lines = [self.iri(subject)]
        predicates = sorted(by_predicate, key=self._predicate_key)
        for n, predicate in enumerate(predicates):
            objects = [self.term(o) for o in sorted(by_predicate[predicate], key=self._object_key)]
            end = " ." if n == len(predicates) - 1 else " ;"
            head = f"    {self.iri(predicate)} "
            one_line = head + " , ".join(objects) + end
            if len(one_line) <= _WRAP or len(objects) == 1:
                lines.append(one_line)
            else:
                lines.append(head.rstrip())
                lines.extend(
                    f"        {o}{' ,' if i < len(objects) - 1 else end}" for i, o in enumerate(objects)
                )
        return "\n".join(lines)

    def document(self, header: str, sections: Iterable[Section]) -> str:
        """The whole file: header comment, prefixes, @base, then each non-empty section."""
        out = [*(f"# {line}".rstrip() for line in header.strip("\n").splitlines()), ""]
        width = max(len(p) for p in self.prefixes) + 1
        out += [f"@prefix {(p + ':').ljust(width)} <{ns}> ." for p, ns in self.prefixes.items()]
        out += [f"@base <{self.base}> .", ""]
        for section in sections:
            if not section.triples:
                continue
            out += ["", f"# {'=' * 100}", f"#  {section.title}", f"# {'=' * 100}", ""]
            for subject in sorted(section.triples, key=self.iri):
                out += [self.resource(subject, section.triples[subject]), ""]
        return "\n".join(out).rstrip("\n") + "\n"
