"""The find bar: a field, next and previous, a match count, an offer to show the other language."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QToolButton, QWidget

from wocdesk.i18n import _, language_name
from wocdesk.ui.app.language import translate_ui


class FindBar(QWidget):
    """Emits what to find; shows how many matches there are, here and in the hidden language."""

    find_requested = Signal(str)  # the text changed: find from the start
    next_requested = Signal()
    previous_requested = Signal()
    show_other_requested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("find-bar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
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
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        for widget in (
            self.label,
            self.field,
            self.previous_button,
            self.next_button,
            self.count_label,
            self.other_button,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.close_button)
        self.field.textChanged.connect(self.find_requested)
        self.field.returnPressed.connect(self.next_requested)
        self.next_button.clicked.connect(self.next_requested)
        self.previous_button.clicked.connect(self.previous_requested)
        self.other_button.clicked.connect(self.show_other_requested)
        self.close_button.clicked.connect(self.close_bar)
        self._count: int | None = None
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

    def set_counts(self, current: int, total: int, other_count: int, other_lang: str) -> None:
        """Show ``current`` of ``total`` matches and the matches in the language not shown."""
        self._count = total
        self._current = current
        self._other = (other_count, other_lang)
        self._show_counts()

    def _show_counts(self) -> None:
        if self._count is None or not self.field.text():
            self.count_label.setText("")
        elif self._count == 0:
            self.count_label.setText(_("No matches"))
        else:
            self.count_label.setText(
                _("{current} of {total}").format(current=self._current + 1, total=self._count)
            )
        count, lang = self._other
        if count and self.field.text():
            name = language_name(lang)
            # Two messages rather than ngettext: English and Chinese need no other plural forms.
            if count == 1:
                text = _("1 match in {language} — show").format(language=name)
            else:
                text = _("{count} matches in {language} — show").format(count=count, language=name)
            self.other_button.setText(text)
            self.other_button.show()
        else:
            self.other_button.hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape closes the bar."""
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)
