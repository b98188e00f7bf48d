"""The project's own error types: one clear line naming the file or parameter at fault."""

from __future__ import annotations

import re
from pathlib import Path

#: Everything `str.splitlines` breaks at, and other controls a terminal would act on.
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
#: Longest library message quoted in an error: enough to say what is wrong, never a dump.
MAX_DETAIL = 160


class BeleidsgraafError(Exception):
    """Base of every error the project raises on purpose; anything else is a bug.

    `parameter` names the argument at fault as the Python API calls it ('projection', 'types'), and
    the message starts with it; the command line shows it as the option the user typed instead
    (`--projection`, `--type`), an HTTP client as the API names it.
    """

    def __init__(self, detail: str = "", *, parameter: str | None = None) -> None:
        self.parameter = parameter
        self.detail = detail
        super().__init__(self.naming(parameter) if parameter else detail)

    def naming(self, parameter: str) -> str:
        """The message with the parameter called so: 'types 'x': expected …', 'documents: …'."""
        return f"{parameter}{'' if self.detail.startswith(':') else ' '}{self.detail}"


class ReadError(BeleidsgraafError):
    """A file could not be turned into text.

    The reason and the message are one line whatever they quote: a file name or a library message
    holding a line break is shown with the break escaped, so a batch prints one line per file.
    """

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = one_line(reason)
        super().__init__(f"{one_line(str(self.path))}: {self.reason}")


def one_line(text: str) -> str:
    """`text` with line breaks and other control characters escaped (`\\n`, `\\x00`)."""
    return _UNPRINTABLE.sub(lambda match: match.group().encode("unicode_escape").decode("ascii"), text)


def describe(error: BaseException) -> str:
    """A library's exception as a short detail for an error line: its type and the start of its
    message (libraries put file contents and whole tracebacks in messages)."""
    message = one_line(str(error).strip())
    if len(message) > MAX_DETAIL:
        message = message[: MAX_DETAIL - 1] + "…"
    return f"{type(error).__name__}: {message}" if message else type(error).__name__


def megabytes(size: int) -> str:
    """A size as error lines show it."""
    return f"{size / 1024 / 1024:.1f} MB"
