"""The start page: the Library view in place of the reading view, when no article is open.

The window's central widget (the reading view and its find bar) is taken out and kept while
the page shows; the reading docks (contents, key points) are hidden and come back as they
were once an article is opened.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDockWidget, QLabel, QVBoxLayout, QWidget

from wocdesk.i18n import _
from wocdesk.ui.app.language import translate_ui

if TYPE_CHECKING:
    from wocdesk.ui.library.view.panel import LibraryPanel
    from wocdesk.ui.reader.main_window import MainWindow


class LibraryHome(QObject):
    """Moves the Library panel between its dock and the start page."""

    def __init__(
        self, window: MainWindow, panel: Callable[[], LibraryPanel], dock: QDockWidget
    ) -> None:
        super().__init__(window)
        self._window = window
        self._panel_of = panel  # made on first need
        self._dock = dock
        self._reading: QWidget | None = None  # the central widget, while the page shows
        self._docks_shown: dict[QDockWidget, bool] = {}
        self._dock_shown = False
        self.page = QWidget()
        self.page.setObjectName("library-start-page")
        self.heading = QLabel(self.page)
        self.heading.setObjectName("library-heading")
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.hint = QLabel(self.page)
        self.hint.setObjectName("library-hint")
        self.hint.setWordWrap(True)
        self._layout = QVBoxLayout(self.page)
        self._layout.setContentsMargins(24, 16, 24, 8)
        self._layout.addWidget(self.heading)
        self._layout.addWidget(self.hint)
        translate_ui(self)

    def retranslate_ui(self) -> None:
        """The page's heading and hint in the interface language."""
        self.heading.setText(_("Library"))
        self.hint.setText(
            _(
                "Open an article with a double-click or Enter; type to filter the list and to "
                "search the text of every article. Drop files on the window, or use Import…, "
                "to add articles."
            )
        )

    @property
    def _panel(self) -> LibraryPanel:
        return self._panel_of()

    @property
    def showing(self) -> bool:
        """True while the start page takes the reading view's place."""
        return self._reading is not None

    def _reading_docks(self) -> list[QDockWidget]:
        window = self._window
        return [d for d in (window.contents_dock, window.keys_dock) if d is not None]

    def _status_labels(self) -> list[QWidget]:
        """Where the reader is in the article: nothing to say while no article shows."""
        return [self._window.section_label, self._window.position_label]

    def show(self) -> None:
        """Show the library as the window's page (the reading view is kept for later)."""
        if self.showing:
            self._panel.field.setFocus()
            return
        window = self._window
        self._dock_shown = not self._dock.isHidden()
        self._docks_shown = {dock: not dock.isHidden() for dock in self._reading_docks()}
        for dock in self._reading_docks():
            dock.hide()
        for label in self._status_labels():
            label.hide()
        self._dock.hide()
        self._dock.setWidget(QWidget())  # the panel moves to the page
        reading = window.takeCentralWidget()
        if reading is None:
            return
        reading.hide()
        reading.setParent(self.page)  # kept alive (and hidden) until the page goes
        self._reading = reading
        self._layout.addWidget(self._panel)
        self._panel.show()
        window.setCentralWidget(self.page)
        self.page.show()
        window.update_title()
        self._panel.field.setFocus()

    def leave(self) -> None:
        """Put the reading view back, the docks as they were, the panel in its dock."""
        reading = self._reading
        if reading is None:
            return
        window = self._window
        self._reading = None
        self._layout.removeWidget(self._panel)
        window.takeCentralWidget()  # the page, kept for the next time: hidden, in the window
        # Explicitly hidden: Qt's layout may still have a queued "show if not hidden" for it,
        # and a page without a parent would then show as a window of its own.
        self.page.hide()
        self.page.setParent(window)
        self.page.hide()
        window.setCentralWidget(reading)
        reading.show()
        window.update_title()
        self._dock.setWidget(self._panel)
        for dock, shown in self._docks_shown.items():
            dock.setVisible(shown)
        for label in self._status_labels():
            label.show()
        self._dock.setVisible(self._dock_shown)
        window.view.setFocus()
