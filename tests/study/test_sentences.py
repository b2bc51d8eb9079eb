"""Sentence splitting in English and Chinese: titles, etc., decimals, S&T, quotes."""

from __future__ import annotations

import pytest

from wocdesk.study.aligning.sentences import split_sentences


def _split(text: str, lang: str) -> list[str]:
    return [span.of(text) for span in split_sentences(text, lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ms. Liu Hua, Director of the WIPO Office, spoke. Mr. Wang and Dr. Li listened.",
            ["Ms. Liu Hua, Director of the WIPO Office, spoke.", "Mr. Wang and Dr. Li listened."],
        ),
        (
            "In Beijing, there are BOE, Baidu, Xiaomi, etc.; and in Shenzhen, Huawei. Next one.",
            [
                "In Beijing, there are BOE, Baidu, Xiaomi, etc.; and in Shenzhen, Huawei.",
                "Next one.",
            ],
        ),
        ("Baidu, Xiaomi, etc. The next.", ["Baidu, Xiaomi, etc.", "The next."]),
        ("It grew 2.5 times. Then 3.75%.", ["It grew 2.5 times.", "Then 3.75%."]),
        ("Among the top ten S&T clusters. Six.", ["Among the top ten S&T clusters.", "Six."]),
        (
            "This event, titled “Frontier Technology China’s Practice,” brought 50 luminaries.",
            ["This event, titled “Frontier Technology China’s Practice,” brought 50 luminaries."],
        ),
        (
            "He said “no.” Then left! Why? Because.",
            ["He said “no.”", "Then left!", "Why?", "Because."],
        ),
        ("See No. 5 and Fig. 2. Done.", ["See No. 5 and Fig. 2.", "Done."]),
        (
            "J. Smith and the U.S. Patent Office agreed.",
            ["J. Smith and the U.S. Patent Office agreed."],
        ),
        ("  One line\nanother line  ", ["One line", "another line"]),
        ("", []),
    ],
)
def test_english(text: str, expected: list[str]) -> None:
    assert _split(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "中国企业在前沿科技方面的表现如何?世界知识产权组织中国办事处在京举行活动。",
            ["中国企业在前沿科技方面的表现如何?", "世界知识产权组织中国办事处在京举行活动。"],
        ),
        ("他说:“我们走吧。”然后走了。", ["他说:“我们走吧。”", "然后走了。"]),
        ("真的吗？！好……再见", ["真的吗？！", "好……", "再见"]),
        ("增长了2.5倍。第二句", ["增长了2.5倍。", "第二句"]),
        ("一是数字时代;二是深层科学。", ["一是数字时代;二是深层科学。"]),
        ("见 https://example.org/a?b=1 页面。好!", ["见 https://example.org/a?b=1 页面。", "好!"]),
    ],
)
def test_chinese(text: str, expected: list[str]) -> None:
    assert _split(text, "zh") == expected


def test_spans_point_into_the_text() -> None:
    text = "First one.  Second one."
    spans = split_sentences(text, "en")
    assert [(s.start, s.end) for s in spans] == [(0, 10), (12, 23)]
