"""Deck outlines: the bundled one loads; broken ones fail with file, slide number and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from wocdesk.deck import OutlineError, load_outline, plan_deck
from wocdesk.deck.outline import KINDS, check_outline
from wocdesk.resources import default_outline_path

GOOD = default_outline_path().read_text(encoding="utf-8")


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
