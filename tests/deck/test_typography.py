"""Chinese on slides: full-width punctuation, even spacing, balanced last lines; ours too."""

from __future__ import annotations

import re
import tomllib

import pytest

from wocdesk.deck.layout.measure import break_balanced, break_lines
from wocdesk.deck.layout.typeset import full_width
from wocdesk.deck.model import TableBox, TextBox
from wocdesk.resources import slides_dir

ASCII_NEXT_TO_CHINESE = re.compile(r"[\u4e00-\u9fff][,:;()?]|[,:;()?][\u4e00-\u9fff]")


def _strings(value):  # type: ignore[no-untyped-def]
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


@pytest.mark.parametrize("path", sorted(slides_dir().glob("*.toml")), ids=lambda p: p.name)
def test_our_chinese_in_outlines_uses_full_width_punctuation(path) -> None:  # type: ignore[no-untyped-def]
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    bad = [s for s in _strings(data) if ASCII_NEXT_TO_CHINESE.search(s)]
    assert not bad, f"{path.name}: ASCII punctuation next to Chinese: {bad}"


def test_the_check_finds_ascii_punctuation() -> None:
    assert ASCII_NEXT_TO_CHINESE.search("背景:两大创新浪潮")
    assert ASCII_NEXT_TO_CHINESE.search("概述为本工具所加,非原文。")
    assert not ASCII_NEXT_TO_CHINESE.search("背景：两大创新浪潮")


@pytest.mark.parametrize(
    ("publisher", "slide"),
    [
        ("带动,亚洲", "带动，亚洲"),
        ("微信公众号: WIPO中国 ,如有", "微信公众号：WIPO中国，如有"),
        ("创新中心东移(Eastward)。", "创新中心东移（Eastward）。"),
        ("全球总量的70%,10年前是60%", "全球总量的70%，10年前是60%"),
        ("东京-横滨", "东京－横滨"),
        ("中国企业的表现如何?世界", "中国企业的表现如何？世界"),
        ("1,000元 10:30", "1,000元 10:30"),  # a number's own separators stay
        ("Tokyo-Yokohama, Seoul (Korea)", "Tokyo-Yokohama, Seoul (Korea)"),  # English untouched
    ],
)
def test_publisher_punctuation_is_full_width_on_slides(publisher: str, slide: str) -> None:
    assert full_width(publisher) == slide


def test_slides_full_width_notes_verbatim(decks, article) -> None:  # type: ignore[no-untyped-def]
    deck = decks["zh"]
    shown = []
    for slide in deck.slides:
        for box in slide.boxes:
            if isinstance(box, TextBox):
                shown += [p.text for p in box.paragraphs if p.lang == "zh"]
            if isinstance(box, TableBox):
                shown += [p.text for r in box.rows for c in r for p in c.paragraphs]
    assert shown and not [t for t in shown if ASCII_NEXT_TO_CHINESE.search(t)]
    notes = "\n".join(s.notes for s in deck.slides)
    assert article.passage("p-eastward").zh in notes  # verbatim, ASCII commas and all


def test_no_short_last_line_when_rebalancing_can_avoid_it() -> None:
    text = (
        "第二个趋势是交流促进创新（Exchange）。"
        "企业的很多创新创造并不是独立完成的，而是与其他公司相互交流合作的成果。"
    )
    for width in range(180, 700, 9):
        plain = break_lines(text, width, 20)
        lines, measure = break_balanced(text, width, 20)
        assert len(lines) == len(plain) and "".join(lines) == "".join(plain)
        letters = sum(c.isalnum() for c in lines[-1])
        if letters <= 2 and len(lines) > 1:
            # only where no narrower measure keeps the line count
            assert measure == width
        assert measure <= width


def test_planned_chinese_paragraphs_do_not_end_in_one_or_two_characters(decks) -> None:  # type: ignore[no-untyped-def]
    for mode in ("zh", "zh-en", "en-zh"):
        for slide in decks[mode].slides:
            for box in slide.boxes:
                if not isinstance(box, TextBox):
                    continue
                for para in box.paragraphs:
                    if para.lang == "zh" and len(para.lines) > 1:
                        last = sum(c.isalnum() for c in para.lines[-1])
                        assert last > 2, (mode, slide.number, para.lines)


def test_the_mark_of_ours_stays_with_its_word(decks) -> None:  # type: ignore[no-untyped-def]
    for mode in ("zh", "en"):
        for box in decks[mode].slides[3].boxes:
            if isinstance(box, TextBox) and box.name == "card":
                for para in box.paragraphs:
                    assert "*" not in para.lines[0] or len(para.lines) == 1 or para.lines[-1] != "*"
                    assert para.lines[-1].strip() != "*"
