"""View ▸ Present (F5) in the reader window: start the show, come back to reading on Esc."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

import wocdesk.ui.pyside_fix  # noqa: F401  (before any Qt call; see the module)
from wocdesk.errors import WocdeskError
from wocdesk.i18n import N_, _

if TYPE_CHECKING:
    from wocdesk.ui.presenter.show_window import ShowWindow

PRESENT_ACTION_ID = "present"
PRESENT_TEXT = N_("&Present")
PRESENT_TIP = N_("Present the briefing deck full screen in the reading language (Esc to come back)")


def install_present_action(window: Any) -> QAction:
    """Add View ▸ Present (F5) to a reader ``MainWindow`` (one that has ``add_action``)."""
    from wocdesk.ui.actions import ActionSpec

    spec = ActionSpec(PRESENT_TEXT, PRESENT_TIP, ("F5",))
    action: QAction = window.add_action(
        "view", PRESENT_ACTION_ID, spec, lambda *_args: present_from(window)
    )
    return action


def present_from(window: Any) -> ShowWindow | None:
    """Present the window's article in the window's language mode; report a bad outline."""
    from wocdesk.ui.presenter import start_show

    outline: str | Path | None = getattr(window, "deck_outline", None)
    notes: str | None = getattr(window, "deck_notes", None)
    try:
        show = start_show(window, window.article, window.mode, outline, notes=notes)
    except WocdeskError as exc:
        QMessageBox.warning(window, _("Cannot present the deck"), str(exc))
        return None
    window.present_show = show  # keep it alive while it runs
    show.closed.connect(lambda: setattr(window, "present_show", None))
    return show
