"""The one text every later stage sees: `normalise(raw)` is what `beleidsgraaf text FILE` prints.

All character offsets in the graph point into this text, so it is deterministic and idempotent. The
steps run top to bottom in `STEPS`; each is a small function str → str that keeps every word of the
document and removes only what a reader would not call text: control characters, navigation of a
saved web page, conversion artefacts (Apache Tika/POI conventions) and line breaks that only exist
because the source was typeset on a page.

Footnotes of converted Word files: a reference marker `[footnoteRef:2]` is removed (a space is left
where it would glue two words), and the note body `[2:  text]` becomes a paragraph of its own,
`2 text`, right after the paragraph that held it, which is how a printed page shows it too.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable, Sequence

Step = Callable[[str], str]

# --- characters -------------------------------------------------------------------------------

_LINE_BREAKS = re.compile(r"\r\n?|[\x0b\x0c\x1c-\x1e\x85\u2028]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_SOFT_HYPHEN_AT_BREAK = re.compile(r"\u00ad[ \t]*\n[ \t]*")
_CHARACTER_MAP = {
    **dict.fromkeys("\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008", " "),
    **dict.fromkeys("\u2009\u200a\u202f\u205f\u3000", " "),
    # invisible: soft hyphen, zero-width space, word joiner, bidi controls, stray BOM
    **dict.fromkeys("\u00ad\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e", ""),
    **dict.fromkeys("\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff", ""),
    "\u2010": "-",
    "\u2011": "-",
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
}
#: A regex finds these rare characters far faster than str.translate walks every character.
_SPECIAL_CHARACTER = re.compile(f"[{re.escape(''.join(_CHARACTER_MAP))}]")


def unify_line_breaks(text: str) -> str:
    """\\r\\n, lone \\r, form feeds (page breaks) and Unicode line separators all become \\n."""
    return _LINE_BREAKS.sub("\n", text).replace("\u2029", "\n\n")


def drop_control_characters(text: str) -> str:
    """C0/C1 controls other than \\n and \\t (and lone surrogates) are invisible or unprintable."""
    return _CONTROL.sub("", text)


def map_special_characters(text: str) -> str:
    """No-break and typographic spaces → space; invisible marks removed; PDF ligatures spelled out.

    A soft hyphen before a line break marks a hyphenated word: the break goes with it.
    """
    text = _SOFT_HYPHEN_AT_BREAK.sub("", text)
    return _SPECIAL_CHARACTER.sub(lambda match: _CHARACTER_MAP[match.group()], text)


def compose_unicode(text: str) -> str:
    """NFC, so that "ë" is one character whether the source spelled it precomposed or not."""
    return unicodedata.normalize("NFC", text)


# --- conversion artefacts and navigation -------------------------------------------------------

_INLINE_ARTEFACT = re.compile(r"\[(?:bookmark: [^\s\[\]]*|(?P<note>(?:foot|end)noteRef):[0-9]+)\]")
#: the note text starts after all the white space: were it allowed to start with white space too, a
#: `[1:` before a long run of it would be matched in time quadratic in the run
_NOTE_BODY = re.compile(r"\[([0-9]{1,4}):\s+((?:[^\[\]\s][^\[\]]*)?)\]")
_NAVIGATION_LINE = re.compile(r"^[ \t]*(?:\[[^\[\]\n]*\](?:\([^()\n]*\))?[ \t]*){2,}$", re.MULTILINE)


def drop_inline_artefacts(text: str) -> str:
    """Removes Word bookmarks and note reference markers left by Tika/POI text conversion.

    A marker between two words becomes a space so they do not merge ("woord[footnoteRef:1]zin").
    """

    def replace(match: re.Match[str]) -> str:
        before = text[match.start() - 1 : match.start()]
        after = text[match.end() : match.end() + 1]
        return " " if match.group("note") and before.strip() and after.isalnum() else ""

    return _INLINE_ARTEFACT.sub(replace, text)


def place_note_bodies(text: str) -> str:
    """`[2:  note text]` (a converted footnote) becomes the paragraph `2 note text`."""
    return _NOTE_BODY.sub(lambda m: f"\n\n{m.group(1)} {m.group(2).strip()}\n\n", text)


_SUPERSCRIPT_ORDINAL = re.compile(r"(?<=\d)\[(e|ste|de)\s*\]")


def join_superscript_ordinals(text: str) -> str:
    """`11[e ]` (a superscript ordinal marked up by the converter) becomes `11e`."""
    return _SUPERSCRIPT_ORDINAL.sub(r"\1", text)


def drop_navigation_lines(text: str) -> str:
    """A line made only of two or more [bracketed] links is the menu of a web page saved as text."""
    return _NAVIGATION_LINE.sub("", text)


# --- whitespace --------------------------------------------------------------------------------

_TAB_RUN = re.compile(r"[ \t]*\t[ \t]*")
_SPACE_RUN = re.compile(r" {2,}")
_BLANK_RUN = re.compile(r"\n{3,}")


def tidy_line_whitespace(text: str) -> str:
    """Strips line ends, collapses runs of spaces (a run holding a tab becomes one tab: table cells).

    PDF extractors start a new text block (after a page break, often a new paragraph) with one space
    (" Het kabinet onderkent…"); such a line after an unindented one starts a paragraph.
    """
    lines: list[str] = []
    after_flush_line = False
    for line in text.split("\n"):
        if after_flush_line and _starts_block(line):
            lines.append("")
        after_flush_line = bool(line) and not line[0].isspace()
        lines.append(line.strip(" \t"))
    text = "\n".join(lines)
    if "\t" in text:
        text = _TAB_RUN.sub("\t", text)
    return _SPACE_RUN.sub(" ", text)


def _starts_block(line: str) -> bool:
    return len(line) > 1 and line[0] == " " and not line[1].isspace()


def collapse_blank_lines(text: str) -> str:
    """One empty line between paragraphs, none at the start or end."""
    return _BLANK_RUN.sub("\n\n", text).strip("\n")


# --- line breaks of a typeset page ----------------------------------------------------------------

MIN_WRAP_WIDTH = 30
MAX_WRAP_WIDTH = 160
FULL_LINE = 0.8  # a line at least this share of the wrap width ran into the right margin
OVERFULL_LINE = 1.25  # beyond this it was never wrapped (an unwrapped paragraph, or joined already)
WRAPPED_SHARE = 0.6  # share of the long lines that must be full for the text to count as wrapped
MIN_WRAPPED_LINES = 4
LABEL_LINE = 0.5  # a short line such as "Vraag 1" or "A. de Vries" is at most this share

#: A hyphen before these words is a suspended compound ("textiel- en kledingmarkt").
CONJUNCTIONS = frozenset({"en", "of", "tot", "noch", "and", "or"})
#: Prefixes that keep their hyphen in Dutch ("niet-bindend", "oud-minister").
HYPHENATED_PREFIXES = frozenset({"niet", "oud", "anti", "vice"})

_LIST_ITEM = re.compile(r"(?:[•·▪◦‣●○■□►➢✓*–—-]|\(?[0-9]{1,3}[.)]|\(?[a-z][.)]|\([ivx]+\))\s|[#>|]")
_HYPHEN_END = re.compile(r"(\w+)-$")
_RANGE_END = re.compile(r"[0-9][-–]$")
_FIRST_WORD = re.compile(r"\w+")
_LABEL_END = tuple(".,;:?!)]}\"'”’»…")
_SENTENCE_END = tuple(".;:?!)]}\"'”’»…")


def estimate_wrap_width(lines: Sequence[str]) -> int | None:
    """The width a hard-wrapped text was wrapped at, or None when it is not hard-wrapped.

    Print and PDF layouts break lines at a fixed width (~75 characters in Kamerstukken), so most long
    lines end just short of it: the width is the w whose window [0.8·w, w] holds most lines, and the
    text is wrapped when few long lines overshoot that window. Text whose lines are paragraphs (Word,
    HTML) has its long lines spread far beyond any window.
    """
    lengths = sorted(len(line) for line in lines if line and "\t" not in line)
    best_width, best_count = 0, 0
    for width in sorted(set(lengths)):
        if MIN_WRAP_WIDTH <= width <= MAX_WRAP_WIDTH:
            count = bisect.bisect_right(lengths, width) - bisect.bisect_left(lengths, FULL_LINE * width)
            if count > best_count:
                best_width, best_count = width, count
    long_lines = len(lengths) - bisect.bisect_left(lengths, FULL_LINE * best_width)
    if best_count < max(MIN_WRAPPED_LINES, WRAPPED_SHARE * long_lines):
        return None
    return best_width


def _runs_on(current: str, last: str, following: str, width: int) -> bool:
    """Whether the line `current` (ending in the source line `last`) runs on into `following`.

    It does when `last` is full, or when it stops mid-sentence before a lowercase word and `current`
    is no label: proportional fonts fit fewer characters on some lines. A source line far longer than
    the width was never wrapped (or has been joined already) and runs on only mid-sentence.
    """
    if "\t" in last:
        return False
    if FULL_LINE * width <= len(last) <= OVERFULL_LINE * width:
        return True
    mid_sentence = not last.endswith(_SENTENCE_END) and following[0].islower()
    return mid_sentence and len(current) > LABEL_LINE * width


def _is_structural(line: str, width: int) -> bool:
    """List items, table rows, headings and labels ("Vraag 1", "Den Haag, 11 december 2025",
    a signer's name): lines that begin something, so the line before never runs on into them."""
    if "\t" in line or _LIST_ITEM.match(line):
        return True
    is_label = len(line) <= LABEL_LINE * width and (line[0].isupper() or line[0].isdigit())
    return is_label and not line.endswith(_LABEL_END)


#: How a line break is closed: (characters dropped from the end of the line, text inserted).
Join = tuple[int, str]
DROP_HYPHEN: Join = (1, "")
KEEP_HYPHEN: Join = (0, "")
RUN_ON: Join = (0, " ")  # also after the hyphen of a suspended compound


def _hyphen_join(last: str, following: str) -> Join | None:
    """How a line ending in a hyphen joins the next, or None when it does not end in one.

    "beleidsvoor-|stellen" drops the hyphen (hyphenation); "IMVO-|risico’s", "Noord-|Brabant",
    "niet-|bindend" and "2025–|2030" keep it; "textiel-|en" keeps it and adds a space.
    """
    if not last.endswith(("-", "–")):
        return None
    if _RANGE_END.search(last) and following[0].isdigit():
        return KEEP_HYPHEN
    head = _HYPHEN_END.search(last)
    tail = _FIRST_WORD.match(following)
    if head is None or tail is None:
        return None
    head_word, tail_word = head.group(1), tail.group()
    if tail_word.lower() in CONJUNCTIONS:
        return RUN_ON
    if head_word[-1].islower() and tail_word[0].islower() and head_word.lower() not in HYPHENATED_PREFIXES:
        return DROP_HYPHEN
    return KEEP_HYPHEN


def _join_of(current: str, last: str, following: str, gap: int, width: int | None) -> Join | None:
    """How the line `current`, ending in the source line `last`, continues into `following` (after
    `gap` blank lines), or None to keep the break: hyphenated words close up, a wrapped line runs on
    into the next with a space, and a page break in mid-sentence (a wrapped line without closing
    punctuation, then a lowercase line) is bridged.
    """
    hyphen = _hyphen_join(last, following) if gap == 0 or width is not None else None
    if hyphen is not None:
        return hyphen
    if width is None or not _runs_on(current, last, following, width) or _is_structural(following, width):
        return None
    if gap == 0 or (not last.endswith(_SENTENCE_END) and following[0].islower()):
        return RUN_ON
    return None


def join_broken_lines(text: str) -> str:
    """Undoes the line breaks of a typeset page: hyphenated words and hard-wrapped lines.

    Whether a line is full is judged on the source line (not on what it has been joined to), so a
    paragraph's short last line ends the run-on. Structure stays: blank lines, short lines (labels,
    signatures such as "De Staatssecretaris van Buitenlandse Zaken,\\nA. de Vries"), list items.
    """
    lines = text.split("\n")
    width = estimate_wrap_width(lines)
    joined: list[str] = []
    index = 0
    while index < len(lines):
        current = last = lines[index]
        index += 1
        while current:
            following = index
            while following < len(lines) and not lines[following]:
                following += 1
            if following == len(lines):
                break
            join = _join_of(current, last, lines[following], following - index, width)
            if join is None:
                break
            dropped, inserted = join
            current = current[: len(current) - dropped] + inserted + lines[following]
            last = lines[following]
            index = following + 1
        joined.append(current)
    return "\n".join(joined)


# --- the pipeline ------------------------------------------------------------------------------

STEPS: tuple[Step, ...] = (
    unify_line_breaks,
    drop_control_characters,
    map_special_characters,
    drop_inline_artefacts,
    join_superscript_ordinals,
    place_note_bodies,
    drop_navigation_lines,
    compose_unicode,
    tidy_line_whitespace,
    join_broken_lines,
    collapse_blank_lines,
)


def _apply_steps(text: str) -> str:
    for step in STEPS:
        text = step(text)
    return text


def normalise(raw: str) -> str:
    """The normalised text of a document: `normalise(normalise(x)) == normalise(x)`.

    A pass can expose work for the next (joining lines changes the estimated wrap width; removing a
    nested artefact reveals the outer one), so the steps run to a fixpoint: idempotence by
    construction. On real documents the first pass is final and the second only confirms it. The
    loop ends: a pass that changes the text removes brackets or line breaks, and none adds brackets.
    """
    text = raw
    while (again := _apply_steps(text)) != text:
        text = again
    return text
