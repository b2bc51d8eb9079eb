"""Text that must show literally where Qt guesses rich text (labels, tooltips, message boxes)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def literal_markup(text: str) -> str:
    """``text`` as rich text that shows it literally (for tooltips and message boxes)."""
    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"


def plain_labels(*labels: QLabel) -> None:
    """Make ``labels`` show their text as plain text, never as guessed HTML."""
    for label in labels:
        label.setTextFormat(Qt.TextFormat.PlainText)
