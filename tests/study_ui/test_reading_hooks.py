"""The reading view's hit-testing names the character under the mouse, not only the boundary.

A word is looked up by the character the mouse is over. The boundary nearest to the point
(where a selection starts) is the next character's offset over a character's right half.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF

from wocdesk.ui.reading.formats import TextRange
from wocdesk.ui.reading.rows import Source


def test_the_character_under_the_mouse_on_either_half(make_view, article) -> None:  # type: ignore[no-untyped-def]
    view = make_view(article, "zh")
    view.restore_position("p-event")
    source = Source("passage", "p-event", "zh")
    text = article.passage("p-event").zh
    at = text.index("知识产权")
    for offset in (at, at + 1):  # 知, then 识
        box = view.text_rects(TextRange(source, offset, 1))[0]
        y = box.center().y()
        left = view.hit_test(QPointF(box.left() + box.width() * 0.2, y))
        right = view.hit_test(QPointF(box.left() + box.width() * 0.8, y))
        assert left is not None and right is not None
        assert left.char_offset == offset and right.char_offset == offset
        assert left.source_offset == offset and right.source_offset == offset + 1


def test_hovering_says_when_the_character_changes_at_a_boundary(make_view, article, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The right half of 知 and the left half of 识 share their nearest boundary."""
    from PySide6.QtTest import QTest

    view = make_view(article, "zh")
    view.restore_position("p-event")
    source = Source("passage", "p-event", "zh")
    at = article.passage("p-event").zh.index("知识产权")
    first = view.text_rects(TextRange(source, at, 1))[0]
    second = view.text_rects(TextRange(source, at + 1, 1))[0]
    seen = []
    view.hovered.connect(lambda hit: seen.append(hit.char_offset if hit else None))
    y = int(first.center().y())
    QTest.mouseMove(view.viewport(), QPoint(int(first.left() + first.width() * 0.8), y))
    QTest.mouseMove(view.viewport(), QPoint(int(second.left() + second.width() * 0.2), y))
    assert seen[-2:] == [at, at + 1]


class _Room:
    """A decorator asking for room while on, saying what its room depends on."""

    def __init__(self) -> None:
        self.on = False

    def space_above(self, block, face) -> float:  # type: ignore[no-untyped-def]
        return 6.0 if self.on else 0.0

    def paint(self, painter, block, origin) -> None:  # type: ignore[no-untyped-def]
        pass

    def layout_key(self) -> object:
        return self.on


def test_heights_measured_with_a_decorator_are_found_again(make_view, article) -> None:  # type: ignore[no-untyped-def]
    view = make_view(article, "zh")
    room = _Room()
    view.add_decorator(room)
    plain = view.document.heights
    room.on = True
    view.refresh_decorations()
    spaced = view.document.heights
    assert spaced is not plain and spaced.total > plain.total
    room.on = False
    view.refresh_decorations()
    assert view.document.heights is plain
    room.on = True
    view.refresh_decorations()
    assert view.document.heights is spaced
