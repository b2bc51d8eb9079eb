"""A planned deck as plain data: every box, size and line break fixed; writers only draw it.

Units are points (1/72 inch); a 16:9 slide is 960 x 540 pt. Colours are ``RRGGBB`` hex strings.
The planner (``wocdesk.deck.planner``) builds a :class:`Deck`; the .pptx writer and the Qt
renderer draw the same :class:`Deck`, so the exported file and the in-app show agree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from wocdesk.model.text import DisplayMode, Lang

Align = Literal["left", "center", "right"]
Anchor = Literal["top", "middle", "bottom"]
LayoutRole = Literal["title", "section", "content", "two", "title_only", "blank"]
PlaceholderKind = Literal["title", "body", "dt", "ftr", "sldNum"]


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph in one language and one style, with the line breaks the planner measured.

    Lines are ``line_spacing * size`` points apart (written as exact spacing); ``space_before``
    is in points; ``lines`` are the text as the planner broke it (trailing spaces dropped);
    ``measure`` is the width (pt) they were broken to (0: the box's), written as a right margin
    so that PowerPoint and LibreOffice break where the planner did.
    """

    text: str
    lang: Lang
    size: float
    lines: tuple[str, ...]
    bold: bool = False
    italic: bool = False
    color: str = "1F2937"
    align: Align = "left"
    line_spacing: float = 1.2
    space_before: float = 0.0
    measure: float = 0.0


@dataclass(frozen=True, slots=True)
class TextBox:
    """A text frame; ``inset`` is the padding (pt) on every side inside the frame."""

    x: float
    y: float
    w: float
    h: float
    paragraphs: tuple[Paragraph, ...]
    name: str = "text"
    anchor: Anchor = "top"
    inset: float = 4.0
    fill: str | None = None
    placeholder: PlaceholderKind | None = None
    group: str | None = None


@dataclass(frozen=True, slots=True)
class ShapeBox:
    """A plain shape (band, card, rule, badge) with an optional outline.

    Boxes that share a ``group`` (next to each other in drawing order) are one group shape in
    the .pptx, so a card moves with its text. Names starting ``layout:`` are the master's and
    layouts' own design (band, accent, background): the .pptx gets them from its layouts.
    """

    x: float
    y: float
    w: float
    h: float
    fill: str
    name: str = "shape"
    shape: Literal["rect", "rounded", "ellipse"] = "rect"
    line: str | None = None
    group: str | None = None


@dataclass(frozen=True, slots=True)
class ChartSeries:
    """One named series of a chart."""

    name: str
    values: tuple[float, ...]


@dataclass(frozen=True, slots=True)
class ChartBox:
    """A native chart: categories along one axis, one or more series of values."""

    x: float
    y: float
    w: float
    h: float
    kind: Literal["column", "bar", "line"]
    categories: tuple[str, ...]
    series: tuple[ChartSeries, ...]
    lang: Lang
    number_format: str = "0%"
    font_size: float = 12.0
    colors: tuple[str, ...] = ("1F4E79",)
    title: str = ""
    name: str = "chart"


@dataclass(frozen=True, slots=True)
class Cell:
    """A table cell: paragraphs and a background."""

    paragraphs: tuple[Paragraph, ...]
    fill: str | None = None


@dataclass(frozen=True, slots=True)
class TableBox:
    """A native table; ``col_widths`` and ``row_heights`` are in points and add up to w and h."""

    x: float
    y: float
    w: float
    h: float
    col_widths: tuple[float, ...]
    row_heights: tuple[float, ...]
    rows: tuple[tuple[Cell, ...], ...]
    header_rows: int = 1
    name: str = "table"
    inset: float = 5.0


Box = TextBox | ShapeBox | ChartBox | TableBox


@dataclass(frozen=True, slots=True)
class Slide:
    """One slide: its boxes in drawing order, speaker notes, and which layout it wants."""

    number: int
    kind: str
    title: str
    boxes: tuple[Box, ...]
    notes: str = ""
    layout: LayoutRole = "blank"
    background: str = "FFFFFF"


@dataclass(frozen=True, slots=True)
class Fonts:
    """Typefaces: ``latin`` for Latin text, ``cjk`` for Chinese (the East Asian font).

    ``theme_latin`` / ``theme_cjk``: the face was not chosen by the user, so a user's template
    may use its own theme font instead.
    """

    latin: str
    cjk: str
    theme_latin: bool = False
    theme_cjk: bool = False


@dataclass(frozen=True, slots=True)
class Deck:
    """A planned deck in one display mode."""

    title: str
    mode: DisplayMode
    slides: tuple[Slide, ...]
    fonts: Fonts
    width: float = 960.0
    height: float = 540.0
    notes_langs: tuple[Lang, ...] = ("en",)
    author: str = ""
    subject: str = ""
    keywords: tuple[str, ...] = field(default_factory=tuple)
    name: str = ""  # the outline's name (e.g. "briefing"), for file names
