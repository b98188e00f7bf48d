"""Settings shared by the commands: flags win over the environment, which wins over defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    #: the trained spaCy pipeline: None is the project's own (extract/ud_pipeline), which parses the
    #: sentences relations are read from; "blank" is none (spacy.blank("nl") and the rules alone);
    #: another name or folder is an installed trained Dutch pipeline (e.g. nl_core_news_lg) whose
    #: NER adds candidates and whose parser parses
    spacy_model: str | None = None
    #: evidence as offsets only: mentions and assertions keep `bg:start`/`bg:end` but not the
    #: sentence text, which stays in the corpus (`beleidsgraaf text FILE`)
    compact: bool = False

    @classmethod
    def from_env(cls, spacy_model: str | None = None, *, compact: bool = False) -> Settings:
        return cls(
            spacy_model=spacy_model or os.environ.get("BELEIDSGRAAF_SPACY_MODEL") or None, compact=compact
        )
