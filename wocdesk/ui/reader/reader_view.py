"""The reading pane: the article as rich text, with paragraph-exact positions kept on re-layout."""

from __future__ import annotations

import bisect
from math import ceil

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QPalette,
    QResizeEvent,
    QShowEvent,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from wocdesk.ui.app.fonts import latin_family, register_fonts
from wocdesk.ui.reader.html_render import REVEAL_SCHEME, Style, render_article
from wocdesk.ui.reader.passage_map import Anchor, index_anchors, style_from
from wocdesk.ui.state import ReaderState

SINGLE_MEASURE_EM = 36  # a comfortable line: about 36 Chinese characters or 70 Latin letters
DOUBLE_MEASURE_EM = 76
BASE_POINT_SIZE = 12.0
FLASH_MS = 1600


class ReaderView(QTextBrowser):
    """Shows the state's article in its mode; reports the reading position and follows it.

    The view reports where the reader is to the state as it scrolls, and scrolls when
    something else moves the state's position; a new mode or article re-renders.
    """

    rendered = Signal()  # the document was built anew (find and highlights must follow)

    def __init__(self, state: ReaderState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reader-view")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.zh_family = register_fonts() or "Noto Sans CJK SC"
        self.en_family = latin_family()
        self._state = state
        self._zoom = 0
        self._revealed: set[str] = set()
        self._anchors: list[Anchor] = []
        self._focus_passage = ""
        self._shown_once = False
        self._pending: tuple[str, float] | None = None  # a place asked for before the first show
        self._reporting = False  # telling the state where the reader is
        self._applying = False  # going where the state says
        self._find: list[QTextEdit.ExtraSelection] = []
        self._flash: list[QTextEdit.ExtraSelection] = []
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(self.clear_flash)
        self.anchorClicked.connect(self._on_anchor)
        self.verticalScrollBar().valueChanged.connect(self._on_scroll)
        self._apply_zoom()
        self._render()
        if state.position.passage_id:
            self.restore_position(*state.position)
        state.article_changed.connect(self._on_article_changed)
        state.mode_changed.connect(self._rerender)  # the passage at the top stays at the top
        state.position_changed.connect(self._on_position_changed)

    # -- state ------------------------------------------------------------------------------
    @property
    def revealed(self) -> frozenset[str]:
        """Passages whose other language is shown inline."""
        return frozenset(self._revealed)

    @property
    def zoom(self) -> int:
        """Zoom steps from the base size (one point each)."""
        return self._zoom

    def _on_article_changed(self) -> None:
        """Show the new article from its start."""
        self._revealed.clear()
        self._pending = None
        self._render()
        self.verticalScrollBar().setValue(0)
        self._on_scroll()

    def _on_position_changed(self) -> None:
        """Go where the state's position says, unless the view itself just reported it."""
        if self._reporting:
            return
        self._applying = True
        try:
            self.restore_position(*self._state.position)
        finally:
            self._applying = False

    def set_zoom(self, steps: int) -> None:
        """Set the text size in steps from the base size, keeping the place."""
        if steps == self._zoom:
            return
        position = self.reading_position()
        self._zoom = steps
        self._apply_zoom()
        self._apply_frame()
        self.restore_position(*position)

    def toggle_reveal(self, passage_id: str) -> None:
        """Show or hide the other language of one passage (single-language modes only)."""
        if passage_id in self._revealed:
            self._revealed.discard(passage_id)
        else:
            self._revealed.add(passage_id)
        self._rerender()

    def refresh(self) -> None:
        """Render again (after a palette or font change), keeping the place."""
        self._rerender()

    # -- positions --------------------------------------------------------------------------
    def passage_ids(self) -> list[str]:
        """The passages in document order."""
        return [a.passage_id for a in self._anchors]

    def _block_top(self, number: int) -> float:
        block = self.document().findBlockByNumber(number)
        return float(self.document().documentLayout().blockBoundingRect(block).top())

    def _tops(self) -> list[float]:
        return [self._block_top(a.start_block) for a in self._anchors]

    def passage_top(self, passage_id: str) -> float:
        """The document y where a passage's range starts."""
        for anchor in self._anchors:
            if anchor.passage_id == passage_id:
                return self._block_top(anchor.start_block)
        raise KeyError(passage_id)

    def top_paragraph_id(self) -> str:
        """The id of the passage at the top of the view."""
        return self.reading_position()[0]

    def reading_position(self) -> tuple[str, float]:
        """The passage at the top of the view and how far into it the view starts (0 to 1)."""
        if not self._anchors:
            return "", 0.0
        if not self._shown_once:  # no real layout yet
            return self._pending or (self._anchors[0].passage_id, -1.0)
        tops = self._tops()
        y = float(self.verticalScrollBar().value())
        if y + 1.0 < tops[0]:  # above the first passage: the title; as a share of it (negative)
            return self._anchors[0].passage_id, -(tops[0] - y) / max(1.0, tops[0])
        index = max(0, bisect.bisect_right(tops, y + 1.0) - 1)
        end = tops[index + 1] if index + 1 < len(tops) else self._content_height()
        height = max(1.0, end - tops[index])
        fraction = min(max((y - tops[index]) / height, 0.0), 0.999)
        return self._anchors[index].passage_id, fraction

    def restore_position(self, passage_id: str, fraction: float = 0.0) -> None:
        """Scroll so that ``passage_id`` (``fraction`` of the way into it) is at the top."""
        ids = self.passage_ids()
        if passage_id not in ids:
            return
        if not self._shown_once:
            self._pending = (passage_id, fraction)
            self._on_scroll()
            return
        tops = self._tops()
        index = ids.index(passage_id)
        end = tops[index + 1] if index + 1 < len(tops) else self._content_height()
        if fraction < 0:
            y = tops[index] * (1.0 + fraction)
        else:
            y = tops[index] + fraction * max(0.0, end - tops[index])
        bar = self.verticalScrollBar()
        # The scroll range follows a re-layout only later; make sure the target is in range now.
        needed = ceil(self.document().size().height()) - self._view_height()
        if bar.maximum() < needed:
            bar.setMaximum(needed)
        bar.setValue(max(0, round(y)))
        self._on_scroll()

    def scroll_to_section(self, section_id: str) -> None:
        """Scroll so that the heading of ``section_id`` is at the top."""
        for anchor in self._anchors:
            if anchor.section_id == section_id:
                self.restore_position(anchor.passage_id, 0.0)
                return

    def current_passage_id(self) -> str:
        """The passage the reader last clicked, if still in view, else the one at the top."""
        if self._focus_passage and self._is_visible(self._focus_passage):
            return self._focus_passage
        return self.top_paragraph_id()

    def _is_visible(self, passage_id: str) -> bool:
        try:
            top = self.passage_top(passage_id)
        except KeyError:
            return False
        y = self.verticalScrollBar().value()
        return y - 1 <= top < y + self._view_height()

    # The first Python call of viewport() costs PySide6 about 14 ms of enum set-up at start-up,
    # so the viewport's size is read from what QTextEdit keeps in step with it.
    def _view_height(self) -> int:
        return max(0, self.verticalScrollBar().pageStep())

    def _view_width(self) -> float:
        width = self.document().textWidth()
        return width if width > 0 else float(self.width())

    def _content_height(self) -> float:
        return float(
            self.document().size().height()
            - self.document().rootFrame().frameFormat().bottomMargin()
        )

    # -- highlights -------------------------------------------------------------------------
    def passage_blocks(self, passage_id: str) -> list[QTextBlock]:
        """The text blocks of a passage (one per column in a bilingual mode)."""
        for anchor in self._anchors:
            if anchor.passage_id == passage_id:
                doc = self.document()
                numbers = range(anchor.text_block, anchor.end_block + 1)
                return [doc.findBlockByNumber(n) for n in numbers]
        raise KeyError(passage_id)

    def passage_cursors(self, passage_id: str) -> list[QTextCursor]:
        """Cursors selecting a passage's text, one per block (a selection must not span cells)."""
        cursors = []
        for block in self.passage_blocks(passage_id):
            if block.length() > 1:
                cursor = QTextCursor(block)
                cursor.movePosition(
                    QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
                )
                cursors.append(cursor)
        return cursors

    def flash_passage(self, passage_id: str) -> None:
        """Highlight a passage briefly."""
        fmt = QTextCharFormat()
        color = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        color.setAlpha(70)
        fmt.setBackground(color)
        self._flash = []
        for cursor in self.passage_cursors(passage_id):
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor  # type: ignore[misc]
            selection.format = fmt  # type: ignore[misc]
            self._flash.append(selection)
        self._apply_selections()
        self._flash_timer.start(FLASH_MS)

    def flashed(self) -> bool:
        """True while a passage is highlighted."""
        return bool(self._flash)

    def clear_flash(self) -> None:
        """Remove the brief highlight."""
        self._flash = []
        self._apply_selections()

    def set_find_selections(self, cursors: list[QTextCursor], current: int) -> None:
        """Highlight find matches, the current one more strongly."""
        palette = self.palette()
        weak = QColor(255, 214, 0, 110)
        strong = QColor(palette.color(QPalette.ColorRole.Highlight))
        selections = []
        for index, cursor in enumerate(cursors):
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor  # type: ignore[misc]
            fmt = QTextCharFormat()
            fmt.setBackground(strong if index == current else weak)
            if index == current:
                fmt.setForeground(palette.color(QPalette.ColorRole.HighlightedText))
            selection.format = fmt  # type: ignore[misc]
            selections.append(selection)
        self._find = selections
        self._apply_selections()

    def _apply_selections(self) -> None:
        self.setExtraSelections(self._find + self._flash)

    # -- rendering --------------------------------------------------------------------------
    def render_style(self) -> Style:
        """Colours and fonts from the current palette."""
        return style_from(self.palette(), self.zh_family, self.en_family, self.font())

    def _rerender(self, *_: object) -> None:
        position = self.reading_position()
        self._render()
        self.restore_position(*position)

    def _render(self) -> None:
        self._find = []
        self._flash = []
        state = self._state
        html = render_article(state.article, state.mode, self._revealed, self.render_style())
        self._anchors = []
        self.setHtml(html)
        self._index_anchors()
        self._apply_frame()
        self._apply_selections()
        self.rendered.emit()

    def _index_anchors(self) -> None:
        """Find the blocks that start each section and passage."""
        self._anchors = index_anchors(self.document(), self._state.article)

    def _apply_zoom(self) -> None:
        font = QFont(self.font())
        font.setPointSizeF(BASE_POINT_SIZE + self._zoom)
        self.setFont(font)
        self.document().setDefaultFont(font)

    def _apply_frame(self) -> None:
        """Centre a comfortable measure and let the last passage scroll to the top."""
        em = max(8, self.fontMetrics().height() * 0.8)
        bilingual = self._state.mode.is_bilingual
        measure = em * (DOUBLE_MEASURE_EM if bilingual else SINGLE_MEASURE_EM)
        width = self._view_width()
        side = max(18.0, (width - measure) / 2)
        root = self.document().rootFrame()
        fmt = root.frameFormat()
        bottom = max(40, self._view_height())
        wanted = (side, side, 28.0, float(bottom))
        current = (fmt.leftMargin(), fmt.rightMargin(), fmt.topMargin(), fmt.bottomMargin())
        if all(abs(a - b) < 0.5 for a, b in zip(wanted, current, strict=True)):
            return  # each change lays the whole document out again
        fmt.setLeftMargin(side)
        fmt.setRightMargin(side)
        fmt.setTopMargin(28)
        fmt.setBottomMargin(bottom)
        root.setFrameFormat(fmt)

    # -- events -----------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        """Lay out for the real size and go to the place asked for before."""
        super().showEvent(event)
        if not self._shown_once:
            position = self.reading_position()
            self._shown_once = True
            self._pending = None
            self._apply_frame()
            self.restore_position(*position)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the measure centred and the place kept when the window changes size."""
        if not self._shown_once:
            super().resizeEvent(event)
            self._apply_frame()
            return
        position = self.reading_position()
        super().resizeEvent(event)
        self._apply_frame()
        self.restore_position(*position)

    def changeEvent(self, event: QEvent) -> None:
        """Follow the system palette (light or dark) as it changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._rerender()

    def mousePressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        """Remember the clicked passage as the current one."""
        super().mousePressEvent(event)
        self._focus_passage = self._passage_at(event.position().toPoint())

    def _passage_at(self, point: QPoint) -> str:
        number = self.cursorForPosition(point).blockNumber()
        for anchor in reversed(self._anchors):
            if anchor.start_block <= number:
                return anchor.passage_id
        return ""

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() == REVEAL_SCHEME:
            self.toggle_reveal(url.path())

    def _on_scroll(self, *_: object) -> None:
        """Tell the state where the reader is (not while going where the state says)."""
        if self._applying:
            return
        self._reporting = True
        try:
            self._state.set_position(*self.reading_position())
        finally:
            self._reporting = False
