"""The full-screen show: draws the planned deck, keys move, L switches language, N shows notes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QWheelEvent,
)
from PySide6.QtWidgets import QWidget

from wocdesk.deck.model import Deck, Slide
from wocdesk.i18n import _
from wocdesk.model.text import DisplayMode
from wocdesk.ui.app.language import translate_ui
from wocdesk.ui.show.deck_source import DeckSource, map_index, next_mode
from wocdesk.ui.show.show_overlays import paint_overlays
from wocdesk.ui.slides.fonts import bundled_family
from wocdesk.ui.slides.renderer import fit_rect

K = Qt.Key
NEXT_KEYS = frozenset(k.value for k in (K.Key_Right, K.Key_Space, K.Key_PageDown, K.Key_Down))
PREVIOUS_KEYS = frozenset(k.value for k in (K.Key_Left, K.Key_PageUp, K.Key_Backspace, K.Key_Up))
MESSAGE_MS = 2500
PIXMAP_CACHE = 6


class ShowWindow(QWidget):
    """A slide show of the deck planned by a :class:`DeckSource`, in one language mode at a time."""

    slideChanged = Signal(int)
    modeChanged = Signal(str)
    closed = Signal()

    def __init__(
        self,
        source: DeckSource,
        mode: DisplayMode = DisplayMode.EN,
        index: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        """A show of ``source`` in ``mode`` starting at slide ``index`` (0-based)."""
        deck = source.deck(mode)  # plan first: a bad outline raises before any window exists
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.source = source
        self._mode = mode
        self._index = min(max(index, 0), max(len(deck.slides) - 1, 0))
        self.blanked = False
        self.notes_visible = False
        self.digits = ""
        self.message = ""
        self._wheel = 0
        self._pixmaps: dict[tuple[DisplayMode, int, int, int], QPixmap] = {}
        self._message_timer = QTimer(self, singleShot=True, interval=MESSAGE_MS)
        self._message_timer.timeout.connect(self._clear_message)
        self._prefetch_timer = QTimer(self, singleShot=True, interval=0)
        self._prefetch_timer.timeout.connect(self._prefetch)
        self._overlay_font = QFont()
        self._overlay_font.setFamilies([QFont().defaultFamily(), bundled_family()])
        self.presenter_view: QWidget | None = None  # set by start_show on two screens
        translate_ui(self)

    # --- state ---------------------------------------------------------------------------------
    @property
    def mode(self) -> DisplayMode:
        """The language mode shown."""
        return self._mode

    @property
    def index(self) -> int:
        """The 0-based index of the slide shown."""
        return self._index

    @property
    def deck(self) -> Deck:
        """The deck of the current mode."""
        return self.source.deck(self._mode)

    @property
    def slide(self) -> Slide:
        """The slide shown."""
        return self.deck.slides[self._index]

    def next_slide(self) -> Slide | None:
        """The slide after the current one, or ``None`` at the end."""
        slides = self.deck.slides
        return slides[self._index + 1] if self._index + 1 < len(slides) else None

    def retranslate_ui(self) -> None:
        """Window title in the interface language."""
        self.setWindowTitle(_("Slide show: {title}").format(title=self.deck.title))
        self.update()

    # --- navigation ----------------------------------------------------------------------------
    def go_to(self, index: int) -> None:
        """Show slide ``index`` (clamped to the deck); un-blank the screen."""
        index = min(max(index, 0), len(self.deck.slides) - 1)
        self.blanked = False
        if index != self._index:
            self._index = index
            self.slideChanged.emit(index)
        self._after_change()

    def next(self) -> None:
        """The next slide (stays on the last one)."""
        self.go_to(self._index + 1)

    def previous(self) -> None:
        """The previous slide (stays on the first one)."""
        self.go_to(self._index - 1)

    def jump(self, number: int) -> bool:
        """Go to slide ``number`` (1-based); a number outside the deck shows a message instead."""
        count = len(self.deck.slides)
        if not 1 <= number <= count:
            self.show_message(
                _("There is no slide {number}: this deck has slides 1 to {count}.").format(
                    number=number, count=count
                )
            )
            return False
        self.go_to(number - 1)
        return True

    def set_mode(self, new_mode: DisplayMode) -> None:
        """Show the deck in ``new_mode`` (planned once, then cached) at the same outline slide."""
        if new_mode == self._mode:
            return
        old_deck = self.deck
        new_deck = self.source.deck(new_mode)
        self._index = map_index(old_deck, self._index, new_deck)
        self._mode = new_mode
        self.modeChanged.emit(new_mode.value)
        self.slideChanged.emit(self._index)
        self.show_message(_("Language: {mode}").format(mode=mode_label(new_mode)))
        self.retranslate_ui()
        self._after_change()

    def cycle_language(self) -> None:
        """The next language mode: zh → en → zh-en → en-zh → zh."""
        self.set_mode(next_mode(self._mode))

    def toggle_blank(self) -> None:
        """Blank the screen, or show the slide again."""
        self.blanked = not self.blanked
        self.update()

    def toggle_notes(self) -> None:
        """Show or hide the notes overlay."""
        self.notes_visible = not self.notes_visible
        self.update()

    def show_message(self, text: str) -> None:
        """A short message over the slide for a moment."""
        self.message = text
        self._message_timer.start()
        self.update()

    def _clear_message(self) -> None:
        self.message = ""
        self.update()

    def _after_change(self) -> None:
        self.update()
        self._prefetch_timer.start()

    # --- input ---------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """The show's keys (see the README); others go to the base class."""
        if not self.handle_key(event.key(), event.text()):
            super().keyPressEvent(event)

    def handle_key(self, key: int, text: str = "") -> bool:
        """Act on one key; return True when it was the show's."""
        if len(text) == 1 and text in "0123456789":  # not "²", which isdigit() accepts
            self.digits = (self.digits + text)[-4:]
            self.update()
            return True
        key = int(key)
        if key in (K.Key_Return.value, K.Key_Enter.value):
            if self.digits:
                number, self.digits = int(self.digits), ""
                self.jump(number)
            else:
                self.next()
            return True
        if key == K.Key_Escape.value:
            if self.digits:
                self.digits = ""
                self.update()
            else:
                self.close()
            return True
        self.digits = ""
        actions: dict[int, Callable[[], None]] = {
            K.Key_Home.value: lambda: self.go_to(0),
            K.Key_End.value: lambda: self.go_to(len(self.deck.slides) - 1),
            K.Key_L.value: self.cycle_language,
            K.Key_B.value: self.toggle_blank,
            K.Key_Period.value: self.toggle_blank,
            K.Key_N.value: self.toggle_notes,
        }
        action = actions.get(key)
        if action is not None:
            action()
        elif key in NEXT_KEYS:
            self.next()
        elif key in PREVIOUS_KEYS:
            self.previous()
        else:
            return False
        return True

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Left click: next slide; right click: previous."""
        if event.button() == Qt.MouseButton.LeftButton:
            self.next()
        elif event.button() == Qt.MouseButton.RightButton:
            self.previous()
        else:
            super().mousePressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Wheel down: next slide; wheel up: previous (one slide per notch)."""
        self._wheel += event.angleDelta().y()
        while self._wheel <= -120:
            self._wheel += 120
            self.next()
        while self._wheel >= 120:
            self._wheel -= 120
            self.previous()
        event.accept()

    def closeEvent(self, event: object) -> None:
        """Tell the owner the show is over, give it the focus back; let go of the drawn slides."""
        self._pixmaps.clear()
        self._prefetch_timer.stop()
        self.closed.emit()
        super().closeEvent(event)  # type: ignore[arg-type]
        owner = self.parentWidget()
        if owner is not None:
            owner.window().raise_()
            owner.window().activateWindow()

    # --- drawing -------------------------------------------------------------------------------
    def slide_pixmap(self, mode: DisplayMode, index: int, size: QSize) -> QPixmap:
        """Slide ``index`` of ``mode`` drawn at ``size`` device-independent pixels (cached)."""
        ratio = self.devicePixelRatioF()
        key = (mode, index, round(size.width() * ratio), round(size.height() * ratio))
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            renderer = self.source.renderer(mode)
            pixmap = QPixmap(key[2], key[3])
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(QColor("black"))
            painter = QPainter(pixmap)
            try:
                renderer.paint(
                    painter, renderer.deck.slides[index], QRectF(0, 0, size.width(), size.height())
                )
            finally:
                painter.end()
            if len(self._pixmaps) >= PIXMAP_CACHE:
                self._pixmaps.pop(next(iter(self._pixmaps)))
            self._pixmaps[key] = pixmap
        return pixmap

    def slide_rect(self) -> QRectF:
        """Where the slide goes in the window (letterboxed, the deck's proportions)."""
        return fit_rect(self.deck, QRectF(self.rect()))

    def _prefetch(self) -> None:
        """Draw the neighbours and the next language ahead of time: the next key only blits."""
        size = self.slide_rect().size().toSize()
        if size.isEmpty():
            return
        count = len(self.deck.slides)
        for index in (self._index + 1, self._index - 1):
            if 0 <= index < count:
                self.slide_pixmap(self._mode, index, size)
        # The deck L switches to next: planned once (a few ms), and its slide drawn.
        upcoming = next_mode(self._mode)
        deck = self.source.deck(upcoming)
        if deck.slides:
            self.slide_pixmap(upcoming, map_index(self.deck, self._index, deck), size)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Black surround, the slide (or nothing when blanked), then the overlays."""
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), QColor("black"))
            if not self.blanked and self.deck.slides:
                target = self.slide_rect()
                pixmap = self.slide_pixmap(self._mode, self._index, target.size().toSize())
                painter.drawPixmap(target.topLeft(), pixmap)
            paint_overlays(painter, self)
        finally:
            painter.end()

    def overlay_font(self) -> QFont:
        """The font of the overlays (Chinese falls back to the bundled face)."""
        return self._overlay_font


def mode_label(mode: DisplayMode) -> str:
    """The name of a language mode in the interface language."""
    labels = {
        DisplayMode.ZH: _("Chinese"),
        DisplayMode.EN: _("English"),
        DisplayMode.ZH_EN: _("Chinese and English"),
        DisplayMode.EN_ZH: _("English and Chinese"),
    }
    return labels[mode]


def screen_count() -> int:
    """How many screens the system has."""
    return len(QGuiApplication.screens())
