"""The default outline of any article: its structure, key points, and the deck made from it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from pptx import Presentation

from tests.chapter_text import chapter_text
from wocdesk.briefing.keypoints import mark_sentence
from wocdesk.briefing.sentences import sentences
from wocdesk.briefing.store import store_for
from wocdesk.cli.main import main
from wocdesk.content.article_file.article_toml import article_toml
from wocdesk.content.article_file.loader import load_article, parse_article
from wocdesk.content.importing.importer import import_text
from wocdesk.deck import plan_deck
from wocdesk.deck.model import TextBox
from wocdesk.deck.outlines.check import outline_problems
from wocdesk.deck.outlines.default import default_outline, outline_for
from wocdesk.model import BiText
from wocdesk.resources import bundled_article_path


@pytest.fixture(autouse=True)
def private_data(tmp_path_factory, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("data")))


@pytest.fixture
def seed_file(tmp_path, seed_text) -> Path:  # type: ignore[no-untyped-def]
    raw = tmp_path / "post.txt"
    raw.write_text(seed_text, encoding="utf-8")
    article = tmp_path / "post.toml"
    assert main(["import", str(raw), "-o", str(article)]) == 0
    return article


def texts(slide) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.text for b in slide.boxes if isinstance(b, TextBox) for p in b.paragraphs]


def test_an_imported_article_gets_cover_agenda_sections_and_credits(seed_file) -> None:
    article = load_article(seed_file)
    outline = outline_for(article)
    kinds = [s.kind for s in outline.slides]
    assert kinds[:2] == ["cover", "agenda"] and kinds[-1] == "credits"
    assert set(kinds[2:-1]) == {"points"}
    agenda = outline.slides[1].keys["items"]
    assert agenda == [{"zh": s.title.zh, "en": s.title.en} for s in article.sections]
    shown = [i["passage"] for s in outline.slides if s.kind == "points" for i in s.keys["items"]]
    bilingual = [p.id for p in article.passages() if not p.is_one_language]
    assert shown == bilingual  # every paragraph once, in order; one-language lines left out
    assert outline_problems(outline, article) == []


def test_the_bundled_article_keeps_its_curated_outline(article, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert outline_for(article).name == "briefing"
    copy = tmp_path / "copy.toml"
    copy.write_text(bundled_article_path().read_text(encoding="utf-8"), encoding="utf-8")
    assert outline_for(load_article(copy)).name == "briefing"
    edited = bundled_article_path().read_text(encoding="utf-8").replace('"p-event"', '"p-start"')
    changed = parse_article(edited, tmp_path / "changed.toml")
    assert outline_for(changed).slides[0].kind == "cover"  # the curated one no longer fits


@pytest.mark.parametrize("mode", ["zh-en", "en", "zh"])
def test_slides_quote_opening_sentences_verbatim_and_notes_the_passages(seed_file, mode) -> None:  # type: ignore[no-untyped-def]
    article = load_article(seed_file)
    deck = plan_deck(article, lang=mode)
    first = deck.slides[2]
    assert first.kind == "points"
    lead = mode.split("-")[0]
    opening = sentences(article.passage("p-1").text.get(lead) or "")[0]
    from wocdesk.deck.layout.compose import slide_text

    assert slide_text(opening, lead) in texts(first)  # verbatim, its marks set full-width
    footnote = [b for b in first.boxes if isinstance(b, TextBox) and b.name == "footnote"]
    label = {"zh": "原文摘录", "en": "Quoted verbatim"}[lead]
    assert footnote and label in footnote[0].paragraphs[0].text
    assert article.passage("p-1").text.get(mode.split("-")[-1]) in first.notes
    items = [b for b in first.boxes if isinstance(b, TextBox) and b.name == "item"]
    bars = [b for b in first.boxes if b.name == "decor: quote bar"]
    assert len(items) == len(bars) == 3  # each extract marked with a bar beside it
    cover = " ".join(texts(deck.slides[0]))
    assert deck.slides[0].kind == "title" and (article.title.en or "") in cover
    assert {"zh": "简报", "en": "Briefing"}[lead] in cover


def test_key_points_replace_the_opening_sentences_of_their_section(seed_file) -> None:
    article = load_article(seed_file)
    store = store_for(article)
    first = mark_sentence(article, "p-3", "en", 1)
    store.add(first)
    second = replace(mark_sentence(article, "p-4", "zh", 0), title=BiText(en="Exchange drives it"))
    store.add(second)
    _, group = store.add_group(BiText("五套金钥匙", "Five keys"))
    store.add(replace(mark_sentence(article, "p-8", "en", 0), group=group.id))
    outline = default_outline(article)
    section_one = [s for s in outline.slides if s.kind == "points" and s.title.en == "Text"]
    assert [i for s in section_one for i in s.keys["items"]] == [
        {"point": "kp-1"},
        {"point": "kp-2"},
    ]
    grouped = [s for s in outline.slides if s.title is not None and s.title.en == "Five keys"]
    assert grouped and grouped[0].keys["items"] == [{"point": "kp-3"}]
    # The section of the grouped point has no extract slide of its own.
    assert not [
        s for s in outline.slides if s.title is not None and s.title.en == "Voices of Participants"
    ]
    deck = plan_deck(article, lang="zh-en")
    words = " ".join(t for s in deck.slides for t in texts(s))
    assert first.text in words and "Exchange drives it" in words
    # the other language: the source's words (its marks set full-width on slides)
    assert "第一个趋势是创新中心东移（Eastward）。" in words


def test_a_long_text_continues_its_agenda_and_sections(tmp_path) -> None:  # type: ignore[no-untyped-def]
    article = parse_article(
        article_toml(import_text(chapter_text(20, 9), "twenty")), tmp_path / "twenty.toml"
    )
    outline = default_outline(article)
    assert len(outline.slides[1].keys["items"]) == 20
    titles = [s.title.en for s in outline.slides if s.kind == "points"]
    assert "Chapter 1: Frontier technology" in titles
    assert "Chapter 1: Frontier technology (continued)" in titles
    for spec in outline.slides:
        assert spec.kind != "points" or len(spec.keys["items"]) <= 5
    deck = plan_deck(article, outline, "zh-en")
    agenda = [s for s in deck.slides if s.kind == "agenda"]
    assert len(agenda) == 3 and agenda[1].title.endswith("（续）")
    band = " ".join(texts(agenda[1]))
    assert "议程（续）" in band and "Agenda\u00a0(continued)" in band  # no space before （续）
    for slide in deck.slides:
        for box in slide.boxes:
            assert box.y + box.h <= 540 + 0.01 and box.x + box.w <= 960 + 0.01, (slide.number, box)


def test_import_export_and_present_without_writing_an_outline(
    qapp, seed_file, tmp_path, capsys
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QImage

    for mode in ("zh-en", "en"):
        out = tmp_path / f"deck-{mode}.pptx"
        assert main(["export", "--article", str(seed_file), "--lang", mode, "-o", str(out)]) == 0
        prs = Presentation(str(out))
        assert len(prs.slides) == 6
        shown = [sh.text_frame.text for sl in prs.slides for sh in sl.shapes if sh.has_text_frame]
        assert any("Ms. Liu Hua, Director of the WIPO Office in China" in t for t in shown)
    png = tmp_path / "slide.png"
    code = main(
        [
            "present",
            "--article",
            str(seed_file),
            "--lang",
            "zh-en",
            "--slide",
            "3",
            "--screenshot",
            str(png),
        ]
    )
    assert code == 0, capsys.readouterr().err
    assert QImage(str(png)).width() == 1920


def test_outline_written_edited_and_exported_shows_the_edit(seed_file, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    outline = tmp_path / "my-deck.toml"
    assert main(["outline", "--article", str(seed_file), "-o", str(outline)]) == 0
    err = capsys.readouterr().err
    assert f"--article {seed_file} --outline {outline}" in err
    text = outline.read_text(encoding="utf-8")
    old = 'title = { zh = "参会嘉宾发言", en = "Voices of Participants" }'
    assert old in text
    outline.write_text(
        text.replace(old, 'title = { zh = "嘉宾之声", en = "What the guests said" }'),
        encoding="utf-8",
    )
    out = tmp_path / "edited.pptx"
    args = [
        "export",
        "--article",
        str(seed_file),
        "--outline",
        str(outline),
        "--lang",
        "en-zh",
        "-o",
        str(out),
    ]
    assert main(args) == 0
    prs = Presentation(str(out))
    titles = [s.shapes.title.text_frame.text for s in prs.slides if s.shapes.title is not None]
    assert "What the guests said\n嘉宾之声" in titles, titles
    assert not any(t.startswith("Voices of Participants") for t in titles)


def test_the_written_outline_reads_back_as_the_same_outline(seed_file, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from wocdesk.deck import load_outline
    from wocdesk.deck.outlines.writing import outline_data, write_outline

    article = load_article(seed_file)
    store_for(article).add(mark_sentence(article, "p-3", "en", 1))
    outline = default_outline(article)
    path = write_outline(outline, tmp_path / "x.toml", article)
    again = load_outline(path)
    assert outline_data(again) == outline_data(outline)
    assert [s.title for s in again.slides] == [s.title for s in outline.slides]


def test_the_bundled_outline_is_written_as_it_is_shipped(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from wocdesk.resources import default_outline_path

    out = tmp_path / "b.toml"
    assert main(["outline", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == default_outline_path().read_text(encoding="utf-8")
    assert main(["outline", "-o", ""]) == 2
    assert "-o: give a file name" in capsys.readouterr().err


def test_export_does_not_reuse_a_plan_made_before_key_points_changed(seed_file, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "d.pptx"
    args = ["export", "--article", str(seed_file), "--lang", "en", "-o", str(out)]
    assert main(args) == 0
    before = len(Presentation(str(out)).slides)
    article = load_article(seed_file)
    store_for(article).add(mark_sentence(article, "p-8", "en", 2))
    assert main(args) == 0
    shown = [
        sh.text_frame.text
        for slide in Presentation(str(out)).slides
        for sh in slide.shapes
        if sh.has_text_frame
    ]
    assert any(t.startswith("As WIPO’s arm in China") for t in shown)
    assert len(Presentation(str(out)).slides) <= before
