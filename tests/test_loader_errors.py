"""Every kind of broken article file gets one error naming the file, the line and the field."""

from __future__ import annotations

from pathlib import Path

import pytest

import wocdesk
from wocdesk.errors import ArticleError, TextCleanedWarning
from wocdesk.resources import bundled_article_path

GOOD = bundled_article_path().read_text(encoding="utf-8")


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "article.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


def _error(tmp_path: Path, text: str) -> ArticleError:
    with pytest.raises(ArticleError) as info:
        wocdesk.load_article(_write(tmp_path, text))
    assert str(tmp_path / "article.toml") in str(info.value)
    return info.value


def test_bundled_article_loads_by_default() -> None:
    assert wocdesk.load_article().id == "frontier-tech-china-practice"


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="no such file"):
        wocdesk.load_article(tmp_path / "nope.toml")


def test_folder_instead_of_file(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="is a folder"):
        wocdesk.load_article(tmp_path)


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "article.toml"
    path.write_bytes(b'id = "x"\ntitle = "\xff\xfe"\n')
    with pytest.raises(ArticleError, match=r"article.toml:2: is not UTF-8"):
        wocdesk.load_article(path)


def test_bad_toml_names_the_line(tmp_path: Path) -> None:
    broken = GOOD.replace('id = "p-exchange"', 'id = "p-exchange', 1)
    error = _error(tmp_path, broken)
    assert error.line == _line_of(GOOD, 'id = "p-exchange"')
    assert "not valid TOML" in str(error)


def test_duplicate_id(tmp_path: Path) -> None:
    broken = GOOD.replace('id = "p-exchange"', 'id = "p-eastward"', 1)
    error = _error(tmp_path, broken)
    assert "duplicate id 'p-eastward'" in str(error)
    assert error.field == "sections[2].passages[1].id"
    assert error.line == _line_of(GOOD, 'id = "p-exchange"')


def test_reference_that_does_not_resolve(tmp_path: Path) -> None:
    broken = GOOD.replace('passage = "p-exchange"', 'passage = "p-missing"', 1)
    error = _error(tmp_path, broken)
    assert "refers to passage 'p-missing'" in str(error)
    assert error.field == "trends[1].passage"
    assert error.line == _line_of(broken, 'passage = "p-missing"')


def test_empty_passage(tmp_path: Path) -> None:
    broken = GOOD.replace('zh = "第二个趋势是', 'zh = "   "\nxx = "', 1)
    error = _error(tmp_path, broken)
    assert error.field == "sections[2].passages[1].zh"
    assert "is empty" in str(error)


def test_title_needs_both_languages(tmp_path: Path) -> None:
    broken = GOOD.replace('title = { zh = "来源", en = "Source" }', 'title = { zh = "来源" }', 1)
    error = _error(tmp_path, broken)
    assert error.field == "sections[6].title"
    assert "en is missing" in str(error)
    assert error.line == _line_of(broken, 'title = { zh = "来源" }')


def test_one_language_line_must_be_flagged(tmp_path: Path) -> None:
    broken = GOOD.replace('only = "zh"\n', "", 1)
    error = _error(tmp_path, broken)
    assert 'only = "zh"' in str(error)
    assert error.field == "sections[6].passages[0]"


def test_flag_must_match_the_text(tmp_path: Path) -> None:
    broken = GOOD.replace('only = "zh"', 'only = "en"', 1)
    assert "says the line exists in en only" in str(_error(tmp_path, broken))


def test_wrong_type(tmp_path: Path) -> None:
    broken = GOOD.replace("value = 60", 'value = "sixty"', 1)
    error = _error(tmp_path, broken)
    assert "must be a number, not text" in str(error)
    assert error.field == "figures[0].points[1].value"


def test_unknown_figure_kind(tmp_path: Path) -> None:
    broken = GOOD.replace('kind = "ranking"', 'kind = "pie"', 1)
    assert "unknown figure kind 'pie'" in str(_error(tmp_path, broken))


def test_unsupported_format(tmp_path: Path) -> None:
    error = _error(tmp_path, GOOD.replace("format = 1", "format = 9", 1))
    assert error.field == "format" and error.line == _line_of(GOOD, "format = 1")


def test_no_sections(tmp_path: Path) -> None:
    error = _error(tmp_path, 'format = 1\nid = "x"\ntitle = { en = "T" }\n')
    assert error.field == "sections"


def test_xml_illegal_characters_are_removed_with_a_warning(tmp_path: Path) -> None:
    dirty = GOOD.replace("第二个趋势是", "第二个\\u0007趋势\\uFFFF是", 1)
    with pytest.warns(
        TextCleanedWarning, match=r"sections\[2\]\.passages\[1\]\.zh.*U\+0007, U\+FFFF"
    ):
        article = wocdesk.load_article(_write(tmp_path, dirty))
    assert article.passage("p-exchange").zh == wocdesk.load_article().passage("p-exchange").zh


def test_newlines_are_normalised(tmp_path: Path) -> None:
    text = GOOD.replace('zh = "第二个趋势是', 'zh = "甲\\r\\n乙\\r丙 第二个趋势是', 1)
    article = wocdesk.load_article(_write(tmp_path, text))
    assert article.passage("p-exchange").zh.startswith("甲\n乙\n丙 ")


def test_error_is_one_line(tmp_path: Path) -> None:
    error = _error(tmp_path, GOOD.replace('passage = "p-keys"', 'passage = "nope"', 1))
    assert "\n" not in str(error)


def test_missing_top_level_field_names_no_line_zero(tmp_path: Path) -> None:
    error = _error(tmp_path, 'format = 1\nid = "x"\n')
    assert error.field == "title" and error.line is None
    assert ":0:" not in str(error)
