"""``wocdesk import``: raw bilingual text in the seed's form becomes an article file."""

from __future__ import annotations

from pathlib import Path

import pytest

import wocdesk
from wocdesk.cli.main import main
from wocdesk.content.importing.importer import (
    ImportError_,
    import_text,
    leftover_kind,
    line_language,
)


def test_the_seed_imports_with_every_passage_of_the_bundled_article(seed_text, article) -> None:  # type: ignore[no-untyped-def]
    imported = import_text(seed_text, "seed")
    found = {(p.zh, p.en) for p in imported.passages()}
    for passage in article.passages():
        assert (passage.zh, passage.en) in found, passage.id
    assert len(list(imported.passages())) == len(list(article.passages()))
    assert imported.title.en == article.title.en


def test_the_seed_heading_pair_starts_a_section(seed_text) -> None:  # type: ignore[no-untyped-def]
    imported = import_text(seed_text, "seed")
    titles = [s.title.en for s in imported.sections]
    assert titles == ["Text", "Voices of Participants"]
    assert imported.sections[0].title_editorial and not imported.sections[1].title_editorial


def test_leftovers_are_set_aside(seed_text) -> None:  # type: ignore[no-untyped-def]
    imported = import_text(seed_text, "seed")
    body = {t for p in imported.passages() for t in (p.zh, p.en) if t}
    assert "图片:WOC|Photo: WOC" not in body
    assert "滑动查看更多嘉宾发言" not in body
    assert "Tips: Swipe right to see more" not in body
    assert sorted({item.kind for item in imported.leftovers}) == [
        "carousel-hint",
        "photo-credit",
        "tip",
    ]
    first_credit = imported.leftovers[0]
    assert first_credit.kind == "photo-credit" and first_credit.before == "p-1"


def test_one_language_lines_are_flagged(seed_text) -> None:  # type: ignore[no-untyped-def]
    imported = import_text(seed_text, "seed")
    flagged = [p for p in imported.passages() if p.is_one_language]
    assert [p.zh for p in flagged] == [
        "点击阅读原文查看关于WIPO中国办事处更多信息。",
        "本篇文章来源于微信公众号: WIPO中国 ,如有侵权请即使联系进行删除",
    ]


def test_text_without_headings_is_one_section() -> None:
    raw = "第一段。\nFirst paragraph.\n\n第二段,没有英文。\n第三段。\nThird paragraph.\n"
    imported = import_text(raw, "x")
    assert len(imported.sections) == 1
    assert [(p.zh, p.en) for p in imported.passages()] == [
        ("第一段。", "First paragraph."),
        ("第二段,没有英文。", None),
        ("第三段。", "Third paragraph."),
    ]


def test_odd_characters_survive_as_text() -> None:
    raw = 'Title\n引号"与\\反斜杠\u0007。\nQuote "and" \\backslash.\n'
    imported = import_text(raw, "x")
    passage = next(imported.passages())
    assert passage.zh == '引号"与\\反斜杠。'
    assert passage.en == 'Quote "and" \\backslash.'


def test_language_and_leftover_detection() -> None:
    assert line_language("第二个趋势是交流促进创新(Exchange)。") == "zh"
    assert line_language("The second trend is exchange-promoting innovation.") == "en"
    assert leftover_kind("图片:WOC|Photo: WOC") == "photo-credit"
    assert leftover_kind("滑动查看更多嘉宾发言") == "carousel-hint"
    assert leftover_kind("刘华表示,面对创新的浪潮和趋势") is None


def test_empty_text_is_an_error() -> None:
    with pytest.raises(ImportError_, match="no article text"):
        import_text("\n\n图片:WOC|Photo: WOC\n", "x", "raw.txt")


def test_command_writes_a_loadable_article(tmp_path: Path, seed_text, capsys) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "raw.txt"
    source.write_text(seed_text, encoding="utf-8")
    output = tmp_path / "article.toml"
    assert main(["import", str(source), "-o", str(output)]) == 0
    assert "2 sections, 10 passages, 7 page leftovers" in capsys.readouterr().err
    assert wocdesk.load_article(output).id == "raw"


def test_command_errors_keep_an_existing_file(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    output = tmp_path / "article.toml"
    output.write_text("precious", encoding="utf-8")
    assert main(["import", str(tmp_path / "missing.txt"), "-o", str(output)]) == 2
    assert "missing.txt: no such file" in capsys.readouterr().err
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00broken")
    assert main(["import", str(bad), "-o", str(output)]) == 2
    assert "is not UTF-8" in capsys.readouterr().err
    assert output.read_text(encoding="utf-8") == "precious"


def test_command_reports_unwritable_destination(tmp_path: Path, seed_text, capsys) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "raw.txt"
    source.write_text(seed_text, encoding="utf-8")
    assert main(["import", str(source), "-o", str(tmp_path / "no" / "dir" / "a.toml")]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert main(["import", str(source), "-o", str(tmp_path)]) == 2
    assert "is a folder" in capsys.readouterr().err


def test_a_read_only_destination_is_refused_and_kept(tmp_path: Path, seed_text, capsys) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "raw.txt"
    source.write_text(seed_text, encoding="utf-8")
    output = tmp_path / "article.toml"
    output.write_text("precious", encoding="utf-8")
    output.chmod(0o444)
    assert main(["import", str(source), "-o", str(output)]) == 2
    assert "article.toml: the file is read-only" in capsys.readouterr().err
    assert output.read_text(encoding="utf-8") == "precious"
