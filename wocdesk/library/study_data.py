"""What a reader adds to an article, kept in the library: key points, outlines, vocabulary."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from wocdesk.model.text import BiText

if TYPE_CHECKING:
    from wocdesk.library.store import Library

Span = tuple[int, int]


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


@dataclass(frozen=True, slots=True)
class StoredKeyPoint:
    """A sentence marked as a key point: its passage, its span in each language, its titles.

    Spans are (start, end) character offsets into the passage's text in that language.
    ``slide_group`` gathers key points onto one slide; order is the order of the list.
    """

    passage_id: str
    zh_span: Span | None = None
    en_span: Span | None = None
    title: BiText = field(default_factory=BiText)
    slide_group: str = ""
    id: int | None = None


class KeyPoints:
    """The key points of each article, in their order."""

    def __init__(self, library: Library) -> None:
        self._library = library

    def of(self, article_id: int) -> list[StoredKeyPoint]:
        """The article's key points, in order."""

        def read(db: sqlite3.Connection) -> list[StoredKeyPoint]:
            rows = db.execute(
                "SELECT id, passage_id, zh_start, zh_end, en_start, en_end, title_zh, title_en, "
                "slide_group FROM key_points WHERE article = ? ORDER BY position, id",
                (article_id,),
            ).fetchall()
            return [_key_point(row) for row in rows]

        return self._library.run(read)

    def replace(self, article_id: int, points: Sequence[StoredKeyPoint]) -> list[int]:
        """Make ``points`` (in this order) the article's key points; return their ids."""

        def write(db: sqlite3.Connection) -> list[int]:
            db.execute("DELETE FROM key_points WHERE article = ?", (article_id,))
            return [_insert_key_point(db, article_id, n, p) for n, p in enumerate(points)]

        return self._library.run(write, write=True)

    def add(self, article_id: int, point: StoredKeyPoint) -> int:
        """Add a key point after the article's others; return its id."""

        def write(db: sqlite3.Connection) -> int:
            last = db.execute(
                "SELECT coalesce(max(position) + 1, 0) FROM key_points WHERE article = ?",
                (article_id,),
            ).fetchone()[0]
            return _insert_key_point(db, article_id, int(last), point)

        return self._library.run(write, write=True)

    def remove(self, point_id: int) -> None:
        """Remove one key point."""
        self._library.run(
            lambda db: db.execute("DELETE FROM key_points WHERE id = ?", (point_id,)), write=True
        )


def _insert_key_point(
    db: sqlite3.Connection, article_id: int, position: int, point: StoredKeyPoint
) -> int:
    zh = point.zh_span or (None, None)
    en = point.en_span or (None, None)
    cursor = db.execute(
        "INSERT INTO key_points (article, passage_id, zh_start, zh_end, en_start, en_end, "
        "title_zh, title_en, position, slide_group, created) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            article_id,
            point.passage_id,
            *zh,
            *en,
            point.title.zh,
            point.title.en,
            position,
            point.slide_group,
            _now(),
        ),
    )
    return int(cursor.lastrowid or 0)


def _key_point(row: Sequence[Any]) -> StoredKeyPoint:
    point_id, passage_id, zh_start, zh_end, en_start, en_end, title_zh, title_en, group = row
    return StoredKeyPoint(
        passage_id=passage_id,
        zh_span=(zh_start, zh_end) if zh_start is not None else None,
        en_span=(en_start, en_end) if en_start is not None else None,
        title=BiText(zh=title_zh, en=title_en),
        slide_group=group,
        id=point_id,
    )


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
