"""What a reader adds, kept in the library: deck outlines per article and a vocabulary list."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from wocdesk.model.text import BiText, Lang

if TYPE_CHECKING:
    from wocdesk.library.store import Library


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


class Outlines:
    """One deck outline per article, kept as the TOML text the user edits."""

    def __init__(self, library: Library) -> None:
        self._library = library

    def of(self, article_id: int) -> str | None:
        """The article's outline, or ``None`` when it has none of its own."""
        row = self._library.run(
            lambda db: db.execute(
                "SELECT toml FROM outlines WHERE article = ?", (article_id,)
            ).fetchone()
        )
        return str(row[0]) if row else None

    def set(self, article_id: int, toml: str) -> None:
        """Keep ``toml`` as the article's outline."""
        self._library.run(
            lambda db: db.execute(
                "INSERT INTO outlines (article, toml, updated) VALUES (?, ?, ?) "
                "ON CONFLICT (article) DO UPDATE SET toml = excluded.toml, "
                "updated = excluded.updated",
                (article_id, toml, _now()),
            ),
            write=True,
        )

    def clear(self, article_id: int) -> None:
        """Forget the article's own outline (the default one applies again)."""
        self._library.run(
            lambda db: db.execute("DELETE FROM outlines WHERE article = ?", (article_id,)),
            write=True,
        )


@dataclass(frozen=True, slots=True)
class VocabularyEntry:
    """A word collected while reading, with the sentence it came from in both languages.

    ``lang`` and ``offset`` say where the word stands in the passage (the word's first
    character in that language's text), ``title`` is the article's title when the word was
    saved: the entry outlives its article.
    """

    word: str
    pinyin: str = ""
    senses: tuple[str, ...] = ()
    sentence: BiText = field(default_factory=BiText)
    article_id: int | None = None
    passage_id: str | None = None
    created: dt.datetime | None = None
    id: int | None = None
    lang: Lang | None = None
    offset: int | None = None
    title: BiText = field(default_factory=BiText)


_COLUMNS = (
    "id, word, pinyin, senses, sentence_zh, sentence_en, article, passage_id, created, lang, "
    "passage_offset, title_zh, title_en"
)


def _entry_of(row: tuple[Any, ...]) -> VocabularyEntry:
    (entry_id, word, pinyin, senses, zh, en, article, passage, created, lang, offset) = row[:11]
    return VocabularyEntry(
        word=word,
        pinyin=pinyin,
        senses=tuple(json.loads(senses)),
        sentence=BiText(zh=zh, en=en),
        article_id=article,
        passage_id=passage,
        created=dt.datetime.fromisoformat(created),
        id=entry_id,
        lang=lang,
        offset=offset,
        title=BiText(zh=row[11], en=row[12]),
    )


class Vocabulary:
    """The words a reader collected, across articles (a word outlives its article).

    A word is kept once per sentence: saving it again from the same sentence (the same text
    in both languages) finds the entry already there.
    """

    def __init__(self, library: Library) -> None:
        self._library = library

    def save(self, entry: VocabularyEntry) -> tuple[int, bool]:
        """Keep a word unless it is kept from this sentence already; its id, and if it is new."""

        def write(db: sqlite3.Connection) -> tuple[int, bool]:
            cursor = db.execute(
                "INSERT INTO vocabulary (word, pinyin, senses, sentence_zh, sentence_en, "
                "article, passage_id, created, lang, passage_offset, title_zh, title_en) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                (
                    entry.word,
                    entry.pinyin,
                    json.dumps(list(entry.senses), ensure_ascii=False),
                    entry.sentence.zh,
                    entry.sentence.en,
                    entry.article_id,
                    entry.passage_id,
                    _now(),
                    entry.lang,
                    entry.offset,
                    entry.title.zh,
                    entry.title.en,
                ),
            )
            if cursor.rowcount:
                return int(cursor.lastrowid or 0), True
            row = db.execute(
                "SELECT id FROM vocabulary WHERE word = ? AND coalesce(sentence_zh, '') = ? "
                "AND coalesce(sentence_en, '') = ?",
                (entry.word, entry.sentence.zh or "", entry.sentence.en or ""),
            ).fetchone()
            return int(row[0]), False

        return self._library.run(write, write=True)

    def add(self, entry: VocabularyEntry) -> int:
        """Keep a word; return its id (the kept entry's when it is kept from this sentence)."""
        return self.save(entry)[0]

    def entries(self, article_id: int | None = None) -> list[VocabularyEntry]:
        """Every word (or those from one article), oldest first."""
        sql = f"SELECT {_COLUMNS} FROM vocabulary"
        arguments: tuple[Any, ...] = ()
        if article_id is not None:
            sql += " WHERE article = ?"
            arguments = (article_id,)
        rows = self._library.run(lambda db: db.execute(f"{sql} ORDER BY id", arguments).fetchall())
        return [_entry_of(row) for row in rows]

    def entry(self, entry_id: int) -> VocabularyEntry | None:
        """The word kept as ``entry_id``, or ``None``."""
        row = self._library.run(
            lambda db: db.execute(
                f"SELECT {_COLUMNS} FROM vocabulary WHERE id = ?", (entry_id,)
            ).fetchone()
        )
        return _entry_of(row) if row else None

    def of_word(self, word: str) -> list[VocabularyEntry]:
        """The entries of ``word`` (one per sentence it was saved from), oldest first."""
        rows = self._library.run(
            lambda db: db.execute(
                f"SELECT {_COLUMNS} FROM vocabulary WHERE word = ? ORDER BY id", (word,)
            ).fetchall()
        )
        return [_entry_of(row) for row in rows]

    def remove(self, entry_id: int) -> bool:
        """Forget one word; False when there was no such entry."""
        removed = self._library.run(
            lambda db: db.execute("DELETE FROM vocabulary WHERE id = ?", (entry_id,)).rowcount,
            write=True,
        )
        return bool(removed)
