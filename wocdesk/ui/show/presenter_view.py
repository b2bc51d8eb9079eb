"""The presenter view for the briefer's screen: current and next slide, notes, elapsed time."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from wocdesk.i18n import _
from wocdesk.ui.app.language import translate_ui
from wocdesk.ui.show.show_window import ShowWindow, mode_label
from wocdesk.ui.slides.fonts import bundled_family
from wocdesk.ui.slides.slide_view import SlideView


def format_elapsed(milliseconds: int) -> str:
    """``h:mm:ss`` (or ``mm:ss`` under an hour)."""
    seconds = max(milliseconds, 0) // 1000
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


class PresenterView(QWidget):
    """Follows a :class:`ShowWindow`; keys typed here drive the show."""

    def __init__(self, show: ShowWindow, parent: QWidget | None = None) -> None:
        """A presenter view of ``show``."""
        super().__init__(parent, Qt.WindowType.Window)
        self.show_window = show
        self.current = SlideView(self)
        self.upcoming = SlideView(self)
        self.current.setObjectName("current-slide")
        self.upcoming.setObjectName("next-slide")
        self.notes = QPlainTextEdit(self)
        self.notes.setReadOnly(True)
        self.notes.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        font = QFont(self.notes.font())
        font.setFamilies([font.family(), bundled_family()])
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.4)
        self.notes.setFont(font)
        self.current_label = QLabel(self)
        self.next_label = QLabel(self)
        self.notes_label = QLabel(self)
        self.clock = QLabel(self)
        self.position = QLabel(self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        big = QFont(self.clock.font())
        big.setPointSizeF(max(big.pointSizeF(), 10.0) * 2)
        big.setBold(True)
        self.clock.setFont(big)
        self.position.setFont(big)

        side = QVBoxLayout()
        side.addWidget(self.next_label)
        side.addWidget(self.upcoming, 2)
        side.addWidget(self.notes_label)
        side.addWidget(self.notes, 3)
        grid = QGridLayout(self)
        grid.addWidget(self.position, 0, 0)
        grid.addWidget(self.clock, 0, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.current_label, 1, 0)
        grid.addWidget(self.current, 2, 0)
        grid.addLayout(side, 1, 1, 2, 1)
        grid.addWidget(self.hint, 3, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)

        self.elapsed = QElapsedTimer()
        self.elapsed.start()
        self._tick = QTimer(self, interval=500)
        self._tick.timeout.connect(self._update_clock)
        self._tick.start()
        show.slideChanged.connect(self.refresh)
        show.modeChanged.connect(self.refresh)
        show.closed.connect(self.close)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        translate_ui(self)

    def retranslate_ui(self) -> None:
        """All the view's text in the interface language."""
        self.setWindowTitle(_("Presenter view"))
        self.current_label.setText(_("Current slide"))
        self.next_label.setText(_("Next slide"))
        self.notes_label.setText(_("Notes"))
        self.current.setAccessibleName(_("Current slide"))
        self.upcoming.setAccessibleName(_("Next slide"))
        self.hint.setText(
            _(
                "→ Space: next · ←: previous · Home/End · number + Enter: go to · "
                "L: language · B: blank · Esc: end the show"
            )
        )
        self.refresh()

    def refresh(self, *_args: object) -> None:
        """Show the show's current and next slide, its notes and where it is."""
        show = self.show_window
        renderer = show.source.renderer(show.mode)
        self.current.set_slide(renderer, show.slide)
        self.upcoming.set_slide(renderer, show.next_slide())
        notes = show.slide.notes.strip()
        self.notes.setPlainText(notes or _("(This slide has no notes.)"))
        self.position.setText(
            _("Slide {number} of {count} · {mode}").format(
                number=show.index + 1, count=len(show.deck.slides), mode=mode_label(show.mode)
            )
        )
        if show.next_slide() is None:
            self.next_label.setText(_("Next slide: end of the show"))
        else:
            self.next_label.setText(_("Next slide"))
        self._update_clock()

    def _update_clock(self) -> None:
        self.clock.setText(format_elapsed(self.elapsed.elapsed()))

    def restart_clock(self) -> None:
        """Start the elapsed time again from zero."""
        self.elapsed.restart()
        self._update_clock()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """The show's keys work here too."""
        if not self.show_window.handle_key(event.key(), event.text()):
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the presenter view ends the show."""
        self._tick.stop()
        if self.show_window.isVisible():
            self.show_window.close()
        super().closeEvent(event)
