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
    assert "yìrújìwǎng de duì" in pinyin_line(text)


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


@pytest.mark.parametrize(
    ("text", "word", "reading"),
    [
        # Classic cases: 一 before a 4th tone yí, before a 1st/2nd/3rd yì, alone or ordinal yī.
        ("我有一个问题。", "一个", "yí gè"),
        ("我们一起去。", "一起", "yì qǐ"),
        ("他是第一。", "第一", "dì yī"),
        ("一如既往地支持", "一如既往", "yì rú jì wǎng"),
        ("这不是真的。", "不是", "bú shì"),
        ("两者不同。", "不同", "bù tóng"),
        ("一样的", "一样", "yí yàng"),  # pypinyin's data: yī yàng
        ("一天一年", "一天", "yì tiān"),
        ("一天一年", "一年", "yì nián"),
        ("国家统一", "统一", "tǒng yī"),
        ("之一。", "之一", "zhī yī"),
        ("十一月", "十一", "shí yī"),
        ("一九九八年", "一九", "yī jiǔ"),
        ("一月一日", "一月", "yī yuè"),
        ("一百", "一百", "yì bǎi"),
        ("不断发展", "不断", "bú duàn"),  # pypinyin's data: bù duàn
        ("前不久", "不久", "bù jiǔ"),
        ("不一定", "不一定", "bù yí dìng"),
        ("是不是", "是不是", "shì bu shì"),
        ("看一看", "看一看", "kàn yi kàn"),
        ("差不多", "差不多", "chà bu duō"),  # a neutral tone of the phrase data stays
        ("一不小心", "一不", "yí bù"),
    ],
)
def test_yi_and_bu_carry_the_tone_they_are_said_with(text: str, word: str, reading: str) -> None:
    assert _reading(text, word) == reading


@pytest.mark.parametrize(
    ("passage_id", "word", "reading"),
    [
        ("p-keys", "一座", "yí zuò"),  # 一 and 座 are two words: the change crosses them
        ("p-eastward", "第一个", "dì yī gè"),  # an ordinal keeps yī before a 4th tone
        ("p-keys", "新一代", "xīn yí dài"),
        ("p-exchange", "一个", "yí gè"),
        ("p-exchange", "不是", "bú shì"),
        ("p-government", "一如既往地", "yì rú jì wǎng de"),
        ("p-waves", "一是", "yī shì"),  # 一是…二是…: counting
        ("p-event", "前不久", "qián bù jiǔ"),
    ],
)
def test_yi_and_bu_in_the_article(article, passage_id: str, word: str, reading: str) -> None:  # type: ignore[no-untyped-def]
    assert _reading(article.passage(passage_id).zh, word) == reading


def test_every_yi_and_bu_of_the_article_follows_the_rule(article) -> None:  # type: ignore[no-untyped-def]
    """Before a 4th tone 一 is yí and 不 bú; before another tone yì and bù; else yī or bù."""
    for passage in article.passages():
        text = passage.zh or ""
        syllables = [s for w in text_pinyin(text) for s in w.syllables]
        for n, syllable in enumerate(syllables):
            char = syllable.span.of(text)
            if char not in "一不":
                continue
            after = syllables[n + 1] if n + 1 < len(syllables) else None
            before = text[syllable.span.start - 1] if syllable.span.start else ""
            adjacent = after is not None and after.span.start == syllable.span.end
            if char == "不":
                expected = "bú" if adjacent and after.tone == 4 else "bù"  # type: ignore[union-attr]
            elif not adjacent or before == "第" or text[syllable.span.end :].startswith("是"):
                expected = "yī"
            else:
                expected = "yí" if after.tone == 4 else "yì"  # type: ignore[union-attr]
            assert syllable.marked == expected, (passage.id, text[syllable.span.start :][:4])


def test_the_tone_number_follows_the_change() -> None:
    syllables = {s.span.of("一座"): s for w in text_pinyin("一座") for s in w.syllables}
    assert (syllables["一"].tone, syllables["一"].numbered) == (2, "yi2")
