"""Open the library database: WAL, a busy timeout, the schema checked and migrated.

A database from a newer wocdesk is refused and left untouched; a damaged one is moved aside
(renamed with a timestamp, its write-ahead log with it) so that a new one can start.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from wocdesk.i18n import _
from wocdesk.library.errors import LibraryError, NewerLibraryError
from wocdesk.library.schema import SCHEMA_VERSION, migrate, user_version

BUSY_TIMEOUT_SECONDS = 30.0
_SIDE_FILES = ("-wal", "-shm")


def is_damage(error: BaseException) -> bool:
    """True when SQLite says the file is damaged or is not a database at all."""
    name = getattr(error, "sqlite_errorname", "") or ""
    return isinstance(error, sqlite3.DatabaseError) and (
        name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))
        or "malformed" in str(error)
        or "not a database" in str(error)
    )


def connect(path: Path, timeout: float = BUSY_TIMEOUT_SECONDS) -> sqlite3.Connection:
    """A connection to the library at ``path`` (created if missing), up to date.

    ``timeout`` is how long to wait, in seconds, while another process holds the database.

    Raises :class:`NewerLibraryError` for a database of a newer wocdesk (closed untouched),
    :class:`LibraryError` for one that cannot be opened, and ``sqlite3.DatabaseError`` when the
    file is damaged (see :func:`is_damage`; the caller moves it aside).
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise LibraryError(
            _("{path}: the folder for the library cannot be made ({reason})").format(
                path=path.parent, reason=exc.strerror
            )
        ) from None
    if path.is_dir():
        raise LibraryError(_("{path}: is a folder, not a library").format(path=path))
    try:
        connection = sqlite3.connect(path, timeout=timeout, isolation_level=None)
    except sqlite3.OperationalError as exc:
        raise LibraryError(
            _("{path}: the library cannot be opened ({reason})").format(path=path, reason=exc)
        ) from None
    try:
        _prepare(connection, path, timeout)
    except BaseException:
        connection.close()
        raise
    return connection


def _prepare(connection: sqlite3.Connection, path: Path, timeout: float) -> None:
    try:
        version, tables = _version_and_tables(connection)
    except sqlite3.OperationalError as exc:
        raise LibraryError(
            _("{path}: the library cannot be read ({reason})").format(path=path, reason=exc)
        ) from None
    if version > SCHEMA_VERSION:
        raise NewerLibraryError(
            _(
                "{path}: this library was written by a newer wocdesk (schema {found}; this "
                "one reads up to {known}); it was left as it is. Update wocdesk to open it."
            ).format(path=path, found=version, known=SCHEMA_VERSION)
        )
    if version == 0 and tables:
        raise LibraryError(
            _(
                "{path}: is an SQLite database but not a wocdesk library; it was left as it is"
            ).format(path=path)
        )
    _use_wal(connection, timeout)
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA synchronous = NORMAL")
    migrate(connection)


def _version_and_tables(connection: sqlite3.Connection) -> tuple[int, int]:
    """The schema version and the number of schema objects, read in one snapshot.

    Read apart, another process creating the library between the two reads would make a new
    library look like a foreign database (version 0, yet tables).
    """
    connection.execute("BEGIN")
    try:
        version = user_version(connection)
        tables = int(connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])
    finally:
        if connection.in_transaction:
            connection.execute("COMMIT")
    return version, tables


def _use_wal(connection: sqlite3.Connection, timeout: float) -> None:
    """Switch to write-ahead logging (kept in the file); another process may be doing it too."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            mode = connection.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            mode = ""
        if str(mode).lower() == "wal":
            return
        if time.monotonic() >= deadline:
            raise LibraryError(_("the library is busy in another program; try again"))
        time.sleep(0.05)


@contextmanager
def transaction(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction: all of it is kept, or none of it (also when the process dies)."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield connection
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")


def is_damaged(path: Path) -> bool:
    """True when the database at ``path`` fails SQLite's quick check (or is no database)."""
    try:
        connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
    except sqlite3.Error:
        return True
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
        if rows != [("ok",)]:
            return True
        if connection.execute(
            "SELECT count(*) FROM sqlite_master WHERE name = 'passage_index'"
        ).fetchone()[0]:
            connection.execute(
                "INSERT INTO passage_index(passage_index) VALUES ('integrity-check')"
            )
        return False
    except sqlite3.DatabaseError as exc:
        return is_damage(exc) or not isinstance(exc, sqlite3.OperationalError)
    finally:
        connection.close()


def move_aside(path: Path) -> Path:
    """Rename a damaged database (and its log) with a timestamp; return its new path."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    for number in range(1000):
        suffix = f"-{number}" if number else ""
        target = path.with_name(f"{path.stem}-damaged-{stamp}{suffix}{path.suffix}")
        if not any(Path(f"{target}{side}").exists() for side in ("", *_SIDE_FILES)):
            break
    try:
        path.rename(target)
        for side in _SIDE_FILES:
            log = Path(f"{path}{side}")
            if log.exists():
                log.rename(f"{target}{side}")
    except OSError as exc:
        raise LibraryError(
            _("{path}: the library is damaged and cannot be moved aside ({reason})").format(
                path=path, reason=exc.strerror
            )
        ) from None
    return target
