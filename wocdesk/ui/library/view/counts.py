"""The Library view's counts: articles shown, and passages found in how many articles."""

from __future__ import annotations

from collections.abc import Mapping

from wocdesk.i18n import _, format_number, ngettext


def articles_line(shown: int, total: int) -> str:
    """``12 articles``, or ``3 of 12 articles`` while a filter hides some."""
    if shown == total:
        return ngettext("{n} article", "{n} articles", total).format(n=format_number(total))
    return _("{shown} of {total} articles").format(
        shown=format_number(shown), total=format_number(total)
    )


def hits_line(query: str, counts: Mapping[int, int], listed: int) -> str:
    """What a search found: passages in articles (and how many are listed), or nothing."""
    if not query:
        return ""
    total = sum(counts.values())
    if not total:
        return _("No passage matches “{query}”").format(query=query)
    passages = ngettext("{n} passage", "{n} passages", total).format(n=format_number(total))
    articles = ngettext("{n} article", "{n} articles", len(counts)).format(
        n=format_number(len(counts))
    )
    if listed < total:
        return _("“{query}”: {passages} in {articles}; the best {shown} below").format(
            query=query, passages=passages, articles=articles, shown=listed
        )
    return _("“{query}”: {passages} in {articles}").format(
        query=query, passages=passages, articles=articles
    )
