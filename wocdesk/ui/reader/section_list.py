"""The table of contents: section titles in the article's language, following the reader."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from wocdesk.i18n import _
from wocdesk.model.article import Article
from wocdesk.model.text import Lang

SECTION_ROLE = Qt.ItemDataRole.UserRole


class SectionList(QListWidget):
    """One row per section; activating a row asks for that section."""

    section_chosen = Signal(str)

    def __init__(self, article: Article, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("section-list")
        self.setWordWrap(True)
        self._article = article
        self._lang = lang
        self._fill()
        self.itemActivated.connect(self._on_item)
        self.itemClicked.connect(self._on_item)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set the accessible name and tooltip in the interface language."""
        self.setAccessibleName(_("Contents"))
        self.setToolTip(_("Sections of the article: click one to go there"))

    def set_article(self, article: Article) -> None:
        """List the sections of another article."""
        self._article = article
        self._fill()

    def set_language(self, lang: Lang) -> None:
        """Show the titles in ``lang`` (the article's leading language)."""
        if lang != self._lang:
            self._lang = lang
            for row, section in enumerate(self._article.sections):
                self.item(row).setText(section.title.best(lang))

    def set_current_section(self, section_id: str) -> None:
        """Highlight ``section_id`` without asking to go there."""
        for row, section in enumerate(self._article.sections):
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
        for section in self._article.sections:
            item = QListWidgetItem(section.title.best(self._lang))
            item.setData(SECTION_ROLE, section.id)
            self.addItem(item)

    def _on_item(self, item: QListWidgetItem) -> None:
        self.section_chosen.emit(str(item.data(SECTION_ROLE)))
