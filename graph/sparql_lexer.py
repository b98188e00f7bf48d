"""A SPARQL query's tokens by the grammar's own terminal rules: words, IRIs and variables, with
strings and comments skipped.

Two questions need the text read as Oxigraph reads it rather than as a parse tree: whether a query
names its dataset (a `FROM` word; only a DatasetClause has one), and, for the endpoint's guard, a
second view of where SERVICE stands. rdflib ends a comment only at a line feed while SPARQL (and
Oxigraph) also end it at a carriage return, so `# …\\r SERVICE <…> {…}` is a comment to rdflib and a
federated query to Oxigraph; the guard therefore compares rdflib's tree with these tokens.

Where the rules leave a choice the lexer takes the one that shows more syntax: a short string stops
at a line end, and a `<` that does not open a well-formed IRI is an operator.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_IRI = re.compile(r'<((?:[^<>"{}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*)>')
_VAR = re.compile(r"[?$]([\w\u00b7\u0300-\u036f\u203f\u2040]+)")
#: a prefixed name: PN_PREFIX, ':', and PN_LOCAL with its escapes and %hh (a trailing '.' is cut)
_PNAME = re.compile(
    r"(?:[^\W\d_][\w.\-\u00b7]*)?:(?:[\w:.\-\u00b7]|%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?#@%])*"
)
#: a keyword (or a blank node's '_'): SPARQL has no other bare names
_NAME = re.compile(r"[^\W\d]\w*")
_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")
#: SPARQL ends a comment at CR or LF; the other line ends of Unicode end it here too (shorter comments
#: show more syntax)
_LINE_END = re.compile(r"[\n\r\x0b\x0c\x85\u2028\u2029]")
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


@dataclass(frozen=True)
class Token:
    kind: str  # "word", "iri", "var", "number" or "punct"
    text: str  # a word as written, an IRI without its brackets, a variable without ? or $


def tokens(query: str) -> Iterator[Token]:
    """The query's tokens outside strings and comments."""
    i, n = 0, len(query)
    while i < n:
        ch = query[i]
        if ch in " \t\r\n":
            i += 1
        elif ch == "#":
            i = _line_end(query, i)
        elif ch in "\"'":
            i = _string_end(query, i)
        elif ch == "<" and (m := _IRI.match(query, i)):
            yield Token("iri", m.group(1))
            i = m.end()
        elif ch in "?$" and (m := _VAR.match(query, i)):
            yield Token("var", m.group(1))
            i = m.end()
        elif ch in "0123456789" and (m := _NUMBER.match(query, i)):
            yield Token("number", m.group())
            i = m.end()
        elif m := _PNAME.match(query, i) or _NAME.match(query, i):
            word = m.group().rstrip(".")  # a name never ends with '.'; a triple does
            yield Token("word", word)
            i += len(word)
        else:
            yield Token("punct", ch)
            i += 1


def _line_end(query: str, i: int) -> int:
    m = _LINE_END.search(query, i)
    return m.start() if m else len(query)


def _string_end(query: str, i: int) -> int:
    quote = query[i] * 3 if query.startswith(query[i] * 3, i) else query[i]
    j, n = i + len(quote), len(query)
    while j < n:
        if query[j] == "\\":
            j += 2
        elif query.startswith(quote, j):
            return j + len(quote)
        elif len(quote) == 1 and query[j] in "\r\n":
            return j
        else:
            j += 1
    return n


def _is(token: Token, keyword: str) -> bool:
    # casefold is wider than SPARQL's ASCII case-insensitivity ('ſ' folds to 's'): it errs towards
    # seeing a keyword
    return token.kind == "word" and token.text.casefold() == keyword


def names_dataset(query: str) -> bool:
    """Whether the query has a FROM or FROM NAMED clause."""
    if "from" not in query.casefold():  # the common case, without reading the tokens
        return False
    return any(_is(t, "from") for t in tokens(query))


def _holds_service(token: Token) -> bool:
    """Whether Oxigraph may read a SERVICE keyword in this word. Its parser matches a keyword
    without a word boundary after it (`SERVICEex:x{…}` and `trueSERVICE<…>{…}` are federated
    queries to it), while a prefixed name is read greedily, so a keyword can hide anywhere in a bare
    word and at the start of a prefixed name."""
    if token.kind != "word":
        return False
    word = token.text.casefold()
    return word.startswith("service") if ":" in word else "service" in word


def service_targets(query: str) -> list[str]:
    """One entry per place Oxigraph may read SERVICE: what follows the keyword (after SILENT), as an
    IRI as written, `?name` for a variable or a prefixed name as written; "" when the keyword is
    glued to other letters or followed by anything else."""
    found: list[str] = []
    stream = tokens(query)
    for token in stream:
        if not _holds_service(token):
            continue
        if not _is(token, "service"):
            found.append("")
            continue
        target = next(stream, Token("punct", ""))
        if _is(target, "silent"):
            target = next(stream, Token("punct", ""))
        found.append({"iri": target.text, "var": "?" + target.text, "word": target.text}.get(target.kind, ""))
    return found


def expand_escapes(query: str) -> str:
    """The text with SPARQL's codepoint escapes (\\uXXXX, \\UXXXXXXXX) replaced, repeatedly, as a
    parser that applies them before parsing (the SPARQL 1.1 rule; rdflib does) would see it."""
    while True:
        expanded = _ESCAPE.sub(_codepoint, query)
        if expanded == query:
            return query
        query = expanded


def _codepoint(m: re.Match[str]) -> str:
    value = int(m.group(1) or m.group(2), 16)
    return chr(value) if value <= 0x10FFFF and not 0xD800 <= value <= 0xDFFF else m.group()


def syntax_positions(query: str) -> Iterator[tuple[int, str]]:
    """Positions of the characters that are syntax: outside strings, IRIs and comments."""
    i, n = 0, len(query)
    while i < n:
        ch = query[i]
        if ch == "#":
            i = query.find("\n", i)
            i = n if i < 0 else i
            continue
        if ch == "<" and (m := _iri_end(query, i)) is not None:
            i = m
            continue
        if ch in "\"'":
            quote = query[i : i + 3] if query[i : i + 3] in ('"""', "'''") else ch
            j = i + len(quote)
            while j < n and query[j : j + len(quote)] != quote:
                j += 2 if query[j] == "\\" else 1
            i = j + len(quote)
            continue
        yield i, ch
        i += 1


def _iri_end(query: str, i: int) -> int | None:
    """The end of an IRI starting at `i`, or None when '<' is the less-than operator."""
    j = i + 1
    while j < len(query) and query[j] not in '<>"{}|^`\\ \n\t':
        j += 1
    return j + 1 if j < len(query) and query[j] == ">" else None


def where_groups(query: str) -> list[tuple[int, set[str]]]:
    """The WHERE clauses, the query's own first and then every subquery's: the position of the '{'
    that opens each, and the variables used between it and its '}' (strings, IRIs and comments
    left out)."""
    syntax = list(syntax_positions(query))
    text = "".join(ch for _, ch in syntax)
    opens = [m.end() - 1 for m in re.finditer(r"(?i)\bwhere\s*\{", text)]
    if not opens:  # "SELECT * { … }" without the keyword
        opens = [text.find("{")] if "{" in text else []
    groups = []
    for start in opens:
        depth, end = 0, len(text) - 1
        for j in range(start, len(text)):
            depth += {"{": 1, "}": -1}.get(text[j], 0)
            if depth == 0:
                end = j
                break
        groups.append((syntax[start][0], set(_VAR.findall(text, start, end + 1))))
    return groups
