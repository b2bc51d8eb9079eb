"""Words as spans: covering the text, stepping by word, and accuracy on the hand-made gold set."""

from __future__ import annotations

import itertools

from tests.study.segmentation_gold import gold_passages, score
from wocdesk.study.segment import (
    boundaries,
    chinese_words,
    next_word,
    previous_word,
    word_at,
    words,
)


def test_words_cover_every_character_but_spaces(article) -> None:  # type: ignore[no-untyped-def]
    for passage in article.passages():
        text = passage.zh or ""
        spans = words(text)
        covered = "".join(span.of(text) for span in spans)
        assert covered == "".join(text.split())
        assert all(a.end <= b.start for a, b in itertools.pairwise(spans))


def test_words_of_the_article() -> None:
    text = "表示将一如既往地对企业创新发展给予大力支持。"
    found = [span.of(text) for span in words(text)]
    assert found[:6] == ["表示", "将", "一如既往", "地", "对", "企业"]
    assert found[-1] == "。"


def test_latin_names_and_numbers_are_words_of_their_own() -> None:
    text = "有华为、OPPO、中兴通讯等企业,占到了全球总量的70%"
    found = [span.of(text) for span in words(text)]
    assert "OPPO" in found
    assert "70%" in found
    assert [span.of(text) for span in chinese_words(text)][:2] == ["有", "华为"]


def test_word_at_and_stepping_like_zhongwen() -> None:
    text = "刘华表示, 面对创新的浪潮"
    at = word_at(text, 1)
    assert at is not None and at.of(text) == "刘华"
    assert word_at(text, 5) is None  # the space
    step = next_word(text, 0)
    assert step is not None and step.of(text) == "表示"
    step = next_word(text, step.start)  # skips the comma and the space
    assert step is not None and step.of(text) == "面对"
    back = previous_word(text, step.start)
    assert back is not None and back.of(text) == "表示"
    last = chinese_words(text)[-1]
    assert next_word(text, last.start) is None
    assert previous_word(text, 0) is None


def test_boundaries_are_word_edges_in_order() -> None:
    text = "中国企业勇于探索"
    offsets = boundaries(text)
    assert offsets[0] == 0 and offsets[-1] == len(text)
    assert 2 in offsets and 4 in offsets  # 中国 | 企业 | ...
    assert list(offsets) == sorted(set(offsets))


def test_text_without_chinese() -> None:
    assert chinese_words("ChatGPT 2024") == ()
    assert next_word("", 0) is None
    assert words("") == ()


def test_gold_segmentation_covers_the_article(article) -> None:  # type: ignore[no-untyped-def]
    passages = gold_passages()
    assert [g.id for g in passages] == [p.id for p in article.passages()]
    for gold in passages:
        assert gold.text == "".join((article.passage(gold.id).zh or "").split())


def test_segmentation_accuracy_on_the_gold_set() -> None:
    precision, recall, f1 = score(lambda text: [span.of(text) for span in words(text)])
    print(f"segmentation: precision {precision:.3f}, recall {recall:.3f}, F1 {f1:.3f}")
    assert f1 >= 0.98
