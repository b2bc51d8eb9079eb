"""The key-points panel: the article's trends, keys and figures, and the points the user marked."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from wocdesk.i18n import N_, _, format_number, format_percent, interface_language
from wocdesk.model.article import (
    Figure,
    GroupsFigure,
    Highlight,
    RankingFigure,
    SeriesFigure,
)
from wocdesk.model.text import Lang
from wocdesk.ui.app.language import translate_ui
from wocdesk.ui.app.plain_text import literal_markup
from wocdesk.ui.state import ReaderState

if TYPE_CHECKING:
    from wocdesk.ui.outline.points import KeyPointBook

PASSAGE_ROLE = Qt.ItemDataRole.UserRole
# Group headings and notes: ours, so in the interface language (the entries are the article's).
TRENDS = N_("Three innovation trends")
KEYS = N_("Five keys")
FIGURES = N_("Key figures")
OURS = N_("our summary")
NONE = N_("This article has no key points.")
MARKED = N_("Marked by you")


class KeyPointsPanel(QTreeWidget):
    """A tree of the article's highlights in its leading language, following the state.

    The entries are the article's, in the reading language; the group headings, the "our
    summary" mark and the empty panel's line are ours, in the interface language. Activating an
    entry asks for its source passage (``passage_chosen``). The entries are built when first
    needed (``ensure_filled``), not at start-up.
    """

    passage_chosen = Signal(str)

    def __init__(self, state: ReaderState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("key-points")
        self.setHeaderHidden(True)
        self.setWordWrap(True)
        self.setIndentation(14)
        self._state = state
        self._lang = state.mode.leading  # the language the entries are (to be) shown in
        # (article, reading language, interface language, version of the user's points)
        self._filled_for: tuple[int, Lang, Lang, int] | None = None
        self._book: KeyPointBook | None = None  # the user's points, followed once filled
        self.itemActivated.connect(self._on_item)
        self.itemClicked.connect(self._on_item)
        state.article_changed.connect(self._on_article_changed)
        state.mode_changed.connect(self._on_mode_changed)
        translate_ui(self)

    def retranslate_ui(self) -> None:
        """Set the accessible name, tooltip and our headings in the interface language."""
        self.setAccessibleName(_("Key points"))
        self.setToolTip(_("Trends, keys and figures of the article: click one to see its source"))
        if self._filled_for is not None:  # built already: build again with our new headings
            self.ensure_filled()

    def _on_article_changed(self) -> None:
        self.ensure_filled(force=True)

    def _on_mode_changed(self) -> None:
        lang = self._state.mode.leading
        if lang != self._lang:
            self._lang = lang
            self.ensure_filled(force=True)

    def ensure_filled(self, force: bool = False) -> None:
        """Build the entries (done when first needed, not at start-up)."""
        article = self._state.article
        book = self._marked_book()
        key = (id(article), self._lang, interface_language(), book.version)
        if self._filled_for == key and not force:
            return
        self._filled_for = key
        self.clear()
        lang = self._lang
        groups = (
            (TRENDS, [self._highlight(h, lang) for h in article.trends]),
            (KEYS, [self._highlight(h, lang) for h in article.keys]),
            (FIGURES, [self._figure(f, lang) for f in article.figures]),
            (MARKED, self._marked(book, lang)),
        )
        for title, children in groups:
            if not children:
                continue
            group = QTreeWidgetItem([_(title)])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.addChildren(children)
            self.addTopLevelItem(group)
            group.setExpanded(True)
            for child in children:
                child.setExpanded(True)
        if not self.topLevelItemCount():
            empty = QTreeWidgetItem([_(NONE)])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addTopLevelItem(empty)

    def _marked_book(self) -> KeyPointBook:
        """The user's key points of the article (followed from the first fill on)."""
        if self._book is None:
            from wocdesk.ui.outline.briefing import briefing_for

            self._book = briefing_for(self._state).points
            self._book.changed.connect(self._on_points_changed)
        return self._book

    def _on_points_changed(self) -> None:
        if self._filled_for is not None:
            self.ensure_filled(force=True)

    def _marked(self, book: KeyPointBook, lang: Lang) -> list[QTreeWidgetItem]:
        if book.is_empty():  # asked of the store: nothing of the key points' modules loads
            return []
        from wocdesk.briefing.keypoints import shown_words

        items = []
        article = self._state.article
        for point in book.usable().points:
            words = shown_words(point, article)[0].best(lang) or point.text
            items.append(self._item(words, point.text or words, point.passage_id))
        return items

    def entries(self) -> list[tuple[str, str]]:
        """Every entry as (text, passage id), in order."""
        self.ensure_filled()
        found = []
        stack = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        stack.reverse()
        while stack:
            item = stack.pop()
            if item is None:
                continue
            if item.data(0, PASSAGE_ROLE):
                found.append((item.text(0), str(item.data(0, PASSAGE_ROLE))))
            stack.extend(item.child(i) for i in reversed(range(item.childCount())))
        return found

    def _highlight(self, highlight: Highlight, lang: Lang) -> QTreeWidgetItem:
        text = highlight.name.best(lang)
        summary = highlight.summary.get(lang)
        tip = text
        if summary:
            marked = _("{summary} ({mark})").format(summary=summary, mark=_(OURS))
            tip = f"{text}\n{marked}"
        return self._item(text, tip, highlight.passage_id)

    def _figure(self, figure: Figure, lang: Lang) -> QTreeWidgetItem:
        title = figure.title.best(lang)
        colon = "：" if lang == "zh" else ": "
        lines: list[str] = []
        if isinstance(figure, SeriesFigure):
            lines = [
                f"{p.label.best(lang)}{colon}{self._value(p.value, figure.unit, lang)}"
                for p in figure.points
            ]
        elif isinstance(figure, RankingFigure):
            lines = [f"{i.rank}. {i.name.best(lang)}" for i in figure.items]
        elif isinstance(figure, GroupsFigure):
            separator = "、" if lang == "zh" else ", "
            lines = [
                f"{g.name.best(lang)}{colon}{separator.join(m.best(lang) for m in g.members)}"
                for g in figure.groups
            ]
        item = self._item(title, "\n".join([title, *lines]), figure.passage_id)
        item.addChildren([self._item(line, line, figure.passage_id) for line in lines])
        return item

    @staticmethod
    def _value(value: float, unit: str, lang: Lang) -> str:
        if unit == "percent":
            return str(format_percent(value / 100, lang))
        return str(format_number(value, lang))

    @staticmethod
    def _item(text: str, tip: str, passage_id: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem([text])
        item.setToolTip(0, literal_markup(tip))
        item.setData(0, PASSAGE_ROLE, passage_id)
        return item

    def _on_item(self, item: QTreeWidgetItem) -> None:
        passage_id = item.data(0, PASSAGE_ROLE)
        if passage_id:
            self.passage_chosen.emit(str(passage_id))
