"""What a reader adds, kept in the library: deck outlines per article and a vocabulary list."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from wocdesk.model.text import BiText

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
    """A word collected while reading, with the sentence it came from in both languages."""

    word: str
    pinyin: str = ""
    senses: tuple[str, ...] = ()
    sentence: BiText = field(default_factory=BiText)
    article_id: int | None = None
    passage_id: str | None = None
    created: dt.datetime | None = None
    id: int | None = None


class Vocabulary:
    """The words a reader collected, across articles (a word outlives its article)."""

    def __init__(self, library: Library) -> None:
        self._library = library

    def add(self, entry: VocabularyEntry) -> int:
        """Keep a word; return its id."""

        def write(db: sqlite3.Connection) -> int:
            cursor = db.execute(
                "INSERT INTO vocabulary (word, pinyin, senses, sentence_zh, sentence_en, "
                "article, passage_id, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    entry.word,
                    entry.pinyin,
                    json.dumps(list(entry.senses), ensure_ascii=False),
                    entry.sentence.zh,
                    entry.sentence.en,
                    entry.article_id,
                    entry.passage_id,
                    _now(),
                ),
            )
            return int(cursor.lastrowid or 0)

        return self._library.run(write, write=True)

    def entries(self, article_id: int | None = None) -> list[VocabularyEntry]:
        """Every word (or those from one article), oldest first."""
        sql = (
            "SELECT id, word, pinyin, senses, sentence_zh, sentence_en, article, passage_id, "
            "created FROM vocabulary"
        )
        arguments: tuple[Any, ...] = ()
        if article_id is not None:
            sql += " WHERE article = ?"
            arguments = (article_id,)
        rows = self._library.run(lambda db: db.execute(f"{sql} ORDER BY id", arguments).fetchall())
        return [
            VocabularyEntry(
                word=word,
                pinyin=pinyin,
                senses=tuple(json.loads(senses)),
                sentence=BiText(zh=zh, en=en),
                article_id=article,
                passage_id=passage,
                created=dt.datetime.fromisoformat(created),
                id=entry_id,
            )
            for entry_id, word, pinyin, senses, zh, en, article, passage, created in rows
        ]

    def remove(self, entry_id: int) -> None:
        """Forget one word."""
        self._library.run(
            lambda db: db.execute("DELETE FROM vocabulary WHERE id = ?", (entry_id,)), write=True
        )
