"""The briefing features in the reader window: File ▸ Export slides… (Ctrl+E) and View ▸ Present."""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction

from wocdesk.i18n import N_
from wocdesk.ui.app.actions import ActionSpec

if TYPE_CHECKING:
    from wocdesk.ui.export.dialog import ExportDialog
    from wocdesk.ui.reader.main_window import MainWindow

EXPORT_ACTION_ID = "export-slides"
EXPORT_TEXT = N_("&Export Slides…")
EXPORT_TIP = N_("Export the briefing deck as a PowerPoint file")


def install_briefing_actions(window: MainWindow) -> None:
    """Add Export slides… and Present to ``window``, and preload python-pptx once it shows."""
    from wocdesk.ui.show.present_action import install_present_action

    owner = weakref.ref(window)  # slots hold the window weakly (see present_action)

    def export(*_args: object) -> None:
        target = owner()
        if target is not None:
            open_export_dialog(target)

    window.add_action(
        "file", EXPORT_ACTION_ID, ActionSpec(EXPORT_TEXT, EXPORT_TIP, ("Ctrl+E",)), export
    )
    install_present_action(window)
    window.call_after_first_show(_preload_pptx)


def open_export_dialog(window: MainWindow) -> ExportDialog:
    """Show the export dialog for the window's article (non-modal, one at a time)."""
    from wocdesk.ui.export.dialog import ExportDialog
    from wocdesk.ui.export.previews import install_slide_previews

    existing = window.export_dialog
    if existing is not None and (existing.article is window.article or existing.is_busy()):
        existing.show()  # one dialog; a running export of the previous article finishes first
        existing.raise_()
        existing.activateWindow()
        return existing
    if existing is not None:  # made for the article that was open before
        existing.close()
        existing.deleteLater()
    store = window.settings.store if window.settings is not None else None
    dialog = ExportDialog(window.article, parent=window, settings=store, mode=window.mode.value)
    install_slide_previews(dialog)
    window.export_dialog = dialog
    dialog.show()
    return dialog


PRELOAD_DELAY_MS = 1000  # after the first paint, and after a --screenshot run has exited


def _preload_pptx(_window: MainWindow) -> None:
    QTimer.singleShot(PRELOAD_DELAY_MS, _start_preload)


def _start_preload() -> None:
    from wocdesk.deck.preload import preload_pptx

    preload_pptx()


def export_action(window: MainWindow) -> QAction:
    """The window's Export slides… action."""
    return window.action_registry.actions[EXPORT_ACTION_ID]
