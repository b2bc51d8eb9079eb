"""The planner: measured line breaks with kinsoku, sizes in range, nothing outside its box."""

from __future__ import annotations

import dataclasses

import pytest

from wocdesk.deck import plan_deck
from wocdesk.deck.layout.compose import height_of
from wocdesk.deck.layout.measure import NO_END, NO_START, break_lines, text_width
from wocdesk.deck.model import ChartBox, ShapeBox, TableBox, TextBox
from wocdesk.model import DisplayMode

MODES = ("zh", "en", "zh-en", "en-zh")


def test_chinese_breaks_per_character_with_kinsoku() -> None:
    text = (
        "亚洲地区的知识产权申请量占到了全球总量的70%,10年前是60%,20年前是50%。"
        "在全球十大顶级科技集群当中,东亚独占6席。"
    )
    for width in range(60, 400, 7):
        lines = break_lines(text, width, 12)
        assert "".join(lines) == text
        for line in lines[1:]:
            assert line[0] not in NO_START, (width, lines)
        for line in lines[:-1]:
            assert line[-1] not in NO_END, (width, lines)
            assert text_width(line, 12) <= width or len(line) == 1


def test_latin_breaks_at_spaces_and_long_words_are_cut() -> None:
    lines = break_lines("policy frameworks, registries and databases", 100, 12)
    assert all(text_width(line, 12) <= 100 for line in lines)
    assert " ".join(lines) == "policy frameworks, registries and databases"
    long = "x" * 200
    cut = break_lines(long, 80, 12)
    assert "".join(cut) == long and len(cut) > 3


def test_opening_bracket_stays_with_what_follows() -> None:
    lines = break_lines("第二个趋势是交流促进创新(Exchange)。", 13 * 12.5, 12)
    assert not any(line.endswith("(") for line in lines)
    assert not any(line.startswith(("。", ")")) for line in lines[1:])


@pytest.mark.parametrize("mode", MODES)
def test_every_box_on_the_slide_and_text_within_its_box(mode, decks) -> None:  # type: ignore[no-untyped-def]
    deck = decks[mode]
    assert deck.mode == DisplayMode(mode)
    assert len(deck.slides) == 10
    for slide in deck.slides:
        texts = []
        for box in slide.boxes:
            assert box.x >= -0.01 and box.y >= -0.01, (slide.number, box.name)
            assert box.x + box.w <= 960.01 and box.y + box.h <= 540.01, (slide.number, box.name)
            if isinstance(box, TextBox):
                inner_w, inner_h = box.w - 2 * box.inset, box.h - 2 * box.inset
                assert height_of(box.paragraphs) <= inner_h + 0.01, (slide.number, box.name)
                for para in box.paragraphs:
                    assert para.lang in ("zh", "en")
                    for line in para.lines:
                        assert text_width(line, para.size, para.bold) <= inner_w, (
                            slide.number,
                            line,
                        )
                texts.append(box)
            if isinstance(box, TableBox):
                assert abs(sum(box.col_widths) - box.w) < 0.1
                assert abs(sum(box.row_heights) - box.h) < 0.1
        for i, a in enumerate(texts):
            for b in texts[i + 1 :]:
                overlap_x = min(a.x + a.w, b.x + b.w) - max(a.x, b.x)
                overlap_y = min(a.y + a.h, b.y + b.h) - max(a.y, b.y)
                assert overlap_x <= 0.5 or overlap_y <= 0.5, (slide.number, a.name, b.name)


def test_bilingual_puts_the_other_language_smaller_under_each_title(decks) -> None:  # type: ignore[no-untyped-def]
    for mode, lead, other in (("zh-en", "zh", "en"), ("en-zh", "en", "zh")):
        for slide in decks[mode].slides:
            title = next(b for b in slide.boxes if isinstance(b, TextBox) and b.name == "title")
            first, second = title.paragraphs[0], title.paragraphs[1]
            assert (first.lang, second.lang) == (lead, other)
            assert second.size < first.size


def _named(slide, name):  # type: ignore[no-untyped-def]
    return next(b for b in slide.boxes if isinstance(b, TextBox) and b.name == name)


def test_sizes_stay_in_range_and_footer_has_number_and_date(decks) -> None:  # type: ignore[no-untyped-def]
    deck = decks["en"]
    for slide in deck.slides[1:]:
        assert _named(slide, "footer").placeholder == "ftr"
        assert "WeChat account" in _named(slide, "footer").paragraphs[0].text
        assert _named(slide, "date").paragraphs[0].text == "February 23, 2024"
        number = _named(slide, "slide number")
        assert number.paragraphs[0].text == str(slide.number) and number.placeholder == "sldNum"
    assert _named(decks["zh"].slides[1], "date").paragraphs[0].text == "2024年2月23日"
    # footers are furniture, in the leading language only, never a second language at 10 pt
    assert _named(decks["en-zh"].slides[1], "date").paragraphs[0].text == "February 23, 2024"
    assert "微信" not in _named(decks["en-zh"].slides[1], "footer").paragraphs[0].text
    sizes = [
        p.size for s in deck.slides for b in s.boxes if isinstance(b, TextBox) for p in b.paragraphs
    ]
    assert min(sizes) >= 6 and max(sizes) <= 46


def test_long_text_continues_on_another_slide(article, tmp_path) -> None:  # type: ignore[no-untyped-def]
    long_en = " ".join([article.passage("p-keys").en or ""] * 6)
    passages = []
    for section in article.sections:
        ps = tuple(
            dataclasses.replace(p, text=dataclasses.replace(p.text, en=long_en))
            if p.id == "p-exchange"
            else p
            for p in section.passages
        )
        passages.append(dataclasses.replace(section, passages=ps))
    big = dataclasses.replace(article, sections=tuple(passages))
    outline = tmp_path / "long.toml"
    title = "A title long enough to need most of the band, and then some more words to fill it"
    outline.write_text(
        f'[[slides]]\nkind = "quote"\ntitle = "{title}"\nquote = {{ passage = "p-exchange" }}\n',
        encoding="utf-8",
    )
    deck = plan_deck(big, outline, lang="en")
    assert len(deck.slides) == 2
    first, second = deck.slides
    assert second.title.endswith("(continued)") and first.kind == second.kind == "quote"
    shown_title = "".join(
        p.text
        for b in second.boxes
        if isinstance(b, TextBox) and b.name == "title"
        for p in b.paragraphs
    )
    assert shown_title.endswith("(continued)") and "…" not in shown_title  # never cut
    body = [b for b in (*first.boxes, *second.boxes) if isinstance(b, TextBox) and b.name == "body"]
    assert min(p.size for b in body for p in b.paragraphs) == 14.0
    shown = "".join(line for b in body for p in b.paragraphs for line in p.lines).replace(" ", "")
    assert shown == long_en.replace(" ", "")
    assert " ".join(p.text for b in body for p in b.paragraphs) == long_en
    assert any(isinstance(b, ShapeBox) and b.name == "decor: quote bar" for b in second.boxes)
    assert first.notes != second.notes and "Continues the previous slide." in second.notes


def test_plan_has_no_pptx_and_chart_is_plain_data(decks) -> None:  # type: ignore[no-untyped-def]
    import sys

    chart = next(b for s in decks["zh"].slides for b in s.boxes if isinstance(b, ChartBox))
    assert chart.series[0].values == (0.5, 0.6, 0.7)
    assert chart.categories == ("20年前", "10年前", "现在")
    import subprocess

    code = (
        "import sys, wocdesk, wocdesk.deck as d; d.plan_deck(wocdesk.load_article()); "
        "print('pptx' in sys.modules, any(m.startswith('PySide6') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_lines_are_the_paragraph_text_for_the_presenter(decks) -> None:  # type: ignore[no-untyped-def]
    from wocdesk.deck.model import TableBox

    for deck in decks.values():
        for slide in deck.slides:
            paragraphs = [p for b in slide.boxes if isinstance(b, TextBox) for p in b.paragraphs]
            paragraphs += [
                p
                for b in slide.boxes
                if isinstance(b, TableBox)
                for row in b.rows
                for cell in row
                for p in cell.paragraphs
            ]
            for para in paragraphs:
                assert "".join(para.lines).replace(" ", "") == para.text.replace(" ", "")
                assert para.line_spacing >= 1.1 and para.size > 0


def _paragraphs(slide):  # type: ignore[no-untyped-def]
    for box in slide.boxes:
        if isinstance(box, TextBox):
            yield box.name, box.paragraphs
        if isinstance(box, TableBox):
            for row in box.rows:
                for cell in row:
                    yield box.name, cell.paragraphs


@pytest.mark.parametrize("mode", MODES)
def test_nothing_under_10_pt_and_the_second_language_at_14(mode, decks) -> None:  # type: ignore[no-untyped-def]
    deck = decks[mode]
    second = mode.split("-")[1] if "-" in mode else None
    for slide in deck.slides:
        for name, paragraphs in _paragraphs(slide):
            for para in paragraphs:
                assert para.size >= 10, (slide.number, name, para.text)
                if second and para.lang == second:
                    assert para.size >= 14, (slide.number, name, para.text)


@pytest.mark.parametrize("mode", MODES)
def test_no_two_slides_share_their_notes(mode, decks) -> None:  # type: ignore[no-untyped-def]
    notes = [s.notes for s in decks[mode].slides if s.notes]
    assert len(notes) == len(set(notes)) >= 9
    for slide in decks[mode].slides[2:9]:
        first = slide.notes.split("\n")[0]
        assert first in ("要点（本工具所加）：", "Talking points (ours):"), slide.number


def test_one_marker_for_a_line_in_one_language() -> None:
    from wocdesk.content.notes import only_in_note
    from wocdesk.deck.layout.compose import bi
    from wocdesk.model import BiText, DisplayMode

    only_zh = BiText("点击阅读原文", None)
    both = bi(only_zh, DisplayMode("en-zh"))
    assert [p.text for p in both] == ["点击阅读原文", only_in_note("zh", "en")]
    english = bi(only_zh, DisplayMode("en"))
    assert [p.text for p in english] == ["点击阅读原文", only_in_note("zh", "en")]
    assert (
        bi(only_zh, DisplayMode("zh"))[0].text == "点击阅读原文"
        and len(bi(only_zh, DisplayMode("zh"))) == 1
    )
