"""A long bilingual text built from the bundled article's passages, for benchmarks and scale tests.

``long_raw_text()`` is deterministic: the same arguments give the same text, byte for byte. It is
in the form ``wocdesk import`` reads (a Chinese paragraph, then its English) with nested,
numbered headings: each chapter is a heading pair ``第N章 …`` / ``Chapter N …`` followed by an
introductory pair, then sub-sections ``N.M …`` / ``N.M …``, each with a run of paragraph pairs.
Page leftovers (photo credits) and Chinese-only lines are mixed in as in the published post.
The defaults (200 chapters) make about 3,600 passages and 3 MB of UTF-8.

Use it from a test (``from longtext import long_raw_text``: ``tests/`` is on the path) or a
benchmark (put ``tests/`` on ``sys.path`` first).
"""

from __future__ import annotations

from functools import cache

import wocdesk

CHAPTERS = 200
SUB_SECTIONS = 2
PAIRS_PER_SUB_SECTION = 9


@cache
def _material() -> tuple[tuple[tuple[str, str], ...], tuple[str, ...], tuple[tuple[str, str], ...]]:
    """The bundled article's paragraph pairs, its Chinese-only lines and its section titles."""
    article = wocdesk.load_article()
    pairs = tuple((p.zh, p.en) for p in article.passages() if p.zh and p.en)
    zh_only = tuple(p.zh for p in article.passages() if p.zh and not p.en)
    titles = tuple(
        (s.title.zh or "", s.title.en or "") for s in article.sections if s.title.zh and s.title.en
    )
    return pairs, zh_only, titles


def long_raw_text(
    chapters: int = CHAPTERS,
    sub_sections: int = SUB_SECTIONS,
    pairs_per_sub_section: int = PAIRS_PER_SUB_SECTION,
) -> str:
    """A raw bilingual text of ``chapters`` chapters with nested sub-sections (deterministic)."""
    pairs, zh_only, titles = _material()
    lines = ["WIPO China: Frontier Technology China’s Practice (long edition)", ""]
    turn = 0
    for chapter in range(1, chapters + 1):
        zh_title, en_title = titles[chapter % len(titles)]
        lines += [f"第{chapter}章 {zh_title}", f"Chapter {chapter} {en_title}", ""]
        zh, en = pairs[turn % len(pairs)]
        turn += 1
        lines += [zh, en, ""]
        for sub in range(1, sub_sections + 1):
            zh_title, en_title = titles[(chapter + sub) % len(titles)]
            lines += [f"{chapter}.{sub} {zh_title}", f"{chapter}.{sub} {en_title}", ""]
            for index in range(pairs_per_sub_section):
                if index == 3:
                    lines.append("图片:WOC|Photo: WOC")
                zh, en = pairs[turn % len(pairs)]
                turn += 1
                lines += [zh, en, ""]
            if sub == sub_sections and chapter % 4 == 0:
                lines += [zh_only[chapter % len(zh_only)], ""]
    return "\n".join(lines)


def expected_counts(
    chapters: int = CHAPTERS,
    sub_sections: int = SUB_SECTIONS,
    pairs_per_sub_section: int = PAIRS_PER_SUB_SECTION,
) -> dict[str, int]:
    """How many sections, passages and leftovers ``long_raw_text`` with these arguments holds."""
    return {
        "sections": chapters * (1 + sub_sections),
        "passages": chapters * (1 + sub_sections * pairs_per_sub_section) + chapters // 4,
        "leftovers": chapters * sub_sections,
    }
