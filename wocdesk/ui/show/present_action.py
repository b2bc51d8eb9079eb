"""View ▸ Present (F5) in the reader window: start the show, come back to reading on Esc."""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from wocdesk.errors import WocdeskError
from wocdesk.i18n import N_, _
from wocdesk.ui.app.plain_text import literal_markup
from wocdesk.ui.app.settings import default_store

if TYPE_CHECKING:
    from wocdesk.ui.show.show_window import ShowWindow

PRESENT_ACTION_ID = "present"
EXPORT_GROUP = "export"  # where the export dialog remembers its choices
PRESENT_TEXT = N_("&Present")
PRESENT_TIP = N_("Present the briefing deck full screen in the reading language (Esc to come back)")


def install_present_action(window: Any) -> QAction:
    """Add View ▸ Present (F5) to a reader ``MainWindow`` (one that has ``add_action``)."""
    from wocdesk.ui.app.actions import ActionSpec

    existing: QAction | None = window.action_registry.actions.get(PRESENT_ACTION_ID)
    if existing is not None:  # the window installs it itself; a second call changes nothing
        return existing
    spec = ActionSpec(PRESENT_TEXT, PRESENT_TIP, ("F5",))
    # Slots hold the window only weakly: a closure owning the last reference to a widget that
    # Qt is destroying makes PySide6 6.12 free it twice.
    owner = weakref.ref(window)

    def present(*_args: object) -> None:
        target = owner()
        if target is not None:
            present_from(target)

    action: QAction = window.add_action("view", PRESENT_ACTION_ID, spec, present)
    return action


def remembered_deck_choices(settings: QSettings | None = None) -> tuple[str | None, str | None]:
    """(outline, notes) last chosen in File ▸ Export slides…, or ``None`` for the defaults."""
    store = settings if settings is not None else default_store()
    choices: list[str | None] = []
    for key, allowed in (("outline", None), ("notes", ("zh", "en", "both"))):
        value = store.value(f"{EXPORT_GROUP}/{key}", "")
        text = value.strip() if isinstance(value, str) else ""
        choices.append(text if text and (allowed is None or text in allowed) else None)
    return choices[0], choices[1]


def present_from(window: Any, settings: QSettings | None = None) -> ShowWindow | None:
    """Present the window's article in its language with the outline and notes of the export.

    A window attribute ``deck_outline`` / ``deck_notes`` wins over the remembered choices; a
    bad outline is reported in a message box, and the reader stays as it was.
    """
    from wocdesk.ui.show.start import start_show

    running = getattr(window, "present_show", None)
    if running is not None and running.isVisible():  # F5 during a show: back to that show
        running.raise_()
        running.activateWindow()
        return running  # type: ignore[no-any-return]
    if settings is None and getattr(window, "settings", None) is not None:
        settings = window.settings.store  # the store the export dialog remembers its choices in
    outline, notes = remembered_deck_choices(settings)
    outline = getattr(window, "deck_outline", None) or outline
    notes = getattr(window, "deck_notes", None) or notes
    try:
        show = start_show(window, window.article, window.mode, outline, notes=notes)
    except WocdeskError as exc:
        QMessageBox.warning(window, _("Cannot present the deck"), literal_markup(str(exc)))
        return None
    window.present_show = show
    owner = weakref.ref(window)

    def forget() -> None:
        target = owner()
        if target is not None:
            target.present_show = None

    show.closed.connect(forget)
    return show
