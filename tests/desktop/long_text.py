"""A 200-chapter bilingual text made from the bundled article's passages (for scale tests)."""

from __future__ import annotations

import dataclasses

from wocdesk.model.article import Article, Passage, Section
from wocdesk.model.text import BiText


def long_article(article: Article, chapters: int = 200) -> Article:
    """``article``'s passages repeated as ``chapters`` numbered chapters."""
    passages = list(article.passages())
    sections = []
    for number in range(1, chapters + 1):
        section_id = f"ch{number}"
        sections.append(
            Section(
                id=section_id,
                title=BiText(zh=f"第{number}章", en=f"Chapter {number}"),
                passages=tuple(
                    Passage(id=f"{section_id}-{p.id}", text=p.text, section_id=section_id)
                    for p in passages
                ),
            )
        )
    return dataclasses.replace(
        article, id="long-text", sections=tuple(sections), waves=(), trends=(), keys=(), figures=()
    )
