"""Slide edits as data (kinds, key points in and out) and the number grid's reading of numbers."""

from __future__ import annotations

import pytest

from wocdesk.briefing.keypoints import KeyPoint, KeyPoints
from wocdesk.deck.outlines.outline import outline_from_data
from wocdesk.ui.outline.panel.number_grid import parse_number, parse_rows
from wocdesk.ui.outline.slide_edits import (
    EDITABLE_KINDS,
    add_point,
    convert,
    kinds_for,
    remove_points,
)


def _points(article, *passages):  # type: ignore[no-untyped-def]
    return KeyPoints(
        article.id,
        tuple(KeyPoint(f"kp-{n}", pid, "en", 0, 5) for n, pid in enumerate(passages, 1)),
    )


def test_cards_are_offered_only_for_articles_with_highlights(article, seed_article) -> None:
    assert set(kinds_for(article)) == set(EDITABLE_KINDS)
    offered = kinds_for(seed_article)
    assert {"waves", "trends", "keys", "trend"}.isdisjoint(offered)
    assert {"cover", "points", "quote", "chart", "table"} <= set(offered)


@pytest.mark.parametrize("kind", EDITABLE_KINDS)
def test_every_kind_a_points_slide_becomes_is_a_valid_slide(article, kind) -> None:
    slide = {"kind": "points", "title": {"en": "Mine"}, "items": [{"passage": "p-event"}]}
    new = convert(slide, kind, article, KeyPoints(article.id), "p-eastward")
    assert new["kind"] == kind and new["title"] == {"en": "Mine"}
    outline_from_data({"slides": [new]}, "t.toml")  # raises if the slide is not valid
    if kind == "quote":
        assert new["quote"] == {"passage": "p-event"}  # the passage it showed
    if kind in ("chart", "table"):
        assert new["data"]["labels"]


def test_a_points_slide_keeps_its_entries_through_a_table_and_back(article) -> None:
    slide = {"kind": "points", "items": [{"point": "kp-1"}]}
    points = _points(article, "p-enterprise")
    quote = convert(slide, "quote", article, points, "p-event")
    assert quote["quote"] == {"passage": "p-enterprise"}
    chart = convert(
        {"kind": "table", "data": {"labels": ["a"], "values": [2]}},
        "chart",
        article,
        points,
        "p-event",
    )
    assert chart["data"] == {"labels": ["a"], "values": [2]}


def test_a_new_point_replaces_the_extracts_of_its_section_then_joins_its_points(seed_article):
    passages = [p.id for p in seed_article.passages()]
    section = seed_article.section_of(passages[0])
    slides = [
        {"kind": "cover"},
        {"kind": "points", "items": [{"passage": passages[0]}, {"passage": passages[1]}]},
        {"kind": "credits"},
    ]
    points = _points(seed_article, passages[2], passages[3])
    add_point(slides, "kp-1", seed_article, points)
    assert slides[1]["items"] == [{"point": "kp-1"}]
    add_point(slides, "kp-2", seed_article, points)
    assert slides[1]["items"] == [{"point": "kp-1"}, {"point": "kp-2"}]
    assert seed_article.section_of(passages[3]).id == section.id


def test_a_point_of_a_section_without_a_slide_gets_one_before_the_credits(seed_article):
    other = seed_article.sections[-1]
    slides = [{"kind": "cover"}, {"kind": "agenda", "items": ["x"]}, {"kind": "credits"}]
    points = _points(seed_article, other.passages[0].id)
    add_point(slides, "kp-1", seed_article, points)
    assert [s["kind"] for s in slides] == ["cover", "agenda", "points", "credits"]
    assert slides[2]["title"]["en"] == other.title.en


def test_removed_points_leave_their_slides_and_empty_slides_go(seed_article) -> None:
    slides = [
        {"kind": "points", "items": [{"point": "kp-1"}, {"point": "kp-2"}]},
        {"kind": "points", "items": [{"point": "kp-3"}]},
    ]
    remove_points(slides, ["kp-2", "kp-3"])
    assert slides == [{"kind": "points", "items": [{"point": "kp-1"}]}]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("1,234.5", (1234.5, False)),
        ("70%", (70.0, True)),
        (" ５０％ ", (50.0, True)),
        ("-3", (-3.0, False)),
        ("1 000", (1000.0, False)),
        ("lots", None),
        ("", None),
    ],
)
def test_numbers_are_read_as_a_spreadsheet_writes_them(text, number) -> None:
    assert parse_number(text) == number


def test_pasted_rows_are_split_at_tabs_and_blank_lines_dropped() -> None:
    assert parse_rows("a\t1\r\n\r\nb\t2\n") == [["a", "1"], ["b", "2"]]


def test_the_grid_takes_three_columns_as_chinese_english_value(qtbot) -> None:
    from wocdesk.ui.outline.panel.number_grid import NumberGrid

    grid = NumberGrid()
    qtbot.addWidget(grid)
    grid.paste_text("亚洲\tAsia\t70\n欧洲\tEurope\t12.5\n")
    assert grid.data() == {
        "labels": [{"zh": "亚洲", "en": "Asia"}, {"zh": "欧洲", "en": "Europe"}],
        "values": [70, 12.5],
        "unit": "count",
    }
    grid.caption.set_value({"en": "Share"})
    grid.table.setCurrentCell(1, 0)
    grid.paste_text("Africa\t3\n")  # from the current row on
    data = grid.data()
    assert data is not None and data["labels"][1] == "Africa" and data["values"] == [70, 3]
    assert data["caption"] == {"en": "Share"}
