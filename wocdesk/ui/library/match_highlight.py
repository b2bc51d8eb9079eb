"""A search hit's matches highlighted in the reading view, as its find shows matches.

Every match of the passage is drawn in find's colour on a layer of its own; the first one in
a language the view shows is selected, as find selects its current match. The layer goes
when another article is opened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QTextCharFormat

from wocdesk.library.search import SearchHit
from wocdesk.ui.reading.formats import FormatSpan, TextRange
from wocdesk.ui.reading.rows import Source

if TYPE_CHECKING:
    from wocdesk.ui.reader.main_window import MainWindow

MATCH_LAYER = "library-match"


def match_ranges(hit: SearchHit) -> list[TextRange]:
    """The hit's matches as ranges of the article's text (both languages, in order)."""
    return [
        TextRange(Source("passage", hit.passage_id, lang), start, end - start)
        for lang, spans in sorted(hit.matches.items())
        for start, end in spans
        if end > start
    ]


def highlight_hit(window: MainWindow, hit: SearchHit) -> int:
    """Highlight the hit's matches and select the first one shown; how many were marked."""
    view = window.view
    ranges = match_ranges(hit)
    marked = QTextCharFormat()
    marked.setBackground(view.reading_style.find_weak)
    view.set_formats(MATCH_LAYER, [FormatSpan(text, marked) for text in ranges])
    shown = window.state.mode.languages
    visible = [text for text in ranges if text.source.lang in shown]
    for text in sorted(visible, key=lambda r: shown.index(r.source.lang)):
        if view.select_range(text):
            view.ensure_visible(text)
            break
    return len(ranges)


def clear_highlight(window: MainWindow) -> None:
    """Remove the highlighted matches."""
    window.view.clear_formats(MATCH_LAYER)
