"""What to do when a file is imported again: ask, replace the article, or keep both."""

from __future__ import annotations

from enum import Enum


class Duplicate(Enum):
    """What to do when the same file (same content) is already in the library."""

    ASK = "ask"  # add nothing; the outcome lists the articles it duplicates
    REPLACE = "replace"  # replace the newest of them, keeping its id, place and notes
    KEEP_BOTH = "keep-both"  # add it as another article
