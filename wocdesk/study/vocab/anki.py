"""Saved words as an Anki package (``.apkg``, through genanki): one note, one card per word.

The deck and the note type keep the same ids in every export, so importing a newer export
into Anki adds to the same deck and the same note type; a note's id (its guid) is made from
the word and its sentence, so a word exported twice is updated, not doubled. The card's
front is the word and its sentence with the word in bold; the back adds the pinyin, the
senses, the sentence in both languages and where it was saved. genanki is imported only here.
"""

from __future__ import annotations

import html
import io
import itertools
import sqlite3
import time
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from wocdesk.i18n import _
from wocdesk.library.study_data import VocabularyEntry
from wocdesk.model.text import Lang
from wocdesk.study.vocab.vocab_export import marked_sentence, source_label

# Never change these: Anki knows the deck and the note type by them.
DECK_ID = 1_862_530_417
MODEL_ID = 1_469_803_125
DECK_NAME = "wocdesk vocabulary"
MODEL_NAME = "wocdesk word"
FIELDS = ("Word", "Pinyin", "Senses", "Sentence", "SentenceZh", "SentenceEn", "Source", "Lang")
TAG = "wocdesk"

_CHINESE_FONTS = (
    '"Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC", "PingFang SC", '
    '"Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei"'
)
CSS = f"""\
.card {{
  font-family: {_CHINESE_FONTS}, "Noto Sans", "Segoe UI", Arial, sans-serif;
  font-size: 20px; line-height: 1.5; text-align: center; color: #1f1f1f; background: #fff;
}}
.nightMode .card, .night_mode .card {{ color: #e8e8e8; background: #1e1e1e; }}
.word {{ font-size: 44px; margin: 8px 0; }}
.pinyin {{ font-size: 24px; color: #0b57d0; }}
.nightMode .pinyin, .night_mode .pinyin {{ color: #8ab4f8; }}
.sentence {{ max-width: 36em; margin: 12px auto; text-align: left; }}
.sentence b {{ color: #b3261e; }}
.nightMode .sentence b, .night_mode .sentence b {{ color: #f28b82; }}
.senses {{ display: inline-block; text-align: left; margin: 0 auto; }}
.source {{ font-size: 13px; color: #6b6b6b; margin-top: 16px; }}
"""
FRONT = """\
<div class="word" lang="{{Lang}}">{{Word}}</div>
{{#Sentence}}<div class="sentence" lang="{{Lang}}">{{Sentence}}</div>{{/Sentence}}
"""
BACK = """\
<div class="word" lang="{{Lang}}">{{Word}}</div>
{{#Pinyin}}<div class="pinyin">{{Pinyin}}</div>{{/Pinyin}}
<hr id="answer">
{{#Senses}}<div class="senses">{{Senses}}</div>{{/Senses}}
{{#SentenceZh}}<div class="sentence" lang="zh-Hans">{{SentenceZh}}</div>{{/SentenceZh}}
{{#SentenceEn}}<div class="sentence" lang="en">{{SentenceEn}}</div>{{/SentenceEn}}
{{#Source}}<div class="source">{{Source}}</div>{{/Source}}
"""


def _model() -> Any:
    import genanki

    return genanki.Model(
        MODEL_ID,
        MODEL_NAME,
        fields=[{"name": name} for name in FIELDS],
        templates=[{"name": "Word", "qfmt": FRONT, "afmt": BACK}],
        css=CSS,
    )


def note_fields(entry: VocabularyEntry) -> list[str]:
    """The note's fields, in the order of :data:`FIELDS`, as HTML."""
    lang: Lang = entry.lang or ("zh" if entry.pinyin else "en")
    senses = "".join(f"<li>{html.escape(sense)}</li>" for sense in entry.senses)
    return [
        html.escape(entry.word),
        html.escape(entry.pinyin),
        f"<ol>{senses}</ol>" if senses else "",
        marked_sentence(entry, lang),
        marked_sentence(entry, "zh"),
        marked_sentence(entry, "en"),
        html.escape(source_label(entry)),
        "zh-Hans" if lang == "zh" else "en",
    ]


def note_guid(entry: VocabularyEntry) -> str:
    """The note's id in Anki: the same word from the same sentence is the same note."""
    import genanki

    guid: str = genanki.guid_for(TAG, entry.word, entry.sentence.zh or "", entry.sentence.en or "")
    return guid


def build_package(entries: Sequence[VocabularyEntry], timestamp: float | None = None) -> bytes:
    """The bytes of an ``.apkg`` holding one note per entry (a zip with ``collection.anki2``)."""
    import genanki

    model = _model()
    deck = genanki.Deck(
        DECK_ID,
        DECK_NAME,
        description=html.escape(
            _("Words saved while reading in wocdesk, with their sentences in Chinese and English.")
        ),
    )
    for entry in entries:
        deck.add_note(
            genanki.Note(model=model, fields=note_fields(entry), guid=note_guid(entry), tags=[TAG])
        )
    timestamp = time.time() if timestamp is None else timestamp
    # genanki's own write_to_file leaves its temporary database behind; build it in memory.
    database = sqlite3.connect(":memory:")
    try:
        genanki.Package(deck).write_to_db(
            database.cursor(), timestamp, itertools.count(int(timestamp * 1000))
        )
        database.commit()
        collection = database.serialize()
    finally:
        database.close()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("collection.anki2", collection)
        package.writestr("media", "{}")
    return buffer.getvalue()


def write_apkg(entries: Sequence[VocabularyEntry], path: str | Path) -> Path:
    """Write ``entries`` as an Anki package to ``path`` (replaced in one step); return it."""
    from wocdesk.content.files import write_atomically

    data = build_package(entries)

    def write(part: Path) -> None:
        part.write_bytes(data)

    return write_atomically(path, write)
