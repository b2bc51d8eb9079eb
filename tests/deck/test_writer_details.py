"""Details of the written deck: unique shape ids, hard line breaks, ellipses, odd options."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from wocdesk.cli.main import main
from wocdesk.deck import load_outline, plan_deck
from wocdesk.deck.layout.compose import Para, text_box
from wocdesk.deck.model import Fonts, Paragraph
from wocdesk.deck.writer.pptx_text import RunStyle, paragraph_xml, script_runs
from wocdesk.resources import default_outline_path


@pytest.mark.parametrize("mode", ["zh", "en", "zh-en", "en-zh"])
def test_shape_ids_are_unique_on_every_slide(mode, pptx_files) -> None:  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(pptx_files[mode]) as archive:
        slides = [n for n in archive.namelist() if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)]
        for name in slides:
            ids = re.findall(r'<p:cNvPr id="(\d+)"', archive.read(name).decode("utf-8"))
            assert len(ids) == len(set(ids)), f"{name}: duplicate shape ids {sorted(ids)}"


def test_a_hard_line_break_is_written_as_a_break() -> None:
    para = Paragraph("first line\nsecond 行", "en", 12.0, ("first line", "second 行"))
    xml = paragraph_xml(para, RunStyle.of(Fonts("Arial", "Microsoft YaHei")))
    assert xml.count("<a:br>") == 1
    texts = re.findall(r"<a:t>(.*?)</a:t>", xml)
    assert texts == ["first line", "second ", "行"]


def test_script_runs_keep_neutral_characters_with_the_run_they_follow() -> None:
    assert script_runs("WIPO中国 2024年 Beijing", "zh") == [
        ("WIPO", "en"),
        ("中国 2024年 ", "zh"),
        ("Beijing", "en"),
    ]
    assert script_runs("", "en") == [("", "en")]


def test_a_shortened_paragraph_keeps_its_spaces() -> None:
    box = text_box(
        [Para("The quick brown fox jumps over the lazy dog again and again", "en")],
        0,
        0,
        120,
        40,
        (12, 12),
    )
    (para,) = box.paragraphs
    assert para.text.endswith("…")
    assert para.text.startswith("The quick brown fox")  # not "brownfox"


def test_one_id_where_a_list_is_expected_is_accepted(article, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = default_outline_path().read_text(encoding="utf-8")
    text = text.replace('kind = "source"', 'kind = "source"\npassages = "p-practice"')
    path = tmp_path / "one.toml"
    path.write_text(text, encoding="utf-8")
    outline = load_outline(path)
    assert outline.slides[-1].keys["passages"] == ("p-practice",)
    assert len(plan_deck(article, outline, lang="en").slides) == 10


def test_a_kind_that_is_not_text_is_one_line(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    text = (
        default_outline_path()
        .read_text(encoding="utf-8")
        .replace('kind = "title"', 'kind = ["title"]', 1)
    )
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    assert main(["export", "--outline", str(path), "-o", str(tmp_path / "x.pptx")]) == 2
    assert "slide 1: kind: unknown kind" in capsys.readouterr().err


@pytest.mark.parametrize("name", ["Ya\x7fhei", "Yahei\udcff", "Ya\ufffehei", "  "])
def test_unusable_font_names_are_one_line(name: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["export", "--cjk-font", name, "-o", str(tmp_path / "x.pptx")]) == 2
    assert "--cjk-font: give a font name" in capsys.readouterr().err
    assert not (tmp_path / "x.pptx").exists()
