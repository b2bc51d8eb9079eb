"""View ▸ Present (F5) in the reader: start the show, come back to reading on Esc."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from wocdesk.errors import WocdeskError
from wocdesk.i18n import N_, _
from wocdesk.ui.app import settings as keys
from wocdesk.ui.app.actions import ActionHost, ActionSpec
from wocdesk.ui.app.plain_text import literal_markup
from wocdesk.ui.app.settings import Settings
from wocdesk.ui.state import ReaderState

if TYPE_CHECKING:
    from wocdesk.ui.show.show_window import ShowWindow

PRESENT_ACTION_ID = "present"
PRESENT_SPEC = ActionSpec(
    N_("&Present"),
    N_("Present the briefing deck full screen in the reading language (Esc to come back)"),
    ("F5",),
)


def remembered_deck_choices(settings: QSettings | None = None) -> tuple[str | None, str | None]:
    """(outline, notes) last chosen in File ▸ Export slides…, or ``None`` for the defaults."""
    typed = Settings(settings)
    outline = typed.get(keys.EXPORT_OUTLINE).strip()
    notes = typed.get(keys.EXPORT_NOTES)
    return outline or None, notes or None


class Presenter(QObject):
    """Presents the reader's article in its mode, its outline and the notes chosen for export.

    The outline is the reader's (what the outline panel shows). F5 during a show goes back to
    that show; a bad outline is reported in a message box and the reader stays as it was.
    Opening another article ends a show of the previous one. The show's modules are imported
    when first needed, not at start-up.
    """

    def __init__(
        self, state: ReaderState, parent: QWidget, settings: QSettings | None = None
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._parent = parent
        self._settings = settings
        self._show: ShowWindow | None = None
        state.article_changed.connect(self._end_show)

    @property
    def show(self) -> ShowWindow | None:
        """The running show, if any."""
        return self._show

    def present(self, settings: QSettings | None = None) -> ShowWindow | None:
        """Start the show (``settings``: where the export's choices are; default: the window's)."""
        from wocdesk.ui.show.start import start_show

        running = self._show
        if running is not None and running.isVisible():  # F5 during a show: back to that show
            running.raise_()
            running.activateWindow()
            return running
        from wocdesk.ui.outline.briefing import briefing_for

        _outline, notes = remembered_deck_choices(
            settings if settings is not None else self._settings
        )
        state = self._state
        try:
            outline = briefing_for(state).outline.usable_outline()
            show = start_show(self._parent, state.article, state.mode, outline, notes=notes)
        except WocdeskError as exc:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(
                self._parent, _("Cannot present the deck"), literal_markup(str(exc))
            )
            return None
        self._show = show
        show.closed.connect(self._forget)
        return show

    def trigger(self) -> None:
        """The action's slot (Qt passes a ``checked`` flag that ``present`` must not take)."""
        self.present()

    def _forget(self) -> None:
        self._show = None

    def _end_show(self) -> None:
        if self._show is not None:
            self._show.close()


def install_present_action(host: ActionHost, presenter: Presenter) -> QAction:
    """Put View ▸ Present (F5) in ``host``'s menus; a second call changes nothing."""
    existing = host.action_registry.actions.get(PRESENT_ACTION_ID)
    if existing is not None:
        return existing
    return host.add_action("view", PRESENT_ACTION_ID, PRESENT_SPEC, presenter.trigger)
