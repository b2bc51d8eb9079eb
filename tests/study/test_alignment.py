"""Alignment as data: spans, links, counterparts, and the per-passage, per-section cache."""

from __future__ import annotations

from collections import Counter

from tests.study.long_text import long_article
from wocdesk.study.aligning.align import align, length_cost, prior
from wocdesk.study.aligning.alignment import AlignmentCache, align_passage, align_texts
from wocdesk.study.aligning.anchors import en_anchors, zh_anchors
from wocdesk.study.dictionary import load_dictionary


def test_the_third_trends_second_sentence_finds_its_chinese(article) -> None:  # type: ignore[no-untyped-def]
    passage = article.passage("p-enterprise")
    alignment = AlignmentCache(load_dictionary()).passage(passage)
    second = alignment.en[1]
    assert (
        second.of(passage.en) == "Much of the current innovation is largely driven by enterprises."
    )
    spans = alignment.counterpart("en", second.start + 5)
    assert [span.of(passage.zh) for span in spans] == ["现在的创新很大程度上都是企业在带动。"]
    back = alignment.counterpart("zh", spans[0].start)
    assert back == (second,)


def test_a_line_in_one_language_has_links_with_an_empty_side(article) -> None:  # type: ignore[no-untyped-def]
    alignment = align_passage(article.passage("p-read-more"))
    assert [(link.zh, link.en) for link in alignment.links] == [((0,), ())]
    assert alignment.counterpart("zh", 0) == ()
    assert alignment.sentence_at("en", 0) is None


def test_every_sentence_is_in_exactly_one_link(article) -> None:  # type: ignore[no-untyped-def]
    for passage in article.passages():
        alignment = align_passage(passage)
        zh = [i for link in alignment.links for i in link.zh]
        en = [j for link in alignment.links for j in link.en]
        assert zh == list(range(len(alignment.zh)))
        assert en == list(range(len(alignment.en)))


def test_anchors_pin_crossing_sentences_into_one_link() -> None:
    # The date comes first in Chinese but last in English: no link in order can split them.
    zh = "2024年发布了Sora。我们很高兴。"
    en = "We are glad. Sora came out in 2024."
    alignment = align_texts(zh, en)
    assert [(link.zh, link.en) for link in alignment.links] == [((0, 1), (0, 1))]


def test_anchor_keys() -> None:
    assert zh_anchors(
        "占全球的70%,10年前是60%,第一个趋势,五套钥匙,一座金矿,2月,ChatGPT"
    ) == Counter(
        {"70%": 1, "n:10": 1, "60%": 1, "ord:1": 1, "n:5": 1, "month:2": 1, "w:chatgpt": 1}
    )
    keys = en_anchors("On February 23, 2024, 70 percent, ten years, the first WIPO’s OPPO-like")
    for key in ("month:2", "n:23", "n:2024", "70%", "n:10", "ord:1", "w:wipo", "w:oppo"):
        assert keys[key] >= 1, key


def test_gale_church_costs() -> None:
    assert prior(1, 1) < prior(2, 1) < prior(1, 0) and prior(0, 2) == float("inf")
    assert length_cost(10, 30, 3.0) < length_cost(10, 60, 3.0)
    assert length_cost(0, 0, 3.0) == 0.0
    assert length_cost(1000, 0, 3.0) < float("inf")  # no underflow
    assert align([10, 10], [30, 30]) == [((0,), (0,)), ((1,), (1,))]
    assert align([10, 10], [60]) == [((0, 1), (0,))]
    assert align([], [5]) == [((), (0,))]


def test_a_long_text_is_aligned_section_by_section(article) -> None:  # type: ignore[no-untyped-def]
    book = long_article(article, chapters=200)
    cache = AlignmentCache()
    first = book.sections[0].id
    chapter = cache.section(book, "c123-trends")
    assert len(cache) == len(chapter) == 3  # only what was asked for
    assert chapter[2].passage_id == "c123-p-enterprise"
    assert chapter[2] == cache.passage(book.passage("c123-p-enterprise"))  # from the cache
    cache.section(book, first)
    assert len(cache) == 4


def test_giving_the_dictionary_recomputes(article) -> None:  # type: ignore[no-untyped-def]
    cache = AlignmentCache()
    keys = article.passage("p-keys")
    without = cache.passage(keys)
    cache.dictionary = load_dictionary()
    assert len(cache) == 0
    with_words = cache.passage(keys)
    assert [(link.zh, link.en) for link in with_words.links] == [((0,), (0, 1)), ((1,), (2, 3))]
    assert without.links != with_words.links
