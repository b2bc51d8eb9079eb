"""Renaming an article: a title in each language."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from wocdesk.i18n import _, interface_language
from wocdesk.library.models import ArticleSummary
from wocdesk.model.text import BiText
from wocdesk.ui.app.language import translate_ui


class RenameDialog(QDialog):
    """Two fields, the Chinese and the English title; OK needs text in at least one."""

    def __init__(self, summary: ArticleSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rename-dialog")
        self.summary = summary
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.zh_field = QLineEdit(summary.title.zh or "", self)
        self.zh_field.setObjectName("rename-zh")
        self.en_field = QLineEdit(summary.title.en or "", self)
        self.en_field.setObjectName("rename-en")
        self.zh_label = QLabel(self)
        self.en_label = QLabel(self)
        self.zh_label.setBuddy(self.zh_field)
        self.en_label.setBuddy(self.en_field)
        form = QFormLayout()
        form.addRow(self.zh_label, self.zh_field)
        form.addRow(self.en_label, self.en_field)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.zh_field.textChanged.connect(self._sync)
        self.en_field.textChanged.connect(self._sync)
        self.resize(520, self.sizeHint().height())
        translate_ui(self)
        self._sync()
        first = self.zh_field if interface_language() == "zh" else self.en_field
        first.setFocus()
        first.selectAll()

    def title(self) -> BiText:
        """The titles typed (an empty field: no title in that language)."""
        zh, en = self.zh_field.text().strip(), self.en_field.text().strip()
        return BiText(zh=zh or None, en=en or None)

    def _sync(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.title().languages))

    def retranslate_ui(self) -> None:
        """Labels in the interface language."""
        self.setWindowTitle(_("Rename article"))
        self.note.setText(_("The title in each language, as the library lists it."))
        self.zh_label.setText(_("&Chinese title:"))
        self.en_label.setText(_("&English title:"))
