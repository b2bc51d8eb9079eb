"""Tone colours for pinyin: one hue per tone (Pleco's order), a shade for light and for dark.

Tone 1 red, 2 green, 3 blue, 4 purple; the neutral tone keeps the muted colour. Each shade
keeps a contrast of at least 4.5:1 with a white or a near-black background (tested).
"""

from __future__ import annotations

from PySide6.QtGui import QColor

LIGHT = {1: "#c62f25", 2: "#1f7a31", 3: "#2456b8", 4: "#8634b5"}
DARK = {1: "#ff8076", 2: "#6fd37f", 3: "#86aeff", 4: "#d29dff"}
_colours: dict[tuple[int, bool], QColor] = {}


def tone_colour(tone: int, dark: bool) -> QColor | None:
    """The colour of a syllable of ``tone`` (1–4) on a dark or light background; None for 5."""
    key = (tone, dark)
    colour = _colours.get(key)
    if colour is None:
        name = (DARK if dark else LIGHT).get(tone)
        if name is None:
            return None
        colour = _colours[key] = QColor(name)
    return colour


def contrast(one: QColor, other: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(colour.redF())
            + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF())
        )

    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)
