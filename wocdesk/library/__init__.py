"""The library: every article in one SQLite database, searchable in both languages.

``Library.open()`` opens (or creates) it; ``read_source(path)`` reads a file to import;
``article_from(spec)`` gives the article a command line names by library id or by file.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wocdesk.library.errors import LibraryError, NewerLibraryError, SourceError
    from wocdesk.library.models import AddOutcome, ArticleSummary, Duplicate, Place
    from wocdesk.library.resolve import article_from
    from wocdesk.library.search import SearchHit, Snippet
    from wocdesk.library.sources import Imported, ImportReport, read_source
    from wocdesk.library.store import Library

_HOMES = {
    "AddOutcome": "models",
    "ArticleSummary": "models",
    "Duplicate": "models",
    "ImportReport": "sources",
    "Imported": "sources",
    "Library": "store",
    "LibraryError": "errors",
    "NewerLibraryError": "errors",
    "Place": "models",
    "SearchHit": "search",
    "Snippet": "search",
    "SourceError": "errors",
    "article_from": "resolve",
    "read_source": "sources",
}
__all__ = [
    "AddOutcome",
    "ArticleSummary",
    "Duplicate",
    "ImportReport",
    "Imported",
    "Library",
    "LibraryError",
    "NewerLibraryError",
    "Place",
    "SearchHit",
    "Snippet",
    "SourceError",
    "article_from",
    "read_source",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'wocdesk.library' has no attribute {name!r}")
    return getattr(importlib.import_module(f"wocdesk.library.{home}"), name)
