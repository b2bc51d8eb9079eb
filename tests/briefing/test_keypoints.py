"""Key points as data: marking spans, the source's own words, re-anchoring, and the store."""

from __future__ import annotations

import os
import threading
from dataclasses import replace
from pathlib import Path

import pytest

from wocdesk.briefing.keypoints import (
    KeyPoints,
    SpanError,
    anchor,
    mark,
    mark_sentence,
    problems,
    shown_words,
    source_words,
    usable,
)
from wocdesk.briefing.store import (
    KeyPointError,
    KeyPointStore,
    SideFileStore,
    key_points_of,
    key_points_toml,
    parse_key_points,
    side_file,
    store_for,
)
from wocdesk.content.article_file.loader import parse_article
from wocdesk.model import BiText


def test_a_sentence_is_marked_with_its_offsets_and_words(imported) -> None:  # type: ignore[no-untyped-def]
    point = mark_sentence(imported, "p-3", "en", 1)
    text = imported.passage("p-3").en
    assert text[point.start : point.end] == point.text
    assert point.text.startswith("The first trend is the eastward shift")
    assert point.id == "kp-1"
    assert mark_sentence(imported, "p-3", "en", 0, taken=["kp-1"]).id == "kp-2"


def test_the_source_words_in_the_other_language_are_the_sentence_at_the_same_place(
    imported,
) -> None:  # type: ignore[no-untyped-def]
    point = mark_sentence(imported, "p-3", "zh", 1)  # 第一个趋势是创新中心东移(Eastward)。
    words = source_words(point, imported)
    assert words.zh == "第一个趋势是创新中心东移(Eastward)。"
    assert words.en is not None and words.en.startswith("The first trend")
    shown, verbatim = shown_words(point, imported)
    assert shown == words and verbatim == ("zh", "en")


def test_a_title_replaces_the_source_words_in_its_language_only(imported) -> None:  # type: ignore[no-untyped-def]
    point = mark_sentence(imported, "p-3", "en", 1)
    point = replace(point, title=BiText(en="Innovation moves east"))
    shown, verbatim = shown_words(point, imported)
    assert shown.en == "Innovation moves east"
    assert shown.zh == "第一个趋势是创新中心东移(Eastward)。"
    assert verbatim == ("zh",)


def test_bad_spans_are_refused(imported) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SpanError):
        mark(imported, "p-3", "en", 10, 5)
    with pytest.raises(SpanError):
        mark(imported, "p-3", "en", 0, 100_000)
    with pytest.raises(SpanError):
        mark(imported, "p-9", "en", 0, 3)  # a Chinese-only line
    with pytest.raises(KeyError):
        mark(imported, "p-nope", "en", 0, 3)
    with pytest.raises(SpanError):
        mark_sentence(imported, "p-3", "en", 99)


def test_points_follow_their_words_when_the_text_changes(imported) -> None:  # type: ignore[no-untyped-def]
    point = mark_sentence(imported, "p-3", "en", 1)
    source = Path(imported.path).read_text(encoding="utf-8")
    edited = source.replace("Liu Hua pointed out", "As she said, Liu Hua pointed out", 1)
    changed = parse_article(edited, imported.path)
    moved = anchor(point, changed)
    assert moved is not None and moved.start == point.start + len("As she said, ")
    assert changed.passage("p-3").en[moved.start : moved.end] == point.text
    gone = parse_article(source.replace("The first trend is", "Trend one is", 1), imported.path)
    assert anchor(point, gone) is None
    points = KeyPoints(imported.id, (point,))
    assert problems(points, gone) == ["key point 'kp-1': its words are no longer in 'p-3'"]
    assert usable(points, gone).points == ()


def test_store_add_move_update_remove_and_groups(imported) -> None:  # type: ignore[no-untyped-def]
    store = store_for(imported)
    assert isinstance(store, KeyPointStore)
    assert isinstance(store, SideFileStore) and store.path == side_file(imported.path)
    assert (
        store.path.name == "seed.keypoints.toml" and store.path.parent == Path(imported.path).parent
    )
    assert store.load() == KeyPoints(imported.id)
    first = mark_sentence(imported, "p-3", "en", 1)
    second = mark_sentence(imported, "p-4", "en", 0)
    store.add(first)
    points = store.add(second)  # the same id "kp-1": a fresh one is given
    assert [p.id for p in points.points] == ["kp-1", "kp-2"]
    assert store.move("kp-2", 0).points[0].id == "kp-2"
    points, group = store.add_group(BiText("交流", "Exchange"))
    store.update("kp-1", title=BiText(en="East"), group=group.id)
    loaded = key_points_of(imported)
    assert loaded.point("kp-1").title == BiText(en="East")
    assert loaded.in_group(group.id) == (loaded.point("kp-1"),)
    assert [p.id for p in loaded.points] == ["kp-2", "kp-1"]
    assert store.remove_group(group.id).point("kp-1").group is None
    assert [p.id for p in store.remove("kp-2").points] == ["kp-1"]
    with pytest.raises(KeyError):
        store.remove("kp-2")
    with pytest.raises(KeyError):
        store.update("kp-1", group="g-404")
    assert not [p for p in store.path.parent.iterdir() if p.name.endswith(".part")]


def test_a_store_says_cheaply_whether_it_holds_anything(imported, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from wocdesk.library.store import Library

    store = store_for(imported)
    assert store.is_empty() and not store.path.exists()
    store.add(mark_sentence(imported, "p-3", "en", 1))
    assert not store.is_empty()
    store.remove("kp-1")
    assert not store.is_empty()  # a file is there: load() tells what it holds (nothing)
    assert store.load() == KeyPoints(imported.id)
    folder_in_the_way = SideFileStore(store.path / "below.keypoints.toml", imported.id)
    assert not folder_in_the_way.is_empty()  # not simply missing: load() says what is wrong
    library = Library.open(tmp_path / "library.sqlite3")  # the library's store: the same answers
    try:
        in_library = library.key_points(1)  # the bundled article
        assert in_library.is_empty()
        in_library.add(mark_sentence(library.article(1), "p-keys", "en", 0))
        assert not in_library.is_empty()
    finally:
        library.close()


def test_the_file_round_trips_and_is_readable(imported) -> None:  # type: ignore[no-untyped-def]
    point = replace(
        mark_sentence(imported, "p-8", "zh", 0), title=BiText("金钥匙", 'Five "keys"'), group="g-1"
    )
    from wocdesk.briefing.keypoints import PointGroup

    points = KeyPoints(imported.id, (point,), (PointGroup("g-1", BiText("钥匙", "Keys")),))
    text = key_points_toml(points)
    assert 'title = { zh = "金钥匙", en = "Five \\"keys\\"" }' in text
    assert parse_key_points(text, "x.toml", imported.id) == points


def test_the_bundled_article_keeps_its_points_in_the_data_folder(article, private_data) -> None:  # type: ignore[no-untyped-def]
    store = store_for(article)
    assert isinstance(store, SideFileStore)
    assert store.path.parent == private_data / "wocdesk" / "keypoints"
    store.add(mark_sentence(article, "p-keys", "en", 2))
    assert key_points_of(article).points[0].text.startswith("As WIPO’s arm in China")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("points = [", "x.keypoints.toml: not valid TOML"),
        ("format = 2", "x.keypoints.toml: format: format 2 is not supported"),
        (
            '[[points]]\nid = "a"\npassage = "p-1"\nlang = "fr"\nstart = 0\nend = 3',
            "points[1].lang: expected zh or en",
        ),
        (
            '[[points]]\nid = "a"\npassage = "p-1"\nlang = "en"\nstart = 4\nend = 3',
            "points[1].end: must be after start",
        ),
        (
            '[[points]]\nid = "a"\npassage = "p-1"\nlang = "en"\nstart = true\nend = 3',
            "points[1].start: expected a whole number",
        ),
        (
            '[[points]]\nid = ["a"]\npassage = "p-1"\nlang = "en"\nstart = 0\nend = 3',
            "points[1].id: expected an id",
        ),
        (
            '[[points]]\nid = "a"\npassage = "p-1"\nlang = "en"\nstart = 0\nend = 3\ngroup = "g"',
            "points[1].group: no group 'g'",
        ),
        (
            '[[points]]\nid = "a"\npassage = "p-1"\nlang = "en"\nstart = 0\nend = 3\ntitle = 5',
            "points[1].title: expected a table",
        ),
        ("points = " + "[" * 5000 + "]" * 5000, "nested too deeply"),
    ],
)
def test_a_broken_file_is_one_line(text: str, message: str) -> None:
    with pytest.raises(KeyPointError) as info:
        parse_key_points(text, "x.keypoints.toml", "a")
    assert message in str(info.value)
    assert "\n" not in str(info.value) and len(str(info.value)) < 300


def test_a_fifo_as_the_key_point_file_is_refused_without_hanging(imported) -> None:  # type: ignore[no-untyped-def]
    path = side_file(imported.path)
    os.mkfifo(path)
    result: list[BaseException | KeyPoints] = []
    thread = threading.Thread(target=lambda: result.append(_load(imported)), daemon=True)
    thread.start()
    thread.join(5)
    assert not thread.is_alive(), "reading a FIFO hung"
    assert isinstance(result[0], KeyPointError)
    assert "not a regular file" in str(result[0])


def _load(article):  # type: ignore[no-untyped-def]
    try:
        return key_points_of(article)
    except KeyPointError as exc:
        return exc


def test_a_file_changed_by_hand_is_read_again(imported) -> None:  # type: ignore[no-untyped-def]
    store = store_for(imported)
    store.add(mark_sentence(imported, "p-3", "en", 1))
    assert key_points_of(imported).point("kp-1").title == BiText()
    text = store.path.read_text(encoding="utf-8")
    store.path.write_text(text + 'title = { en = "Edited by hand" }\n', encoding="utf-8")
    assert key_points_of(imported).point("kp-1").title == BiText(en="Edited by hand")
