"""A 200-chapter text made from the bundled passages, deterministically (not a test)."""

from __future__ import annotations

from dataclasses import replace

from wocdesk.model.article import Article, Section


def long_article(article: Article, chapters: int = 200) -> Article:
    """``article`` with its sections repeated ``chapters`` times, every id made unique."""
    sections = []
    for chapter in range(chapters):
        for section in article.sections:
            section_id = f"c{chapter:03d}-{section.id}"
            passages = tuple(
                replace(p, id=f"c{chapter:03d}-{p.id}", section_id=section_id)
                for p in section.passages
            )
            sections.append(Section(section_id, section.title, passages, level=section.level))
    return replace(article, id=f"{article.id}-x{chapters}", sections=tuple(sections))
