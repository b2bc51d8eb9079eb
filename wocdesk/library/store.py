"""The library: articles in one SQLite database, listed, searched, opened, each with its place."""

from __future__ import annotations

import functools
import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, ParamSpec, TypeVar

from wocdesk.i18n import _
from wocdesk.library import search as search_module
from wocdesk.library.database import connect, is_damage, is_damaged, move_aside, transaction
from wocdesk.library.duplicates import Duplicate
from wocdesk.library.errors import LibraryError
from wocdesk.library.paths import library_path
from wocdesk.model.text import BiText

# The rest is imported where it is used, so that a search starts fast (no article classes).
if TYPE_CHECKING:
    from wocdesk.library.key_points import LibraryKeyPointStore
    from wocdesk.library.models import AddOutcome, ArticleSummary, Place, RemovedArticle
    from wocdesk.library.sources import Imported
    from wocdesk.library.study_data import Outlines, Vocabulary
    from wocdesk.model.article import Article

P = ParamSpec("P")
T = TypeVar("T")


def _guarded(method: Callable[P, T]) -> Callable[P, T]:
    """Run a library operation; a damaged database is moved aside, a new one made, and retried."""

    @functools.wraps(method)
    def run(*args: P.args, **kwargs: P.kwargs) -> T:
        library = args[0]
        assert isinstance(library, Library)
        try:
            return method(*args, **kwargs)
        except sqlite3.Error as exc:
            if is_damage(exc) and library.recover():
                return method(*args, **kwargs)
            raise library.failure(exc) from None

    return run


class Library:
    """One library database; open with :meth:`open`, close with :meth:`close` (or ``with``)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.notices: list[str] = []  # things the user should be told (a database moved aside)
        self._connection = self._connect()
        self.ensure_bundled()

    @classmethod
    def open(cls, path: str | Path | None = None) -> Library:
        """The library at ``path`` (default: the data folder's), created when missing."""
        return cls(Path(path) if path is not None else library_path())

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the database."""
        self._connection.close()

    @property
    def connection(self) -> sqlite3.Connection:
        """The open connection (for the library's own modules)."""
        return self._connection

    # -- opening, damage ------------------------------------------------------------------
    def _connect(self) -> sqlite3.Connection:
        try:
            connection = connect(self.path)
        except sqlite3.Error as exc:
            if not is_damage(exc):
                raise self.failure(exc) from None
            self._move_aside()
            connection = connect(self.path)
        connection.create_function(
            "wocdesk_index_text", 1, search_module.index_text, deterministic=True
        )
        return connection

    def _move_aside(self) -> None:
        moved = move_aside(self.path)
        self.notices.append(
            _(
                "{path}: the library was damaged; it was moved to {moved} and a new library "
                "was started"
            ).format(path=self.path, moved=moved)
        )

    def recover(self) -> bool:
        """After a damage error: move a damaged database aside and start anew; False if sound."""
        self._connection.close()
        if not is_damaged(self.path):
            self._connection = self._connect()
            return False
        self._move_aside()
        self._connection = self._connect()
        self.ensure_bundled()
        return True

    def failure(self, error: sqlite3.Error) -> LibraryError:
        """A one-line error for a database failure that is not damage (full disk, read-only)."""
        return LibraryError(
            _("{path}: the library cannot be used ({reason})").format(path=self.path, reason=error)
        )

    @_guarded
    def run(self, operation: Callable[[sqlite3.Connection], T], write: bool = False) -> T:
        """Run ``operation(connection)`` (in one write transaction when ``write``), guarded."""
        if not write:
            return operation(self._connection)
        with transaction(self._connection) as db:
            return operation(db)

    def key_points(self, article_id: int) -> LibraryKeyPointStore:
        """The key points of an article (the briefing's ``KeyPointStore``)."""
        from wocdesk.library.key_points import LibraryKeyPointStore

        return LibraryKeyPointStore(self, article_id)

    @property
    def outlines(self) -> Outlines:
        """The deck outlines kept per article (TOML text)."""
        from wocdesk.library.study_data import Outlines

        return Outlines(self)

    @property
    def vocabulary(self) -> Vocabulary:
        """The words collected while reading."""
        from wocdesk.library.study_data import Vocabulary

        return Vocabulary(self)

    # -- the bundled article --------------------------------------------------------------
    @_guarded
    def ensure_bundled(self) -> None:
        """Put the bundled article in the library, or refresh it when wocdesk ships a new one."""
        from wocdesk.resources import bundled_article_path

        source = bundled_article_path()
        data = source.read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        row = self._connection.execute(
            "SELECT id, content_hash FROM articles WHERE origin = 'bundled'"
        ).fetchone()
        if row is not None and row[1] == digest:
            return
        from wocdesk.content.article_file.loader import parse_article
        from wocdesk.library import rows as stored_rows

        article = parse_article(data.decode("utf-8-sig"), source)
        try:
            with transaction(self._connection) as db:
                query = "SELECT id, content_hash FROM articles WHERE origin = 'bundled'"
                row = db.execute(query).fetchone()  # another process may have stored it since
                if row is None:
                    stored_rows.insert(db, article, "bundled", "bundled", digest)
                elif row[1] != digest:
                    stored_rows.replace(db, row[0], article, "bundled", digest)
        except sqlite3.IntegrityError:
            # Another process may have added it at the same moment; anything else is a fault.
            row = self._connection.execute(
                "SELECT content_hash FROM articles WHERE origin = 'bundled'"
            ).fetchone()
            if row is None or row[0] != digest:
                raise

    # -- articles -------------------------------------------------------------------------
    @_guarded
    def list_articles(self) -> list[ArticleSummary]:
        """Every article, in the order they were added (the bundled one first)."""
        from wocdesk.library import rows as stored_rows
        from wocdesk.library.rows import SUMMARY

        found_rows = self._connection.execute(f"{SUMMARY} ORDER BY a.id").fetchall()
        return [stored_rows.summary_of(row) for row in found_rows]

    @_guarded
    def recent(self, limit: int = 10) -> list[ArticleSummary]:
        """The articles opened most recently, newest first (for File ▸ Open Recent)."""
        from wocdesk.library import rows as stored_rows
        from wocdesk.library.rows import SUMMARY

        found_rows = self._connection.execute(
            f"{SUMMARY} WHERE a.opened IS NOT NULL ORDER BY a.opened DESC, a.id DESC LIMIT ?",
            (limit,),
        ).fetchall()
        return [stored_rows.summary_of(row) for row in found_rows]

    @_guarded
    def summary(self, article_id: int) -> ArticleSummary:
        """The summary of one article; :class:`LibraryError` if there is no such article."""
        from wocdesk.library import rows as stored_rows
        from wocdesk.library.rows import SUMMARY

        row = self._connection.execute(f"{SUMMARY} WHERE a.id = ?", (article_id,)).fetchone()
        if row is None:
            raise stored_rows.no_article(article_id)
        return stored_rows.summary_of(row)

    @_guarded
    def article(self, article_id: int) -> Article:
        """The article with ``article_id``, as it was stored."""
        from wocdesk.library import codec
        from wocdesk.library import rows as stored_rows

        db = self._connection
        db.execute("BEGIN")  # one consistent snapshot of the article's rows
        try:
            row = db.execute(
                "SELECT key, title_zh, title_en, source_path, extra FROM articles WHERE id = ?",
                (article_id,),
            ).fetchone()
            if row is None:
                raise stored_rows.no_article(article_id)
            sections = db.execute(
                "SELECT position, id, title_zh, title_en, editorial, level FROM sections "
                "WHERE article = ? ORDER BY position",
                (article_id,),
            ).fetchall()
            passages = db.execute(
                "SELECT position, section, id, zh, en FROM passages WHERE article = ? "
                "ORDER BY position",
                (article_id,),
            ).fetchall()
        finally:
            db.execute("COMMIT")
        key, title_zh, title_en, path, extra = row
        return codec.from_rows(
            key, BiText(zh=title_zh, en=title_en), path, extra, sections, passages
        )

    @_guarded
    def duplicates(self, content_hash: str) -> list[ArticleSummary]:
        """The articles imported from a file with this content (oldest first)."""
        from wocdesk.library import rows as stored_rows
        from wocdesk.library.rows import SUMMARY

        found_rows = self._connection.execute(
            f"{SUMMARY} WHERE a.content_hash = ? AND a.origin = 'imported' ORDER BY a.id",
            (content_hash,),
        ).fetchall()
        return [stored_rows.summary_of(row) for row in found_rows]

    def import_file(self, path: str | Path, duplicate: Duplicate = Duplicate.ASK) -> AddOutcome:
        """Read ``path`` and add it (see :meth:`add`); :class:`SourceError` for a bad file."""
        from wocdesk.library.sources import read_source

        return self.add(read_source(path), duplicate)

    @_guarded
    def add(self, imported: Imported, duplicate: Duplicate = Duplicate.ASK) -> AddOutcome:
        """Store an imported article, all of it or nothing.

        When a file with the same content is already in the library, ``duplicate`` says what
        to do: ``ASK`` stores nothing and returns the duplicates (status ``duplicate``),
        ``REPLACE`` replaces the newest of them in place, ``KEEP_BOTH`` adds another article.
        """
        from wocdesk.library import codec
        from wocdesk.library import rows as stored_rows
        from wocdesk.library.models import AddOutcome

        stored = codec.to_rows(imported.article)
        with transaction(self._connection) as db:
            found = stored_rows.duplicate_ids(db, imported.content_hash)
            if found and duplicate is Duplicate.ASK:
                status, article_id = "duplicate", None
            elif found and duplicate is Duplicate.REPLACE:
                status, article_id = "replaced", found[-1]
                kind, digest = imported.report.kind, imported.content_hash
                stored_rows.replace(db, article_id, stored, kind, digest)
            else:
                status = "added"
                article_id = stored_rows.insert(
                    db, stored, "imported", imported.report.kind, imported.content_hash
                )
        twins = tuple(self.summary(i) for i in found) if status == "duplicate" else ()
        return AddOutcome(status, article_id, twins, imported.report)

    def remove(self, article_id: int) -> ArticleSummary:
        """Remove an article with its place, key points and outline; return what it was.

        The bundled article cannot be removed (:class:`LibraryError`). Vocabulary collected
        from the article stays, without the link to it.
        """
        return self.take_out(article_id).summary

    @_guarded
    def take_out(self, article_id: int) -> RemovedArticle:
        """Remove an article as :meth:`remove` does, keeping what :meth:`put_back` needs."""
        from wocdesk.library import rows as stored_rows

        with transaction(self._connection) as db:
            return stored_rows.take_out(db, article_id)

    @_guarded
    def put_back(self, removed: RemovedArticle) -> int:
        """Put a removed article back whole, in one transaction; return its id.

        Its passages, place, key points and outline come back, and the words saved from it
        are linked to it again.
        """
        from wocdesk.library import rows as stored_rows

        with transaction(self._connection) as db:
            return stored_rows.put_back(db, removed)

    @_guarded
    def rename(self, article_id: int, title: BiText) -> None:
        """Give an article a new title (in either language or both)."""
        if not ((title.zh or "").strip() or (title.en or "").strip()):
            raise LibraryError(_("a title needs some text"))
        self.summary(article_id)
        with transaction(self._connection) as db:
            db.execute(
                "UPDATE articles SET title_zh = ?, title_en = ? WHERE id = ?",
                (title.zh, title.en, article_id),
            )

    # -- places ---------------------------------------------------------------------------
    @_guarded
    def place(self, article_id: int) -> Place | None:
        """Where the reader was in the article, if it was ever opened."""
        from wocdesk.library import rows as stored_rows

        row = self._connection.execute(
            "SELECT passage_id, passage_offset, mode, zoom FROM places WHERE article = ?",
            (article_id,),
        ).fetchone()
        return stored_rows.place_of(*row) if row else None

    @_guarded
    def set_place(self, article_id: int, place: Place) -> None:
        """Remember where the reader is in the article (and that it was opened now)."""
        from wocdesk.library import rows as stored_rows

        now = stored_rows.now()
        mode = place.mode.value if place.mode is not None else ""
        with transaction(self._connection) as db:
            changed = db.execute(
                "UPDATE articles SET opened = ? WHERE id = ?", (now, article_id)
            ).rowcount
            if not changed:
                raise stored_rows.no_article(article_id)
            db.execute(
                "INSERT INTO places (article, passage_id, passage_offset, mode, zoom, updated) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (article) DO UPDATE SET "
                "passage_id = excluded.passage_id, passage_offset = excluded.passage_offset, "
                "mode = excluded.mode, zoom = excluded.zoom, updated = excluded.updated",
                (article_id, place.passage_id, max(0, place.offset), mode, place.zoom, now),
            )

    @_guarded
    def mark_opened(self, article_id: int) -> None:
        """Record that the article was opened now (for Open Recent)."""
        from wocdesk.library import rows as stored_rows

        with transaction(self._connection) as db:
            now = stored_rows.now()
            db.execute("UPDATE articles SET opened = ? WHERE id = ?", (now, article_id))

    # -- search ---------------------------------------------------------------------------
    @_guarded
    def search(
        self, query: str, limit: int = 20, article_id: int | None = None
    ) -> list[search_module.SearchHit]:
        """Passages matching ``query`` in either language, best first, with snippets."""
        return search_module.search(self._connection, query, limit, article_id)

    @_guarded
    def count(self, query: str, article_id: int | None = None) -> int:
        """How many passages match ``query``."""
        return search_module.count(self._connection, query, article_id)

    @_guarded
    def count_by_article(self, query: str) -> dict[int, int]:
        """How many passages match ``query`` in each article that has any (id: count)."""
        return search_module.count_by_article(self._connection, query)
