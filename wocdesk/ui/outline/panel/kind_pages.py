"""The fields of each slide kind in the slide editor: one page per kind of content."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wocdesk.briefing.keypoints import source_words
from wocdesk.briefing.sentences import sentence_spans
from wocdesk.i18n import _
from wocdesk.model.article import Article
from wocdesk.model.text import Lang
from wocdesk.ui.app.language import translate_ui
from wocdesk.ui.app.plain_text import plain_labels
from wocdesk.ui.outline.panel.bitext_edit import BiTextEdit
from wocdesk.ui.outline.panel.items_table import ItemsTable
from wocdesk.ui.outline.panel.number_grid import NumberGrid
from wocdesk.ui.outline.points import KeyPointBook

Slide = dict[str, Any]


class Page(QWidget):
    """The fields of one kind: ``load`` a slide's data, ``store`` the fields back into it."""

    edited = Signal()

    def load(self, slide: Slide) -> None:
        """Show ``slide``'s data."""

    def store(self, slide: Slide) -> Slide | None:
        """``slide`` with the fields' values, or ``None`` when a field is not valid yet."""
        return slide

    def retranslate_ui(self) -> None:
        """Labels in the interface language."""


class TextPage(Page):
    """One text in both languages: a title slide's subtitle, a closing or credits text."""

    def __init__(self, key: str, label: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key, self._label = key, label  # message ids: "Subtitle:", and "Subtitle" (name)
        self.field = BiTextEdit(name, self)
        self.caption = QLabel(self)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.caption, self.field)
        self.field.edited.connect(self.edited)
        translate_ui(self)

    def retranslate_ui(self) -> None:
        """The field's label."""
        self.caption.setText(_(self._label))

    def load(self, slide: Slide) -> None:
        """Show the text."""
        self.field.set_value(slide.get(self.key))

    def store(self, slide: Slide) -> Slide | None:
        """The text in the slide (none: the kind's own)."""
        value = self.field.table()
        if value:
            slide[self.key] = value
        else:
            slide.pop(self.key, None)
        return slide


class ItemsPage(Page):
    """The entries of a points slide (or the lines of an agenda)."""

    def __init__(
        self, agenda: bool, words: Callable[[Mapping[str, Any]], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.items = ItemsTable(agenda, self)
        self._words = words
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.items)
        self.items.edited.connect(self.edited)

    def load(self, slide: Slide) -> None:
        """Show the entries."""
        self.items.set_items(list(slide.get("items", ())), self._words)

    def store(self, slide: Slide) -> Slide | None:
        """The entries in the slide."""
        slide["items"] = self.items.items()
        return slide


class QuotePage(Page):
    """The passage a quote slide shows (by id), or the one being read."""

    def __init__(
        self,
        article: Callable[[], Article],
        here: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._article, self._here = article, here
        self.passage = QLineEdit(self)
        self.passage.setObjectName("quote-passage")
        self.use_here = QPushButton(self)
        self.preview = QLabel(self)
        plain_labels(self.preview)
        self.preview.setWordWrap(True)
        self.caption = QLabel(self)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.caption, self.passage)
        form.addRow("", self.use_here)
        form.addRow("", self.preview)
        self.passage.editingFinished.connect(self.edited)
        self.use_here.clicked.connect(self._use_here)
        translate_ui(self)

    def retranslate_ui(self) -> None:
        """Labels."""
        self.caption.setText(_("Passage:"))
        self.passage.setAccessibleName(_("Passage quoted"))
        self.use_here.setText(_("Use the passage being read"))

    def _use_here(self) -> None:
        self.passage.setText(self._here())
        self.edited.emit()

    def load(self, slide: Slide) -> None:
        """Show the passage id and its opening words."""
        quote = slide.get("quote") or {}
        pid = quote.get("passage", "")
        self.passage.setText(pid)
        try:
            text = self._article().passage(pid).text
        except KeyError:
            self.preview.setText("")
            return
        words = text.best("zh") or "", text.best("en") or ""
        self.preview.setText("\n".join(w[:160] + ("…" if len(w) > 160 else "") for w in words))

    def store(self, slide: Slide) -> Slide | None:
        """The passage in the slide's quote (other quote keys kept)."""
        pid = self.passage.text().strip()
        if not pid:
            return None
        quote = dict(slide.get("quote") or {})
        if quote.get("passage") != pid:
            quote = {"passage": pid}
        slide["quote"] = quote
        return slide


class FigurePage(Page):
    """A chart or table slide: the article's figure, or numbers typed or pasted in a grid."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = NumberGrid(self)
        self.figure_note = QLabel(self)
        plain_labels(self.figure_note)
        self.figure_note.setWordWrap(True)
        self.own_numbers = QPushButton(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.figure_note)
        layout.addWidget(self.own_numbers)
        layout.addWidget(self.grid, 1)
        self._figure = ""
        self.grid.edited.connect(self.edited)
        self.own_numbers.clicked.connect(self._to_numbers)
        translate_ui(self)

    def retranslate_ui(self) -> None:
        """Labels."""
        self.own_numbers.setText(_("Type numbers instead"))
        if self._figure:
            self.figure_note.setText(_("Draws the article's figure {id}.").format(id=self._figure))

    def load(self, slide: Slide) -> None:
        """Show the slide's numbers (or say which figure of the article it draws)."""
        self._figure = slide.get("figure", "") if "data" not in slide else ""
        by_figure = bool(self._figure)
        self.figure_note.setVisible(by_figure)
        self.own_numbers.setVisible(by_figure)
        self.grid.setVisible(not by_figure)
        if by_figure:
            self.retranslate_ui()
        else:
            self.grid.set_data(slide.get("data") or {})

    def _to_numbers(self) -> None:
        self._figure = ""
        self.grid.set_data({"labels": ["1", "2", "3"], "values": [0, 0, 0]})
        self.load({"data": self.grid.data()})
        self.edited.emit()

    def store(self, slide: Slide) -> Slide | None:
        """The grid's numbers as the slide's ``data`` (or the figure, unchanged)."""
        if self._figure:
            return slide
        data = self.grid.data()
        if data is None:
            return None
        slide.pop("figure", None)
        slide["data"] = data
        return slide


class CardsPage(Page):
    """Cards of waves, trends or keys: what each card shows."""

    CHOICES = ("name", "detail", "summary")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.show_box = QComboBox(self)
        self.caption = QLabel(self)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.caption, self.show_box)
        self.show_box.currentIndexChanged.connect(self.edited)
        translate_ui(self)

    def retranslate_ui(self) -> None:
        """Labels and choices."""
        self.caption.setText(_("Each card shows:"))
        names = [_("The name"), _("The article's wording"), _("Our summary")]
        current = max(self.show_box.currentIndex(), 0)
        self.show_box.blockSignals(True)
        self.show_box.clear()
        for name, value in zip(names, self.CHOICES, strict=True):
            self.show_box.addItem(name, value)
        self.show_box.setCurrentIndex(current)
        self.show_box.blockSignals(False)

    def load(self, slide: Slide) -> None:
        """Show the choice."""
        self.show_box.blockSignals(True)
        self.show_box.setCurrentIndex(self.CHOICES.index(slide.get("show", "name")))
        self.show_box.blockSignals(False)

    def store(self, slide: Slide) -> Slide | None:
        """The choice in the slide."""
        slide["show"] = self.show_box.currentData() or "name"
        return slide


def entry_words(
    article: Callable[[], Article], book: KeyPointBook, lang: Callable[[], Lang]
) -> Callable[[Mapping[str, Any]], str]:
    """What a points entry shows from the source, in the reading language."""

    def words(item: Mapping[str, Any]) -> str:
        shown = article()
        try:
            if "point" in item:
                point = book.usable().point(item["point"])
                return source_words(point, shown).best(lang()) or ""
            text = shown.passage(item["passage"]).text.best(lang()) or ""
        except KeyError:
            return "⚠ " + str(item.get("point") or item.get("passage"))
        spans = sentence_spans(text)
        number = int(item.get("sentence", 1)) - 1
        if 0 <= number < len(spans):
            return text[spans[number][0] : spans[number][1]]
        return text

    return words
