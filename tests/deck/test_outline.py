"""Deck outlines: the bundled one loads; broken ones fail with file, slide number and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from wocdesk.deck import OutlineError, load_outline, plan_deck
from wocdesk.deck.outlines.outline import KINDS, check_outline, parse_outline
from wocdesk.resources import default_outline_path

GOOD = default_outline_path().read_text(encoding="utf-8")
EXCHANGE_QUOTE = (
    'quote = { passage = "p-exchange", start = { zh = "企业的很多创新创造", '
    'en = "Many innovations" }, sentences = 1 }'
)


def test_bundled_outline_loads_with_ten_slides(article) -> None:  # type: ignore[no-untyped-def]
    outline = load_outline()
    assert outline.name == "briefing"
    assert [s.kind for s in outline.slides] == [
        "title",
        "agenda",
        "waves",
        "trends",
        "trend",
        "trend",
        "trend",
        "keys",
        "quote",
        "source",
    ]
    check_outline(outline, article)


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "my-deck.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            ('highlight = "exchange"', 'highlight = "nope"'),
            "my-deck.toml: slide 6: highlight: no trend 'nope'",
        ),
        (('kind = "keys"', 'kind = "keyz"'), "my-deck.toml: slide 8: kind: unknown kind 'keyz'"),
        (
            ('chart = "asia-share"', 'chart = "top-clusters"'),
            "my-deck.toml: slide 5: chart: figure 'top-clusters' is not a SeriesFigure",
        ),
        (
            ('notes = ["p-waves"]', 'notes = ["p-missing"]'),
            "my-deck.toml: slide 3: notes: no passage 'p-missing'",
        ),
        (
            ('show = "summary"', 'show = "everything"'),
            "my-deck.toml: slide 4: show: expected one of",
        ),
        (
            ('en = "As WIPO’s arm in China"', 'en = "Not in the text"'),
            "my-deck.toml: slide 9: quote.start.en: 'Not in the text' is not in passage",
        ),
        (
            ('table = "cluster-enterprises"', 'table = "cluster-enterprises"\ncolour = "red"'),
            "my-deck.toml: slide 7: colour: unknown key",
        ),
        (
            ('highlights = ["policy"', 'highlight = ["policy"'),
            "my-deck.toml: slide 8: highlights: missing",
        ),
    ],
)
def test_broken_reference_names_file_slide_and_key(tmp_path, article, change, expected) -> None:  # type: ignore[no-untyped-def]
    old, new = change
    assert old in GOOD
    path = write(tmp_path, GOOD.replace(old, new, 1))
    with pytest.raises(OutlineError) as info:
        plan_deck(article, path, "en")
    message = str(info.value)
    assert message.startswith(str(tmp_path)), message
    assert expected in message, message
    assert "\n" not in message


def test_bad_toml_names_file_and_line(tmp_path, article) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, GOOD.replace('kind = "agenda"', 'kind = "agenda'))
    with pytest.raises(OutlineError, match=r"my-deck\.toml: not valid TOML: .*line \d+"):
        plan_deck(article, path, "en")


def test_missing_and_empty_outline(tmp_path, article) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(OutlineError, match="no such file"):
        load_outline(tmp_path / "absent.toml")
    with pytest.raises(OutlineError, match="slides: no \\[\\[slides\\]\\]"):
        plan_deck(article, write(tmp_path, 'title = "x"\n'), "en")


def test_user_outline_with_every_kind(tmp_path, article) -> None:  # type: ignore[no-untyped-def]
    text = """
name = "mine"
title = { zh = "我的", en = "Mine" }
[[slides]]
kind = "chart"
figure = "asia-share"
[[slides]]
kind = "table"
figure = "top-clusters"
[[slides]]
kind = "closing"
text = { zh = "谢谢", en = "Thank you" }
[[slides]]
kind = "waves"
highlights = ["digital-age"]
"""
    deck = plan_deck(article, write(tmp_path, text), "en-zh")
    assert [s.kind for s in deck.slides] == ["chart", "table", "closing", "waves"]
    assert set(KINDS) >= {"title", "agenda", "trends", "trend", "keys", "quote", "source"}
    assert "p-eastward" not in deck.slides[2].notes
    assert article.passage("p-eastward").en in deck.slides[0].notes.split("\n")


# -- mismatches: one short line, at most three close ids ------------------------------------


def test_a_missing_passage_offers_close_ids_not_the_whole_list(tmp_path, article) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, GOOD.replace('notes = ["p-event"]', 'notes = ["p-evnt"]', 1))
    with pytest.raises(OutlineError) as info:
        plan_deck(article, path, "en")
    message = str(info.value)
    assert (
        message
        == f"{path}: slide 1: notes: no passage 'p-evnt' in the article (did you mean p-event?)"
    )


def test_a_bundled_outline_on_a_long_imported_text_is_one_short_line(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.chapter_text import chapter_text
    from wocdesk.content.article_file.article_toml import article_toml
    from wocdesk.content.article_file.loader import parse_article
    from wocdesk.content.importing.importer import import_text

    long = parse_article(
        article_toml(import_text(chapter_text(300, 6), "long")), tmp_path / "long.toml"
    )
    assert sum(1 for _ in long.passages()) == 1800
    with pytest.raises(OutlineError) as info:
        plan_deck(long, default_outline_path(), "en")
    message = str(info.value)
    assert "slide 1: notes: no passage 'p-event' in the article" in message
    assert len(message) < 300 and "\n" not in message
    assert message.count("p-") <= 4  # the id, and at most three suggestions


def test_problems_come_back_as_data_for_the_dialog(tmp_path, article) -> None:  # type: ignore[no-untyped-def]
    from wocdesk.deck.outlines.check import outline_file_problems, outline_problems

    broken = GOOD.replace('highlight = "exchange"', 'highlight = "exchang"').replace(
        'figure = "', 'figure = "x'
    )
    outline = load_outline(write(tmp_path, broken))
    problems = outline_problems(outline, article)
    assert [(p.slide, p.key) for p in problems] == [(6, "highlight")]
    assert problems[0].message == "no trend 'exchang' in the article (did you mean exchange?)"
    assert str(problems[0]).endswith(
        "slide 6: highlight: no trend 'exchang' in the article (did you mean exchange?)"
    )
    assert outline_problems(load_outline(), article) == []
    unreadable = outline_file_problems(tmp_path / "absent.toml", article)
    assert len(unreadable) == 1 and "no such file" in unreadable[0].message
    assert outline_file_problems(None, article) == []


# -- hostile outlines: one line, never a traceback or a hang --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("format = 2\n" + GOOD.replace("format = 1\n", ""), "format: format 2 is not supported"),
        (
            'format = "1"\n' + GOOD.replace("format = 1\n", ""),
            "format: format '1' is not supported",
        ),
        ("x = " + "[" * 3000 + "]" * 3000 + "\n" + GOOD, "nested too deeply"),
        (GOOD.replace('show = "detail"', "show = [1, 2]"), "slide 3: show: expected one of"),
        (
            GOOD.replace('highlights = ["digital-age", "deep-science"]', "highlights = { a = 1 }"),
            "slide 3: highlights: expected a list of ids",
        ),
        (
            GOOD.replace('highlight = "eastward"', "highlight = 3"),
            "slide 5: highlight: expected an id",
        ),
        (
            GOOD.replace(EXCHANGE_QUOTE, 'quote = ["p-exchange"]'),
            "slide 6: quote: expected",
        ),
        (
            GOOD.replace(EXCHANGE_QUOTE, 'quote = { passage = "p-exchange", start = 5 }'),
            "slide 6: quote.start: expected a table",
        ),
        (
            GOOD.replace('notes = ["p-waves"]', "notes = [[1]]"),
            "slide 3: notes: expected a list of ids",
        ),
        (
            GOOD.replace('kind = "agenda"', "kind = { a = 1 }"),
            "slide 2: kind: unknown kind a table",
        ),
        (GOOD.replace('name = "briefing"', "name = 1979-05-27"), "name: expected text"),
        (GOOD.replace("[labels]", "[labels]\nbogus = 'x'"), "labels: unknown label 'bogus'"),
        (GOOD.replace("[labels]", "labels = 3\n[other]"), "labels: expected a table"),
        (
            GOOD.replace('{ zh = "五套金钥匙", en = "Five keys to WIPO’s resources" },', "[],"),
            "slide 2: items[3]: expected a table",
        ),
        (
            '[[slides]]\nkind = "points"\nitems = [{ passage = "p-1", point = "kp-1" }]',
            "slide 1: items[1]: give either point or passage",
        ),
        (
            '[[slides]]\nkind = "points"\nitems = [{ passage = "p-1", sentence = 0 }]',
            "slide 1: items[1].sentence: expected a whole number",
        ),
        ('[[slides]]\nkind = "points"\nitems = "p-1"', "slide 1: items: expected a list"),
        ("slides = " + "[" * 400 + "]" * 400, "slide 1: expected a table"),
    ],
)
def test_wrong_types_are_one_line_naming_slide_and_key(tmp_path, article, text, expected) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, text)
    with pytest.raises(OutlineError) as info:
        plan_deck(article, path, "en")
    message = str(info.value)
    assert expected in message, message
    assert "\n" not in message and len(message) < 400


def test_an_empty_outline_name_is_refused(article) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(OutlineError, match="--outline: no file name given"):
        plan_deck(article, "", "en")
    with pytest.raises(OutlineError, match="no file name given"):
        load_outline("  ")


def test_a_fifo_or_device_as_outline_is_refused_at_once(tmp_path, article) -> None:  # type: ignore[no-untyped-def]
    import os
    import threading

    fifo = tmp_path / "deck.toml"
    os.mkfifo(fifo)
    outcome: list[str] = []

    def load(path: Path) -> None:
        try:
            load_outline(path)
        except OutlineError as exc:
            outcome.append(str(exc))

    for path in (fifo, Path("/dev/zero")):
        thread = threading.Thread(target=load, args=(path,), daemon=True)
        thread.start()
        thread.join(5)
        assert not thread.is_alive(), f"reading {path} hung"
    assert len(outcome) == 2
    assert all("is not a regular file" in line for line in outcome), outcome


def test_an_outline_too_large_is_refused(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "huge.toml"
    with open(path, "wb") as handle:
        handle.truncate(9 << 20)
    with pytest.raises(OutlineError, match="too large for an outline file"):
        load_outline(path)


@pytest.mark.parametrize(
    ("toml", "shown"),
    [
        (
            '[[slides]]\nkind = "title"\n"sub\\ntitle" = "x"\n',
            "slide 1: 'sub\\ntitle': unknown key",
        ),
        ('[[slides]]\nkind = "title"\n"bell\\u0007" = "x"\n', "slide 1: 'bell\\x07': unknown key"),
        ('[labels]\n"sou\\nrce" = "x"\n[[slides]]\nkind = "title"\n', "unknown label 'sou\\nrce'"),
    ],
)
def test_a_key_with_a_line_break_is_quoted_on_one_line(toml: str, shown: str) -> None:
    with pytest.raises(OutlineError) as caught:
        parse_outline(toml, "deck.toml")
    message = str(caught.value)
    assert "\n" not in message and "\x07" not in message
    assert message.startswith("deck.toml: ")
    assert shown in message


def test_a_file_name_with_a_line_break_is_quoted(tmp_path: Path) -> None:
    path = tmp_path / "my\ndeck.toml"
    path.write_text('[[slides]]\nkind = "nope"\n', encoding="utf-8")
    with pytest.raises(OutlineError) as caught:
        load_outline(path)
    message = str(caught.value)
    assert "\n" not in message
    assert repr(str(path)) in message
