"""The library's store: the bundled article, round trips, duplicates, removal, places, listing."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from pathlib import Path

import pytest

import wocdesk
from tests.library.conftest import make_docx
from wocdesk.library.errors import LibraryError
from wocdesk.library.models import Duplicate, Place
from wocdesk.library.sources import Imported, ImportReport, read_source
from wocdesk.library.store import Library
from wocdesk.model.article import Article, Section
from wocdesk.model.text import BiText, DisplayMode


def _imported(article: Article, digest: str = "x" * 64) -> Imported:
    report = ImportReport("made.toml", "toml", len(article.sections), 0, 0, 0)
    return Imported(article, report, digest)


def _counts(path: Path) -> tuple[int, int, int]:
    with sqlite3.connect(path) as db:
        return (
            db.execute("SELECT count(*) FROM articles").fetchone()[0],
            db.execute("SELECT count(*) FROM passages").fetchone()[0],
            db.execute("SELECT count(*) FROM passage_index").fetchone()[0],
        )


def test_a_new_library_holds_the_bundled_article_as_it_is(library: Library, article) -> None:  # type: ignore[no-untyped-def]
    (summary,) = library.list_articles()
    assert summary.bundled and summary.id == 1
    assert summary.title == article.title and summary.date == dt.date(2024, 2, 23)
    assert summary.passages == 10 and summary.sections == 7
    assert library.article(1) == article


def test_the_database_is_in_the_data_folder_in_wal_mode(
    library: Library, library_path: Path
) -> None:
    assert library_path.is_file()
    with sqlite3.connect(library_path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_the_bundled_article_cannot_be_removed(library: Library) -> None:
    with pytest.raises(LibraryError, match="the bundled article always stays"):
        library.remove(1)
    assert [s.id for s in library.list_articles()] == [1]


def test_a_changed_bundled_article_is_refreshed_in_place(library_path: Path, article) -> None:  # type: ignore[no-untyped-def]
    Library.open().close()
    with sqlite3.connect(library_path) as db:
        db.execute("UPDATE articles SET content_hash = 'old', title_en = 'Old' WHERE id = 1")
        db.execute("DELETE FROM passages WHERE article = 1 AND position > 3")
    with Library.open() as library:
        assert library.article(1) == article
        assert [s.id for s in library.list_articles()] == [1]


def test_an_article_round_trips_with_nested_levels_and_everything_else(
    library: Library,
    article,  # type: ignore[no-untyped-def]
) -> None:
    nested = dataclasses.replace(
        article,
        id="nested",
        sections=tuple(
            dataclasses.replace(section, level=1 + n % 3)
            for n, section in enumerate(article.sections)
        ),
    )
    outcome = library.add(_imported(nested))
    assert outcome.status == "added"
    stored = library.article(outcome.article_id or 0)
    assert stored == nested
    assert [s.level for s in stored.sections] == [1, 2, 3, 1, 2, 3, 1]
    assert stored.figures == article.figures and stored.trends == article.trends


def test_odd_characters_are_kept_verbatim(library: Library) -> None:
    odd = "引号“”,ASCII逗号, 全角，emoji 🧪, 𠀀 (a CJK extension B character), tab\there"
    article = Article(
        id="odd",
        title=BiText(zh="怪字", en="Odd"),
        event=wocdesk.load_article().event,
        sections=(
            Section(
                "s",
                BiText(zh="节", en="Part"),
                (wocdesk.model.Passage("p", BiText(zh=odd, en="’quotes’ — dash"), "s"),),
            ),
        ),
    )
    stored = library.article(library.add(_imported(article)).article_id or 0)
    assert stored == article
    assert next(stored.passages()).zh == odd


def test_the_same_file_twice_is_recognised_then_replaced_or_kept(
    library: Library, seed_file: Path
) -> None:
    first = library.import_file(seed_file)
    assert first.status == "added" and first.article_id == 2
    again = library.import_file(seed_file)
    assert again.status == "duplicate" and again.article_id is None
    assert [d.id for d in again.duplicates] == [2]
    assert len(library.list_articles()) == 2
    library.set_place(2, Place("p-3", 40, DisplayMode.EN, 2))
    replaced = library.import_file(seed_file, Duplicate.REPLACE)
    assert (replaced.status, replaced.article_id) == ("replaced", 2)
    assert library.place(2) == Place("p-3", 40, DisplayMode.EN, 2)  # the place survives
    both = library.import_file(seed_file, Duplicate.KEEP_BOTH)
    assert (both.status, both.article_id) == ("added", 3)
    assert library.article(3) == dataclasses.replace(library.article(2))
    assert [d.id for d in library.duplicates(read_source(seed_file).content_hash)] == [2, 3]


def test_removing_takes_the_passages_index_place_and_notes_with_it(
    library: Library, seed_file: Path, library_path: Path
) -> None:
    before = _counts(library_path)
    article_id = library.import_file(seed_file).article_id or 0
    library.set_place(article_id, Place("p-2"))
    library.outlines.set(article_id, 'name = "mine"\n')
    from wocdesk.briefing.keypoints import mark
    from wocdesk.library.study_data import VocabularyEntry

    library.key_points(article_id).add(mark(library.article(article_id), "p-2", "zh", 0, 5))
    word = library.vocabulary.add(VocabularyEntry("创新", "chuàngxīn", article_id=article_id))
    assert library.search("知识产权", article_id=article_id)
    removed = library.remove(article_id)
    assert removed.id == article_id
    assert _counts(library_path) == before
    assert library.search("知识产权", article_id=article_id) == []
    assert library.outlines.of(article_id) is None
    with sqlite3.connect(library_path) as db:
        assert db.execute("SELECT count(*) FROM key_points").fetchone() == (0,)
    (kept,) = library.vocabulary.entries()
    assert (kept.id, kept.word, kept.article_id) == (word, "创新", None)
    with pytest.raises(LibraryError, match=f"{article_id}: no such article") as gone:
        library.article(article_id)
    # said as it is in the window; only the command line adds the command that lists them
    assert "wocdesk library list" not in str(gone.value)
    assert "wocdesk library list" in gone.value.command_hint


def test_places_progress_and_recent(library: Library, seed_file: Path, tmp_path: Path) -> None:
    second = library.import_file(seed_file).article_id or 0
    third = library.import_file(make_docx(tmp_path / "post.docx")).article_id or 0
    assert library.place(second) is None and library.recent() == []
    library.set_place(second, Place("p-5", 120, DisplayMode.ZH_EN, -2))
    library.set_place(third, Place("p-1"))
    assert library.place(second) == Place("p-5", 120, DisplayMode.ZH_EN, -2)
    assert [s.id for s in library.recent()] == [third, second]
    summaries = {s.id: s for s in library.list_articles()}
    assert summaries[second].progress == pytest.approx(5 / 10)
    assert summaries[third].progress == pytest.approx(1 / 5)
    assert summaries[1].progress == 0.0
    assert summaries[third].file_name == "post.docx" and summaries[third].kind == "docx"
    with pytest.raises(LibraryError):
        library.set_place(99, Place("p-1"))


def test_a_bad_stored_mode_is_ignored(library: Library, library_path: Path) -> None:
    library.set_place(1, Place("p-event", 0, DisplayMode.ZH))
    with sqlite3.connect(library_path) as db:
        db.execute("UPDATE places SET mode = 'sideways'")
    assert library.place(1) == Place("p-event", 0, None, 0)


def test_rename_changes_the_title_in_the_list_and_the_article(
    library: Library, seed_file: Path
) -> None:
    article_id = library.import_file(seed_file).article_id or 0
    library.rename(article_id, BiText(zh="我的文章", en="My article"))
    assert library.summary(article_id).title == BiText(zh="我的文章", en="My article")
    assert library.article(article_id).title.en == "My article"
    with pytest.raises(LibraryError):
        library.rename(article_id, BiText(zh=" "))


def test_key_points_are_the_briefings_store_in_the_library(library: Library, article) -> None:  # type: ignore[no-untyped-def]
    from wocdesk.briefing.keypoints import KeyPoints, mark, mark_sentence
    from wocdesk.briefing.store import KeyPointStore

    store = library.key_points(1)
    assert isinstance(store, KeyPointStore)
    assert store.load() == KeyPoints("frontier-tech-china-practice")
    first = mark_sentence(article, "p-keys", "en", 0)
    store.add(first)
    _points, group = store.add_group(BiText(zh="五把钥匙", en="Five keys"))
    second = mark(article, "p-eastward", "zh", 3, 20, taken=["kp-1"], title=BiText(en="East"))
    store.add(second, index=0)
    store.update("kp-1", group=group.id)
    loaded = library.key_points(1).load()  # a new store reads what the first one saved
    assert [p.id for p in loaded.points] == ["kp-2", "kp-1"]
    assert loaded.point("kp-1").group == group.id and loaded.groups == (group,)
    assert loaded.point("kp-2") == second
    assert loaded.point("kp-1").text == first.text
    store.remove_group(group.id)
    store.remove("kp-2")
    assert [p.id for p in library.key_points(1).load().points] == ["kp-1"]


def test_outlines_and_vocabulary(library: Library) -> None:
    from wocdesk.library.study_data import VocabularyEntry

    assert library.outlines.of(1) is None
    library.outlines.set(1, 'name = "mine"\n')
    library.outlines.set(1, 'name = "mine, edited"\n')
    assert library.outlines.of(1) == 'name = "mine, edited"\n'
    library.outlines.clear(1)
    assert library.outlines.of(1) is None
    entry = VocabularyEntry(
        "知识产权",
        "zhī shi chǎn quán",
        ("intellectual property",),
        BiText(zh="探讨知识产权助力创新驱动发展。", en="the role of intellectual property"),
        1,
        "p-event",
    )
    first = library.vocabulary.add(entry)
    second = library.vocabulary.add(VocabularyEntry("创新", senses=("innovation", "to innovate")))
    (stored, other) = library.vocabulary.entries()
    assert stored.id == first and stored.created is not None
    assert dataclasses.replace(stored, id=None, created=None) == entry
    assert other.senses == ("innovation", "to innovate") and other.article_id is None
    assert [e.id for e in library.vocabulary.entries(article_id=1)] == [first]
    library.vocabulary.remove(second)
    assert [e.id for e in library.vocabulary.entries()] == [first]
