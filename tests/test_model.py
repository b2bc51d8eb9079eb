"""The Qt-free model: bilingual text, display modes, article navigation."""

from __future__ import annotations

import pytest

from wocdesk.model import BiText, DisplayMode, parse_lang, parse_mode


def test_bitext_get_and_fallback() -> None:
    text = BiText(zh="中文", en=None)
    assert text.get("zh") == "中文"
    assert text.get("en") is None
    assert text.has("zh") and not text.has("en")
    assert text.best("en") == "中文"
    assert text.languages == ("zh",)
    assert BiText(zh="甲", en="A").get("zh-CN") == "甲"


def test_bitext_rejects_unknown_language() -> None:
    with pytest.raises(ValueError, match="unknown language 'fr'"):
        BiText(zh="a", en="b").get("fr")


@pytest.mark.parametrize(
    ("value", "languages"),
    [
        ("zh", ("zh",)),
        ("en", ("en",)),
        ("zh-en", ("zh", "en")),
        ("en-zh", ("en", "zh")),
        ("both", ("zh", "en")),
        ("EN_ZH", ("en", "zh")),
    ],
)
def test_parse_mode(value: str, languages: tuple[str, ...]) -> None:
    mode = parse_mode(value)
    assert mode.languages == languages
    assert mode.leading == languages[0]
    assert mode.is_bilingual == (len(languages) == 2)


def test_parse_mode_names_the_choices() -> None:
    with pytest.raises(ValueError, match="choose zh, en, zh-en, en-zh"):
        parse_mode("fr")


def test_parse_lang_accepts_locale_spellings() -> None:
    assert parse_lang("zh_CN") == "zh"
    assert parse_lang("en-US") == "en"
    assert DisplayMode.for_lang("zh") is DisplayMode.ZH


def test_article_navigation(article) -> None:  # type: ignore[no-untyped-def]
    assert [s.id for s in article.sections] == [
        "event",
        "waves",
        "trends",
        "practice",
        "voices",
        "keys",
        "source",
    ]
    passage = article.passage("p-exchange")
    assert passage.section_id == "trends"
    assert article.section_of("p-exchange").title.en == "Three innovation trends"
    assert article.section("voices").passages[0].id == "p-government"
    with pytest.raises(KeyError):
        article.passage("nope")
    assert article.has_highlights


def test_section_titles_exist_in_both_languages(article) -> None:  # type: ignore[no-untyped-def]
    for section in article.sections:
        assert section.title.zh and section.title.en
    # The only heading the article has is its own; every other title is ours.
    assert [s.id for s in article.sections if not s.title_editorial] == ["voices"]
    assert article.section("voices").title.zh == "参会嘉宾发言"
