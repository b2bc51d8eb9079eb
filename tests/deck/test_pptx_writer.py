"""The written .pptx: content per language, native chart and table, notes, fonts and lang tags."""

from __future__ import annotations

import re
import zipfile

import pytest
from pptx import Presentation
from pptx.oxml.ns import qn

MODES = ("zh", "en", "zh-en", "en-zh")

HAN = re.compile("[\u4e00-\u9fff]")


def shapes_of(shapes):  # type: ignore[no-untyped-def]
    """Every shape, those inside groups too."""
    for shape in shapes:
        if shape.shape_type == 6:  # a group
            yield from shapes_of(shape.shapes)
        else:
            yield shape


def all_text(prs) -> str:  # type: ignore[no-untyped-def]
    parts = []
    for slide in prs.slides:
        for shape in shapes_of(slide.shapes):
            if shape.has_text_frame:
                parts.append(shape.text_frame.text)
            if shape.has_table:
                for row in shape.table.rows:
                    parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


@pytest.mark.parametrize("mode", MODES)
def test_reopens_with_slide_count_and_names(mode, pptx_files, article) -> None:  # type: ignore[no-untyped-def]
    prs = Presentation(str(pptx_files[mode]))
    assert len(prs.slides) == 10
    assert prs.slide_width == 12192000 and prs.slide_height == 6858000
    text = all_text(prs)
    for lang in mode.split("-"):
        for item in (*article.trends, *article.keys):
            assert item.name.get(lang) in text, (lang, item.id)
    if mode in ("zh", "en"):
        other = "en" if mode == "zh" else "zh"
        # trends overview shows the other language's trend names too
        for trend in article.trends:
            assert trend.name.get(other) in text


@pytest.mark.parametrize("mode", MODES)
def test_native_chart_and_table_carry_the_articles_numbers(mode, pptx_files) -> None:  # type: ignore[no-untyped-def]
    prs = Presentation(str(pptx_files[mode]))
    charts = [s.chart for slide in prs.slides for s in slide.shapes if s.has_chart]
    tables = [s.table for slide in prs.slides for s in slide.shapes if s.has_table]
    assert len(charts) == 1 and len(tables) == 1
    plot = charts[0].plots[0]
    assert tuple(plot.series[0].values) == pytest.approx((0.5, 0.6, 0.7))
    lead = mode.split("-")[0]
    labels = {
        "zh": ("20年前", "10年前", "现在"),
        "en": ("twenty years ago", "ten years ago", "now"),
    }
    langs = mode.split("-")
    expected = tuple("\n".join(labels[x][i] for x in langs) for i in range(3))
    assert tuple(plot.categories) == expected  # both languages in a bilingual deck
    cells = "\n".join(cell.text for row in tables[0].rows for cell in row.cells)
    names = {
        "zh": [
            "东京－横滨",  # typeset with a full-width hyphen on slides
            "三菱电机",
            "索尼",
            "京东方",
            "百度",
            "小米",
            "华为",
            "OPPO",
            "中兴通讯",
        ],
        "en": [
            "Tokyo-Yokohama",
            "Mitsubishi Electric",
            "Sony",
            "BOE",
            "Baidu",
            "Xiaomi",
            "Huawei",
            "ZTE",
        ],
    }
    for lang in mode.split("-"):
        for name in names[lang]:
            assert name in cells
    assert len(tables[0].rows) == 4
    ranking = all_text(prs)
    for name in ("上海－苏州",) if lead == "zh" else ("Shanghai-Suzhou",):
        assert name in ranking


@pytest.mark.parametrize("mode", MODES)
def test_notes_carry_source_paragraphs_verbatim(mode, pptx_files, article) -> None:  # type: ignore[no-untyped-def]
    prs = Presentation(str(pptx_files[mode]))
    notes = {
        i: slide.notes_slide.notes_text_frame.text
        for i, slide in enumerate(prs.slides, start=1)
        if slide.has_notes_slide
    }
    by_slide = {
        1: "p-event",
        3: "p-waves",
        5: "p-eastward",
        6: "p-exchange",
        7: "p-enterprise",
        8: "p-keys",
    }
    for number, pid in by_slide.items():
        for lang in mode.split("-"):
            assert article.passage(pid).text.get(lang) in notes[number].split("\n")
    # the source slide names the original and its publisher; the repost boilerplate is gone
    assert "如有侵权" not in notes[10] + all_text(prs)
    assert "点击阅读原文" not in notes[10] + all_text(prs)
    lead = mode.split("-")[0]
    assert article.title.get(lead) in all_text(prs)


def test_notes_option_chooses_languages(article, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from wocdesk.deck import plan_deck, write_pptx

    deck = plan_deck(article, lang="en", notes="zh")
    prs = Presentation(str(write_pptx(deck, tmp_path / "n.pptx")))
    note = prs.slides[4].notes_slide.notes_text_frame.text
    assert note.split("\n")[-1] == article.passage("p-eastward").zh
    assert note.startswith("要点（本工具所加）：")  # our talking points, marked, in Chinese
    both = plan_deck(article, lang="en", notes="both")
    assert both.slides[4].notes.split("\n")[-2:] == [
        article.passage("p-eastward").en,
        article.passage("p-eastward").zh,
    ]


@pytest.mark.parametrize("mode", MODES)
def test_every_run_has_lang_and_east_asian_font(mode, pptx_files) -> None:  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(pptx_files[mode]) as package:
        names = [
            n for n in package.namelist() if re.match(r"ppt/(slides|notesSlides)/\w+\d+\.xml$", n)
        ]
        assert len(names) >= 19
        from lxml import etree

        runs = 0
        for name in names:
            root = etree.fromstring(package.read(name))
            for run in root.iter(qn("a:r")):
                runs += 1
                rpr = run.find(qn("a:rPr"))
                text = run.findtext(qn("a:t")) or ""
                lang = rpr.get("lang")
                assert lang in ("zh-CN", "en-US"), (name, text)
                if HAN.search(text):
                    assert lang == "zh-CN", (name, text)
                if lang == "zh-CN":
                    assert not re.fullmatch(r"[A-Za-z ,.’'()-]+", text.strip() or "x"), (name, text)
                ea = rpr.find(qn("a:ea"))
                latin = rpr.find(qn("a:latin"))
                assert ea is not None and ea.get("typeface") == "Microsoft YaHei"
                assert latin is not None and latin.get("typeface") == "Arial"
                children = [c.tag for c in rpr]
                assert children.index(qn("a:latin")) + 1 == children.index(qn("a:ea"))
        assert runs > 100
        theme = next(n for n in package.namelist() if n.startswith("ppt/theme/theme"))
        root = etree.fromstring(package.read(theme))
        for tag in ("a:majorFont", "a:minorFont"):
            font = root.find(f".//{qn(tag)}")
            assert font.find(qn("a:ea")).get("typeface") == "Microsoft YaHei"
            assert font.find(qn("a:latin")).get("typeface") == "Arial"
            hans = [f for f in font.findall(qn("a:font")) if f.get("script") == "Hans"]
            assert [f.get("typeface") for f in hans] == ["Microsoft YaHei"]
        chart = next(n for n in package.namelist() if n.startswith("ppt/charts/chart"))
        root = etree.fromstring(package.read(chart))
        for rpr in root.iter(qn("a:defRPr")):
            assert rpr.find(qn("a:ea")).get("typeface") == "Microsoft YaHei"


def test_fonts_can_be_overridden(article, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from wocdesk.deck import plan_deck, write_pptx
    from wocdesk.deck.model import Fonts

    deck = plan_deck(article, lang="zh", fonts=Fonts(latin="Calibri", cjk="DengXian"))
    path = write_pptx(deck, tmp_path / "f.pptx")
    xml = zipfile.ZipFile(path).read("ppt/slides/slide2.xml").decode()
    assert 'a:ea typeface="DengXian"' in xml and 'a:latin typeface="Calibri"' in xml
    assert "Microsoft YaHei" not in xml


def test_core_properties_are_ours(pptx_files) -> None:  # type: ignore[no-untyped-def]
    props = Presentation(str(pptx_files["en"])).core_properties
    assert props.title == "Frontier Technology China’s Practice · Briefing"
    assert props.author == "WIPO Office in China"
    assert props.last_modified_by == "wocdesk"
    assert props.language == "en-US"
    assert "python-pptx" not in (
        props.title + props.author + props.last_modified_by + props.comments
    )
    assert Presentation(str(pptx_files["zh"])).core_properties.language == "zh-CN"


def test_everything_is_editable(pptx_files) -> None:  # type: ignore[no-untyped-def]
    prs = Presentation(str(pptx_files["zh-en"]))
    for slide in prs.slides:
        assert not [s for s in slide.shapes if s.shape_type == 13]  # no pictures
        titles = [s for s in slide.placeholders if s.placeholder_format.type in (1, 3)]
        assert len(titles) == 1 and titles[0].text_frame.text.strip()
        for ph in slide.placeholders:
            assert ph.text_frame.text.strip(), "no empty placeholder left"
