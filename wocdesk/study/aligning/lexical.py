"""Word matches between a Chinese and an English sentence through CC-CEDICT's definitions.

Each Chinese word of two or more characters (or, for a word the dictionary lacks, each of its
parts) gives the stems of the English words of its definitions; an English sentence matches
it when they share a stem. Stems are the first six letters of a word (economy and economic,
enterprise and enterprises, innovation and innovative meet), a crude but language-blind rule.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from wocdesk.study.dictionary import Dictionary
from wocdesk.study.segment import chinese_words


def _word_list(text: str) -> tuple[str, ...]:
    """The space-separated words of ``text`` (for the word lists below)."""
    return tuple(text.split())


STEM = 6
_WORD = re.compile(r"[A-Za-z]{3,}")
_NOISE = re.compile(r"\([^)]*\)|\[[^\]]*\]|CL:\S*|\b(?:variant|abbr|see|used in)\b.*", re.I)
STOPWORDS = frozenset(
    _word_list(
        "the and for are but not you all any can had her was one our out has him his "
        "how its may new now old see two way who did get let put say she too use also "
        "been from have into more most much only over same some such than that them "
        "then they this those very what when which will with would about after again "
        "being could each other their there these under upon where while your used "
        "make made like take well just even ever often sb sth something someone "
        "oneself etc kind thing things person people place time way also another used"
    )
)


def stems(text: str) -> frozenset[str]:
    """The stems of the content words of an English text."""
    words = (word.lower() for word in _WORD.findall(text))
    return frozenset(word[:STEM] for word in words if word not in STOPWORDS)


class Glosses:
    """The English stems of Chinese words, from CC-CEDICT, remembered once looked up."""

    def __init__(self, dictionary: Dictionary) -> None:
        self.dictionary = dictionary
        self._stems: dict[str, frozenset[str]] = {}

    def of_word(self, word: str) -> frozenset[str]:
        """The stems of ``word``'s definitions (of its parts' when it has no entry)."""
        found = self._stems.get(word)
        if found is None:
            entries = self.dictionary.entries(word)
            if not entries:
                parts = [p for p in self.dictionary.parts(word) if len(p) > 1 and p != word]
                found = frozenset().union(*(self.of_word(part) for part in parts))
            else:
                senses = " ".join(_NOISE.sub(" ", sense) for e in entries for sense in e.senses)
                found = stems(senses)
            self._stems[word] = found
        return found

    def of_sentence(self, text: str) -> tuple[frozenset[str], ...]:
        """For each Chinese word of two or more characters in ``text``, its stems."""
        return _sentence_stems(self, text)


@lru_cache(maxsize=8192)
def _sentence_stems(glosses: Glosses, text: str) -> tuple[frozenset[str], ...]:
    spans = chinese_words(text)
    return tuple(
        found for span in spans if len(span) > 1 and (found := glosses.of_word(span.of(text)))
    )


@dataclass(frozen=True, slots=True)
class WordMatches:
    """Which sentences of the other side each word of a sentence matches, as bit masks.

    ``zh[i]`` holds one mask per Chinese word of sentence ``i`` (bit ``j``: it matches English
    sentence ``j``); ``en[j]`` one mask per content stem of English sentence ``j`` (bit ``i``:
    a Chinese word of sentence ``i`` has it among its definitions' stems).
    """

    zh: tuple[tuple[int, ...], ...]
    en: tuple[tuple[int, ...], ...]


def word_matches(
    glosses: Glosses, zh_sentences: Sequence[str], en_sentences: Sequence[str]
) -> WordMatches:
    """The matches of every word of both sides with the sentences of the other side."""
    english = [stems(sentence) for sentence in en_sentences]
    chinese = [glosses.of_sentence(sentence) for sentence in zh_sentences]
    zh = tuple(
        tuple(sum(1 << j for j, en in enumerate(english) if word & en) for word in words)
        for words in chinese
    )
    covered = [frozenset().union(*words) for words in chinese]
    en = tuple(
        tuple(sum(1 << i for i, known in enumerate(covered) if stem in known) for stem in en)
        for en in english
    )
    return WordMatches(zh, en)
