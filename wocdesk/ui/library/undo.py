"""Undo for removing articles: the status bar offers it, Edit ▸ Undo Remove (Ctrl+Z) does it.

An article removed from the Library view leaves the library at once; what it took with it
(passages, place, key points, outline, the links of the words saved from it) is kept here, in
memory, for the rest of the session, and put back whole in one transaction. Ctrl+Z undoes a
removal while the Library view has the keyboard (in its search field too, when the field has
no typing of its own to undo); elsewhere the keys keep their own meaning.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from wocdesk.errors import WocdeskError
from wocdesk.i18n import N_, _, interface_language
from wocdesk.library.store import Library
from wocdesk.ui.app.actions import ActionSpec
from wocdesk.ui.app.language import translate_ui
from wocdesk.ui.app.plain_text import plain_labels

if TYPE_CHECKING:
    from wocdesk.library.models import RemovedArticle
    from wocdesk.ui.reader.main_window import MainWindow

UNDO_ACTION_ID = "library-undo-remove"
UNDO_SPEC = ActionSpec(
    N_("&Undo Remove from Library"),
    N_("Put back the article removed last, with its place, key points, outline and words"),
    (QKeySequence.StandardKey.Undo,),
)
OFFER_MS = 15000  # how long the status bar offers to undo a removal
TITLE_WIDTH = 420  # a longer title is cut short in the offer (the tooltip has it whole)
KEPT = 20  # removals that can be undone, the latest first


class RemovalUndo(QObject):
    """Keeps the articles removed in this session and puts the latest back on request."""

    restored = Signal(int, bool)  # the article's id; whether it was being read when removed
    failed = Signal(str)  # a one-line message: why the article could not be put back

    def __init__(self, window: MainWindow, library: Library) -> None:
        super().__init__(window)
        self.library = library
        self._removed: list[tuple[RemovedArticle, bool]] = []
        self.action = window.add_action("edit", UNDO_ACTION_ID, UNDO_SPEC, self.undo)
        window.removeAction(self.action)  # its keys work in the Library view only (attach)
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action.setEnabled(False)
        edit = window.menu("edit")
        first = edit.actions()[0]
        if first is not self.action:  # Undo leads the Edit menu, as everywhere
            edit.removeAction(self.action)
            edit.insertAction(first, self.action)
            edit.insertSeparator(first)
        self._status = window.statusBar()
        self._offer: tuple[QWidget, QLabel, QToolButton] | None = None  # made when first needed
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(OFFER_MS)
        self._timer.timeout.connect(lambda: self.offer.hide())
        translate_ui(self)

    def _parts(self) -> tuple[QWidget, QLabel, QToolButton]:
        """The offer in the status bar: what was removed, and an Undo button."""
        if self._offer is None:
            offer = QWidget(self._status)
            offer.setObjectName("library-undo-offer")
            label = QLabel(offer)
            plain_labels(label)  # it quotes a title
            button = QToolButton(offer)
            button.setObjectName("library-undo")
            button.clicked.connect(lambda _checked=False: self.undo())
            layout = QHBoxLayout(offer)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(label)
            layout.addWidget(button)
            layout.addStretch(1)
            self._status.addWidget(offer, 1)
            offer.hide()
            self._offer = (offer, label, button)
            self.retranslate_ui()
        return self._offer

    @property
    def offer(self) -> QWidget:
        """The offer to undo, in the status bar (shown for a while after a removal)."""
        return self._parts()[0]

    @property
    def label(self) -> QLabel:
        """The offer's text: which article was removed."""
        return self._parts()[1]

    @property
    def button(self) -> QToolButton:
        """The offer's Undo button."""
        return self._parts()[2]

    def attach(self, view: QWidget) -> None:
        """Let Ctrl+Z undo a removal while ``view`` (the Library view) has the keyboard."""
        view.addAction(self.action)
        for field in view.findChildren(QLineEdit):
            field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A field with nothing of its own to undo leaves Ctrl+Z to the removal's undo."""
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(watched, QLineEdit)
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Undo)
            and self.action.isEnabled()
            and not watched.isUndoAvailable()
        ):
            event.ignore()  # not the field's: the shortcut fires
            return True
        return super().eventFilter(watched, event)

    @property
    def count(self) -> int:
        """How many removals can be undone."""
        return len(self._removed)

    def push(self, removed: RemovedArticle, reading: bool) -> None:
        """Keep a removed article (``reading``: it was the one read) and offer to undo."""
        self._removed.append((removed, reading))
        del self._removed[:-KEPT]
        self.action.setEnabled(True)
        self._status.clearMessage()  # a message would hide the offer
        offer = self.offer
        self.retranslate_ui()
        offer.show()
        self._timer.start()

    def undo(self) -> int | None:
        """Put the article removed last back; its id, or ``None`` (nothing to undo, failed)."""
        if not self._removed:
            return None
        removed, reading = self._removed[-1]
        try:
            article_id = self.library.put_back(removed)
        except WocdeskError as error:  # kept: the reader may try again
            self.failed.emit(str(error))
            return None
        self._removed.pop()
        self.action.setEnabled(bool(self._removed))
        self._timer.stop()
        if self._offer is not None:
            self.offer.hide()
        self.restored.emit(article_id, reading)
        return article_id

    def retranslate_ui(self) -> None:
        """The offer in the interface language (the action is the window's to translate)."""
        if self._offer is None:
            return
        _offer, label, button = self._offer
        button.setText(_("&Undo"))
        button.setToolTip(_(UNDO_SPEC.tip))
        if self._removed:
            summary = self._removed[-1][0].summary
            title = " ".join(summary.title.best(interface_language()).split())
            short = label.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, TITLE_WIDTH)
            label.setText(_("Removed from the library: {title}").format(title=short))
            label.setToolTip(title)
