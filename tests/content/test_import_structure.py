"""The importer: nested sections from numbered headings, one-language texts, counts, the writer."""

from __future__ import annotations

import dataclasses
import warnings
from pathlib import Path

import pytest
from longtext import expected_counts, long_raw_text

import wocdesk
from wocdesk.cli.main import main
from wocdesk.content.article_file.article_toml import article_toml
from wocdesk.content.article_file.loader import parse_article
from wocdesk.content.importing.headings import heading_level, tidy_levels
from wocdesk.content.importing.importer import OneLanguageWarning, import_text
from wocdesk.model.article import Article


def _same(a: Article, b: Article) -> bool:
    return dataclasses.replace(a, path="") == dataclasses.replace(b, path="")


@pytest.mark.parametrize(
    ("zh", "en", "level"),
    [
        ("一、总体情况", "I. Overview", 1),
        ("第三章 知识产权", "Chapter 3 Intellectual property", 1),
        ("（二）主要做法", "(b) Main practices", 2),
        ("第二节 数据", "Section data", 2),
        ("2.1 亚洲的份额", "2.1 Asia's share", 2),
        ("1. 加强合作", "1. Closer cooperation", 3),
        ("2.1.3 细则", "2.1.3 Rules", 3),
        ("（1）附件", "(1) Annex", 4),
        ("参会嘉宾发言", "Voices of Participants", None),
        (None, "Chapter 4 Outlook", 1),
        (None, "3.2 Figures", 2),
        ("1.5万亿元投资", "1.5 trillion yuan invested", None),
    ],
)
def test_numbering_gives_the_level(zh: str | None, en: str, level: int | None) -> None:
    assert heading_level(zh, en) == level


def test_levels_are_made_consecutive() -> None:
    assert tidy_levels([2, 3, 3, 2]) == [1, 2, 2, 1]  # a text numbered only （一） and 1.
    assert tidy_levels([1, 3, 4, 1]) == [1, 2, 3, 1]
    assert tidy_levels([1, 4, 2]) == [1, 2, 2]


REPORT = """中国知识产权报告
一、总体情况
I. Overview
（一）申请量
(a) Applications
亚洲的申请量占全球的70%。
Asia accounts for 70% of applications.
（二）集群
(b) Clusters
东亚有六个集群。
East Asia has six clusters.
二、展望
II. Outlook
合作将继续。
Cooperation will go on.
"""


def test_a_numbered_report_imports_as_nested_sections() -> None:
    article = import_text(REPORT, "report", "report.txt")
    assert [(s.title.en, s.level, len(s.passages)) for s in article.sections] == [
        ("I. Overview", 1, 0),
        ("(a) Applications", 2, 1),
        ("(b) Clusters", 2, 1),
        ("II. Outlook", 1, 1),
    ]
    assert article.title.zh == "中国知识产权报告"
    again = parse_article(article_toml(article), "report.toml")
    assert _same(again, article)


def test_a_heading_with_nothing_under_it_is_dropped_and_levels_stay_consecutive() -> None:
    text = "一、甲\nI. A\n二、乙\nII. B\n（一）丙\n(a) C\n正文。\nText.\n"
    article = import_text(text, "x")
    assert [(s.title.en, s.level) for s in article.sections] == [("II. B", 1), ("(a) C", 2)]


def test_the_loader_refuses_a_level_jump_and_an_empty_leaf() -> None:
    article = import_text(REPORT, "report")
    text = article_toml(article)
    with pytest.raises(wocdesk.errors.ArticleError, match="level 3 follows a section of level 1"):  # type: ignore[attr-defined]
        parse_article(text.replace("level = 2", "level = 3", 1), "r.toml")
    with pytest.raises(wocdesk.errors.ArticleError, match="has no passages"):  # type: ignore[attr-defined]
        parse_article(text.replace("level = 2", "level = 1", 2), "r.toml")


def test_the_long_text_imports_nested_and_round_trips() -> None:
    article = import_text(long_raw_text(chapters=20), "long", "long.txt")
    counts = expected_counts(chapters=20)
    assert len(article.sections) == counts["sections"]
    assert sum(len(s.passages) for s in article.sections) == counts["passages"]
    assert len(article.leftovers) == counts["leftovers"]
    assert [s.level for s in article.sections[:4]] == [1, 2, 2, 1]
    assert article.sections[1].title.zh == "1.1 三大创新趋势"
    assert _same(parse_article(article_toml(article), "long.toml"), article)


def test_the_long_text_is_deterministic() -> None:
    assert long_raw_text(chapters=3) == long_raw_text(chapters=3)
    assert len(long_raw_text().encode("utf-8")) > 2_900_000


@pytest.mark.parametrize(
    ("text", "missing"),
    [
        ("第一段，只有中文。\n第二段，也只有中文。\n第三段。\n", "no English, only Chinese"),
        ("An English text\nFirst paragraph.\nSecond paragraph.\n", "no Chinese, only English"),
    ],
)
def test_a_one_language_text_warns_once(text: str, missing: str) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        article = import_text(text, "mono", "mono.txt")
    assert [str(w.message) for w in caught if w.category is OneLanguageWarning] == [
        f"mono.txt: the text has {missing}; every paragraph is marked as "
        f"{'Chinese' if 'only Chinese' in missing else 'English'} only"
    ]
    bodies = [t for p in article.passages() for t in (p.zh, p.en) if t]
    titles = [t for t in (article.title.zh, article.title.en) if t]
    assert not set(titles) & set(bodies), "the title is used again as a paragraph"


def test_a_one_language_text_with_numbered_headings_gets_sections() -> None:
    text = "第一章 总则\n第一条内容。\n第二条内容。\n第二章 附则\n第三条内容。\n"
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        article = import_text(text, "rules", "rules.txt")
    assert [s.title.zh for s in article.sections] == ["第一章 总则", "第二章 附则"]
    assert parse_article(article_toml(article), "rules.toml").sections[1].title.en is None


def test_a_bilingual_text_does_not_warn(seed_text: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        import_text(seed_text, "seed")


def test_the_command_warns_in_one_line_and_counts_in_the_singular(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "mono.txt"
    source.write_text("第一段，只有中文。\n", encoding="utf-8")
    assert main(["import", str(source), "-o", str(tmp_path / "mono.toml")]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("wocdesk: warning: ") and "no English" in err[0]
    assert err[1].endswith("1 section, 1 passage, 0 page leftovers set aside")
    assert len(err) == 2


def test_the_writer_is_tomli_w_and_the_bundled_article_round_trips(article: Article) -> None:
    import tomli_w

    text = article_toml(article)
    assert _same(parse_article(text, "copy.toml"), article)
    from wocdesk.content.article_file.article_toml import article_data

    assert text == tomli_w.dumps(article_data(article))
