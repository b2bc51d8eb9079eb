"""The Vocabulary panel: saved words (word, pinyin, first sense, where), remove, export.

Clicking a word takes the reader back to where it was saved. Export writes an Anki package
or a CSV file chosen in a save dialog, on the study thread, atomically; a failure is one line
in a message box.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wocdesk.errors import WocdeskError
from wocdesk.i18n import _, interface_language, ngettext
from wocdesk.ui.app.language import translate_ui
from wocdesk.ui.app.plain_text import literal_markup
from wocdesk.ui.study import worker
from wocdesk.ui.study.vocab_store import VocabularyStore, export_words
from wocdesk.ui.study.worker import URGENT, Results

if TYPE_CHECKING:
    from wocdesk.library.study_data import VocabularyEntry

ENTRY_ROLE = Qt.ItemDataRole.UserRole
DEFAULT_NAME = "wocdesk-vocabulary"


class VocabularyPanel(QWidget):
    """The saved words; ``entry_chosen`` asks the window to go where one was saved."""

    entry_chosen = Signal(object)  # a VocabularyEntry
    exported = Signal(str)  # the file written
    said = Signal(str)  # a line for the status bar

    def __init__(self, store: VocabularyStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vocabulary-panel")
        self.store = store
        self._entries: list[VocabularyEntry] = []
        self._stale = True
        self._results = Results()
        self._results.done.connect(self._on_exported)
        self._results.failed.connect(self._on_export_failed)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("vocabulary-list")
        self.tree.setColumnCount(4)
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.itemActivated.connect(self._on_item)
        self.tree.itemClicked.connect(self._on_item)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("vocabulary-remove")
        self.remove_button.clicked.connect(self.remove_selected)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("vocabulary-export")
        self.export_button.clicked.connect(self.ask_export)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(self.tree, 1)
        box.addWidget(self.empty)
        box.addLayout(buttons)
        store.changed.connect(self._on_changed)
        translate_ui(self)

    # -- the list -----------------------------------------------------------------------------
    def _on_changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        """Read the list when the panel is first shown (not at start-up)."""
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Read the saved words again."""
        self._stale = False
        try:
            self._entries = self.store.entries()
        except WocdeskError as error:
            self._entries = []
            self._warn(str(error))
        lang = interface_language()
        self.tree.clear()
        items = []
        for entry in self._entries:
            sense = entry.senses[0] if entry.senses else ""
            where = entry.title.best(lang) if entry.title.has(lang) or entry.title.zh else ""
            if entry.passage_id:
                where = f"{where} · {entry.passage_id}" if where else entry.passage_id
            item = QTreeWidgetItem([entry.word, entry.pinyin, sense, where])
            item.setData(0, ENTRY_ROLE, entry.id)
            item.setToolTip(2, "\n".join(entry.senses))
            item.setToolTip(3, entry.sentence.best(lang))
            items.append(item)
        self.tree.addTopLevelItems(items)
        for column in range(2):
            self.tree.resizeColumnToContents(column)
        self.tree.setColumnWidth(2, max(120, self.tree.viewport().width() // 2))
        self._update_state()

    def _update_state(self) -> None:
        has = bool(self._entries)
        self.tree.setVisible(has)
        self.empty.setVisible(not has)
        self.remove_button.setEnabled(has)
        self.export_button.setEnabled(has)

    def words(self) -> list[str]:
        """The words listed, in order."""
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item.text(0) for item in items if item is not None]

    def entry_of(self, item: QTreeWidgetItem) -> VocabularyEntry | None:
        """The saved word an item of the list stands for."""
        wanted = item.data(0, ENTRY_ROLE)
        return next((e for e in self._entries if e.id == wanted), None)

    def _on_item(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        entry = self.entry_of(item)
        if entry is not None:
            self.entry_chosen.emit(entry)

    def remove_selected(self) -> int:
        """Forget the selected words (the current one when none is selected); how many."""
        current = self.tree.currentItem()
        items = self.tree.selectedItems() or ([current] if current is not None else [])
        ids = [item.data(0, ENTRY_ROLE) for item in items]
        removed = 0
        try:
            for entry_id in ids:
                removed += self.store.remove(int(entry_id))
        except WocdeskError as error:
            self._warn(str(error))
        return removed

    # -- export -------------------------------------------------------------------------------
    def ask_export(self) -> None:
        """Ask where to export (an Anki package or a CSV file), then write it."""
        anki, table = _("Anki package (*.apkg)"), _("CSV file (*.csv)")
        start = str(Path.home() / f"{DEFAULT_NAME}.apkg")
        path, chosen = QFileDialog.getSaveFileName(
            self, _("Export the Vocabulary"), start, f"{anki};;{table}"
        )
        if not path:
            return
        suffix = ".csv" if chosen == table else ".apkg"
        if Path(path).suffix.lower() not in (".apkg", ".csv"):
            path += suffix
        self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Write the saved words to ``path`` (its ending says how) on the study thread."""
        try:
            entries = self.store.entries()
        except WocdeskError as error:
            self._warn(str(error))
            return
        self.export_button.setEnabled(False)
        tag = (str(path), len(entries))
        worker.submit(URGENT, tag, lambda: export_words(entries, path), self._results)

    def _on_exported(self, tag: object, _result: object) -> None:
        path, count = tag if isinstance(tag, tuple) else ("", 0)
        self._update_state()
        words = ngettext("Wrote {count} word to {path}", "Wrote {count} words to {path}", count)
        message = words.format(count=count, path=path)
        self.said.emit(message)
        self.exported.emit(path)

    def _on_export_failed(self, _tag: object, message: str) -> None:
        self._update_state()
        self._warn(message)

    def _warn(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, _("Vocabulary"), "", parent=self)
        box.setObjectName("vocabulary-error")
        box.setText(literal_markup(message))
        box.setModal(False)
        box.show()

    def retranslate_ui(self) -> None:
        """Headers, buttons and notes in the interface language."""
        self.tree.setHeaderLabels([_("Word"), _("Pinyin"), _("Meaning"), _("Where")])
        self.tree.setAccessibleName(_("Saved words"))
        self.tree.setToolTip(_("Click a word to go back to where it was saved"))
        self.empty.setText(_("No saved words yet. Point at a Chinese word and choose “Save word”."))
        self.remove_button.setText(_("Remove"))
        self.remove_button.setToolTip(_("Forget the selected words"))
        self.export_button.setText(_("Export…"))
        self.export_button.setToolTip(_("Write the words to an Anki package or a CSV file"))
        if not self._stale:
            self.refresh()
