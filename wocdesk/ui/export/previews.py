"""A strip of slide thumbnails drawn by the slide renderer, re-planned off the typing path."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QSize, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wocdesk.deck.model import Deck
from wocdesk.deck.outlines.outline import Outline
from wocdesk.errors import WocdeskError
from wocdesk.i18n import _, ngettext
from wocdesk.model.article import Article
from wocdesk.model.text import DisplayMode
from wocdesk.ui.app.language import translate_ui
from wocdesk.ui.app.plain_text import literal_markup, plain_labels
from wocdesk.ui.slides.renderer import SlideRenderer

DeckFactory = Callable[[], Deck]
DEBOUNCE_MS = 250
THUMB_WIDTH = 192


class SlidePreviews(QWidget):
    """Thumbnails of a deck; :meth:`request` re-plans after a pause, so typing never waits."""

    rendered = Signal(int)  # number of thumbnails drawn

    def __init__(self, parent: QWidget | None = None, thumb_width: int = THUMB_WIDTH) -> None:
        """An empty strip; give it a deck with :meth:`request` or :meth:`set_deck`."""
        super().__init__(parent)
        self.thumb_width = thumb_width
        self.list = QListWidget(self)
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setFlow(QListView.Flow.LeftToRight)
        self.list.setWrapping(False)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.list.setIconSize(QSize(thumb_width, round(thumb_width * 9 / 16)))
        self.list.setFixedHeight(round(thumb_width * 9 / 16) + 56)
        self.status = QLabel(self)
        plain_labels(self.status)  # messages name files and may quote article text
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.status)
        self._factory: DeckFactory | None = None
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh_now)
        self.deck: Deck | None = None
        self.error = ""
        translate_ui(self)

    def retranslate_ui(self) -> None:
        """The strip's text in the interface language."""
        self.list.setAccessibleName(_("Slide previews"))
        self._update_status()

    def request(self, factory: DeckFactory) -> None:
        """Re-plan with ``factory`` after a short pause (restarted by every new request)."""
        self._factory = factory
        self._timer.start()

    def is_pending(self) -> bool:
        """True while a re-plan is waiting for the pause to end."""
        return self._timer.isActive()

    def refresh_now(self) -> None:
        """Plan now with the last factory and redraw; a planning error is shown, not raised."""
        self._timer.stop()
        if self._factory is None:
            return
        try:
            deck = self._factory()
        except WocdeskError as exc:
            self.deck, self.error = None, str(exc)
            self.list.clear()
            self._update_status()
            return
        self.set_deck(deck)

    def clear_deck(self) -> None:
        """Show no thumbnails and no message (the dialog says what is wrong)."""
        self._timer.stop()
        self._factory = None
        self.deck, self.error = None, ""
        self.list.clear()
        self._update_status()

    def set_deck(self, deck: Deck) -> None:
        """Draw the thumbnails of ``deck`` with the slide renderer."""
        self.deck, self.error = deck, ""
        renderer = SlideRenderer(deck)
        height = round(self.thumb_width * deck.height / deck.width)
        ratio = self.devicePixelRatioF()
        self.list.clear()
        for slide in deck.slides:
            image = renderer.image(slide, round(self.thumb_width * ratio), round(height * ratio))
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            item = QListWidgetItem(QIcon(pixmap), str(slide.number))
            item.setToolTip(literal_markup(slide.title))
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.list.addItem(item)
        self._update_status()
        self.rendered.emit(len(deck.slides))

    def _update_status(self) -> None:
        if self.error:
            self.status.setText(self.error)
            self.status.setStyleSheet(f"color: {QColor('#B00020').name()}")
        elif self.deck is not None:
            count = len(self.deck.slides)
            self.status.setText(
                ngettext("{count} slide", "{count} slides", count).format(count=count)
            )
            self.status.setStyleSheet("")
        else:
            self.status.setText("")


class PathField(Protocol):
    """A path field of the export dialog: its line edit and the path it holds."""

    @property
    def edit(self) -> QLineEdit:
        """The line edit."""
        ...

    def path(self) -> Path | None:
        """The path typed or chosen, or ``None`` when empty."""
        ...


class DeckChoices(Protocol):
    """What the previews read from the export dialog, and the spot they fill."""

    @property
    def lang_box(self) -> QComboBox:
        """The language choice."""
        ...

    @property
    def notes_box(self) -> QComboBox:
        """The speaker notes choice."""
        ...

    @property
    def outline_row(self) -> PathField:
        """The outline file."""
        ...

    @property
    def template_row(self) -> PathField:
        """The template file."""
        ...

    @property
    def thumbnails(self) -> QWidget:
        """The spot the previews fill."""
        ...

    @property
    def thumbnail_layout(self) -> QBoxLayout:
        """The spot's layout."""
        ...

    @property
    def article(self) -> Article:
        """The article to plan."""
        ...

    @property
    def outline_changed(self) -> SignalInstance:
        """Emitted when the outline changes (chosen, edited)."""
        ...

    def mode(self) -> DisplayMode:
        """The language mode chosen."""
        ...

    def deck_outline(self) -> Outline | Path | None:
        """The outline to plan (``None``: the article's own)."""
        ...

    def outline_problem(self) -> str:
        """Why the outline cannot be planned, as one line the dialog shows ("" when it can)."""
        ...


def install_slide_previews(dialog: DeckChoices) -> SlidePreviews:
    """Put a preview strip in the export dialog's thumbnail spot and keep it in step.

    Every change of language, notes, outline or template re-plans after a pause (typing in
    the outline field never waits for it).
    """
    from wocdesk.deck import plan_deck

    strip = SlidePreviews(dialog.thumbnails)
    dialog.thumbnail_layout.addWidget(strip)
    dialog.thumbnails.show()
    # Weak references only: a slot closure owning the last reference to a widget that Qt is
    # destroying makes PySide6 6.12 free it twice.
    owner = weakref.ref(dialog)
    previews = weakref.ref(strip)

    def request(*_args: object) -> None:
        target, shown = owner(), previews()
        if target is None or shown is None:
            return
        if target.outline_problem():
            shown.clear_deck()  # the dialog shows the problem; nothing is drawn over the strip
            return
        article = target.article
        mode = target.mode()
        outline = target.deck_outline()
        notes = target.notes_box.currentData() or None

        def plan() -> Deck:
            if isinstance(outline, Path) and not outline.is_file():
                raise WocdeskError(_("{path}: no such outline file").format(path=outline))
            return plan_deck(article, outline, lang=mode, notes=notes)

        shown.request(plan)

    dialog.lang_box.currentIndexChanged.connect(request)
    dialog.notes_box.currentIndexChanged.connect(request)
    dialog.outline_changed.connect(request)
    dialog.template_row.edit.textChanged.connect(request)
    request()
    return strip
