"""Put the outline panel (View ▸ Outline), Add to Briefing and Save Outline As… in the window.

The dock is made empty and hidden; its panel is built the first time it is shown, so start-up
does not pay for it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QStatusBar

from wocdesk.i18n import N_, _
from wocdesk.ui.app.actions import ActionHost, ActionSpec
from wocdesk.ui.app.language import retranslate_dock_buttons, translate_ui
from wocdesk.ui.state import ReaderState

if TYPE_CHECKING:
    from wocdesk.ui.outline.add_to_briefing import AddToBriefing
    from wocdesk.ui.outline.briefing import Briefing
    from wocdesk.ui.outline.marks import MarksInView
    from wocdesk.ui.outline.panel.outline_panel import OutlinePanel
    from wocdesk.ui.reading.view import ReadingView

OUTLINE_ACTION_ID = "outline-panel"
ADD_ACTION_ID = "add-to-briefing"
SAVE_ACTION_ID = "save-outline"
SPECS = {
    OUTLINE_ACTION_ID: ActionSpec(
        N_("&Outline"),
        N_("Show the deck's outline: its slides, thumbnails and your key points"),
        ("Ctrl+Shift+O",),
        checkable=True,
    ),
    ADD_ACTION_ID: ActionSpec(
        N_("Add to &Briefing"),
        N_("Keep the selected text (else the sentence clicked, else the paragraph) as a key point"),
        ("Ctrl+B",),
    ),
    SAVE_ACTION_ID: ActionSpec(
        N_("Save Outline &As…"), N_("Save the deck's outline as a TOML file to edit or share")
    ),
}
DOCK_WIDTH = 420


class OutlineHost(ActionHost, Protocol):
    """The reader window, as the outline feature uses it."""

    state: ReaderState

    @property
    def view(self) -> ReadingView:
        """The reading view."""
        ...

    def open_export_dialog(self) -> Any:
        """Open File ▸ Export slides…."""
        ...

    def jump_to_passage(self, passage_id: str) -> None:
        """Show a passage."""
        ...

    def statusBar(self) -> QStatusBar:
        """The window's status bar."""
        ...

    def call_after_first_show(self, hook: Callable[[Any], None]) -> None:
        """Run ``hook(window)`` once the window has first been shown."""
        ...


class OutlineFeature(QObject):
    """The outline dock, its actions and the checks before unsaved edits are lost.

    The key points and the outline (``briefing``) and Add to briefing (``adder``) are made
    when first used, not at start-up.
    """

    def __init__(self, window: OutlineHost, present: Callable[[], object]) -> None:
        super().__init__(window)  # type: ignore[arg-type]
        self.window = window
        self._present = present
        self.panel: OutlinePanel | None = None
        self._adder: AddToBriefing | None = None
        self.marks: MarksInView | None = None
        main: QMainWindow = window  # type: ignore[assignment]
        self._main = main
        self.dock = QDockWidget(main)
        self.dock.setObjectName("outline-dock")
        main.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        window.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        window.view.customContextMenuRequested.connect(
            lambda pos: self.adder.show_context_menu(pos)
        )
        self.toggle = window.add_action(
            "view", OUTLINE_ACTION_ID, SPECS[OUTLINE_ACTION_ID], self._toggled
        )
        window.add_action("edit", ADD_ACTION_ID, SPECS[ADD_ACTION_ID], lambda: self.adder.add())
        window.add_action("file", SAVE_ACTION_ID, SPECS[SAVE_ACTION_ID], self.save_as)
        self.dock.visibilityChanged.connect(self._on_visible)
        main.installEventFilter(self)  # asks about unsaved edits before the window closes
        window.call_after_first_show(lambda _window: self.show_marks())
        translate_ui(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keep the window open when the user cancels at the question about unsaved edits."""
        if (
            watched is self._main
            and event.type() == QEvent.Type.Close
            and not self.may_leave(quitting=True)
        ):
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    @property
    def briefing(self) -> Briefing:
        """The reader's key points and outline."""
        from wocdesk.ui.outline.briefing import briefing_for

        return briefing_for(self.window.state)

    @property
    def adder(self) -> AddToBriefing:
        """Add to briefing, on the reading view."""
        if self._adder is None:
            from wocdesk.ui.outline.add_to_briefing import AddToBriefing
            from wocdesk.ui.outline.reading_selection import ViewSelection

            window = self.window
            self._adder = AddToBriefing(
                window.state,
                self.briefing.points,
                ViewSelection(window.view),
                lambda text: window.statusBar().showMessage(text, 6000),
                self,
            )
        return self._adder

    def show_marks(self) -> None:
        """Draw the key points in the reading view from now on (after the first paint)."""
        from wocdesk.ui.outline.marks import MarksInView

        if self.marks is None:
            self.marks = MarksInView(self.window.view, self.briefing.points)

    def retranslate_ui(self) -> None:
        """The dock's title in the interface language."""
        self.dock.setWindowTitle(_("Outline"))
        retranslate_dock_buttons(self.dock)

    def _toggled(self, checked: bool) -> None:
        if checked:
            self.show_panel()
        else:
            self.dock.hide()

    def _on_visible(self, visible: bool) -> None:
        if visible:
            self.ensure_panel()
        self.toggle.setChecked(not self.dock.isHidden())

    def ensure_panel(self) -> OutlinePanel:
        """The panel, built now if it was not yet."""
        if self.panel is None:
            from wocdesk.ui.outline.panel.outline_panel import OutlinePanel

            panel = OutlinePanel(self.briefing, self.dock)
            panel.export_requested.connect(self.window.open_export_dialog)
            panel.present_requested.connect(self._present)
            panel.passage_chosen.connect(self.window.jump_to_passage)
            self.dock.setWidget(panel)
            self.panel = panel
        return self.panel

    def show_panel(self) -> OutlinePanel:
        """Show the outline dock (built on first show)."""
        panel = self.ensure_panel()
        if self.dock.isHidden():
            main: QMainWindow = self.window  # type: ignore[assignment]
            right = Qt.DockWidgetArea.RightDockWidgetArea
            beside = [
                dock
                for dock in main.findChildren(QDockWidget)
                if dock is not self.dock and dock.isVisible() and main.dockWidgetArea(dock) == right
            ]
            if beside and not main.tabifiedDockWidgets(self.dock):
                main.tabifyDockWidget(beside[0], self.dock)  # a tab: the slides get the height
            self.dock.show()
            if not beside:  # alone on its side: give it room (a tab keeps the side's width,
                # and the reading view is not laid out again)
                main.resizeDocks([self.dock], [DOCK_WIDTH], Qt.Orientation.Horizontal)
        self.dock.raise_()
        return panel

    def save_as(self) -> None:
        """File ▸ Save Outline As…."""
        from wocdesk.ui.outline.saving import save_as

        save_as(self.window, self.briefing.outline)  # type: ignore[arg-type]

    def may_leave(self, quitting: bool) -> bool:
        """Before another article opens or wocdesk quits: True when unsaved edits may go."""
        from wocdesk.ui.outline.briefing import Briefing

        state = self.window.state
        made = [child for child in state.children() if isinstance(child, Briefing)]
        if not made or not made[0].has_outline:
            return True  # nothing was edited: the outline was never made
        from wocdesk.ui.outline import saving

        parent = self.window  # type: ignore[assignment]
        if quitting:
            return saving.may_quit(parent, self.briefing.outline)  # type: ignore[arg-type]
        return saving.may_leave_article(parent, self.briefing.outline)  # type: ignore[arg-type]


def install_outline(window: OutlineHost, present: Callable[[], object]) -> OutlineFeature:
    """View ▸ Outline, Edit ▸ Add to Briefing (Ctrl+B), File ▸ Save Outline As… in ``window``.

    ``present`` starts the show (the panel's Present button).
    """
    return OutlineFeature(window, present)
