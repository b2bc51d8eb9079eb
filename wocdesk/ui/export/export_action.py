"""File ▸ Export slides… (Ctrl+E) in the reader: one dialog at a time, for the article read."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from wocdesk.i18n import N_
from wocdesk.ui.app.actions import ActionHost, ActionSpec
from wocdesk.ui.state import ReaderState

if TYPE_CHECKING:
    from wocdesk.ui.export.dialog import ExportDialog

EXPORT_ACTION_ID = "export-slides"
EXPORT_SPEC = ActionSpec(
    N_("&Export Slides…"), N_("Export the briefing deck as a PowerPoint file"), ("Ctrl+E",)
)
PRELOAD_DELAY_MS = 1000  # after the first paint, and after a --screenshot run has exited


class ExportSlides(QObject):
    """Opens the Export slides dialog (non-modal, one at a time) on the reader's state.

    When another article is opened, an idle dialog made for the previous one closes; a running
    export finishes first. The dialog module is imported when first needed, not at start-up.
    """

    def __init__(
        self, state: ReaderState, parent: QWidget, settings: QSettings | None = None
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._parent = parent
        self._settings = settings
        self.dialog: ExportDialog | None = None
        self._stale = False  # the dialog was made for the article open before
        state.article_changed.connect(self._on_article_changed)

    def open(self) -> ExportDialog:
        """Show the dialog (raised again if it is open already)."""
        from wocdesk.ui.export.dialog import ExportDialog
        from wocdesk.ui.export.previews import install_slide_previews

        if self._stale and self.dialog is not None and not self.dialog.is_busy():
            self._drop_dialog()
        existing = self.dialog
        if existing is not None:
            existing.show()
            existing.raise_()
            existing.activateWindow()
            return existing
        dialog = ExportDialog(self._state, parent=self._parent, settings=self._settings)
        install_slide_previews(dialog)
        self.dialog = dialog
        dialog.show()
        return dialog

    def trigger(self) -> None:
        """The action's slot (Qt passes a ``checked`` flag that ``open`` has no use for)."""
        self.open()

    def _on_article_changed(self) -> None:
        if self.dialog is None:
            return
        if self.dialog.is_busy():
            self._stale = True  # replaced once its export has finished
        else:
            self._drop_dialog()

    def _drop_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = None
        self._stale = False


def install_export_action(host: ActionHost, exporter: ExportSlides) -> QAction:
    """Put File ▸ Export slides… (Ctrl+E) in ``host``'s menus (once)."""
    existing = host.action_registry.actions.get(EXPORT_ACTION_ID)
    if existing is not None:
        return existing
    return host.add_action("file", EXPORT_ACTION_ID, EXPORT_SPEC, exporter.trigger)


def export_action(host: ActionHost) -> QAction:
    """The window's Export slides… action."""
    return host.action_registry[EXPORT_ACTION_ID]


def preload_later(_window: object = None) -> None:
    """Import python-pptx in the background a moment after the window first shows."""
    QTimer.singleShot(PRELOAD_DELAY_MS, _start_preload)


def _start_preload() -> None:
    from wocdesk.deck.writer.preload import preload_pptx

    preload_pptx()
