"""Pinyin by word: phrase readings, particles in context, tone marks and numbers, spans."""

from __future__ import annotations

import pytest

from wocdesk.study.pinyin import join_syllables, pinyin_line, text_pinyin
from wocdesk.study.tones import mark_syllable, numbered_to_marked, plain_syllable, tone_of


def _reading(text: str, word: str) -> str:
    """The readings of the characters of ``word`` where it first occurs in ``text``."""
    start = text.index(word)
    marked = {s.span.start: s.marked for w in text_pinyin(text) for s in w.syllables}
    return " ".join(marked[offset] for offset in range(start, start + len(word)))


def test_de_after_an_adverbial(article) -> None:  # type: ignore[no-untyped-def]
    text = article.passage("p-government").zh
    words = {w.span.of(text): w for w in text_pinyin(text)}
    assert words["地"].syllables[0].marked == "de"
    assert words["地"].syllables[0].tone == 5
    assert "yīrújìwǎng de duì" in pinyin_line(text).replace("yì", "yī")


@pytest.mark.parametrize(
    ("text", "word", "reading"),
    [
        ("世界知识产权组织中国办事处在京举行“前沿科技中国实践故事会”", "举行", "jǔ xíng"),
        ("邀请来自政府部门、行业协会、科技企业的50多名代表", "行业", "háng yè"),
        ("为企业发展和经济增长赋能", "增长", "zēng zhǎng"),
        ("这块地很大。", "地", "dì"),
        ("他认真地学习。", "地", "de"),
        ("他跑得很快。", "得", "de"),
        ("保护土地", "土地", "tǔ dì"),
    ],
)
def test_readings_in_context(text: str, word: str, reading: str) -> None:
    assert _reading(text, word) == reading


def test_tone_numbers_and_spans() -> None:
    text = "北京 举行"
    words = text_pinyin(text)
    assert [w.span.of(text) for w in words] == ["北京", "举行"]
    syllables = words[1].syllables
    assert [s.span.of(text) for s in syllables] == ["举", "行"]
    assert [s.tone for s in syllables] == [3, 2]
    assert [s.numbered for s in syllables] == ["ju3", "xing2"]


def test_pinyin_line_keeps_numbers_names_and_punctuation() -> None:
    line = pinyin_line("第一个趋势是创新中心东移(Eastward)。亚洲占70%。")
    assert "(Eastward)." in line
    assert "70%." in line
    assert line.startswith("dì")


def test_a_character_without_a_reading_stays() -> None:
    words = text_pinyin("〇𠀋")
    assert all(len(w.syllables) == len(w.span) for w in words)


def test_no_chinese_no_pinyin() -> None:
    assert text_pinyin("OPPO 2024") == ()
    assert pinyin_line("OPPO, 2024.") == "OPPO, 2024."


@pytest.mark.parametrize(
    ("numbered", "marked"),
    [
        ("zhi1 shi5 chan3 quan2", "zhī shi chǎn quán"),
        ("lu:4", "lǜ"),
        ("nv3", "nǚ"),
        ("gou3", "gǒu"),
        ("liu2", "liú"),
        ("gui4", "guì"),
        ("Zhong1 guo2", "Zhōng guó"),
        ("r5", "r"),
        ("san1 C", "sān C"),
    ],
)
def test_tone_marks(numbered: str, marked: str) -> None:
    assert numbered_to_marked(numbered) == marked


def test_tone_helpers() -> None:
    assert mark_syllable("xing", 5) == "xing"
    assert [tone_of(s) for s in ("zhōng", "guó", "chǎn", "lǜ", "de", "Ā")] == [1, 2, 3, 4, 5, 1]
    assert plain_syllable("lǜ") == "lü" and plain_syllable("xíng") == "xing"
    assert join_syllables(["xī", "ān"]) == "xī'ān"
    assert join_syllables(["zhōng", "guó"]) == "zhōngguó"
