"""Chart and table slides of numbers typed into the outline (``data``), in the deck and the TOML."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from wocdesk.deck import plan_deck, write_pptx
from wocdesk.deck.errors import OutlineError
from wocdesk.deck.model import ChartBox, TableBox
from wocdesk.deck.outlines.outline import outline_from_data, parse_outline
from wocdesk.deck.outlines.writing import outline_toml

SALES = {
    "kind": "chart",
    "title": {"zh": "销量", "en": "Sales"},
    "data": {"labels": ["2022", {"zh": "今年", "en": "This year"}], "values": [12, 41.5]},
}
SHARES = {
    "kind": "table",
    "data": {
        "labels": ["Asia", "Europe"],
        "values": [70, 12.5],
        "unit": "percent",
        "caption": {"zh": "份额", "en": "Share"},
    },
}


def _outline():
    return outline_from_data({"slides": [SALES, SHARES]}, "mine.toml")


def test_a_chart_of_typed_numbers_is_a_native_chart(article) -> None:
    deck = plan_deck(article, _outline(), lang="zh")
    chart = next(b for b in deck.slides[0].boxes if isinstance(b, ChartBox))
    assert chart.categories == ("2022", "今年")
    assert chart.series[0].values == (12.0, 41.5)
    assert chart.number_format == "General"
    assert deck.slides[0].title == "销量"


def test_a_table_of_typed_numbers_formats_values_per_language(article) -> None:
    for lang, header, value in (("en", "Share", "12.5%"), ("zh", "份额", "12.5%")):
        deck = plan_deck(article, _outline(), lang=lang)
        table = next(b for b in deck.slides[1].boxes if isinstance(b, TableBox))
        text = [[" ".join(p.text for p in cell.paragraphs) for cell in row] for row in table.rows]
        assert text[0][1] == header
        assert text[1] == ["Asia", "70%"]
        assert text[2][1] == value


def test_typed_numbers_reach_the_pptx_chart(article, tmp_path: Path) -> None:
    written = write_pptx(plan_deck(article, _outline(), lang="en"), tmp_path / "n.pptx")
    slide = Presentation(str(written)).slides[0]
    chart = next(shape.chart for shape in slide.shapes if shape.has_chart)
    assert list(chart.plots[0].categories) == ["2022", "This year"]
    assert list(chart.plots[0].series[0].values) == [12.0, 41.5]


def test_typed_numbers_survive_the_toml_round_trip() -> None:
    again = parse_outline(outline_toml(_outline()), "again.toml")
    assert again.slides[0].keys["data"]["values"] == [12, 41.5]
    assert again.slides[1].keys["data"]["unit"] == "percent"


@pytest.mark.parametrize(
    ("slide", "line"),
    [
        ({"kind": "chart"}, "mine.toml: slide 1: figure: give either figure or data"),
        (
            {"kind": "table", "figure": "x", "data": {}},
            "mine.toml: slide 1: figure: give either figure or data",
        ),
        (
            {"kind": "chart", "data": {"labels": ["a", "b"], "values": [1]}},
            "mine.toml: slide 1: data.values: expected 2 numbers, one per label",
        ),
        (
            {"kind": "chart", "data": {"labels": ["a"], "values": [-1]}},
            "mine.toml: slide 1: data.values[1]: a chart shows numbers of 0 or more",
        ),
        (
            {"kind": "table", "data": {"labels": ["a"], "values": ["7"]}},
            "mine.toml: slide 1: data.values[1]: expected a finite number",
        ),
        (
            {"kind": "table", "data": {"labels": ["a"], "values": [1], "unit": "kg"}},
            "mine.toml: slide 1: data.unit: expected one of count, percent",
        ),
    ],
)
def test_bad_typed_numbers_are_one_line(slide, line) -> None:
    with pytest.raises(OutlineError) as caught:
        outline_from_data({"slides": [slide]}, "mine.toml")
    assert str(caught.value).startswith(line)


def test_a_table_of_typed_numbers_may_be_negative(article) -> None:
    data = {"labels": ["loss"], "values": [-3]}
    outline = outline_from_data({"slides": [{"kind": "table", "data": data}]}, "mine.toml")
    deck = plan_deck(article, outline, lang="en")
    table = next(b for b in deck.slides[0].boxes if isinstance(b, TableBox))
    assert table.rows[1][1].paragraphs[0].text == "-3"
