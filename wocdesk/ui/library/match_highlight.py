"""A search hit's matches highlighted in the reading view, as its find shows matches."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QTextCursor

from wocdesk.library.search import SearchHit

if TYPE_CHECKING:
    from wocdesk.ui.reader.main_window import MainWindow


def match_cursors(window: MainWindow, hit: SearchHit) -> list[QTextCursor]:
    """Cursors selecting each match of ``hit`` in the languages the view shows."""
    view = window.view
    passage = window.state.article.passage(hit.passage_id)
    cursors: list[QTextCursor] = []
    try:
        blocks = view.passage_blocks(hit.passage_id)
    except KeyError:
        return []
    for lang, spans in hit.matches.items():
        text = passage.text.get(lang)
        if not text or not spans:
            continue
        for block in blocks:
            at = block.text().find(text)
            if at < 0:
                continue
            for start, end in spans:
                cursor = QTextCursor(block)
                cursor.setPosition(block.position() + at + start)
                cursor.setPosition(block.position() + at + end, QTextCursor.MoveMode.KeepAnchor)
                cursors.append(cursor)
            break
    return cursors


def highlight_hit(window: MainWindow, hit: SearchHit) -> int:
    """Highlight the hit's matches (the first one as the current find match); how many."""
    cursors = match_cursors(window, hit)
    if cursors:
        window.view.set_find_selections(cursors, 0)
    return len(cursors)
