"""The table of contents: section titles in the article's language, following the reader."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from wocdesk.i18n import _
from wocdesk.ui.app.language import translate_ui
from wocdesk.ui.state import ReaderState

SECTION_ROLE = Qt.ItemDataRole.UserRole


class SectionList(QListWidget):
    """One row per section, titled in the leading language; the reader's section highlighted.

    Activating a row asks for that section (``section_chosen``); the list itself only follows
    the state.
    """

    section_chosen = Signal(str)

    def __init__(self, state: ReaderState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("section-list")
        self.setWordWrap(True)
        self._state = state
        self._lang = state.mode.leading  # the language the titles are shown in
        self._fill()
        self.itemActivated.connect(self._on_item)
        self.itemClicked.connect(self._on_item)
        state.article_changed.connect(self._fill)
        state.mode_changed.connect(self._on_mode_changed)
        state.position_changed.connect(self._follow)
        self._follow()
        translate_ui(self)

    def retranslate_ui(self) -> None:
        """Set the accessible name and tooltip in the interface language."""
        self.setAccessibleName(_("Contents"))
        self.setToolTip(_("Sections of the article: click one to go there"))

    def _on_mode_changed(self) -> None:
        """Title the sections in the new leading language."""
        lang = self._state.mode.leading
        if lang != self._lang:
            self._lang = lang
            for row, section in enumerate(self._state.article.sections):
                self.item(row).setText(section.title.best(lang))

    def _follow(self) -> None:
        """Highlight the section of the passage at the top of the reading view."""
        passage_id = self._state.position.passage_id
        if passage_id:
            self.set_current_section(self._state.article.passage(passage_id).section_id)

    def set_current_section(self, section_id: str) -> None:
        """Highlight ``section_id`` without asking to go there."""
        for row, section in enumerate(self._state.article.sections):
            if section.id == section_id and self.currentRow() != row:
                blocked = self.blockSignals(True)
                self.setCurrentRow(row)
                self.blockSignals(blocked)
                self.scrollToItem(self.item(row))

    def current_section_id(self) -> str:
        """The highlighted section."""
        item = self.currentItem()
        return str(item.data(SECTION_ROLE)) if item is not None else ""

    def titles(self) -> list[str]:
        """The titles shown, in order."""
        return [self.item(row).text() for row in range(self.count())]

    def _fill(self) -> None:
        self.clear()
        for section in self._state.article.sections:
            item = QListWidgetItem(section.title.best(self._lang))
            item.setData(SECTION_ROLE, section.id)
            self.addItem(item)

    def _on_item(self, item: QListWidgetItem) -> None:
        self.section_chosen.emit(str(item.data(SECTION_ROLE)))
