"""The project's own error types: one clear line naming the file or parameter at fault."""

from __future__ import annotations

from pathlib import Path


class BeleidsgraafError(Exception):
    """Base of every error the project raises on purpose; anything else is a bug."""


class ReadError(BeleidsgraafError):
    """A file could not be turned into text."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")
