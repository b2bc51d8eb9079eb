"""A user's template is respected: its fonts, colours, footer and content area; bad ones refused."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from pptx import Presentation

from tests.deck.test_render_libreoffice import user_template
from wocdesk.cli.main import main
from wocdesk.deck import plan_deck, style, write_pptx
from wocdesk.deck.model import Fonts

OUR_COLOURS = {style.NAVY, style.BLUE, style.ACCENT, style.PALE, style.INK, style.MUTED}


def slides_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as package:
        names = [
            n
            for n in package.namelist()
            if re.fullmatch(r"ppt/(slides/slide|charts/chart)\d+\.xml", n)
        ]
        return "".join(package.read(n).decode("utf-8") for n in names)


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    return user_template(tmp_path_factory.mktemp("template"))


def test_the_templates_fonts_and_colours_are_used(article, template, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = write_pptx(plan_deck(article, lang="zh-en"), tmp_path / "t.pptx", template=template)
    xml = slides_xml(out)
    assert 'typeface="+mn-lt"' in xml and 'typeface="+mn-ea"' in xml
    assert 'typeface="+mj-lt"' in xml  # titles in the theme's heading face
    assert "Arial" not in xml and "Microsoft YaHei" not in xml
    used = set(re.findall(r'<a:srgbClr val="([0-9A-F]{6})"', xml))
    assert not used & OUR_COLOURS, used & OUR_COLOURS
    assert '<a:schemeClr val="accent1"/>' in xml and '<a:schemeClr val="tx2"/>' in xml
    with zipfile.ZipFile(out) as package:
        theme = package.read("ppt/theme/theme1.xml").decode()
    assert "Microsoft YaHei" not in theme  # the template's theme is left as it was


def test_faces_asked_for_win_over_the_template(article, template, tmp_path) -> None:  # type: ignore[no-untyped-def]
    fonts = Fonts(latin="Arial", cjk="SimHei", theme_latin=False, theme_cjk=False)
    deck = plan_deck(article, lang="zh", fonts=fonts)
    xml = slides_xml(write_pptx(deck, tmp_path / "f.pptx", template=template))
    assert 'typeface="Arial"' in xml and 'typeface="SimHei"' in xml and "+mn-lt" not in xml


def test_command_line_fonts_only_when_given(template, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "cli.pptx"
    assert main(["export", "--lang", "en", "--template", str(template), "-o", str(out)]) == 0
    assert "+mn-lt" in slides_xml(out)
    assert (
        main(
            [
                "export",
                "--lang",
                "en",
                "--template",
                str(template),
                "--latin-font",
                "Arial",
                "-o",
                str(out),
            ]
        )
        == 0
    )
    xml = slides_xml(out)
    assert 'a:latin typeface="Arial"' in xml and 'a:ea typeface="+mn-ea"' in xml


def test_footer_goes_into_the_templates_placeholders(article, template, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = write_pptx(plan_deck(article, lang="zh-en"), tmp_path / "t.pptx", template=template)
    prs = Presentation(str(out))
    for number, slide in enumerate(prs.slides, start=1):
        names = [s.name for s in slide.shapes]
        assert not [n for n in names if n.startswith("layout:") or n in ("footer", "date")]
        if number == 1:
            continue
        footer = [ph for ph in slide.placeholders if ph.placeholder_format.type == 15]
        assert footer and footer[0].text_frame.text == "来源：微信公众号：WIPO中国"
        numbers = [ph for ph in slide.placeholders if ph.placeholder_format.type == 13]
        assert numbers and numbers[0].text_frame.text == str(number)


def test_a_template_without_footer_placeholders_gets_no_footer(article, tmp_path) -> None:  # type: ignore[no-untyped-def]
    prs = Presentation()
    prs.slide_width, prs.slide_height = 12192000, 6858000
    for layout in prs.slide_layouts:
        for ph in list(layout.placeholders):
            if ph.placeholder_format.type in (13, 15, 16):
                ph.element.getparent().remove(ph.element)
    path = tmp_path / "plain.pptx"
    prs.save(str(path))
    out = write_pptx(plan_deck(article, lang="en"), tmp_path / "p.pptx", template=path)
    text = "\n".join(
        s.text_frame.text
        for slide in Presentation(str(out)).slides
        for s in slide.shapes
        if s.has_text_frame
    )
    assert "WeChat account" not in text.split("Published by")[0]  # left out, not drawn by us


def test_the_body_stays_inside_the_templates_content_area(article, template, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Each body is fitted into the template's content placeholder, scaled down only as far as
    its smallest text allows (10 pt, a bilingual deck's 14 pt): never over the footer."""
    out = write_pptx(plan_deck(article, lang="zh-en"), tmp_path / "t.pptx", template=template)
    prs = Presentation(str(out))
    layout = next(lay for lay in prs.slide_layouts if lay.name == "Title and Content")
    body = next(ph for ph in layout.placeholders if ph.placeholder_format.idx == 1)
    footer_top = min(
        ph.top for ph in layout.placeholders if ph.placeholder_format.type in (13, 15, 16)
    )
    top, left, right = body.top, body.left, body.left + body.width
    inside = 0
    for slide in list(prs.slides)[1:]:
        bottoms = []
        for shape in slide.shapes:
            if shape.is_placeholder and shape.placeholder_format.type in (1, 13, 15, 16):
                continue
            assert shape.top >= top - 12700 and shape.top + shape.height <= footer_top, shape.name
            # a text box may reach 4 pt past the area: its inset keeps the text inside
            assert shape.left >= left - 63500 and shape.left + shape.width <= right + 63500
            bottoms.append(shape.top + shape.height)
        inside += max(bottoms) <= body.top + body.height + 12700
        xml = "".join(etree_text(shape) for shape in slide.shapes)
        sizes = [int(v) / 100 for v in re.findall(r'<a:rPr [^>]*sz="(\d+)"', xml)]
        assert min(sizes) >= 14, slide.slide_id  # the second language never under 14 pt
    assert inside >= 4  # slides that fit the content area itself keep their size


def etree_text(shape) -> str:  # type: ignore[no-untyped-def]
    from lxml import etree

    if shape.is_placeholder and shape.placeholder_format.type in (13, 15, 16):
        return ""  # the footer fields are 10 pt furniture
    return etree.tostring(shape.element).decode()


def test_a_body_wider_than_a_narrow_content_area_stays_on_the_slide(article, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """python-pptx's own template made 16:9 keeps its 4:3 placeholders (9 in wide at 0.5 in): a
    bilingual body that may not shrink below 14 pt is wider than that area and must not be
    centred off the slide's left edge."""
    prs = Presentation()
    prs.slide_width, prs.slide_height = 12192000, 6858000
    path = tmp_path / "narrow.pptx"
    prs.save(str(path))
    out = write_pptx(plan_deck(article, lang="zh-en"), tmp_path / "n.pptx", template=path)
    deck = Presentation(str(out))
    for number, slide in enumerate(deck.slides, start=1):
        for shape in slide.shapes:
            assert shape.left >= 0 and shape.left + shape.width <= deck.slide_width, (
                number,
                shape.name,
            )
            assert shape.top >= 0 and shape.top + shape.height <= deck.slide_height, (
                number,
                shape.name,
            )
