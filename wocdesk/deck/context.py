"""What a slide kind works with: the context of one outline entry, and the drafts it returns."""

from __future__ import annotations

from dataclasses import dataclass, field

from wocdesk.deck import style
from wocdesk.deck.model import Box, LayoutRole
from wocdesk.deck.outlines.outline import Outline, SlideSpec
from wocdesk.model import Article, BiText, DisplayMode, Lang

# Labels of ours the planner needs besides the outline's own (an outline may override any).
LABELS: dict[str, BiText] = {
    "points": BiText("要点（本工具所加）：", "Talking points (ours):"),
    "passages": BiText("原文：", "From the article (verbatim):"),
    "continues": BiText("接上一页。", "Continues the previous slide."),
    "original": BiText("原文", "Original"),
    "publisher": BiText("发布者", "Published by"),
    "date": BiText("日期", "Date"),
    "continued": BiText("（续）", "(continued)"),
    "source": BiText("来源", "Source"),
    "ours": BiText("* 概述为本工具所加，非原文。", "* Summaries are ours, not the publisher’s."),
    "trend": BiText("趋势", "Trend"),
}
COLON = {"zh": "：", "en": ": "}


@dataclass
class Draft:
    """A slide before numbering: its body, its layout, and our talking points for the notes."""

    kind: str
    title: BiText | None
    boxes: list[Box]
    notes: str = ""
    layout: LayoutRole = "title_only"
    background: str = style.WHITE
    continued: bool = False
    points: list[BiText] = field(default_factory=list)


@dataclass
class Ctx:
    """What a slide-kind function needs: the article, the outline, the mode and the slide spec."""

    article: Article
    outline: Outline
    mode: DisplayMode
    spec: SlideSpec
    notes_langs: tuple[Lang, ...]

    @property
    def lead(self) -> Lang:
        """The leading language."""
        return self.mode.leading

    @property
    def band_h(self) -> float:
        """The height of the title band."""
        return style.band_height(self.mode.is_bilingual)

    @property
    def body_top(self) -> float:
        """Where the body starts, below the title band."""
        return self.band_h + style.BODY_TOP_GAP

    def label(self, key: str) -> BiText:
        """A label from the outline, else our default."""
        own = self.outline.labels.get(key)
        if own is not None:
            return own
        if key in LABELS:
            return LABELS[key]
        return self.outline.label(key)

    def with_spec(self, spec: SlideSpec) -> Ctx:
        """The same context for another slide spec."""
        return Ctx(self.article, self.outline, self.mode, spec, self.notes_langs)


def join_label(label: BiText, value: BiText) -> BiText:
    """``label：value`` in Chinese, ``label: value`` in English, where both exist."""
    return BiText(
        *(
            f"{label.best(lang)}{COLON[lang]}{value.get(lang)}" if value.get(lang) else None
            for lang in ("zh", "en")
        )
    )
