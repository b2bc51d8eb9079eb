"""Text taken out of a document (Word, web page) as lines for the raw-text importer."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from wocdesk.model.script import is_wide


@dataclass
class ExtractedText:
    """The document's paragraphs as lines, its headings' levels, and what was left out."""

    lines: list[str] = field(default_factory=list)
    headings: dict[str, int] = field(default_factory=dict)
    unused: list[str] = field(default_factory=list)

    def add(self, text: str, heading_level: int | None = None) -> None:
        """Add one paragraph (its inner line breaks joined) unless it is blank."""
        line = join_breaks(text).strip()
        if not line:
            return
        self.lines.append(line)
        if heading_level is not None:
            self.headings.setdefault(line, heading_level)


_BREAK = re.compile(r"[ \t]*\n[ \t]*")


def join_breaks(text: str) -> str:
    """A paragraph's line breaks joined: nothing between two Chinese characters, else a space."""
    if "\n" not in text:
        return text

    def joint(match: re.Match[str]) -> str:
        start, end = match.start(), match.end()
        before = text[start - 1] if start else ""
        after = text[end] if end < len(text) else ""
        return "" if before and after and is_wide(before) and is_wide(after) else " "

    return _BREAK.sub(joint, text)
