"""The written deck's master, layouts and package: 16:9 throughout, fields, placeholders, schema."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from openxml_audit import validate_pptx
from pptx import Presentation
from pptx.oxml.ns import qn

from wocdesk.deck import plan_deck, write_pptx
from wocdesk.deck.model import TextBox
from wocdesk.resources import resource

MODES = ("zh", "en", "zh-en", "en-zh")
LAYOUTS = [
    "Title Slide",
    "Section Header",
    "Title and Content",
    "Two Content",
    "Title Only",
    "Blank",
]
WIDE = (12192000, 6858000)


def schema_errors(path: Path) -> list[str]:
    return [str(e) for e in validate_pptx(path).errors]


@pytest.fixture(scope="module")
def edited_outline(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    text = resource("..", "slides", "briefing.toml").read_text(encoding="utf-8")
    text = text.replace('title = { zh = "议程", en = "Agenda" }', 'title = "Plan"', 1)
    text += '\n[[slides]]\nkind = "closing"\ntext = { zh = "谢谢", en = "Thank you" }\n'
    text += '\n[[slides]]\nkind = "chart"\nfigure = "asia-share"\n'
    path = tmp_path_factory.mktemp("outline") / "edited.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("mode", MODES)
def test_every_deck_is_schema_clean(mode, pptx_files) -> None:  # type: ignore[no-untyped-def]
    assert schema_errors(pptx_files[mode]) == []


def test_templated_and_edited_decks_are_schema_clean(article, edited_outline, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.deck.test_render_libreoffice import user_template

    edited = write_pptx(plan_deck(article, edited_outline, "zh-en"), tmp_path / "edited.pptx")
    assert schema_errors(edited) == []
    deck = plan_deck(article, lang="en-zh")
    templated = write_pptx(deck, tmp_path / "t.pptx", template=user_template(tmp_path))
    assert schema_errors(templated) == []


def test_chart_axis_ids_are_positive(pptx_files) -> None:  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(pptx_files["zh"]) as package:
        xml = package.read("ppt/charts/chart1.xml").decode()
    ids = re.findall(r'<c:(?:axId|crossAx) val="(-?\d+)"', xml)
    assert ids and all(int(v) > 0 for v in ids)


@pytest.mark.parametrize("mode", ["zh", "zh-en"])
def test_the_package_says_16_9(mode, pptx_files) -> None:  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(pptx_files[mode]) as package:
        presentation = etree.fromstring(package.read("ppt/presentation.xml"))
        size = presentation.find(qn("p:sldSz"))
        assert (int(size.get("cx")), int(size.get("cy"))) == WIDE
        assert size.get("type") == "screen16x9"
        app = package.read("docProps/app.xml").decode()
        assert "<PresentationFormat>On-screen Show (16:9)</PresentationFormat>" in app
        assert "<Slides>10</Slides>" in app
        from PIL import Image

        with package.open("docProps/thumbnail.jpeg") as handle:
            width, height = Image.open(handle).size
        assert abs(width / height - 16 / 9) < 0.02


def _rect(shape) -> tuple[float, float, float, float]:  # type: ignore[no-untyped-def]
    return tuple(v / 12700 for v in (shape.left, shape.top, shape.width, shape.height))  # type: ignore[return-value]


@pytest.mark.parametrize("mode", ["en", "zh-en"])
def test_master_and_layouts_are_16_9_with_the_design_and_fields(mode, pptx_files, decks) -> None:  # type: ignore[no-untyped-def]
    prs = Presentation(str(pptx_files[mode]))
    assert [layout.name for layout in prs.slide_layouts] == LAYOUTS
    master = prs.slide_master
    names = [s.name for s in master.shapes]
    assert {"Title band", "Title accent", "Footer rule"} <= set(names)
    band = next(s for s in master.shapes if s.name == "Title band")
    assert _rect(band)[2] == 960.0  # the full 16:9 width, not 4:3's 720
    plan_title = next(
        b for b in decks[mode].slides[1].boxes if isinstance(b, TextBox) and b.name == "title"
    )
    master_title = next(s for s in master.placeholders if s.placeholder_format.type == 1)
    assert _rect(master_title) == pytest.approx(
        (plan_title.x, plan_title.y, plan_title.w, plan_title.h), abs=0.1
    )
    assert _rect(band)[3] == pytest.approx(plan_title.y * 2 + plan_title.h, abs=0.1)
    for layout in prs.slide_layouts:
        types = {s.placeholder_format.type for s in layout.placeholders}
        for shape in layout.placeholders:
            x, y, w, h = _rect(shape)
            assert x >= 0 and y >= 0 and x + w <= 960.01 and y + h <= 540.01, layout.name
        if layout.name not in ("Title Slide",):
            assert {16, 15, 13} <= types, layout.name  # date, footer, slide number
    body = etree.tostring(master.element).decode()
    assert "<a:normAutofit/>" in body


def test_slides_use_placeholders_and_fields(pptx_files) -> None:  # type: ignore[no-untyped-def]
    prs = Presentation(str(pptx_files["zh-en"]))
    for number, slide in enumerate(prs.slides, start=1):
        types = [ph.placeholder_format.type for ph in slide.placeholders]
        assert types.count(1) + types.count(3) == 1  # one title (or centre title)
        xml = etree.tostring(slide.element).decode()
        if number == 1:
            assert slide.slide_layout.name == "Title Slide" and 4 in types  # the subtitle
            continue
        assert {16, 15, 13} <= set(types), number  # date, footer, slide number placeholders
        assert 'type="slidenum"><a:rPr' in xml and f"<a:t>{number}</a:t></a:fld>" in xml
        title = next(ph for ph in slide.placeholders if ph.placeholder_format.type == 1)
        assert "<a:normAutofit/>" in etree.tostring(title.element).decode()
        assert "layout:" not in xml  # the band and accent come from the layout
    assert prs.slides[9].slide_layout.name == "Title and Content"
    body = [ph for ph in prs.slides[9].placeholders if ph.placeholder_format.idx == 1]
    assert body and "原文" in body[0].text_frame.text


def test_new_slide_from_a_layout_is_on_brand(pptx_files, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """What PowerPoint's New Slide does: the layout's placeholders where the design wants them."""
    prs = Presentation(str(pptx_files["en"]))
    layout = next(lay for lay in prs.slide_layouts if lay.name == "Title and Content")
    slide = prs.slides.add_slide(layout)
    title = slide.shapes.title
    assert _rect(title)[1] < 82 and _rect(title)[2] > 860  # in the band, the full width
    body = next(ph for ph in slide.placeholders if ph.placeholder_format.idx == 1)
    assert _rect(body)[1] >= 82 and _rect(body)[2] > 860
    prs.save(str(tmp_path / "more.pptx"))
    assert schema_errors(tmp_path / "more.pptx") == []


def test_cards_are_grouped_with_their_text(pptx_files) -> None:  # type: ignore[no-untyped-def]
    prs = Presentation(str(pptx_files["zh"]))
    groups = [s for s in prs.slides[7].shapes if s.shape_type == 6]
    assert len(groups) == 5
    for group in groups:
        names = [s.name for s in group.shapes]
        assert "decor: card" in names and "card" in names and "number" in names
        assert any(s.has_text_frame and s.text_frame.text.strip() for s in group.shapes)


def test_shipped_templates_are_what_the_script_makes() -> None:
    import importlib.util

    script = resource("templates", "make_templates.py")
    spec = importlib.util.spec_from_file_location("make_templates", script)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    for bilingual, name in module.NAMES.items():
        made = module.package(bilingual)
        with zipfile.ZipFile(resource("templates", name)) as shipped:
            for part, data in made.items():
                if part.endswith(".jpeg"):
                    continue  # Pillow's JPEG bytes may differ between versions
                assert shipped.read(part) == data, (name, part)
