"""The window's vocabulary: saving the word looked up, listing, removing and exporting words.

Saved words live in the library's database. The article read is matched to its library id
(the bundled article always has one; an article opened from a file has one when the library
holds the same file), so that a saved word can take the reader back to it. The Library view,
when the window has one, lends its library and opens other articles by id.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from wocdesk.errors import WocdeskError
from wocdesk.i18n import _

if TYPE_CHECKING:
    from wocdesk.library.store import Library
    from wocdesk.library.study_data import VocabularyEntry
    from wocdesk.model.article import Article
    from wocdesk.study.vocab.vocabulary import SavedWord
    from wocdesk.ui.study.data import StudyData
    from wocdesk.ui.study.lookup import WordPlace


def library_view_of(window: QObject) -> Any:
    """The window's Library view controller, if it has one (it opens articles by library id)."""
    for child in window.children():
        opens = callable(getattr(child, "open_article", None)) and hasattr(child, "places")
        if opens and getattr(child, "library", None) is not None:
            return child
    return None


class VocabularyStore(QObject):
    """The saved words of the library, for the popup's "Save word" and the Vocabulary panel."""

    changed = Signal()

    def __init__(self, window: QObject, article: Callable[[], Article]) -> None:
        super().__init__(window)
        self._window = window
        self._article = article
        self._library: Library | None = None
        self._ids: dict[int, int | None] = {}  # id(article) → its library id

    # -- the library --------------------------------------------------------------------------
    @property
    def library(self) -> Library:
        """The library (the Library view's, else opened now); a one-line error if it cannot."""
        lent = library_view_of(self._window)
        if lent is not None:
            return lent.library  # type: ignore[no-any-return]
        if self._library is None:
            from wocdesk.library.store import Library

            self._library = Library.open()
        return self._library

    def close(self) -> None:
        """Close the library opened here."""
        if self._library is not None:
            self._library.close()
            self._library = None

    def article_id(self) -> int | None:
        """The library id of the article read, or ``None`` when the library does not hold it."""
        lent = library_view_of(self._window)
        if lent is not None:
            current = getattr(lent.places, "current_id", None)
            return current if isinstance(current, int) else None
        article = self._article()
        key = id(article)
        if key not in self._ids:
            self._ids[key] = self._find_id(article)
        return self._ids[key]

    def _find_id(self, article: Article) -> int | None:
        summaries = self.library.list_articles()
        for summary in summaries:
            if summary.bundled and summary.key == article.id:
                return summary.id
        path = str(Path(article.path).resolve()) if article.path else ""
        for summary in summaries:
            same_key = summary.key == article.id and path and summary.source_path
            if same_key and str(Path(summary.source_path).resolve()) == path:
                return summary.id
        return None

    # -- saving -------------------------------------------------------------------------------
    def save(self, place: WordPlace, data: StudyData) -> tuple[SavedWord, str]:
        """Keep the word at ``place`` with its sentence; the entry and a line saying so."""
        from wocdesk.study.spans import Span
        from wocdesk.study.vocab.vocabulary import keep, save_word, word_alone

        library = self.library
        article = self._article()
        if not place.passage_id:  # a title's or a heading's word: no sentence to keep
            from wocdesk.ui.reading.rows import source_text

            word = source_text(article, place.source)[place.start : place.end]
            saved = keep(library, word_alone(word, data.dictionary))
            note = _("Saved without a sentence (a title's word).")
        else:
            article_id = self.article_id()
            saved = save_word(
                library,
                article,
                place.passage_id,
                place.source.lang,
                Span(place.start, place.end),
                article_id=article_id,
                dictionary=data.dictionary,
                alignments=data.alignments,
            )
            note = _("Saved to the vocabulary.") if saved.added else _("Already in the vocabulary.")
            if article_id is None:
                note += " " + _(
                    "This article is not in the library, so the word cannot lead back to it."
                )
        self.changed.emit()
        return saved, note

    # -- the list -----------------------------------------------------------------------------
    def entries(self) -> list[VocabularyEntry]:
        """Every saved word, oldest first."""
        return self.library.vocabulary.entries()

    def remove(self, entry_id: int) -> bool:
        """Forget one saved word."""
        removed = self.library.vocabulary.remove(entry_id)
        self.changed.emit()
        return removed


def export_words(entries: list[VocabularyEntry], path: Path) -> Path:
    """Write ``entries`` to ``path`` (.apkg or .csv), atomically (for the study thread)."""
    from wocdesk.study.vocab.vocab_export import export_vocabulary

    if not entries:
        raise WocdeskError(_("There are no saved words to export."))
    return export_vocabulary(entries, path)
