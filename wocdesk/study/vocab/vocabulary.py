"""Saving a word with its context: its pinyin, its senses and its sentence in both languages.

The lookup popup's "Save word" and ``wocdesk vocab add`` both come here. The word's pinyin is
read by word in its passage (地 in 一如既往地 is *de*), its senses are CC-CEDICT's (the entries
of that reading first; a word the dictionary lacks by its parts), and its sentence is the one
it stands in, with the other language's counterpart found by the alignment, both verbatim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wocdesk.errors import WocdeskError
from wocdesk.i18n import _
from wocdesk.library.study_data import VocabularyEntry
from wocdesk.model.text import BiText, Lang, other_lang
from wocdesk.study.spans import Span

if TYPE_CHECKING:
    from wocdesk.library.store import Library
    from wocdesk.model.article import Article, Passage
    from wocdesk.study.aligning.alignment import AlignmentCache
    from wocdesk.study.dictionary import Dictionary, Entry

# Where a word stands: the offset of one of its characters, its span, or the word itself
# (its first occurrence in the passage).
WordPlace = int | Span | str

_ENGLISH_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")


class VocabularyError(WocdeskError):
    """A word that cannot be saved or a vocabulary that cannot be exported, in one line."""


@dataclass(frozen=True, slots=True)
class SavedWord:
    """The outcome of saving a word: the entry as kept, and whether it is new."""

    entry: VocabularyEntry
    added: bool

    @property
    def id(self) -> int:
        """The entry's id in the library."""
        assert self.entry.id is not None
        return self.entry.id


def save_word(
    library: Library,
    article: Article | int,
    passage_id: str,
    lang: Lang,
    at: WordPlace,
    *,
    article_id: int | None = None,
    dictionary: Dictionary | None = None,
    alignments: AlignmentCache | None = None,
) -> SavedWord:
    """Keep the word of ``passage_id`` at ``at`` in the library's vocabulary, with its context.

    ``article`` is the article shown (then ``article_id`` is its library id, if it has one) or
    a library id. Saving the same word from the same sentence again finds the entry kept.
    """
    if isinstance(article, int):
        article_id, article = article, library.article(article)
    entry = word_entry(
        article,
        passage_id,
        lang,
        at,
        article_id=article_id,
        dictionary=dictionary,
        alignments=alignments,
    )
    return keep(library, entry)


def keep(library: Library, entry: VocabularyEntry) -> SavedWord:
    """Keep ``entry`` (or find it kept already from the same sentence)."""
    entry_id, added = library.vocabulary.save(entry)
    kept = library.vocabulary.entry(entry_id)
    assert kept is not None
    return SavedWord(kept, added)


def word_entry(
    article: Article,
    passage_id: str,
    lang: Lang,
    at: WordPlace,
    *,
    article_id: int | None = None,
    dictionary: Dictionary | None = None,
    alignments: AlignmentCache | None = None,
) -> VocabularyEntry:
    """The entry for the word of ``passage_id`` at ``at``, in the text of ``lang`` (not kept)."""
    try:
        passage = article.passage(passage_id)
    except KeyError:
        raise VocabularyError(
            _("no passage {passage!r} in the article").format(passage=passage_id)
        ) from None
    text = passage.text.get(lang)
    if not text:
        raise VocabularyError(
            _("passage {passage} has no text in {lang}").format(passage=passage_id, lang=lang)
        )
    span = _word_span(text, lang, at, passage_id)
    word = at.strip() if isinstance(at, str) else span.of(text)
    if dictionary is None:
        from wocdesk.study.dictionary import load_dictionary

        dictionary = load_dictionary()
    if alignments is None:
        from wocdesk.study.aligning.alignment import AlignmentCache

        alignments = AlignmentCache(dictionary)
    pinyin = reading_in(text, span) if lang == "zh" else ""
    senses = senses_of(word, pinyin, dictionary) if lang == "zh" else ()
    return VocabularyEntry(
        word=word,
        pinyin=pinyin,
        senses=senses,
        sentence=sentence_of(passage, lang, span.start, alignments),
        article_id=article_id,
        passage_id=passage_id,
        lang=lang,
        offset=span.start,
        title=article.title,
    )


def word_alone(word: str, dictionary: Dictionary | None = None) -> VocabularyEntry:
    """The entry for a word met outside any article: its pinyin and senses, no sentence."""
    from wocdesk.study.segment import is_chinese

    word = word.strip()
    if not word:
        raise VocabularyError(_("the word is empty"))
    if not is_chinese(word):
        return VocabularyEntry(word=word, lang="en")
    pinyin = reading_in(word, Span(0, len(word)))
    return VocabularyEntry(
        word=word, pinyin=pinyin, senses=senses_of(word, pinyin, dictionary), lang="zh"
    )


def find_word(article: Article, word: str) -> tuple[Passage, Lang, Span] | None:
    """The first place ``word`` occurs in ``article``: Chinese in the Chinese, else the English."""
    from wocdesk.study.segment import is_chinese

    lang: Lang = "zh" if is_chinese(word) else "en"
    for passage in article.passages():
        text = passage.text.get(lang)
        found = occurrences(text, word.strip(), lang) if text else ()
        if found:
            return passage, lang, found[0]
    return None


def occurrences(text: str, word: str, lang: Lang) -> tuple[Span, ...]:
    """Where ``word`` stands in ``text``: Chinese anywhere, English as a whole word, any case."""
    if not word:
        return ()
    if lang == "zh":
        spans, at = [], text.find(word)
        while at >= 0:
            spans.append(Span(at, at + len(word)))
            at = text.find(word, at + len(word))
        return tuple(spans)
    pattern = re.compile(rf"(?<![^\W_]){re.escape(word)}(?![^\W_])", re.IGNORECASE)
    return tuple(Span(m.start(), m.end()) for m in pattern.finditer(text))


def _word_span(text: str, lang: Lang, at: WordPlace, passage_id: str) -> Span:
    """The span of the word ``at`` names in ``text``, or a :class:`VocabularyError`."""
    if isinstance(at, str):
        found = occurrences(text, at.strip(), lang)
        if not found:
            raise VocabularyError(
                _("{word}: not in passage {passage}").format(word=at.strip(), passage=passage_id)
            )
        return found[0]
    if isinstance(at, Span):
        span: Span | None = at if 0 <= at.start < at.end <= len(text) else None
    elif 0 <= at < len(text):
        span = _word_at(text, lang, at)
    else:
        span = None
    if span is None or not any(char.isalnum() for char in span.of(text)):
        raise VocabularyError(
            _("no word at {place} in passage {passage}").format(
                place=f"{at.start}–{at.end}" if isinstance(at, Span) else at, passage=passage_id
            )
        )
    return span


def _word_at(text: str, lang: Lang, offset: int) -> Span | None:
    if lang == "zh":
        from wocdesk.study.segment import word_at

        return word_at(text, offset)
    for match in _ENGLISH_WORD.finditer(text, max(0, offset - 64)):
        if match.start() <= offset < match.end():
            return Span(match.start(), match.end())
        if match.start() > offset:
            break
    return None


def reading_in(text: str, span: Span) -> str:
    """The pinyin of the characters of ``span``, read by word in ``text`` (``zhī shí``)."""
    from wocdesk.study.pinyin import text_pinyin

    return " ".join(
        syllable.marked
        for word in text_pinyin(text)
        if word.span.start < span.end and span.start < word.span.end
        for syllable in word.syllables
        if syllable.marked and span.start <= syllable.span.start < span.end
    )


def senses_of(word: str, reading: str, dictionary: Dictionary | None = None) -> tuple[str, ...]:
    """CC-CEDICT's senses of ``word``, those of the entries read as ``reading`` first.

    Entries of another reading follow with the reading in brackets (地 read *de*: the
    particle, then ``[dì] earth``…). A word the dictionary lacks gives one line per part
    (``钥匙 yào shi: key``); a word it knows nothing of gives none.
    """
    from wocdesk.study.word_lookup import lookup

    result = lookup(word, dictionary)
    if result.entries:
        wanted = _toneless(reading)
        matching = [e for e in result.entries if _toneless(e.pinyin) == wanted] or list(
            result.entries[:1]
        )
        senses = [sense for entry in matching for sense in entry.senses]
        senses += [
            f"[{entry.pinyin}] {sense}"
            for entry in result.entries
            if entry not in matching
            for sense in entry.senses
        ]
        return tuple(dict.fromkeys(senses))
    return tuple(_part_line(part, entries) for part, entries in result.parts if entries)


def _part_line(part: str, entries: tuple[Entry, ...]) -> str:
    first = entries[0]
    return f"{part} {first.pinyin}: {'; '.join(first.senses)}"


def _toneless(pinyin: str) -> str:
    from wocdesk.study.tones import plain_syllable

    return "".join(plain_syllable(pinyin).lower().split())


def sentence_of(
    passage: Passage, lang: Lang, offset: int, alignments: AlignmentCache | None = None
) -> BiText:
    """The sentence of ``lang`` at ``offset`` and its counterpart in the other language.

    Both are the passage's text verbatim; the counterpart is every sentence linked to it (a
    translator may have split or merged sentences), empty when it has none.
    """
    from wocdesk.study.aligning.alignment import AlignmentCache

    alignment = (alignments or AlignmentCache()).passage(passage)
    text = passage.text.get(lang) or ""
    index = alignment.sentence_at(lang, offset)
    own = alignment.sentences(lang)[index].of(text) if index is not None else text.strip()
    spans = alignment.counterpart(lang, offset)
    other_text = passage.text.get(other_lang(lang)) or ""
    counterpart = other_text[spans[0].start : spans[-1].end] if spans else None
    return BiText(zh=own, en=counterpart) if lang == "zh" else BiText(zh=counterpart, en=own)
