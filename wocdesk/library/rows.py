"""The library's article rows: writing an article's rows, reading summaries and places."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable
from typing import Any

from wocdesk.i18n import _
from wocdesk.library import codec
from wocdesk.library.errors import LibraryError
from wocdesk.library.models import ArticleSummary, Place
from wocdesk.model.article import Article
from wocdesk.model.text import BiText, parse_mode

SUMMARY = (
    "SELECT a.id, a.key, a.title_zh, a.title_en, a.source_zh, a.source_en, a.kind, "
    "a.source_path, a.origin, a.date, a.added, a.opened, a.sections, a.passages, a.chars_zh, "
    "a.chars_en, pl.passage_id, pl.passage_offset, pl.mode, pl.zoom, p.position "
    "FROM articles a LEFT JOIN places pl ON pl.article = a.id "
    "LEFT JOIN passages p ON p.article = a.id AND p.id = pl.passage_id"
)


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


def no_article(article_id: int) -> LibraryError:
    return LibraryError(
        _("{id}: no such article in the library (wocdesk library list shows them)").format(
            id=article_id
        )
    )


def duplicate_ids(db: sqlite3.Connection, content_hash: str) -> list[int]:
    return [
        row[0]
        for row in db.execute(
            "SELECT id FROM articles WHERE content_hash = ? AND origin = 'imported' ORDER BY id",
            (content_hash,),
        )
    ]


def insert(
    db: sqlite3.Connection,
    article: Article | codec.ArticleRows,
    origin: str,
    kind: str,
    content_hash: str,
) -> int:
    rows = article if isinstance(article, codec.ArticleRows) else codec.to_rows(article)
    cursor = db.execute(
        "INSERT INTO articles (key, origin, kind, content_hash, added, extra, title_zh, "
        "title_en, source_zh, source_en, source_path, date, sections, passages, chars_zh, "
        "chars_en) VALUES (?, ?, ?, ?, ?, '{}', NULL, NULL, NULL, NULL, '', NULL, 0, 0, 0, 0)",
        (rows.key, origin, kind, content_hash, now()),
    )
    article_id = int(cursor.lastrowid or 0)
    _write_contents(db, article_id, rows)
    return article_id


def replace(
    db: sqlite3.Connection,
    article_id: int,
    article: Article | codec.ArticleRows,
    kind: str,
    content_hash: str,
) -> None:
    rows = article if isinstance(article, codec.ArticleRows) else codec.to_rows(article)
    delete_contents(db, article_id)
    db.execute(
        "UPDATE articles SET key = ?, kind = ?, content_hash = ? WHERE id = ?",
        (rows.key, kind, content_hash, article_id),
    )
    _write_contents(db, article_id, rows)


def _write_contents(db: sqlite3.Connection, article_id: int, rows: codec.ArticleRows) -> None:
    db.execute(
        "UPDATE articles SET title_zh = ?, title_en = ?, source_zh = ?, source_en = ?, "
        "source_path = ?, date = ?, sections = ?, passages = ?, chars_zh = ?, chars_en = ?, "
        "extra = ? WHERE id = ?",
        (
            rows.title.zh,
            rows.title.en,
            rows.source.zh,
            rows.source.en,
            rows.path,
            rows.date,
            len(rows.sections),
            len(rows.passages),
            rows.chars_zh,
            rows.chars_en,
            rows.extra,
            article_id,
        ),
    )
    db.executemany(
        "INSERT INTO sections (article, position, id, title_zh, title_en, editorial, level) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        ((article_id, *section) for section in rows.sections),
    )
    db.executemany(
        "INSERT INTO passages (article, position, section, id, zh, en) VALUES (?, ?, ?, ?, ?, ?)",
        ((article_id, *passage) for passage in rows.passages),
    )
    db.execute(
        "INSERT INTO passage_index (rowid, zh, en) SELECT rowid, wocdesk_index_text(zh), "
        "wocdesk_index_text(en) FROM passages WHERE article = ?",
        (article_id,),
    )


def delete_contents(db: sqlite3.Connection, article_id: int) -> None:
    db.execute("DELETE FROM passages WHERE article = ?", (article_id,))
    db.execute("DELETE FROM sections WHERE article = ?", (article_id,))


def place_of(passage_id: str, offset: int, mode: str, zoom: int) -> Place:
    try:
        parsed = parse_mode(mode) if mode else None
    except ValueError:
        parsed = None  # a value from a newer wocdesk: the window's default mode
    return Place(str(passage_id), int(offset), parsed, int(zoom))


def _timestamp(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


def summary_of(row: Iterable[Any]) -> ArticleSummary:
    (
        article_id, key, title_zh, title_en, source_zh, source_en, kind, source_path, origin,
        date, added, opened, sections, passages, chars_zh, chars_en,
        passage_id, offset, mode, zoom, position,
    ) = row  # fmt: skip
    return ArticleSummary(
        id=article_id,
        key=key,
        title=BiText(zh=title_zh, en=title_en),
        source=BiText(zh=source_zh, en=source_en),
        kind=kind,
        source_path=source_path,
        bundled=origin == "bundled",
        date=dt.date.fromisoformat(date) if date else None,
        added=dt.datetime.fromisoformat(added),
        opened=_timestamp(opened),
        sections=sections,
        passages=passages,
        chars_zh=chars_zh,
        chars_en=chars_en,
        place=place_of(passage_id, offset, mode, zoom) if passage_id is not None else None,
        place_number=position,
    )
