"""A text in both languages: a Chinese and an English field side by side, as one value."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from wocdesk.i18n import _
from wocdesk.model.text import LANGS, BiText
from wocdesk.ui.app.language import translate_ui


def as_bitext(value: Any) -> BiText:
    """An outline's text value (a string for both languages, or ``{zh, en}``) as a BiText."""
    if isinstance(value, str):
        return BiText(value, value)
    if isinstance(value, Mapping):
        return BiText(value.get("zh"), value.get("en"))
    return BiText()


class BiTextEdit(QWidget):
    """Two fields, 中文 and English; ``edited`` when either is left after a change."""

    edited = Signal()

    def __init__(self, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = name  # a message id naming the value, for screen readers
        self.fields = {lang: QLineEdit(self) for lang in LANGS}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for lang, field in self.fields.items():
            field.setObjectName(f"{name or 'text'}-{lang}")
            field.setClearButtonEnabled(True)
            field.editingFinished.connect(self._finished)
            layout.addWidget(field, 1)
        self._shown = BiText()
        translate_ui(self)

    def retranslate_ui(self) -> None:
        """Placeholders and names in the interface language."""
        self.fields["zh"].setPlaceholderText("中文")  # language names as each language says them
        self.fields["en"].setPlaceholderText("English")
        what = _(self._name) if self._name else ""
        for lang, field in self.fields.items():
            language = _("Chinese") if lang == "zh" else _("English")
            field.setAccessibleName(f"{what} ({language})" if what else language)

    def set_value(self, value: Any, placeholder: BiText | None = None) -> None:
        """Show ``value`` (a string, ``{zh, en}`` or None); ``placeholder``: what shows if empty."""
        text = as_bitext(value)
        self._shown = text
        for lang, field in self.fields.items():
            field.blockSignals(True)
            field.setText(text.get(lang) or "")
            field.blockSignals(False)
            if placeholder is not None and placeholder.get(lang):
                field.setPlaceholderText(placeholder.get(lang) or "")

    def value(self) -> BiText:
        """What the fields say (an empty field: no text in that language)."""
        return BiText(*(self.fields[lang].text().strip() or None for lang in LANGS))

    def table(self) -> dict[str, str] | None:
        """The value as ``{zh, en}`` for the outline, or ``None`` when both fields are empty."""
        value = self.value()
        found: dict[str, str] = {lang: text for lang in LANGS if (text := value.get(lang))}
        return found or None

    def _finished(self) -> None:
        if self.value() != self._shown:
            self._shown = self.value()
            self.edited.emit()
