"""Study aids without Qt: words and their pinyin, the CC-CEDICT dictionary, aligned sentences.

Importing this package is cheap: the segmenter (rjieba), pypinyin and the dictionary are loaded
on first use, so the window's start-up and the commands that need none of them never pay for
them. Names are resolved on first access (PEP 562).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wocdesk.study.aligning.alignment import (
        AlignmentCache,
        Link,
        PassageAlignment,
        align_passage,
        align_texts,
    )
    from wocdesk.study.aligning.sentences import split_sentences
    from wocdesk.study.credit import DICTIONARY_CREDIT, DICTIONARY_LICENCE_URL
    from wocdesk.study.dictionary import (
        Dictionary,
        Entry,
        dictionary_if_loaded,
        load_dictionary,
    )
    from wocdesk.study.pinyin import Syllable, WordPinyin, pinyin_line, text_pinyin
    from wocdesk.study.segment import next_word, previous_word, word_at, words
    from wocdesk.study.spans import Span
    from wocdesk.study.word_lookup import LookupResult, lookup

_HOMES = {
    **dict.fromkeys(
        ("AlignmentCache", "Link", "PassageAlignment", "align_passage", "align_texts"),
        "wocdesk.study.aligning.alignment",
    ),
    **dict.fromkeys(("DICTIONARY_CREDIT", "DICTIONARY_LICENCE_URL"), "wocdesk.study.credit"),
    **dict.fromkeys(
        ("Dictionary", "Entry", "dictionary_if_loaded", "load_dictionary"),
        "wocdesk.study.dictionary",
    ),
    **dict.fromkeys(("LookupResult", "lookup"), "wocdesk.study.word_lookup"),
    **dict.fromkeys(
        ("Syllable", "WordPinyin", "pinyin_line", "text_pinyin"), "wocdesk.study.pinyin"
    ),
    **dict.fromkeys(("next_word", "previous_word", "word_at", "words"), "wocdesk.study.segment"),
    "split_sentences": "wocdesk.study.aligning.sentences",
    "Span": "wocdesk.study.spans",
}

__all__ = [
    "DICTIONARY_CREDIT",
    "DICTIONARY_LICENCE_URL",
    "AlignmentCache",
    "Dictionary",
    "Entry",
    "Link",
    "LookupResult",
    "PassageAlignment",
    "Span",
    "Syllable",
    "WordPinyin",
    "align_passage",
    "align_texts",
    "dictionary_if_loaded",
    "load_dictionary",
    "lookup",
    "next_word",
    "pinyin_line",
    "previous_word",
    "split_sentences",
    "text_pinyin",
    "word_at",
    "words",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'wocdesk.study' has no attribute {name!r}")
    return getattr(importlib.import_module(home), name)
