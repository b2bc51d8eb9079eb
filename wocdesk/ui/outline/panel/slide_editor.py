"""The editor of one outline slide: its kind, its title per language and its kind's fields."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wocdesk.deck.errors import OutlineError
from wocdesk.errors import WocdeskError
from wocdesk.i18n import N_, _
from wocdesk.model.text import BiText
from wocdesk.ui.app.language import translate_ui
from wocdesk.ui.app.plain_text import plain_labels
from wocdesk.ui.outline.briefing import Briefing
from wocdesk.ui.outline.panel import kind_pages
from wocdesk.ui.outline.panel.bitext_edit import BiTextEdit
from wocdesk.ui.outline.panel.slide_list import PROBLEM_COLOR, kind_name
from wocdesk.ui.outline.slide_edits import kinds_for

PAGES = {
    "cover": "subtitle",
    "title": "subtitle",
    "points": "points",
    "agenda": "agenda",
    "quote": "quote",
    "chart": "figure",
    "table": "figure",
    "credits": "text",
    "closing": "text",
    "source": "text",
    "waves": "cards",
    "trends": "cards",
    "keys": "cards",
}
NOTHING = N_("This slide draws on the article; edit its other keys in a saved outline file.")


class SlideEditor(QWidget):
    """Edits the slide at ``row`` of the briefing's outline; every change is applied at once.

    A change the outline cannot take (a value of the wrong kind) is refused with a message and
    the slide stays as it was.
    """

    applied = Signal(int)  # the row changed

    def __init__(self, briefing: Briefing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slide-editor")
        self.briefing = briefing
        self.document = briefing.outline
        self.row = -1
        state = briefing.state
        self.kind_box = QComboBox(self)
        self.kind_box.setObjectName("slide-kind")
        self.title = BiTextEdit(N_("Title"), self)
        self.kind_label, self.title_label = QLabel(self), QLabel(self)
        self.pages: dict[str, kind_pages.Page] = {
            "subtitle": kind_pages.TextPage("subtitle", N_("Subtitle:"), N_("Subtitle"), self),
            "text": kind_pages.TextPage("text", N_("Text:"), N_("Text"), self),
            "points": kind_pages.ItemsPage(
                False,
                kind_pages.entry_words(
                    lambda: state.article, briefing.points, lambda: state.mode.leading
                ),
                self,
            ),
            "agenda": kind_pages.ItemsPage(True, lambda item: "", self),
            "quote": kind_pages.QuotePage(
                lambda: state.article, lambda: state.position.passage_id, self
            ),
            "figure": kind_pages.FigurePage(self),
            "cards": kind_pages.CardsPage(self),
            "none": kind_pages.Page(self),
        }
        self.stack = QStackedWidget(self)
        self.nothing = QLabel(self.pages["none"])
        self.nothing.setWordWrap(True)
        for page in self.pages.values():
            self.stack.addWidget(page)
            page.edited.connect(self._page_edited)
        self.problems = QLabel(self)
        self.problems.setObjectName("slide-problems")
        self.message = QLabel(self)
        self.message.setObjectName("slide-message")
        for label in (self.problems, self.message):
            plain_labels(label)
            label.setWordWrap(True)
            label.setStyleSheet(f"color: {PROBLEM_COLOR};")
        form = QFormLayout()
        form.addRow(self.kind_label, self.kind_box)
        form.addRow(self.title_label, self.title)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problems)
        layout.addLayout(form)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.message)
        self.kind_box.activated.connect(self._kind_chosen)
        self.title.edited.connect(self._title_edited)
        self.document.slide_changed.connect(self._on_slide_changed)
        translate_ui(self)

    def retranslate_ui(self) -> None:
        """Labels and kind names in the interface language."""
        self.kind_label.setText(_("&Kind:"))
        self.kind_label.setBuddy(self.kind_box)
        self.title_label.setText(_("Title:"))
        self.kind_box.setAccessibleName(_("Slide kind"))
        self.nothing.setText(_(NOTHING))
        for index in range(self.kind_box.count()):
            self.kind_box.setItemText(index, kind_name(str(self.kind_box.itemData(index))))

    # -- showing a slide --------------------------------------------------------------------
    def set_row(self, row: int) -> None:
        """Edit slide ``row`` (-1: none)."""
        self.row = row
        self.message.clear()
        self.refresh()

    def refresh(self) -> None:
        """Show the slide's data again (after a change made elsewhere)."""
        slides = self.document.slides
        if not 0 <= self.row < len(slides):
            self.setEnabled(False)
            self.problems.clear()
            return
        self.setEnabled(True)
        data = self.document.slide_data(self.row)
        kind = str(data["kind"])
        kinds = kinds_for(self.document.article)
        if kind not in kinds:
            kinds.append(kind)
        self.kind_box.blockSignals(True)
        self.kind_box.clear()
        for name in kinds:
            self.kind_box.addItem(kind_name(name), name)
        self.kind_box.setCurrentIndex(kinds.index(kind))
        self.kind_box.blockSignals(False)
        self.title.set_value(data.get("title"), self._default_title(kind))
        page = self.pages[PAGES.get(kind, "none")]
        page.load(data)
        self.stack.setCurrentWidget(page)
        problems = self.document.slide_problems(slides[self.row].number)
        self.problems.setText("\n".join(str(p) for p in problems))
        self.problems.setVisible(bool(problems))

    def _default_title(self, kind: str) -> BiText:
        if kind in ("cover", "title"):
            return self.document.article.title
        return BiText()

    def _on_slide_changed(self, row: int) -> None:
        if row == self.row:
            self.refresh()

    # -- edits ------------------------------------------------------------------------------
    def _commit(self, data: dict[str, Any]) -> bool:
        try:
            self.document.replace_slide(self.row, data)
        except OutlineError as exc:
            self.message.setText(exc.message)
            return False
        except WocdeskError as exc:
            self.message.setText(str(exc))
            return False
        self.message.clear()
        self.applied.emit(self.row)
        return True

    def _kind_chosen(self) -> None:
        kind = str(self.kind_box.currentData())
        try:
            self.document.set_kind(self.row, kind)
        except WocdeskError as exc:
            self.message.setText(exc.message if isinstance(exc, OutlineError) else str(exc))
            self.refresh()
            return
        self.message.clear()
        self.refresh()
        self.applied.emit(self.row)

    def _title_edited(self) -> None:
        if self.row < 0:
            return
        data = self.document.slide_data(self.row)
        title = self.title.table()
        if title:
            data["title"] = title
        else:
            data.pop("title", None)
        self._commit(data)

    def _page_edited(self) -> None:
        if self.row < 0:
            return
        data = self.document.slide_data(self.row)
        page = self.pages[PAGES.get(str(data["kind"]), "none")]
        stored = page.store(data)
        if stored is not None:
            self._commit(stored)
