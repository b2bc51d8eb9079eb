"""Opening the library while another process creates, migrates or fills it, at every step.

The other process is played by a second connection that opens the library in the middle of
this one's opening: just before its first statement, its second, and so on. Whatever the
moment, both must end with one sound library at the current schema; the second may only have
to wait (it is told the library is busy while this one holds it).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from wocdesk.library.database import connect
from wocdesk.library.errors import LibraryError
from wocdesk.library.schema import MIGRATIONS, SCHEMA_VERSION, migrate, user_version
from wocdesk.library.store import Library

RIVAL_TIMEOUT = 0.05  # seconds the rival waits while this connection holds the database


class Rival:
    """Opens the library from a second connection before the ``at``-th statement of the first."""

    def __init__(self, path: Path, at: int) -> None:
        self.path = path
        self.at = at
        self.statements: list[str] = []
        self.outcome = "did not run"

    def __call__(self, statement: str) -> None:
        self.statements.append(statement)
        if len(self.statements) != self.at:
            return
        try:  # (SQLite would swallow an exception raised here)
            connect(self.path, timeout=RIVAL_TIMEOUT).close()
        except (LibraryError, sqlite3.OperationalError) as exc:
            busy = "busy" in str(exc) or "locked" in str(exc)
            self.outcome = "waited" if busy else f"failed: {exc}"
        except Exception as exc:  # reported by the test
            self.outcome = f"failed: {exc!r}"
        else:
            self.outcome = "opened"


def _open_with(rival: Rival, monkeypatch: pytest.MonkeyPatch) -> sqlite3.Connection:
    """``connect(path)`` with ``rival`` watching the statements of its connection."""
    real_connect = sqlite3.connect
    watched: list[sqlite3.Connection] = []

    def watching_connect(*args: object, **kwargs: object) -> sqlite3.Connection:
        connection = real_connect(*args, **kwargs)  # type: ignore[arg-type]
        if not watched:  # the first connection only; the rival's own is not watched
            watched.append(connection)
            connection.set_trace_callback(rival)
        return connection

    with monkeypatch.context() as patch:
        patch.setattr(sqlite3, "connect", watching_connect)
        connection = connect(rival.path)
    connection.set_trace_callback(None)
    return connection


def _older_library(path: Path) -> None:
    """A library written by the first released schema (no write-ahead log switch yet)."""
    db = sqlite3.connect(path, isolation_level=None)
    migrate(db, MIGRATIONS[:1])
    db.close()


def _statements_until_locked(path: Path, monkeypatch: pytest.MonkeyPatch) -> int:
    """How many statements opening runs up to its first write lock (after it, a rival waits)."""
    rival = Rival(path, at=0)
    _open_with(rival, monkeypatch).close()
    return next(n for n, s in enumerate(rival.statements, 1) if s.startswith("BEGIN IMMEDIATE"))


@pytest.mark.parametrize("start", ["new", "older"])
def test_another_process_opening_at_any_moment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, start: str
) -> None:
    prepare = _older_library if start == "older" else lambda path: None
    probe = tmp_path / "probe.sqlite3"
    prepare(probe)
    count = _statements_until_locked(probe, monkeypatch)
    assert count >= 4  # the version read, the WAL switch, the pragmas, the migration's lock
    outcomes = []
    for at in range(1, count + 1):
        path = tmp_path / f"rival-at-{at}.sqlite3"
        prepare(path)
        rival = Rival(path, at)
        connection = _open_with(rival, monkeypatch)
        try:
            assert user_version(connection) == SCHEMA_VERSION
            assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
            assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        finally:
            connection.close()
        connect(path).close()  # and anyone may open it after both
        outcomes.append(rival.outcome)
    assert set(outcomes) <= {"opened", "waited"}, outcomes
    # The rival got in (created or migrated the library) after this one had started reading.
    assert "opened" in outcomes[1:], outcomes


def test_a_bundled_article_stored_meanwhile_is_not_written_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two first starts: the one that stores the bundled article second finds it there."""
    path = tmp_path / "library.sqlite3"
    connect(path).close()  # a library without its bundled article yet
    observer = sqlite3.connect(path)
    versions: list[int] = []  # the data version after the rival stored it
    seen: list[str] = []

    def rival_in_between(statement: str) -> None:
        seen.append(statement)
        looked = any("origin = 'bundled'" in s for s in seen[:-1])
        if statement.startswith("BEGIN IMMEDIATE") and looked and not versions:
            try:  # (SQLite would swallow an exception raised here)
                Library.open(path).close()  # another process stores it after this one looked
                versions.append(observer.execute("PRAGMA data_version").fetchone()[0])
            except Exception as exc:  # reported by the test
                versions.append(-1)
                seen.append(repr(exc))

    real_connect = sqlite3.connect
    watched: list[sqlite3.Connection] = []

    def watching_connect(*args: object, **kwargs: object) -> sqlite3.Connection:
        connection = real_connect(*args, **kwargs)  # type: ignore[arg-type]
        if not watched:
            watched.append(connection)
            connection.set_trace_callback(rival_in_between)
        return connection

    with monkeypatch.context() as patch:
        patch.setattr(sqlite3, "connect", watching_connect)
        library = Library.open(path)
    try:
        watched[0].set_trace_callback(None)
        assert versions and versions[0] >= 0, seen
        assert observer.execute("PRAGMA data_version").fetchone()[0] == versions[0]
        assert [s.id for s in library.list_articles()] == [1]
    finally:
        library.close()
        observer.close()
