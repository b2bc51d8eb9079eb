"""A raw bilingual text of N chapters made from the bundled article's passages (deterministic).

In the form ``wocdesk import`` reads: a heading pair (``第N章 …`` / ``Chapter N …``) per chapter,
then pairs of paragraphs (a Chinese one, then its English), cycling through the bundled article.
Import it with ``wocdesk.content.importing.importer.import_text``.
"""

from __future__ import annotations

from functools import cache

import wocdesk


@cache
def _pairs() -> tuple[tuple[str, str], ...]:
    article = wocdesk.load_article()
    return tuple((p.zh, p.en) for p in article.passages() if p.zh and p.en)


def chapter_text(chapters: int = 20, paragraphs: int = 6) -> str:
    """``chapters`` chapters of ``paragraphs`` paragraph pairs each, plus a title line."""
    pairs = _pairs()
    lines = ["WIPO China: Frontier Technology China’s Practice (in chapters)", ""]
    turn = 0
    for chapter in range(1, chapters + 1):
        lines += [f"第{chapter}章 前沿科技", f"Chapter {chapter}: Frontier technology", ""]
        for _ in range(paragraphs):
            zh, en = pairs[turn % len(pairs)]
            turn += 1
            lines += [zh, en, ""]
    return "\n".join(lines)
