"""Valid TOML of the wrong shape: every wrong type, odd number and deep nesting is one line."""

from __future__ import annotations

import pytest

from wocdesk.content.article_file.loader import parse_article
from wocdesk.content.toml_parse import describe_toml_error
from wocdesk.errors import ArticleError
from wocdesk.resources import bundled_article_path

GOOD = bundled_article_path().read_text(encoding="utf-8")


def _line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


def _error(text: str) -> ArticleError:
    with pytest.raises(ArticleError) as info:
        parse_article(text, "a.toml")
    message = str(info.value)
    assert "\n" not in message and len(message) < 300
    return info.value


@pytest.mark.parametrize(
    ("old", "new", "field", "message"),
    [
        (
            'before = "p-event"',
            "before = { a = 1 }",
            "leftovers[0].before",
            "must be text, not a table",
        ),
        (
            'before = "p-event"',
            "before = [1, 2]",
            "leftovers[0].before",
            "must be text, not a list",
        ),
        ('only = "zh"', 'only = ["zh"]', "sections[6].passages[0].only", "not a list"),
        (
            'only = "zh"',
            'only = "fr"',
            "sections[6].passages[0].only",
            "must be one of zh, en, not 'fr'",
        ),
        (
            "value = 60",
            "value = nan",
            "figures[0].points[1].value",
            "must be a finite number, not nan",
        ),
        (
            "value = 60",
            "value = inf",
            "figures[0].points[1].value",
            "must be a finite number, not inf",
        ),
        ("value = 60", "value = -inf", "figures[0].points[1].value", "not -inf"),
        ("value = 60", "value = 1e28", "figures[0].points[1].value", "not 1e+28"),
        (
            "value = 60",
            "value = 5000",
            "figures[0].points[1].value",
            "a percentage must be from -1000 to 1000",
        ),
        (
            "value = 60",
            "value = true",
            "figures[0].points[1].value",
            "must be a number, not true or false",
        ),
        ("rank = 2,", "rank = -2,", "figures[1].items[1].rank", "from 1 to 1000000, not -2"),
        (
            "rank = 2,",
            "rank = 99999999999999999,",
            "figures[1].items[1].rank",
            "a whole number from 1",
        ),
        (
            "rank = 2,",
            "rank = 2.5,",
            "figures[1].items[1].rank",
            "must be a whole number, not a number",
        ),
        (
            "date = 2024-02-23",
            "date = 2024-02-23T10:00:00",
            "event.date",
            "must be a date like 2024-02-23, not a time",
        ),
        (
            'id = "p-exchange"',
            "id = 7",
            "sections[2].passages[1].id",
            "must be text, not a whole number",
        ),
        (
            'id = "p-exchange"',
            'id = "has space"',
            "sections[2].passages[1].id",
            "is not a valid id",
        ),
        (
            "editorial_title = true",
            'editorial_title = "yes"',
            "sections[0].editorial_title",
            "must be true or false, not text",
        ),
        ("editorial_title = true", "level = 0", "sections[0].level", "from 1 to 6, not 0"),
        (
            'title = { zh = "来源", en = "Source" }',
            "title = [1, 2]",
            "sections[6].title",
            "must be a table of texts by language",
        ),
        (
            'title = { zh = "来源", en = "Source" }',
            'title = { zh = "来源", fr = "Source" }',
            "sections[6].title",
            "unknown language 'fr'",
        ),
        (
            'title = { zh = "来源", en = "Source" }',
            'title = { zh = 1, en = "Source" }',
            "sections[6].title.zh",
            "must be text, not a whole number",
        ),
        ('kind = "ranking"', "kind = 3", "figures[1].kind", "not a whole number"),
        (
            'unit = "percent"',
            'unit = "furlongs"',
            "figures[0].unit",
            "must be one of percent, count",
        ),
        (
            'columns = [{ zh = "科技集群", en = "Cluster" }, { zh = "企业", en = "Enterprises" }]',
            'columns = [{ zh = "科技集群", en = "Cluster" }]',
            "figures[2].columns",
            "has too few items",
        ),
        (
            'id = "digital-age"\npassage = "p-waves"',
            'id = "digital-age"\npassage = 3',
            "waves[0].passage",
            "must be text, not a whole number",
        ),
    ],
)
def test_wrong_types_and_numbers_name_file_line_and_field(
    old: str, new: str, field: str, message: str
) -> None:
    assert old in GOOD
    broken = GOOD.replace(old, new, 1)
    error = _error(broken)
    assert error.field == field
    assert message in error.message
    assert error.path == "a.toml"
    assert error.line is not None and 1 <= error.line <= len(broken.splitlines())


def test_the_line_is_the_one_of_the_value() -> None:
    broken = GOOD.replace("value = 60", "value = nan", 1)
    assert _error(broken).line == _line_of(broken, "value = nan")
    broken = GOOD.replace('before = "p-event"', "before = { a = 1 }", 1)
    assert _error(broken).line == _line_of(broken, "before = { a = 1 }")


def test_a_table_where_the_article_has_a_list() -> None:
    error = _error(GOOD.replace("[[keys]]", "[keys.x]", 1).replace("[[keys]]", "[[oops]]"))
    assert error.field == "keys" and "must be a list, not a table" in error.message


@pytest.mark.parametrize("depth", [3000, 50_000])
def test_deep_nesting_is_one_line(depth: int) -> None:
    deep = "x = " + "[" * depth + "]" * depth + "\n"
    error = _error(deep + GOOD)
    assert error.message == "not valid TOML: values are nested too deeply"
    assert error.line == 1


def test_deep_nesting_inside_a_field_is_named_by_its_type() -> None:
    nested = "[" * 400 + "]" * 400
    error = _error(GOOD.replace('before = "p-event"', f"before = {nested}", 1))
    assert error.field == "leftovers[0].before" and "must be text, not a list" in error.message


def test_deep_inline_tables() -> None:
    deep = "x = " + "{ a = " * 3000 + "1" + " }" * 3000 + "\n"
    assert "nested too deeply" in _error(deep + GOOD).message


def test_toml_syntax_errors_say_line_and_column_in_words() -> None:
    error = _error('format = 1\nid = "x\n')
    assert error.message == "not valid TOML at line 2, column 8: illegal character '\\n'"
    assert error.line == 2
    assert "(," not in str(error) and "(at" not in str(error)


def test_the_formatter_reads_every_form_of_tomllib_message() -> None:
    """Line and column in words, the reason lower-cased; exact columns are tomllib's business."""
    import re
    import tomllib

    where = r"(at line \d+, column \d+|at the end of the file)"
    for text, reason in [
        ("a = [1", "unclosed array"),
        ("a = 1\na = 2\nb = 3", "cannot overwrite a value"),
        ("[a]\n[a]", "cannot declare ('a',) twice"),
        ("a = 1 b", "expected newline or end of document after a statement"),
        ('a = "\x01"', "illegal character '\\x01'"),
    ]:
        with pytest.raises(tomllib.TOMLDecodeError) as info:
            tomllib.loads(text)
        message, _line = describe_toml_error(info.value)
        assert re.fullmatch(f"not valid TOML {where}: {re.escape(reason)}", message), message


def test_the_formatter_speaks_the_interface_language() -> None:
    from wocdesk.i18n import set_interface_language

    set_interface_language("zh")
    error = _error('format = 1\nid = "x\n')
    assert error.message == "不是有效的 TOML（第 2 行第 8 列）：非法字符 '\\n'"
