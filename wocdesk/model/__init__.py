"""The Qt-free model: the article, its bilingual text and display modes."""

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
