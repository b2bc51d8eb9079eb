"""The 200-chapter text of ``tests/longtext.py`` as an Article, imported once per run.

About 3,850 passages under 600 nested sections (chapters of level 1 with sub-sections of
level 2), made from the bundled article's passages: the text ``wocdesk --article`` opens.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from wocdesk.model.article import Article

TESTS = Path(__file__).resolve().parent.parent


@cache
def long_article() -> Article:
    """The long text (cached: the same object for every caller)."""
    if str(TESTS) not in sys.path:
        sys.path.insert(0, str(TESTS))
    from longtext import long_raw_text

    from wocdesk.content.importing.importer import import_text

    return import_text(long_raw_text(), "long-text")
