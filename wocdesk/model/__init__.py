"""The Qt-free model: the article, its bilingual text and display modes.

Names are loaded on first use (PEP 562), so that importing ``wocdesk.model.text`` alone does not
build every article class.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wocdesk.model.article import (
        Article,
        Event,
        Figure,
        GroupsFigure,
        Highlight,
        Leftover,
        Passage,
        RankingFigure,
        Section,
        SeriesFigure,
    )
    from wocdesk.model.text import LANGS, BiText, DisplayMode, Lang, parse_lang, parse_mode

_HOMES = {
    **dict.fromkeys(
        (
            "Article",
            "Event",
            "Figure",
            "GroupsFigure",
            "Highlight",
            "Leftover",
            "Passage",
            "RankingFigure",
            "Section",
            "SeriesFigure",
        ),
        "wocdesk.model.article",
    ),
    **dict.fromkeys(
        ("LANGS", "BiText", "DisplayMode", "Lang", "parse_lang", "parse_mode"), "wocdesk.model.text"
    ),
}

__all__ = [
    "LANGS",
    "Article",
    "BiText",
    "DisplayMode",
    "Event",
    "Figure",
    "GroupsFigure",
    "Highlight",
    "Lang",
    "Leftover",
    "Passage",
    "RankingFigure",
    "Section",
    "SeriesFigure",
    "parse_lang",
    "parse_mode",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'wocdesk.model' has no attribute {name!r}")
    return getattr(importlib.import_module(home), name)
