"""The article file's schema: which fields each table has, of which type, within which range."""

from __future__ import annotations

from wocdesk.content.article_file.schema import (
    BiTextSpec,
    Boolean,
    Choice,
    Date,
    Ident,
    Integer,
    ListOf,
    Number,
    Table,
    Text,
)
from wocdesk.i18n import N_

SUPPORTED_FORMAT = 1
MAX_LEVEL = 6  # section nesting: chapter, sub-section… six levels, as in HTML headings
PERCENT_RANGE = (-1000.0, 1000.0)  # a share or a growth rate, in per cent
COUNT_RANGE = (-1e15, 1e15)  # counts stay exact in a float below 2**53

BITEXT = BiTextSpec()
TEXT = Text()
ID = Ident()

PASSAGE = Table(
    {"id": ID, "zh": TEXT, "en": TEXT, "only": Choice(("zh", "en"))},
    required=("id",),
)
SECTION = Table(
    {
        "id": ID,
        "title": BITEXT,
        "editorial_title": Boolean(),
        "level": Integer(1, MAX_LEVEL),
        "passages": ListOf(PASSAGE),
    },
    required=("id", "title"),
)
EVENT = Table(
    {
        "name": BITEXT,
        "date": Date(),
        "place": BITEXT,
        "organiser": BITEXT,
        "speaker": BITEXT,
        "speaker_role": BITEXT,
    },
    required=("name",),
)
HIGHLIGHT = Table(
    {"id": ID, "passage": ID, "name": BITEXT, "detail": BITEXT, "summary": BITEXT},
    required=("id", "passage", "name"),
)
_FIGURE_COMMON = {"id": ID, "passage": ID, "title": BITEXT}
_FIGURE_REQUIRED = ("id", "kind", "passage", "title")
SERIES = Table(
    {
        **_FIGURE_COMMON,
        "unit": Choice(("percent", "count")),
        "points": ListOf(
            Table(
                {"label": BITEXT, "value": Number(*COUNT_RANGE), "editorial": Boolean()},
                required=("label", "value"),
            ),
            least=1,
        ),
    },
    required=(*_FIGURE_REQUIRED, "unit", "points"),
)
RANKING = Table(
    {
        **_FIGURE_COMMON,
        "note": BITEXT,
        "items": ListOf(
            Table({"rank": Integer(1, 1_000_000), "name": BITEXT}, required=("rank", "name")),
            least=1,
        ),
    },
    required=(*_FIGURE_REQUIRED, "items"),
)
GROUPS = Table(
    {
        **_FIGURE_COMMON,
        "groups": ListOf(
            Table({"name": BITEXT, "members": ListOf(BITEXT)}, required=("name", "members")),
            least=1,
        ),
        "columns": ListOf(BITEXT, least=2, most=2),
    },
    required=(*_FIGURE_REQUIRED, "groups", "columns"),
)
FIGURE = Table(
    {
        "kind": Choice(
            ("series", "ranking", "groups"),
            N_("unknown figure kind {value} (use one of {choices})"),
        )
    },
    required=("kind",),
    tag="kind",
    variants={"series": SERIES, "ranking": RANKING, "groups": GROUPS},
)
LEFTOVER = Table({"kind": TEXT, "text": TEXT, "before": ID}, required=("kind", "text"))

ARTICLE = Table(
    {
        "format": Integer(0, 1_000_000),  # the loader names the versions it reads
        "id": ID,
        "title": BITEXT,
        "source": BITEXT,
        "event": EVENT,
        "sections": ListOf(SECTION, least=1),
        "waves": ListOf(HIGHLIGHT),
        "trends": ListOf(HIGHLIGHT),
        "keys": ListOf(HIGHLIGHT),
        "figures": ListOf(FIGURE),
        "leftovers": ListOf(LEFTOVER),
    },
    required=("id", "title", "sections"),
)
