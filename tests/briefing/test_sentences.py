"""The sentence splitter: abbreviations, decimals, continuing punctuation and Chinese quotes."""

from __future__ import annotations

import pytest

from wocdesk.briefing.sentences import sentence_spans, sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ms. Liu Hua spoke. Mr. Wang and Dr. Li listened.",
            ["Ms. Liu Hua spoke.", "Mr. Wang and Dr. Li listened."],
        ),
        (
            "BOE, Baidu, Xiaomi, etc.; and Huawei, OPPO, etc. The end.",
            ["BOE, Baidu, Xiaomi, etc.; and Huawei, OPPO, etc.", "The end."],
        ),
        (
            "Asia holds 70.5% of filings. It was 3.2 points less.",
            ["Asia holds 70.5% of filings.", "It was 3.2 points less."],
        ),
        (
            "See e.g. the U.S. market. No. 5 is here.",
            ["See e.g. the U.S. market.", "No. 5 is here."],
        ),
        ("It was “great.” Then we left.", ["It was “great.”", "Then we left."]),
        (
            "J. K. Rowling wrote it. Was it good? Yes!",
            ["J. K. Rowling wrote it.", "Was it good?", "Yes!"],
        ),
        ("Visit example.com now. ok", ["Visit example.com now. ok"]),
        (
            "中国企业的表现如何?世界知识产权组织举行“故事会”,邀请代表。",
            ["中国企业的表现如何?", "世界知识产权组织举行“故事会”,邀请代表。"],
        ),
        ("他说：“第一。第二。”然后走了。", ["他说：“第一。第二。”", "然后走了。"]),
        ("真的吗？！是的……好。", ["真的吗？！", "是的……", "好。"]),
        ("「好。」她说。", ["「好。」", "她说。"]),
        ("", []),
        ("   ", []),
        ("No full stop at the end", ["No full stop at the end"]),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_spans_index_the_text_without_the_spaces_between() -> None:
    text = "  First one.   Second one.  "
    spans = sentence_spans(text)
    assert [text[a:b] for a, b in spans] == ["First one.", "Second one."]
    assert spans[0][0] == 2


def test_an_unclosed_chinese_quote_does_not_swallow_the_rest() -> None:
    # An opening quote never closed must not keep the following sentences together.
    assert sentences("他说：“第一。第二。第三。") == ["他说：“第一。", "第二。", "第三。"]


def test_bundled_article_passages_split_sensibly(article) -> None:  # type: ignore[no-untyped-def]
    keys = article.passage("p-keys")
    english = sentences(keys.en)
    assert len(english) == 4
    assert english[2].startswith("As WIPO’s arm in China")
    assert len(sentences(keys.zh)) == 2
    for passage in article.passages():
        for lang in ("zh", "en"):
            text = passage.text.get(lang)
            if text:
                joined = "".join(text[a:b] for a, b in sentence_spans(text))
                assert joined.replace(" ", "") == text.replace(" ", "").strip()
