"""Aligned sentences as data: each passage's sentence spans in both languages and their links.

The reader (highlight the counterpart of the sentence under the pointer), the lookup popup and
reveal-per-sentence all read a :class:`PassageAlignment`. Alignments are computed per passage
when first asked for and kept in an :class:`AlignmentCache`, so a long text is aligned section
by section as it is read, never all at once.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wocdesk.model.text import Lang
from wocdesk.study.spans import Span

if TYPE_CHECKING:
    from wocdesk.model.article import Article, Passage
    from wocdesk.study.aligning.lexical import Glosses
    from wocdesk.study.dictionary import Dictionary


@dataclass(frozen=True, slots=True)
class Link:
    """Sentences (by index) that translate each other; one side is empty for an unmatched one."""

    zh: tuple[int, ...]
    en: tuple[int, ...]

    def side(self, lang: Lang) -> tuple[int, ...]:
        """The sentence indexes of ``lang``."""
        return self.zh if lang == "zh" else self.en


@dataclass(frozen=True, slots=True)
class PassageAlignment:
    """The sentences of a passage in each language (spans into its text) and their links."""

    passage_id: str
    zh: tuple[Span, ...]
    en: tuple[Span, ...]
    links: tuple[Link, ...]

    def sentences(self, lang: Lang) -> tuple[Span, ...]:
        """The sentence spans of ``lang``, in order."""
        return self.zh if lang == "zh" else self.en

    def sentence_at(self, lang: Lang, offset: int) -> int | None:
        """The index of the sentence of ``lang`` holding ``offset`` (``None`` between them)."""
        for index, span in enumerate(self.sentences(lang)):
            if offset in span:
                return index
        return None

    def link_of(self, lang: Lang, index: int) -> Link | None:
        """The link that holds sentence ``index`` of ``lang``."""
        for link in self.links:
            if index in link.side(lang):
                return link
        return None

    def counterpart(self, lang: Lang, offset: int) -> tuple[Span, ...]:
        """The spans, in the other language, of the sentence of ``lang`` at ``offset``."""
        index = self.sentence_at(lang, offset)
        link = self.link_of(lang, index) if index is not None else None
        if link is None:
            return ()
        other: Lang = "en" if lang == "zh" else "zh"
        spans = self.sentences(other)
        return tuple(spans[i] for i in link.side(other))


def align_texts(
    zh: str | None,
    en: str | None,
    dictionary: Dictionary | None = None,
    passage_id: str = "",
    glosses: Glosses | None = None,
) -> PassageAlignment:
    """Split both texts into sentences and link them (dictionary matches if one is given)."""
    from wocdesk.study.aligning.align import align
    from wocdesk.study.aligning.anchors import en_anchors, zh_anchors
    from wocdesk.study.aligning.sentences import split_sentences

    zh_spans = split_sentences(zh, "zh") if zh else ()
    en_spans = split_sentences(en, "en") if en else ()
    zh_texts = [span.of(zh or "") for span in zh_spans]
    en_texts = [span.of(en or "") for span in en_spans]
    matches = None
    if zh_texts and en_texts and (glosses is not None or dictionary is not None):
        from wocdesk.study.aligning.lexical import Glosses, word_matches

        glosses = glosses if glosses is not None else Glosses(dictionary)  # type: ignore[arg-type]
        matches = word_matches(glosses, zh_texts, en_texts)
    beads = align(
        [len("".join(text.split())) for text in zh_texts],
        [len(text) for text in en_texts],
        [zh_anchors(text) for text in zh_texts],
        [en_anchors(text) for text in en_texts],
        matches,
    )
    links = tuple(Link(zh_side, en_side) for zh_side, en_side in beads)
    return PassageAlignment(passage_id, zh_spans, en_spans, links)


def align_passage(passage: Passage, dictionary: Dictionary | None = None) -> PassageAlignment:
    """The alignment of one passage."""
    return align_texts(passage.zh, passage.en, dictionary, passage.id)


class AlignmentCache:
    """Alignments computed on first request, per passage, and kept (safe across threads).

    Give it the dictionary once it is loaded: alignments are then better (dictionary matches)
    and those made without it are recomputed when next asked for.
    """

    def __init__(self, dictionary: Dictionary | None = None) -> None:
        self._alignments: dict[tuple[str, str | None, str | None], PassageAlignment] = {}
        self._lock = threading.Lock()
        self._glosses: Glosses | None = None
        self.dictionary = dictionary

    @property
    def dictionary(self) -> Dictionary | None:
        """The dictionary used for word matches (``None``: lengths and anchors only)."""
        return self._dictionary

    @dictionary.setter
    def dictionary(self, dictionary: Dictionary | None) -> None:
        with self._lock:
            self._dictionary = dictionary
            self._glosses = None
            if dictionary is not None:
                from wocdesk.study.aligning.lexical import Glosses

                self._glosses = Glosses(dictionary)
            self._alignments.clear()

    def passage(self, passage: Passage) -> PassageAlignment:
        """The alignment of ``passage`` (computed now if it is not known yet)."""
        key = (passage.id, passage.zh, passage.en)
        found = self._alignments.get(key)
        if found is None:
            found = align_texts(passage.zh, passage.en, None, passage.id, self._glosses)
            with self._lock:
                self._alignments[key] = found
        return found

    def section(self, article: Article, section_id: str) -> tuple[PassageAlignment, ...]:
        """The alignments of every passage of one section."""
        return tuple(self.passage(p) for p in article.section(section_id).passages)

    def article(self, article: Article) -> Iterator[PassageAlignment]:
        """The alignments of every passage, section by section, each computed when reached."""
        for passage in article.passages():
            yield self.passage(passage)

    def __len__(self) -> int:
        return len(self._alignments)
