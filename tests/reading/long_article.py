"""A deterministic 200-chapter text made of the bundled article's passages (3,600 passages).

Each chapter is a level-1 section with six passages and two level-2 sub-sections of six more;
passages cycle through the bundled ones (one-language lines included) with unique ids.
``raw_text`` writes the same text in the raw bilingual form the importer reads.
"""

from __future__ import annotations

from functools import cache

from wocdesk.model.article import Article, Passage, Section
from wocdesk.model.text import BiText

CHAPTERS = 200
PER_SECTION = 6
SUBSECTIONS = 2
_NUMERALS = "零一二三四五六七八九"


def _zh_number(n: int) -> str:
    """1 to 999 in Chinese numerals: 十二, 一百五十, 二百零三."""
    hundreds, rest = divmod(n, 100)
    tens, units = divmod(rest, 10)
    out = f"{_NUMERALS[hundreds]}百" if hundreds else ""
    if tens:
        out += f"{_NUMERALS[tens]}十" if hundreds or tens > 1 else "十"
    elif hundreds and units:
        out += "零"
    return out + (_NUMERALS[units] if units else "")


@cache
def long_article(chapters: int = CHAPTERS) -> Article:
    """The long text (cached: the same object for every caller)."""
    from wocdesk.content.loader import load_article

    base = load_article()
    source = list(base.passages())
    sections: list[Section] = []
    serial = 0
    for chapter in range(1, chapters + 1):
        parts = [
            (
                f"c{chapter}",
                BiText(f"第{_zh_number(chapter)}章 前沿科技", f"Chapter {chapter}: Frontier tech"),
                1,
            )
        ]
        for sub in range(1, SUBSECTIONS + 1):
            title = BiText(f"第{_zh_number(chapter)}章第{sub}节", f"Chapter {chapter}, part {sub}")
            parts.append((f"c{chapter}-s{sub}", title, 2))
        for section_id, title, level in parts:
            passages = []
            for _ in range(PER_SECTION):
                original = source[(serial * 7 + chapter) % len(source)]
                passages.append(Passage(f"p{serial}", original.text, section_id))
                serial += 1
            sections.append(Section(section_id, title, tuple(passages), True, level))
    return Article(
        id="long-text",
        title=BiText("前沿科技长篇", "Frontier technology at length"),
        event=base.event,
        sections=tuple(sections),
        source=base.source,
    )


def raw_text(article: Article) -> str:
    """The article as a raw bilingual text: title, then heading and passage pairs."""
    lines = [article.title.en or "", ""]
    for section in article.sections:
        lines += [section.title.zh or "", section.title.en or "", ""]
        for passage in section.passages:
            for text in (passage.text.zh, passage.text.en):
                if text:
                    lines += [text, ""]
    return "\n".join(lines)


if __name__ == "__main__":
    import sys

    sys.stdout.write(raw_text(long_article()))
