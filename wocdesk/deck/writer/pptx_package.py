"""The package around the slides: core and app properties, and a template's colours."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml import parse_xml
from pptx.oxml.ns import qn

from wocdesk.deck import style
from wocdesk.deck.model import Deck
from wocdesk.deck.writer.pptx_text import LANG_TAGS, xml_safe

# Core properties hold at most 255 characters (python-pptx refuses more).
CORE_LIMIT = 255
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"

# Our palette as a template's theme colours, so a user's template recolours the deck.
SCHEME: dict[str, str] = {
    style.NAVY: '<a:schemeClr val="tx2"/>',
    style.BLUE: '<a:schemeClr val="accent1"/>',
    style.ACCENT: '<a:schemeClr val="accent2"/>',
    style.INK: '<a:schemeClr val="tx1"/>',
    style.WHITE: '<a:schemeClr val="bg1"/>',
    style.PALE: '<a:schemeClr val="bg2"/>',
    style.MUTED: '<a:schemeClr val="tx1"><a:lumMod val="75000"/><a:lumOff val="25000"/>'
    "</a:schemeClr>",
    style.SUBTLE: '<a:schemeClr val="tx1"><a:lumMod val="65000"/><a:lumOff val="35000"/>'
    "</a:schemeClr>",
    style.RULE: '<a:schemeClr val="bg2"><a:lumMod val="90000"/></a:schemeClr>',
    style.ON_NAVY_SUB: '<a:schemeClr val="bg1"><a:lumMod val="85000"/></a:schemeClr>',
}
_PARSED: dict[str, Any] = {}


def retint(element: Any) -> None:
    """Replace our palette's RGB colours under ``element`` by the template's theme colours."""
    for rgb in list(element.iter(qn("a:srgbClr"))):
        xml = SCHEME.get((rgb.get("val") or "").upper())
        if xml is None:
            continue
        if xml not in _PARSED:
            _PARSED[xml] = parse_xml(f'<a:wrap xmlns:a="{A_NS}">{xml}</a:wrap>')[0]
        rgb.getparent().replace(rgb, _copy(_PARSED[xml]))


def _copy(element: Any) -> Any:
    from copy import deepcopy

    return deepcopy(element)


def shorten(text: str, limit: int = CORE_LIMIT) -> str:
    """``text`` cut to ``limit`` characters at a word (or, in Chinese, any character), "…" added."""
    text = xml_safe(text)
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit * 0.6:
        cut = cut[:space]
    return cut.rstrip(" ,;:·、，；：") + "…"


def _core_properties(prs: Any, deck: Deck) -> None:
    """Our own metadata only: nothing left from python-pptx's or the template's defaults."""
    props = prs.core_properties
    now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
    props.title = shorten(deck.title)
    props.subject = shorten(deck.subject)
    props.author = shorten(deck.author)
    props.keywords = shorten("; ".join(deck.keywords))
    props.last_modified_by = "wocdesk"
    props.comments = ""
    props.category = ""
    props.content_status = ""
    props.identifier = ""
    props.version = ""
    props.revision = 1
    props.language = LANG_TAGS[deck.mode.leading]
    props.created = now
    props.modified = now
    printed = props._element.find(qn("cp:lastPrinted"))
    if printed is not None:
        props._element.remove(printed)


def _app_properties(prs: Any, slides: int, notes: int) -> None:
    """The slide and notes counts in ``docProps/app.xml`` (left as it is when unusual)."""
    try:
        part = prs.part.package.part_related_by(RT.EXTENDED_PROPERTIES)
    except KeyError:
        return
    blob = part.blob.decode("utf-8", "replace")
    for tag, value in (("Slides", slides), ("Notes", notes)):
        blob = re.sub(f"<{tag}>\\d*</{tag}>", f"<{tag}>{value}</{tag}>", blob, count=1)
    part._blob = blob.encode("utf-8")


def finish_package(prs: Any, deck: Deck, templated: bool) -> None:
    """Core properties, and the counts of the app properties."""
    _core_properties(prs, deck)
    _app_properties(prs, len(deck.slides), sum(1 for s in deck.slides if s.notes))
