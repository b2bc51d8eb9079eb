"""The database itself: schema versions, migrations, a newer or foreign or damaged file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from wocdesk.cli.main import main
from wocdesk.library.errors import LibraryError, NewerLibraryError
from wocdesk.library.schema import SCHEMA_VERSION, migrate, user_version
from wocdesk.library.store import Library


def _single_file(path: Path) -> None:
    """Fold the write-ahead log into the database file, so the file alone holds the data."""
    db = sqlite3.connect(path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def _set_version(path: Path, version: int) -> None:
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {version}")
    db.commit()
    db.close()


def test_a_new_library_is_at_the_current_schema(library: Library) -> None:
    assert user_version(library.connection) == SCHEMA_VERSION


def test_an_empty_file_becomes_a_library(library_path: Path) -> None:
    library_path.parent.mkdir(parents=True)
    library_path.write_bytes(b"")
    with Library.open() as library:
        assert [s.id for s in library.list_articles()] == [1]
        assert library.notices == []


def test_migrations_run_in_order_each_in_its_transaction(tmp_path: Path) -> None:
    db = sqlite3.connect(tmp_path / "m.sqlite3", isolation_level=None)
    ran: list[int] = []

    def step(number: int):  # type: ignore[no-untyped-def]
        def apply(connection: sqlite3.Connection) -> None:
            ran.append(number)
            connection.execute(f"CREATE TABLE t{number} (x)")

        return apply

    def broken(connection: sqlite3.Connection) -> None:
        connection.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("a step that fails half-way")

    assert migrate(db, [step(1), step(2)]) == 2 and ran == [1, 2]
    assert migrate(db, [step(1), step(2)]) == 2 and ran == [1, 2]  # nothing to do twice
    with pytest.raises(RuntimeError):
        migrate(db, [step(1), step(2), broken])
    assert user_version(db) == 2
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
    assert tables == {"t1", "t2"}  # the failed step left nothing behind
    assert migrate(db, [step(1), step(2), step(3)]) == 3 and ran == [1, 2, 3]


def test_a_library_of_a_newer_wocdesk_is_refused_and_left_untouched(library_path: Path) -> None:
    Library.open().close()
    _single_file(library_path)
    _set_version(library_path, SCHEMA_VERSION + 1)
    before = library_path.read_bytes()
    stamp = library_path.stat().st_mtime_ns
    with pytest.raises(NewerLibraryError) as caught:
        Library.open()
    message = str(caught.value)
    assert message == (
        f"{library_path}: this library was written by a newer wocdesk (schema "
        f"{SCHEMA_VERSION + 1}; this one reads up to {SCHEMA_VERSION}); it was left as it is. "
        "Update wocdesk to open it."
    )
    assert library_path.read_bytes() == before and library_path.stat().st_mtime_ns == stamp
    assert not list(library_path.parent.glob("*damaged*"))


def test_the_command_line_refuses_a_newer_library_in_one_line(
    library_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    Library.open().close()
    _single_file(library_path)
    _set_version(library_path, SCHEMA_VERSION + 7)
    before = library_path.read_bytes()
    assert main(["library", "list"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "written by a newer wocdesk" in err
    assert library_path.read_bytes() == before


def test_a_foreign_sqlite_database_is_refused_and_left_untouched(library_path: Path) -> None:
    library_path.parent.mkdir(parents=True)
    db = sqlite3.connect(library_path)
    db.execute("CREATE TABLE recipes (name TEXT)")
    db.commit()
    db.close()
    before = library_path.read_bytes()
    with pytest.raises(LibraryError, match="not a wocdesk library; it was left as it is"):
        Library.open()
    assert library_path.read_bytes() == before


def test_a_file_that_is_no_database_is_moved_aside_and_a_new_library_started(
    library_path: Path,
) -> None:
    library_path.parent.mkdir(parents=True)
    garbage = b"these are not the bytes of an SQLite database " * 200
    library_path.write_bytes(garbage)
    with Library.open() as library:
        (moved,) = library_path.parent.glob("library-damaged-*.sqlite3")
        assert moved.read_bytes() == garbage  # never silently emptied
        assert library.notices == [
            f"{library_path}: the library was damaged; it was moved to {moved} and a new "
            "library was started"
        ]
        assert [s.id for s in library.list_articles()] == [1]


def _damage_pages(path: Path) -> bytes:
    """Overwrite every page but the first (the header and the schema) with noise."""
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for offset in range(page, len(data), 7):
        data[offset] = (offset * 131) % 251
    path.write_bytes(bytes(data))
    return bytes(data)


def test_a_damaged_library_is_moved_aside_when_an_operation_meets_the_damage(
    library_path: Path, seed_file: Path
) -> None:
    with Library.open() as library:
        library.import_file(seed_file)
    _single_file(library_path)
    damaged = _damage_pages(library_path)
    with Library.open() as library:
        hits = library.search("知识产权")
        summaries = library.list_articles()
        (moved,) = library_path.parent.glob("library-damaged-*.sqlite3")
        assert moved.read_bytes() == damaged
        assert len(library.notices) == 1 and str(moved) in library.notices[0]
        assert [s.id for s in summaries] == [1]  # the new library: the bundled article
        assert {h.article_id for h in hits} <= {1}


def test_the_command_line_reports_a_damaged_library(
    library_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library_path.parent.mkdir(parents=True)
    library_path.write_bytes(b"\x00garbage" * 1000)
    assert main(["library", "list"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("1\t") and "the library was damaged; it was moved to" in err


def test_a_data_folder_that_cannot_be_made_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    assert main(["library", "list"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"wocdesk: {blocker / 'wocdesk'}: the folder for the library cannot")
    assert err.count("\n") == 1


def _damage_root_page(path: Path, table: str) -> bytes:
    """Overwrite the first page of ``table`` with noise; return the file's new bytes."""
    with sqlite3.connect(path) as db:
        query = "SELECT rootpage FROM sqlite_master WHERE name = ?"
        (root,) = db.execute(query, (table,)).fetchone()
        page = db.execute("PRAGMA page_size").fetchone()[0]
    db.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * page : root * page] = bytes([0x5A]) * page
    path.write_bytes(bytes(data))
    return bytes(data)


def test_damage_met_by_a_search_is_moved_aside_then_the_search_runs_anew(
    library_path: Path, seed_file: Path
) -> None:
    with Library.open() as library:
        library.import_file(seed_file)
    _single_file(library_path)
    with sqlite3.connect(library_path) as db:
        (root,) = db.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'passage_index_data'"
        ).fetchone()
        page = db.execute("PRAGMA page_size").fetchone()[0]
    db.close()
    data = bytearray(library_path.read_bytes())
    data[(root - 1) * page : root * page] = bytes([0x5A]) * page
    library_path.write_bytes(bytes(data))
    with Library.open() as library:
        assert library.notices == []  # opening reads no index page
        assert len(library.list_articles()) == 2
        hits = library.search("知识产权")
        assert len(library.notices) == 1 and "was damaged" in library.notices[0]
        assert {h.article_id for h in hits} == {1}  # found again, in the new library
        (moved,) = library_path.parent.glob("library-damaged-*.sqlite3")
        assert moved.read_bytes() == bytes(data)


@pytest.mark.parametrize("table", ["articles", "passages", "passage_index_data"])
def test_damage_in_any_table_is_moved_aside_when_met(
    library_path: Path, seed_file: Path, table: str
) -> None:
    with Library.open() as library:
        library.import_file(seed_file)
    _single_file(library_path)
    damaged = _damage_root_page(library_path, table)
    with Library.open() as library:
        library.list_articles()
        library.search("知识产权")
        assert len(library.notices) == 1 and "was damaged" in library.notices[0]
        assert [s.id for s in library.list_articles()] == [1]
    (moved,) = library_path.parent.glob("library-damaged-*.sqlite3")
    assert moved.read_bytes() == damaged
