"""The find bar: a field, next and previous, the counts (here and hidden), a list of matches."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wocdesk.i18n import _, language_name, ngettext
from wocdesk.ui.app.language import translate_ui
from wocdesk.ui.find.results import FindResultsModel

LIST_HEIGHT = 160


class FindPanel(QWidget):
    """Emits what to find and where to go; shows how many matches there are and lists them."""

    text_changed = Signal(str)
    next_requested = Signal()
    previous_requested = Signal()
    show_other_requested = Signal()
    match_chosen = Signal(int)  # a row of the match list
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("find-bar")
        self.label = QLabel(self)
        self.field = QLineEdit(self)
        self.field.setClearButtonEnabled(True)
        self.field.setObjectName("find-field")
        self.label.setBuddy(self.field)
        self.previous_button = QToolButton(self)
        self.previous_button.setArrowType(Qt.ArrowType.UpArrow)
        self.next_button = QToolButton(self)
        self.next_button.setArrowType(Qt.ArrowType.DownArrow)
        self.count_label = QLabel(self)
        self.other_button = QPushButton(self)
        self.other_button.setFlat(True)
        self.other_button.hide()
        self.list_button = QToolButton(self)
        self.list_button.setCheckable(True)
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.model = FindResultsModel(self)
        self.list = QListView(self)
        self.list.setObjectName("find-list")
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)  # thousands of rows: no measuring each one
        self.list.setFixedHeight(LIST_HEIGHT)
        self.list.hide()
        row = QHBoxLayout()
        row.setContentsMargins(8, 4, 8, 4)
        for widget in (
            self.label,
            self.field,
            self.previous_button,
            self.next_button,
            self.count_label,
            self.other_button,
        ):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.list_button)
        row.addWidget(self.close_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addLayout(row)
        box.addWidget(self.list)
        self.field.textChanged.connect(self.text_changed)
        self.field.returnPressed.connect(self.next_requested)
        self.next_button.clicked.connect(self.next_requested)
        self.previous_button.clicked.connect(self.previous_requested)
        self.other_button.clicked.connect(self.show_other_requested)
        self.list_button.toggled.connect(self.list.setVisible)
        self.list.activated.connect(self._chosen)
        self.list.clicked.connect(self._chosen)
        self.close_button.clicked.connect(self.close_bar)
        self._counts: tuple[int, int, bool] | None = None  # current, total, finished
        self._other: tuple[int, str] = (0, "")
        translate_ui(self)

    def retranslate_ui(self) -> None:
        """Set every string in the interface language."""
        self.label.setText(_("&Find:"))
        self.field.setPlaceholderText(_("Text in either language"))
        self.field.setAccessibleName(_("Find"))
        self.previous_button.setToolTip(_("Previous match"))
        self.previous_button.setAccessibleName(_("Previous match"))
        self.next_button.setToolTip(_("Next match"))
        self.next_button.setAccessibleName(_("Next match"))
        self.list_button.setText(_("List"))
        self.list_button.setToolTip(_("List every match with its context"))
        self.list_button.setAccessibleName(_("List every match with its context"))
        self.list.setAccessibleName(_("Matches"))
        self.close_button.setToolTip(_("Close the find bar"))
        self.close_button.setAccessibleName(_("Close the find bar"))
        self._show_counts()

    def text(self) -> str:
        """The text to find."""
        return self.field.text()

    def open_bar(self) -> None:
        """Show the bar with its field focused and selected."""
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def close_bar(self) -> None:
        """Hide the bar."""
        self.hide()
        self.closed.emit()

    def set_counts(
        self, current: int, total: int, finished: bool, other_count: int, other_lang: str
    ) -> None:
        """Show match ``current`` of ``total`` (counting until ``finished``) and the hidden ones."""
        self._counts = (current, total, finished)
        self._other = (other_count, other_lang)
        self._show_counts()
        if 0 <= current < self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(current))

    def count_text(self) -> str:
        """What the count label says."""
        return self.count_label.text()

    def _show_counts(self) -> None:
        if self._counts is None or not self.field.text():
            self.count_label.setText("")
            self.other_button.hide()
            return
        current, total, finished = self._counts
        if total == 0:
            text = _("No matches") if finished else "…"
        elif current < 0:
            text = ngettext("{count} match", "{count} matches", total).format(count=total)
        else:
            text = _("{current} of {total}").format(current=current + 1, total=total)
        self.count_label.setText(text if finished or total == 0 else f"{text}…")
        count, lang = self._other
        if count:
            name = language_name(lang)
            # Two messages rather than ngettext: English and Chinese need no other plural forms.
            if count == 1:
                label = _("1 match in {language} — show").format(language=name)
            else:
                label = _("{count} matches in {language} — show").format(count=count, language=name)
            self.other_button.setText(label)
            self.other_button.show()
        else:
            self.other_button.hide()

    def _chosen(self, index: QModelIndex) -> None:
        if index.isValid():
            self.match_chosen.emit(index.row())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape closes the bar."""
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)
