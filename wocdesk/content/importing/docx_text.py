"""A Word document (.docx) as lines for the raw-text importer: paragraphs in order, headings kept.

Body paragraphs and table cells are read in document order (a two-column table of Chinese and
English reads as pairs); heading styles (Heading 1…, 标题 1…) and outline levels give the
sections' nesting. Pictures and charts are counted as not used.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

from wocdesk.content.importing.extracted import ExtractedText
from wocdesk.errors import WocdeskError
from wocdesk.i18n import _, ngettext

_HEADING_STYLE = re.compile(r"(?i)^\s*(?:heading|标题)\s*(\d)\s*$")
_BODY_OUTLINE_LEVEL = 9  # w:outlineLvl 9 means body text


class DocxError(WocdeskError):
    """A .docx file that cannot be read."""


def docx_lines(path: Path, data: bytes) -> ExtractedText:
    """The text of the Word document ``data`` (read from ``path``) as importer lines."""
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = Document(io.BytesIO(data))
        body = document.element.body
        items = list(document.iter_inner_content())
    except Exception as exc:  # a zip that is not Word, broken XML, missing parts
        raise DocxError(
            _("{path}: is not a Word document (.docx) that can be read ({reason})").format(
                path=path, reason=_reason(exc)
            )
        ) from None
    extracted = ExtractedText()
    for item in items:
        if isinstance(item, Paragraph):
            extracted.add(item.text, heading_level(item))
        elif isinstance(item, Table):
            _table(item, extracted)
    pictures = len(body.xpath(".//w:drawing | .//w:pict"))
    if pictures:
        extracted.unused.append(
            ngettext("{n} picture", "{n} pictures", pictures).format(n=pictures)
        )
    return extracted


def _table(table: Any, extracted: ExtractedText) -> None:
    """Each row's cells left to right (merged cells once), each cell's paragraphs in order."""
    for row in table.rows:
        seen: set[int] = set()
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            for paragraph in cell.paragraphs:
                extracted.add(paragraph.text, heading_level(paragraph))
            for inner in cell.tables:
                _table(inner, extracted)


def heading_level(paragraph: Any) -> int | None:
    """1 for Heading 1 (or 标题 1, or outline level 1), 2 for Heading 2…; ``None`` for body text."""
    style = paragraph.style
    for _depth in range(8):  # a custom style based on a heading style is a heading too
        if style is None:
            break
        match = _HEADING_STYLE.match(style.name or "")
        if match:
            return max(1, int(match.group(1)))
        style = style.base_style
    levels = paragraph._p.xpath("./w:pPr/w:outlineLvl/@w:val")
    if levels and str(levels[0]).isdigit() and int(levels[0]) < _BODY_OUTLINE_LEVEL:
        return int(levels[0]) + 1
    return None


def _reason(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    if "zip" in text.lower() or type(exc).__name__ == "BadZipFile":
        return _("not a zip package")
    if type(exc).__name__ == "PackageNotFoundError":
        return _("not a Word package")
    return _("damaged contents")
