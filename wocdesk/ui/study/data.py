"""The study data of one window: loaded in the background, then pinyin and alignments kept warm.

After the first paint the segmenter and pypinyin are loaded (``words_ready``), then CC-CEDICT
(``dictionary_ready``), on the study thread. Pinyin is read ahead for the passages around the
reading position; sentence alignments are computed a section at a time, when a passage is
pointed at or near where the reader is. Nothing here blocks the window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from wocdesk.ui.study import worker
from wocdesk.ui.study.worker import LOAD, URGENT, WARM, Results

if TYPE_CHECKING:
    from wocdesk.model.article import Article
    from wocdesk.study.aligning.alignment import AlignmentCache, PassageAlignment
    from wocdesk.study.dictionary import Dictionary

WARM_BEFORE = 12  # passages read ahead before the reading position
WARM_AFTER = 48  # and after it
WARM_DELAY_MS = 250  # after the reader stops moving
_loaded: set[str] = set()  # what this process has loaded: "words", "dictionary"


def _load_words() -> None:
    from wocdesk.study.pinyin import text_pinyin
    from wocdesk.study.segment import load_segmenter

    load_segmenter()
    text_pinyin("中文")  # imports pypinyin and reads its phrase table
    _loaded.add("words")


def _load_dictionary() -> Dictionary:
    from wocdesk.study.dictionary import load_dictionary

    dictionary = load_dictionary()
    _loaded.add("dictionary")
    return dictionary


def _warm_pinyin(texts: tuple[str, ...]) -> None:
    from wocdesk.study.pinyin import text_pinyin

    for text in texts:
        text_pinyin(text)


class StudyData(QObject):
    """Loads the study data once per process and keeps this window's alignments and pinyin."""

    words_ready = Signal()
    dictionary_ready = Signal()
    aligned = Signal(str)  # a passage id whose alignment is now known
    failed = Signal(str)  # a one-line message

    def __init__(self, article: Article, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.article = article
        self._results = Results()  # no parent: the study thread may hold it for a while
        self._results.done.connect(self._on_done)
        self._results.failed.connect(self._on_failed)
        self._started = False
        self._alignments: AlignmentCache | None = None
        self._asked: set[str] = set()  # passages whose alignment is on its way
        self._known: set[str] = set()  # passages of this article aligned
        self._waiting: list[str] = []  # asked for before the dictionary was loaded
        self._warmed: set[str] = set()
        self._near = ""
        self._warm_timer = QTimer(self)
        self._warm_timer.setSingleShot(True)
        self._warm_timer.setInterval(WARM_DELAY_MS)
        self._warm_timer.timeout.connect(self._warm)
        self.error = ""

    # -- loading ------------------------------------------------------------------------------
    @property
    def words_loaded(self) -> bool:
        """True once words and pinyin can be read without waiting."""
        return "words" in _loaded

    @property
    def dictionary(self) -> Dictionary | None:
        """CC-CEDICT once it is loaded, else ``None``."""
        if "dictionary" not in _loaded:
            return None
        from wocdesk.study.dictionary import dictionary_if_loaded

        return dictionary_if_loaded()

    def start(self) -> None:
        """Begin loading in the background (again at once when it is loaded already)."""
        if self._started:
            return
        self._started = True
        if self.words_loaded:
            QTimer.singleShot(0, self, self._words_done)
        else:
            worker.submit(LOAD, "words", _load_words, self._results)
        if self.dictionary is not None:
            QTimer.singleShot(0, self, lambda: self._dictionary_done(self.dictionary))
        else:
            worker.submit(LOAD, "dictionary", _load_dictionary, self._results)

    @property
    def started(self) -> bool:
        """True once loading has begun."""
        return self._started

    def _on_done(self, tag: object, result: object) -> None:
        if tag == "words":
            self._words_done()
        elif tag == "dictionary":
            self._dictionary_done(result)  # type: ignore[arg-type]
        elif isinstance(tag, tuple) and tag[0] == "align":
            _kind, article_id, passage_ids = tag
            if article_id != id(self.article):
                return
            self._known.update(passage_ids)
            for passage_id in passage_ids:
                self._asked.discard(passage_id)
                self.aligned.emit(passage_id)

    def _on_failed(self, tag: object, message: str) -> None:
        if isinstance(tag, tuple):
            for passage_id in tag[2]:
                self._asked.discard(passage_id)
        self.error = message
        self.failed.emit(message)

    def _words_done(self) -> None:
        self.words_ready.emit()
        self.warm_near(self._near)

    def _dictionary_done(self, dictionary: Dictionary | None) -> None:
        if dictionary is None or self._alignments is not None:
            return
        from wocdesk.study.aligning.alignment import AlignmentCache

        self._alignments = AlignmentCache(dictionary)
        self.dictionary_ready.emit()
        waiting, self._waiting = self._waiting, []
        for passage_id in waiting:
            self._ask_alignment(passage_id, URGENT)
        self.warm_near(self._near)

    # -- the article --------------------------------------------------------------------------
    def set_article(self, article: Article) -> None:
        """Another article is read: its alignments and pinyin are made as it is read."""
        self.article = article
        self._asked.clear()
        self._known.clear()
        self._waiting.clear()
        self._warmed.clear()

    @property
    def alignments(self) -> AlignmentCache | None:
        """The window's alignments, made with the dictionary's help (``None`` until loaded)."""
        return self._alignments

    def alignment_if_known(self, passage_id: str) -> PassageAlignment | None:
        """The alignment of a passage if it is known; else it is asked for (``aligned``)."""
        cache = self._alignments
        if passage_id in self._known and cache is not None:
            return cache.passage(self.article.passage(passage_id))
        self._ask_alignment(passage_id, URGENT)
        return None

    def _ask_alignment(self, passage_id: str, priority: int) -> None:
        if passage_id in self._asked or passage_id in self._known:
            return
        cache = self._alignments
        if cache is None:  # aligned once the dictionary is loaded (it makes better links)
            if passage_id not in self._waiting:
                self._waiting.append(passage_id)
            self.start()
            return
        article = self.article
        try:
            section = article.section_of(passage_id)
        except KeyError:
            return
        ids = tuple(
            p.id for p in section.passages if p.id not in self._known and p.id not in self._asked
        )
        self._asked.update(ids)
        passages = [article.passage(p) for p in ids]

        def align() -> None:
            for passage in passages:
                cache.passage(passage)

        worker.submit(priority, ("align", id(article), ids), align, self._results)

    # -- reading ahead ------------------------------------------------------------------------
    def warm_near(self, passage_id: str) -> None:
        """Read pinyin (and align sections) ahead around ``passage_id``, once the reader rests."""
        self._near = passage_id
        if self.started:
            self._warm_timer.start()

    def _warm(self) -> None:
        article = self.article
        passages = list(article.passages())
        if not passages:
            return
        try:
            at = article.passage_number(self._near) if self._near else 0
        except KeyError:
            at = 0
        near = passages[max(0, at - WARM_BEFORE) : at + WARM_AFTER]
        if self.words_loaded:
            texts = tuple(p.zh for p in near if p.zh and p.id not in self._warmed)
            self._warmed.update(p.id for p in near)
            if texts:
                worker.submit(WARM, "pinyin", lambda: _warm_pinyin(texts), self._results)
        if self._alignments is not None:
            for passage in near:
                if passage.zh and passage.en:
                    self._ask_alignment(passage.id, WARM)
