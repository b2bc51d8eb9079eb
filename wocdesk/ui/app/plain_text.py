"""Text that must show literally where Qt guesses rich text (labels, tooltips, message boxes)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

# html.escape's replacements, and line breaks (without loading the html module and its entities
# at start-up, where the key points' tooltips are made).
_LITERAL = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;", "\n": "<br>"}
)


def literal_markup(text: str) -> str:
    """``text`` as rich text that shows it literally (for tooltips and message boxes)."""
    return "<p>" + text.translate(_LITERAL) + "</p>"


def plain_labels(*labels: QLabel) -> None:
    """Make ``labels`` show their text as plain text, never as guessed HTML."""
    for label in labels:
        label.setTextFormat(Qt.TextFormat.PlainText)
