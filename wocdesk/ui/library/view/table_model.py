"""The library's articles as a table model: title, source, date, size and reading progress."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from wocdesk.i18n import (
    N_,
    _,
    format_date,
    format_number,
    format_percent,
    interface_language,
    ngettext,
)
from wocdesk.library.models import ArticleSummary
from wocdesk.model.text import other_lang

Index = QModelIndex | QPersistentModelIndex

COLUMNS = ("title", "source", "date", "size", "progress")
HEADERS = {
    "title": N_("Title"),
    "source": N_("Source"),
    "date": N_("Date"),
    "size": N_("Size"),
    "progress": N_("Read"),
}
ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1  # the article's library id
PROGRESS_ROLE = int(Qt.ItemDataRole.UserRole) + 2  # a share from 0 to 1, or -1 if never opened
BUNDLED_ROLE = int(Qt.ItemDataRole.UserRole) + 3  # True for the bundled article


def size_text(summary: ArticleSummary) -> str:
    """The article's size in passages, with the locale's digit grouping: 3,208 passages."""
    return ngettext("{n} passage", "{n} passages", summary.passages).format(
        n=format_number(summary.passages)
    )


def was_opened(summary: ArticleSummary) -> bool:
    """True when the article has been opened in the window (it has a place or an opening)."""
    return summary.opened is not None or summary.place is not None


def progress_text(summary: ArticleSummary) -> str:
    """How far the reader got, as a percentage; a dash for an article never opened."""
    return format_percent(summary.progress) if was_opened(summary) else "—"


class LibraryTableModel(QAbstractTableModel):
    """One row per article of the library (as listed by ``Library.list_articles``).

    Texts are formatted for the interface language when first shown and kept until the
    language or the rows change; titles and sources are shown in the interface language, else
    the other one.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ArticleSummary] = []
        self._texts: dict[int, tuple[str, ...]] = {}
        self._keys: dict[int, tuple[Any, ...]] = {}

    # -- rows -------------------------------------------------------------------------------
    def set_articles(self, summaries: list[ArticleSummary]) -> None:
        """Show these articles (the whole list, as the library gives it)."""
        self.beginResetModel()
        self._rows = list(summaries)
        self._texts.clear()
        self._keys.clear()
        self.endResetModel()

    def summary(self, row: int) -> ArticleSummary:
        """The article shown on ``row``."""
        return self._rows[row]

    def summaries(self) -> list[ArticleSummary]:
        """Every article, in the library's order."""
        return list(self._rows)

    def row_of(self, article_id: int) -> int:
        """The row of an article, or -1."""
        for row, summary in enumerate(self._rows):
            if summary.id == article_id:
                return row
        return -1

    def retranslate_ui(self) -> None:
        """Format every text again in the interface language."""
        self._texts.clear()
        self._keys.clear()
        if self._rows:
            last = self.index(len(self._rows) - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    # -- the model --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """How many articles (no children)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Title, source, date, size, progress."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The column titles in the interface language."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _(HEADERS[COLUMNS[section]]) if 0 <= section < len(COLUMNS) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Texts, tooltips, the article id, progress and alignment of a cell."""
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        summary = self._rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._row_texts(row)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(summary)
        if role == ID_ROLE:
            return summary.id
        if role == PROGRESS_ROLE:
            return summary.progress if was_opened(summary) else -1.0
        if role == BUNDLED_ROLE:
            return summary.bundled
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[column] in ("size", "progress"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _row_texts(self, row: int) -> tuple[str, ...]:
        texts = self._texts.get(row)
        if texts is None:
            summary = self._rows[row]
            lang = interface_language()
            source = summary.source.best(lang) or summary.file_name
            date = format_date(summary.date, style="medium") if summary.date else ""
            texts = (
                summary.title.best(lang),
                source,
                date,
                size_text(summary),
                progress_text(summary),
            )
            self._texts[row] = texts
        return texts

    def _tooltip(self, summary: ArticleSummary) -> str:
        lang = interface_language()
        lines = [summary.title.best(lang)]
        other = summary.title.get(other_lang(lang))
        if other and other != lines[0]:
            lines.append(other)
        if summary.bundled:
            lines.append(_("The article that comes with wocdesk"))
        elif summary.file_name:
            lines.append(_("Imported from {file}").format(file=summary.file_name))
        return "\n".join(lines)

    def sort_key(self, row: int, column: int) -> tuple[Any, ...]:
        """What a column sorts by: text without case, the date, the size, the progress."""
        keys = self._keys.get(row)
        if keys is None:
            summary = self._rows[row]
            texts = self._row_texts(row)
            keys = (
                (texts[0].casefold(), summary.id),
                (texts[1].casefold(), summary.id),
                (summary.date.toordinal() if summary.date else -1, summary.id),
                (summary.passages, summary.id),
                (summary.progress if was_opened(summary) else -1.0, summary.id),
            )
            self._keys[row] = keys
        return tuple(keys[column])


class LibraryFilter(QSortFilterProxyModel):
    """Sorts by the model's keys and keeps the articles the filter text finds.

    An article is kept when its title, source or file name has the text, or when its passages
    match it (the ids the library's search found).
    """

    def __init__(self, model: LibraryTableModel) -> None:
        super().__init__(model)
        self.setSourceModel(model)
        self._model = model
        self._needle = ""
        self._matching: frozenset[int] = frozenset()

    def set_filter(self, text: str, matching: frozenset[int] = frozenset()) -> None:
        """Keep articles whose titles, sources or file name contain ``text``, or in ``matching``."""
        needle = text.strip().casefold()
        if (needle, matching) == (self._needle, self._matching):
            return
        self.beginFilterChange()
        self._needle, self._matching = needle, matching
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        """True when the row's article is kept by the filter."""
        if not self._needle:
            return True
        summary = self._model.summary(source_row)
        if summary.id in self._matching:
            return True
        fields = (
            summary.title.zh,
            summary.title.en,
            summary.source.zh,
            summary.source.en,
            summary.file_name,
        )
        return any(self._needle in field.casefold() for field in fields if field)

    def lessThan(self, left: Index, right: Index) -> bool:
        """Compare two rows by the sort column's key."""
        column = left.column()
        return self._model.sort_key(left.row(), column) < self._model.sort_key(right.row(), column)
