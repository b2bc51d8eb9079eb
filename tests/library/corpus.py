"""Deterministic test texts made from the bundled article's published passages."""

from __future__ import annotations

import random

import wocdesk


def chapters_text(chapters: int, title: str = "WIPO China: a long report") -> str:
    """A raw bilingual text of ``chapters`` chapters, each a heading pair and the article's
    passages in a rotated order (verbatim), as the importer reads it."""
    article = wocdesk.load_article()
    pairs = [(p.zh, p.en) for p in article.passages() if p.zh and p.en]
    lines = [title, ""]
    for number in range(1, chapters + 1):
        lines += [f"第{number}章 前沿科技", f"Chapter {number}: Frontier technology", ""]
        shift = number % len(pairs)
        for zh, en in pairs[shift:] + pairs[:shift]:
            lines += [zh or "", en or "", ""]
    return "\n".join(lines)


def article_variant(number: int) -> str:
    """A raw text the size of the bundled article: its passages shuffled, a title of its own."""
    article = wocdesk.load_article()
    pairs = [(p.zh, p.en) for p in article.passages() if p.zh and p.en]
    random.Random(number).shuffle(pairs)
    lines = [f"Article {number}: Frontier Technology", ""]
    for zh, en in pairs:
        lines += [zh or "", en or "", ""]
    return "\n".join(lines)
