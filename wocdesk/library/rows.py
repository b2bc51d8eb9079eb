"""The library's article rows: writing an article's rows, reading summaries and places.

Also taking an article out with every row that is its own, and putting it all back (undo).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable
from typing import Any

from wocdesk.i18n import _
from wocdesk.library import codec
from wocdesk.library.errors import LibraryError
from wocdesk.library.models import (
    ArticleSummary,
    LinkedRows,
    Place,
    RemovedArticle,
    TableRows,
)
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
    error = LibraryError(_("{id}: no such article in the library").format(id=article_id))
    error.command_hint = _("(wocdesk library list shows them)")
    return error


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
    _index_passages(db, article_id)


def _index_passages(db: sqlite3.Connection, article_id: int) -> None:
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


# -- taking an article out whole, putting it back ---------------------------------------------
# The tables are found in the schema (every foreign key to ``articles``), so that a table a
# later version adds goes and comes back with the article without a change here.


def take_out(db: sqlite3.Connection, article_id: int) -> RemovedArticle:
    """Remove an article (not the bundled one); return all that is needed to put it back."""
    row = db.execute(f"{SUMMARY} WHERE a.id = ?", (article_id,)).fetchone()
    if row is None:
        raise no_article(article_id)
    summary = summary_of(row)
    if summary.bundled:
        raise LibraryError(
            _("{id}: the bundled article always stays in the library").format(id=article_id)
        )
    own = [_rows_of(db, "articles", "id", article_id)]
    links = []
    for table, column, on_delete in _references(db):
        if on_delete == "CASCADE":
            own.append(_rows_of(db, table, column, article_id))
        elif on_delete == "SET NULL":
            keys = _keys(db, table)[0] or ("rowid",)
            found = db.execute(
                f"SELECT {', '.join(map(_quoted, keys))} FROM {_quoted(table)} "
                f"WHERE {_quoted(column)} = ?",
                (article_id,),
            ).fetchall()
            links.append(LinkedRows(table, column, keys, tuple(map(tuple, found))))
    delete_contents(db, article_id)
    db.execute("DELETE FROM articles WHERE id = ?", (article_id,))
    return RemovedArticle(summary, tuple(own), tuple(links))


def put_back(db: sqlite3.Connection, removed: RemovedArticle) -> int:
    """Put a removed article back as it was; return its id (its old one unless taken since)."""
    article, *others = removed.rows
    values = list(article.rows[0])
    number = article.columns.index("id")
    if db.execute("SELECT 1 FROM articles WHERE id = ?", (values[number],)).fetchone():
        values[number] = None  # the library was started anew meanwhile: a new id
    _insert(db, article, [tuple(values)], None)
    article_id = int(db.execute("SELECT last_insert_rowid()").fetchone()[0])
    for part in others:
        _insert(db, part, part.rows, article_id)
    _index_passages(db, article_id)
    for linked in removed.links:
        match = " AND ".join(f"{_quoted(key)} = ?" for key in linked.keys)
        db.executemany(
            f"UPDATE {_quoted(linked.table)} SET {_quoted(linked.column)} = ? "
            f"WHERE {_quoted(linked.column)} IS NULL AND {match}",
            ((article_id, *key) for key in linked.rows),
        )
    return article_id


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _references(db: sqlite3.Connection) -> list[tuple[str, str, str]]:
    """Each (table, column, action on delete) whose column refers to an article."""
    tables = db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid")
    found = []
    for (table,) in tables.fetchall():
        for key in db.execute(f"PRAGMA foreign_key_list({_quoted(table)})").fetchall():
            if key[2] == "articles":
                found.append((table, key[3], str(key[6]).upper()))
    return found


def _keys(db: sqlite3.Connection, table: str) -> tuple[tuple[str, ...], str | None]:
    """A table's primary key columns, and the one that is the table's rowid, if one is."""
    info = db.execute(f"PRAGMA table_info({_quoted(table)})").fetchall()
    keys = tuple(row[1] for row in sorted(info, key=lambda row: row[5]) if row[5])
    sql = db.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    types = {row[1]: str(row[2]).upper() for row in info}
    rowid = len(keys) == 1 and types[keys[0]] == "INTEGER" and "WITHOUT ROWID" not in sql.upper()
    return keys, keys[0] if rowid else None


def _rows_of(db: sqlite3.Connection, table: str, column: str, article_id: int) -> TableRows:
    query = f"SELECT * FROM {_quoted(table)} WHERE {_quoted(column)} = ?"
    cursor = db.execute(query, (article_id,))
    found = tuple(map(tuple, cursor.fetchall()))
    return TableRows(table, column, tuple(d[0] for d in cursor.description), found)


def _insert(
    db: sqlite3.Connection, part: TableRows, rows: Iterable[tuple[Any, ...]], article_id: int | None
) -> None:
    """Insert ``rows`` of ``part``, their link set to ``article_id`` (unless ``None``).

    A rowid of the table's own (a passage's) is given anew: it may have been taken meanwhile.
    """
    rowid = _keys(db, part.table)[1]
    kept = [n for n, name in enumerate(part.columns) if name != rowid or name == part.link]
    link = part.columns.index(part.link)
    names = ", ".join(_quoted(part.columns[n]) for n in kept)
    marks = ", ".join("?" for _n in kept)
    db.executemany(
        f"INSERT INTO {_quoted(part.table)} ({names}) VALUES ({marks})",
        (
            tuple(article_id if n == link and article_id is not None else row[n] for n in kept)
            for row in rows
        ),
    )
