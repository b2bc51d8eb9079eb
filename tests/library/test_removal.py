"""Removing an article so that it can be put back whole (undo), from any schema version."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from tests.library.conftest import make_docx
from wocdesk.briefing.keypoints import mark, mark_sentence
from wocdesk.library import rows as stored_rows
from wocdesk.library import search as search_module
from wocdesk.library.errors import LibraryError
from wocdesk.library.models import Place
from wocdesk.library.schema import MIGRATIONS, SCHEMA_VERSION, migrate, user_version
from wocdesk.library.sources import read_source
from wocdesk.library.store import Library
from wocdesk.library.study_data import VocabularyEntry
from wocdesk.model.text import BiText, DisplayMode


def _dump(library: Library) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table but the search index's, sorted; passages without their rowid."""

    def read(db: sqlite3.Connection) -> dict[str, list[tuple[Any, ...]]]:
        tables = db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'passage_index%' ORDER BY name"
        ).fetchall()
        found = {}
        for (table,) in tables:
            columns = "article, position, section, id, zh, en" if table == "passages" else "*"
            rows = db.execute(f"SELECT {columns} FROM {table}").fetchall()
            found[table] = sorted(rows, key=repr)
        return found

    return library.run(read)


def _index_is_whole(library: Library) -> None:
    def check(db: sqlite3.Connection) -> None:
        db.execute("INSERT INTO passage_index(passage_index) VALUES ('integrity-check')")
        indexed = db.execute("SELECT rowid FROM passage_index ORDER BY rowid").fetchall()
        assert indexed == db.execute("SELECT rowid FROM passages ORDER BY rowid").fetchall()

    library.run(check, write=True)


def _study(library: Library, article_id: int) -> tuple[int, int]:
    """A place, an outline, key points in a group and two saved words for the article."""
    library.set_place(article_id, Place("p-5", 120, DisplayMode.ZH_EN, 2))
    library.outlines.set(article_id, 'name = "mine"\n')
    article = library.article(article_id)
    store = library.key_points(article_id)
    store.add(mark_sentence(article, "p-2", "en", 0))
    _points, group = store.add_group(BiText(zh="要点", en="Points"))
    store.add(mark(article, "p-3", "zh", 0, 5, taken=["kp-1"]), index=0)
    store.update("kp-1", group=group.id)
    first = library.vocabulary.add(VocabularyEntry("创新", article_id=article_id, passage_id="p-2"))
    second = library.vocabulary.add(VocabularyEntry("专利", article_id=article_id))
    library.vocabulary.add(VocabularyEntry("能力", article_id=1))  # another article's word
    return first, second


def test_an_article_put_back_is_whole_again(
    library: Library, seed_file: Path, tmp_path: Path
) -> None:
    article_id = library.import_file(seed_file).article_id or 0
    library.import_file(make_docx(tmp_path / "later.docx"))  # its passages come after
    _study(library, article_id)
    before = _dump(library)
    summary = library.summary(article_id)
    points = library.key_points(article_id).load()
    hits = library.search("知识产权", article_id=article_id)
    assert hits

    removed = library.take_out(article_id)
    assert removed.summary == summary
    assert article_id not in [s.id for s in library.list_articles()]
    assert library.search("知识产权", article_id=article_id) == []
    assert {e.word: e.article_id for e in library.vocabulary.entries()} == {
        "创新": None,
        "专利": None,
        "能力": 1,
    }

    assert library.put_back(removed) == article_id
    assert _dump(library) == before
    assert library.summary(article_id) == summary  # its place and progress too
    assert library.key_points(article_id).load() == points
    assert library.search("知识产权", article_id=article_id) == hits
    assert library.article(article_id) == read_source(seed_file).article
    _index_is_whole(library)


def test_a_word_deleted_meanwhile_stays_deleted(library: Library, seed_file: Path) -> None:
    article_id = library.import_file(seed_file).article_id or 0
    first, second = _study(library, article_id)
    removed = library.take_out(article_id)
    library.vocabulary.remove(first)
    library.put_back(removed)
    assert [e.id for e in library.vocabulary.entries(article_id=article_id)] == [second]


def test_putting_back_is_all_or_nothing(library: Library, seed_file: Path) -> None:
    article_id = library.import_file(seed_file).article_id or 0
    _study(library, article_id)
    before = _dump(library)
    removed = library.take_out(article_id)
    after = _dump(library)
    library.connection.execute(
        "CREATE TEMP TRIGGER fail_late BEFORE INSERT ON key_point_groups "
        "BEGIN SELECT RAISE(ABORT, 'the disk is full'); END"
    )
    with pytest.raises(LibraryError, match="the disk is full"):
        library.put_back(removed)
    assert _dump(library) == after  # not a passage, not a word's link
    library.connection.execute("DROP TRIGGER fail_late")
    assert library.put_back(removed) == article_id
    assert _dump(library) == before


def test_an_id_taken_meanwhile_gives_the_article_a_new_one(
    library: Library, seed_file: Path, tmp_path: Path
) -> None:
    article_id = library.import_file(seed_file).article_id or 0
    _study(library, article_id)
    removed = library.take_out(article_id)
    with Library.open(tmp_path / "started-anew.sqlite3") as fresh:
        taken = fresh.import_file(make_docx(tmp_path / "other.docx")).article_id
        assert taken == article_id
        new_id = fresh.put_back(removed)
        assert new_id not in (None, article_id)
        assert fresh.article(new_id) == read_source(seed_file).article
        assert fresh.place(new_id) == Place("p-5", 120, DisplayMode.ZH_EN, 2)
        assert len(fresh.key_points(new_id).load().points) == 2
        assert fresh.outlines.of(new_id) == 'name = "mine"\n'
        assert fresh.summary(taken).title != fresh.summary(new_id).title
        _index_is_whole(fresh)


def test_the_bundled_article_is_never_taken_out(library: Library) -> None:
    with pytest.raises(LibraryError, match="the bundled article always stays"):
        library.take_out(1)
    with pytest.raises(LibraryError, match="99: no such article"):
        library.take_out(99)
    assert [s.id for s in library.list_articles()] == [1]


def _library_at(path: Path, version: int, seed_file: Path) -> None:
    """A library as wocdesk left it at schema ``version``, with an article and a saved word."""
    db = sqlite3.connect(path, isolation_level=None)
    db.create_function("wocdesk_index_text", 1, search_module.index_text, deterministic=True)
    migrate(db, MIGRATIONS[:version])
    if version:
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("BEGIN")
        article_id = stored_rows.insert(db, read_source(seed_file).article, "imported", "txt", "h")
        db.execute(
            "INSERT INTO places (article, passage_id, mode, updated) VALUES (?, 'p-3', '', 'x')",
            (article_id,),
        )
        db.execute(
            "INSERT INTO vocabulary (word, article, created) VALUES ('创新', ?, 'x')",
            (article_id,),
        )
        db.execute("COMMIT")
    db.close()


@pytest.mark.parametrize("version", range(SCHEMA_VERSION))
def test_a_library_of_any_older_version_is_brought_up_to_date_and_removes_whole(
    tmp_path: Path, seed_file: Path, version: int
) -> None:
    path = tmp_path / f"version-{version}.sqlite3"
    _library_at(path, version, seed_file)
    with Library.open(path) as library:
        assert user_version(library.connection) == SCHEMA_VERSION
        ids = [s.id for s in library.list_articles()]
        assert len(ids) == (2 if version else 1)  # its own article (first), the bundled one
        article_id = ids[0] if version else library.import_file(seed_file).article_id or 0
        assert library.search("知识产权", article_id=article_id)
        before = _dump(library)
        hits = library.search("知识产权", article_id=article_id)
        library.put_back(library.take_out(article_id))
        assert _dump(library) == before
        assert library.search("知识产权", article_id=article_id) == hits
        _index_is_whole(library)
