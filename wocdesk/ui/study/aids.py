"""The study aids of one reader window, put together: data, pinyin, lookup, sentences, words.

Built just after the window first shows (nothing of it before the first paint); the data
(segmenter, pypinyin, CC-CEDICT) loads on the study thread a moment later, or at once when an
aid is used first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QDockWidget

from wocdesk.errors import WocdeskError
from wocdesk.i18n import _
from wocdesk.model.text import other_lang
from wocdesk.ui.reading.formats import TextRange
from wocdesk.ui.reading.rows import Source
from wocdesk.ui.study.data import StudyData
from wocdesk.ui.study.lookup import WordLookup, WordPlace
from wocdesk.ui.study.peek import SentencePeek
from wocdesk.ui.study.pinyin.layer import PinyinDecorator
from wocdesk.ui.study.pointer import PointerWatch
from wocdesk.ui.study.sentences import SentenceLinks, SentencePoint, point_of
from wocdesk.ui.study.vocab_store import VocabularyStore, library_view_of

if TYPE_CHECKING:
    from wocdesk.library.study_data import VocabularyEntry
    from wocdesk.ui.reader.main_window import MainWindow
    from wocdesk.ui.reading.selection import TextHit
    from wocdesk.ui.study.vocab_panel import VocabularyPanel

MESSAGE_MS = 4000
PREPARE_DELAY_MS = 200  # pinyin is placed ahead once the reader rests this long


class StudyAids(QObject):
    """Pinyin, the lookup popup, aligned sentences and the vocabulary for ``window``."""

    pinyin_changed = Signal(bool)

    def __init__(self, window: MainWindow, dock: QDockWidget) -> None:
        super().__init__(window)
        self.window = window
        self.dock = dock
        self.view = view = window.view
        state = window.state
        self.data = StudyData(state.article, self)
        self.pinyin = PinyinDecorator(view, lambda: self.data.words_loaded)
        self._decorating = False
        self.lookup = WordLookup(view, self.data)
        self.sentences = SentenceLinks(view, self.data)
        self.peek = SentencePeek(view, self.data)
        self.store = VocabularyStore(window, lambda: window.state.article)
        self.pointer = PointerWatch(
            view, self._on_click, self._on_hold, self.peek.hide, self.close_popups
        )
        self._panel: VocabularyPanel | None = None
        self.lookup.word_changed.connect(self._on_word_changed)
        self.lookup.popup.save_requested.connect(self.save_word)
        self.data.words_ready.connect(self._on_words_ready)
        self.data.failed.connect(self._say)
        state.article_changed.connect(self._on_article_changed)
        state.position_changed.connect(lambda passage_id, _offset: self.data.warm_near(passage_id))
        self._prepare_timer = QTimer(self)
        self._prepare_timer.setSingleShot(True)
        self._prepare_timer.setInterval(PREPARE_DELAY_MS)
        self._prepare_timer.timeout.connect(self.prepare_pinyin)
        view.position_changed.connect(self._prepare_timer.start)
        view.layout_changed.connect(self._prepare_timer.start)
        window.destroyed.connect(self.store.close)

    # -- pinyin -------------------------------------------------------------------------------
    def set_pinyin(self, on: bool) -> None:
        """Show or hide pinyin above the Chinese (the place in the text is kept)."""
        if on == self.pinyin.enabled:
            return
        self.pinyin.enabled = on
        if self._decorating:
            self.view.refresh_decorations()
        else:  # added when first wanted: a decorator added lays the text out again
            self._decorating = True
            self.view.add_decorator(self.pinyin)
        if on and not self.data.words_loaded:
            self.data.start()
            self._say(_("Loading pinyin…"))
        self.pinyin_changed.emit(on)

    def set_tone_colours(self, on: bool) -> None:
        """Colour the pinyin by tone, or draw it muted."""
        self.pinyin.tone_colours = on
        self.view.viewport().update()

    def prepare_pinyin(self) -> int:
        """Place the pinyin of what is on screen and a screen below, ahead of need."""
        view, doc = self.view, self.view.document
        row, offset = view.top_row
        room = 2 * view.viewport().height() + offset
        blocks = []
        while row < len(doc) and room > 0:
            laid = doc.kept_layout(row)
            if laid is None:
                break
            blocks.extend(laid.blocks)
            room -= laid.height
            row += 1
        return self.pinyin.prepare(blocks)

    def _on_words_ready(self) -> None:
        self._prepare_timer.start()
        if self.pinyin.enabled:
            self.pinyin.forget()
            self.view.viewport().update()
            self.window.statusBar().clearMessage()

    # -- pointing and stepping ----------------------------------------------------------------
    def _on_click(self, hit: TextHit | None) -> None:
        self.peek.hide()
        if hit is not None and hit.lang == "zh" and self.lookup.click(hit):
            return
        self.lookup.close()
        self.sentences.focus(point_of(hit))

    def _on_hold(self, hit: TextHit) -> bool:
        point = point_of(hit)
        if point is None:
            return False
        self.lookup.close()
        self.peek.show_for(point)
        return True

    def _on_word_changed(self, place: WordPlace | None) -> None:
        if place is None or not place.passage_id:
            self.sentences.focus(None)
        else:
            self.sentences.focus(SentencePoint(place.passage_id, place.source.lang, place.start))

    def step_word(self, forward: bool) -> bool:
        """Look up the next (or previous) Chinese word (Go ▸ Next Word, Previous Word)."""
        self.peek.hide()
        return self.lookup.step(forward)

    def toggle_sentence(self) -> None:
        """Show or hide the counterpart of the sentence pointed at (else the current one's)."""
        point = self.sentences.pointed
        if point is None:
            passage_id = self.view.current_passage_id()
            lang = self.window.mode.leading
            if passage_id:
                text = self.window.article.passage(passage_id).text
                lang = lang if text.has(lang) else other_lang(lang)
                point = SentencePoint(passage_id, lang, 0)
        if point is not None and not self.data.started:
            self.data.start()
        self.peek.toggle(point)

    def close_popups(self) -> bool:
        """Esc: close the popup and the counterpart shown; False when neither showed."""
        shown = self.lookup.is_open or self.peek.is_open
        self.lookup.close()
        self.peek.hide()
        return shown

    # -- vocabulary ---------------------------------------------------------------------------
    def save_word(self) -> bool:
        """Keep the word in the popup with its sentence; the popup says how it went."""
        place = self.lookup.current
        if place is None or self.data.dictionary is None:
            return False
        try:
            saved, note = self.store.save(place, self.data)
        except WocdeskError as error:
            self.lookup.popup.say(str(error))
            return False
        self.lookup.popup.say(note)
        return saved.id > 0

    def attach_panel(self) -> VocabularyPanel:
        """The Vocabulary panel, put in its dock when first shown."""
        if self._panel is None:
            from wocdesk.ui.study.vocab_panel import VocabularyPanel

            self._panel = VocabularyPanel(self.store, self.dock)
            self._panel.entry_chosen.connect(self.go_to_entry)
            self._panel.said.connect(self._say)
            self.dock.setWidget(self._panel)
        return self._panel

    def go_to_entry(self, entry: VocabularyEntry) -> bool:
        """Go back to where ``entry`` was saved (its article when the library can open it)."""
        if entry.article_id is None or not entry.passage_id:
            message = _("“{word}” was saved outside the library's articles.")
            self._say(message.format(word=entry.word))
            return False
        try:
            here = self.store.article_id()
        except WocdeskError as error:
            self._say(str(error))
            return False
        if entry.article_id != here:
            opener = library_view_of(self.window)
            if opener is None or not opener.open_article(entry.article_id):
                title = entry.title.best(self.window.mode.leading)
                message = _("“{word}” was saved from “{title}”: open it to go back to the word.")
                self._say(message.format(word=entry.word, title=title))
                return False
        return self._show_entry(entry)

    def _show_entry(self, entry: VocabularyEntry) -> bool:
        assert entry.passage_id is not None
        lang = entry.lang or "zh"
        try:
            self.window.article.passage(entry.passage_id)
        except KeyError:
            self._say(_("The article no longer has that paragraph."))
            return False
        source = Source("passage", entry.passage_id, lang)
        where = TextRange(source, entry.offset or 0, len(entry.word))
        if self.view.document.locate(source) is None:
            self.window.set_bilingual()
        self.view.ensure_visible(where)
        self.view.select_range(where)
        self.view.flash_passage(entry.passage_id)
        return True

    # -- the rest -----------------------------------------------------------------------------
    def _on_article_changed(self) -> None:
        self.close_popups()
        self.data.set_article(self.window.state.article)
        self.sentences.clear()
        self.pinyin.forget()

    def _say(self, message: str) -> None:
        self.window.statusBar().showMessage(message, MESSAGE_MS)
