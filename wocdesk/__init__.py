"""wocdesk: a study and briefing desk for bilingual Chinese–English texts."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:
    from wocdesk.model.article import Article

__all__ = ["__version__", "load_article", "open_article"]


def load_article(path: str | Path | None = None) -> Article:
    """Load an article file; ``None`` loads the bundled article."""
    from wocdesk.content.article_file.loader import load_article as _load

    return _load(path)


def open_article(path: str | Path | None = None) -> Article:
    """Open an article file or import a raw bilingual text; ``None`` opens the bundled article."""
    from wocdesk.content.opening import open_article as _open

    return _open(path)
