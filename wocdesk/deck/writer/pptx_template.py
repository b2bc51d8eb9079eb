"""Open the presentation to write into: the shipped 16:9 master and layouts, or a user's .pptx."""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml.ns import qn

from wocdesk.deck import style
from wocdesk.deck.errors import TemplateError
from wocdesk.deck.model import Deck, Fonts, LayoutRole
from wocdesk.deck.writer.pptx_check import open_template, parse_part
from wocdesk.i18n import _

EMU_PER_PT = 12700
# Layouts by name (PowerPoint's English and Chinese names), in order of preference.
LAYOUT_NAMES: dict[LayoutRole, tuple[str, ...]] = {
    "title": ("Title Slide", "标题幻灯片", "Title", "Cover"),
    "section": ("Section Header", "节标题", "Section"),
    "content": ("Title and Content", "标题和内容", "Title, Content"),
    "two": ("Two Content", "两栏内容", "Comparison", "比较"),
    "title_only": ("Title Only", "仅标题"),
    "blank": ("Blank", "空白"),
}
FALLBACK: dict[LayoutRole, tuple[LayoutRole, ...]] = {
    "title": ("title", "content", "title_only"),
    "section": ("section", "title", "title_only", "content"),
    "content": ("content", "title_only"),
    "two": ("two", "content", "title_only"),
    "title_only": ("title_only", "content"),
    "blank": ("blank", "title_only", "content"),
}
TEMPLATES = {False: "wocdesk.pptx", True: "wocdesk-bilingual.pptx"}
# Clark names looked up on every shape (python-pptx's ``qn`` builds them anew on each call).
SP = qn("p:sp")
PH_PATH = f"{qn('p:nvSpPr')}/{qn('p:nvPr')}/{qn('p:ph')}"
XFRM_PATH = f"{qn('p:spPr')}/{qn('a:xfrm')}"
OFF, EXT = qn("a:off"), qn("a:ext")


class Target(NamedTuple):
    """The presentation being written, its layouts by role, and where the plan's body goes.

    ``emu_per_pt`` maps the plan's points to the file's units; ``area`` is a user template's
    content area (points), into which each slide's body is fitted (see :func:`body_transform`),
    so that nothing of ours is drawn over the template's own decoration. (A named tuple: a
    tenth of a data class's cost to define, at every export's start.)
    """

    prs: Any
    layouts: dict[LayoutRole, Any]
    emu_per_pt: float
    templated: bool
    area: tuple[float, float, float, float] | None = None


def _layouts(prs: Any) -> dict[LayoutRole, Any]:
    """The template's layout for each role (by name, with fallbacks), ``None`` where none."""
    by_name = {layout.name.strip().casefold(): layout for layout in prs.slide_layouts}
    return {role: _find(by_name, role) for role in LAYOUT_NAMES}


def _find(by_name: dict[str, Any], role: LayoutRole) -> Any | None:
    for fallback in FALLBACK[role]:
        for name in LAYOUT_NAMES[fallback]:
            layout = by_name.get(name.casefold())
            if layout is not None:
                return layout
    return None


def _drop_slides(prs: Any) -> None:
    """Remove the template's own slides: the deck starts empty."""
    id_list = prs.slides._sldIdLst
    for sld_id in list(id_list):
        prs.part.drop_rel(sld_id.rId)
        id_list.remove(sld_id)


def open_target(deck: Deck, template: str | Path | None) -> Target:
    """The presentation to fill: the shipped master and layouts, or the user's template."""
    if template is None:
        from pptx import Presentation

        from wocdesk.resources import resource

        name = TEMPLATES[deck.mode.is_bilingual]
        prs = Presentation(str(resource("templates", name)))
        layouts = _layouts(prs)
        set_theme_fonts(prs, deck.fonts)
        return Target(prs, layouts, EMU_PER_PT, False)
    path = Path(template).expanduser()
    prs = open_template(path, deck.width / deck.height)
    layouts = _layouts(prs)
    if layouts["content"] is None:
        wanted = " or ".join(
            repr(n) for n in (*LAYOUT_NAMES["content"], *LAYOUT_NAMES["title_only"])
        )
        have = ", ".join(repr(layout.name) for layout in prs.slide_layouts) or _("none")
        raise TemplateError(
            _(
                "{file}: the deck needs a layout named {wanted}; the template's layouts are: {have}"
            ).format(file=path, wanted=wanted, have=have)
        )
    _drop_slides(prs)
    if not (deck.fonts.theme_latin and deck.fonts.theme_cjk):
        set_theme_fonts(prs, deck.fonts)
    k = int(prs.slide_width) / deck.width
    return Target(prs, layouts, k, True, content_area(layouts, k))


def body_transform(
    area: tuple[float, float, float, float] | None,
    bilingual: bool,
    used_bottom: float,
    least: float = 0.0,
) -> tuple[float, float, float]:
    """How a slide's body fits into ``area`` (points): offset and uniform scale.

    The body keeps its size when what it uses (from the body's top to ``used_bottom``) fits
    the area; a slide that needs more room than the template gives is scaled down, but never
    below ``least`` (the scale at which its smallest text reaches the smallest size allowed).
    """
    ox, oy, ow, _oh = style.body_rect(bilingual)
    if area is None:
        return (0.0, 0.0, 1.0)
    ax, ay, aw, ah = area
    used = max(used_bottom - oy, 1.0)
    scale = min(max(min(aw / ow, ah / used), least), 1.0)
    # centred on the area; a body wider than the area (it may not shrink further) is moved
    # back within our own margins, and one taller than the slide's rest up: never off the slide
    left = _clamp(ax + (aw - ow * scale) / 2, min(ax, ox), max(ax + aw, ox + ow) - ow * scale)
    top = _clamp(ay, min(ay, oy), style.HEIGHT - used * scale)
    return (left - ox * scale, top - oy * scale, scale)


def _clamp(value: float, low: float, high: float) -> float:
    """``value`` moved into ``[low, high]`` (``low`` wins when the range is empty)."""
    return max(low, min(value, high))


def _xfrm_rect(sp: Any, k: float) -> tuple[float, float, float, float] | None:
    xfrm = sp.find(XFRM_PATH)
    if xfrm is None:
        return None
    off, ext = xfrm.find(OFF), xfrm.find(EXT)
    if off is None or ext is None:
        return None
    try:
        values = [int(off.get("x")), int(off.get("y")), int(ext.get("cx")), int(ext.get("cy"))]
    except (TypeError, ValueError):
        return None
    x, y, w, h = (v / k for v in values)
    return (x, y, w, h) if w > 0 and h > 0 else None


def content_area(layouts: dict[LayoutRole, Any], k: float) -> tuple[float, float, float, float]:
    """The template's content area in points: its content layout's body placeholder."""
    layout = layouts.get("content") or layouts.get("title_only")
    candidates = []
    if layout is not None:
        for owner in (layout, layout.slide_master):
            for sp, ph_type, idx in placeholders(owner):
                if ph_type in ("body", "obj") and idx in (1, -1):
                    rect = _xfrm_rect(sp, k)
                    if rect is not None:
                        candidates.append(rect)
    if candidates:
        return candidates[0]
    width, height = style.WIDTH, style.HEIGHT
    return (width * 0.05, height * 0.2, width * 0.9, height * 0.7)


def set_theme_fonts(prs: Any, fonts: Fonts) -> None:
    """Name the deck's Latin and East Asian faces in the theme's major and minor fonts."""
    from lxml import etree  # type: ignore[import-untyped]

    theme_part = prs.slide_master.part.part_related_by(RT.THEME)
    root = theme_part._element if hasattr(theme_part, "_element") else None
    if root is None:
        root = parse_part(theme_part.blob)
    for tag in ("a:majorFont", "a:minorFont"):
        for font in root.iter(qn(tag)):
            latin = font.find(qn("a:latin"))
            if latin is None:
                latin = etree.Element(qn("a:latin"))
                font.insert(0, latin)
            latin.set("typeface", fonts.latin)
            ea = font.find(qn("a:ea"))
            if ea is None:
                ea = etree.Element(qn("a:ea"))
                latin.addnext(ea)
            ea.set("typeface", fonts.cjk)
            if font.find(qn("a:cs")) is None:
                cs = etree.Element(qn("a:cs"))
                cs.set("typeface", "")
                ea.addnext(cs)
            for script in font.findall(qn("a:font")):
                if script.get("script") == "Hans":
                    font.remove(script)
            hans = etree.Element(qn("a:font"))
            hans.set("script", "Hans")
            hans.set("typeface", fonts.cjk)
            ext = font.find(qn("a:extLst"))
            if ext is not None:
                ext.addprevious(hans)
            else:
                font.append(hans)
    if not hasattr(theme_part, "_element"):
        theme_part._blob = etree.tostring(
            root, xml_declaration=True, encoding="UTF-8", standalone=True
        )


PLACEHOLDER_TYPES = {
    "title": ("title", "ctrTitle"),
    "body": ("body", "subTitle", "obj"),
    "dt": ("dt",),
    "ftr": ("ftr",),
    "sldNum": ("sldNum",),
}


def placeholders(owner: Any) -> list[tuple[Any, str, int]]:
    """The placeholder shapes of a slide, layout or master as (element, type, idx).

    An idx that is not a number (a broken template) counts as -1, never an error.
    """
    found = []
    for sp in owner.shapes._spTree.iterchildren(SP):
        ph = sp.find(PH_PATH)
        if ph is not None:
            raw = ph.get("idx", "0")
            idx = int(raw) if raw.isdigit() else -1
            found.append((sp, ph.get("type", "obj"), idx))
    return found


def placeholder(slide: Any, kind: str, used: set[int]) -> tuple[Any, int] | None:
    """The title placeholder, or the first body/subtitle/content one, not yet used."""
    wanted = PLACEHOLDER_TYPES[kind]
    for sp, ph_type, idx in placeholders(slide):
        if ph_type in wanted and idx not in used:
            return sp, idx
    return None


def layout_placeholder(layout: Any, kind: str) -> tuple[str, int] | None:
    """The (type, idx) of the layout's date, footer or slide-number placeholder, if it has one."""
    for _sp, ph_type, idx in placeholders(layout):
        if ph_type == kind and idx >= 0:
            return ph_type, idx
    return None


def layout_rect(layout: Any, sp: Any, k: float) -> tuple[float, float, float, float] | None:
    """Where a slide placeholder sits when it inherits its place (layout, then master)."""
    ph = sp.find(PH_PATH)
    ph_type, raw = ph.get("type", "obj"), ph.get("idx", "0")
    for owner in (layout, layout.slide_master):
        for other, other_type, idx in placeholders(owner):
            same = str(idx) == raw if owner is layout else other_type == ph_type
            if same or (owner is not layout and ph_type in ("obj",) and other_type == "body"):
                rect = _xfrm_rect(other, k)
                if rect is not None:
                    return rect
    return None


def remove_empty_placeholders(slide: Any, used: set[int]) -> None:
    """Drop the layout's placeholders the deck did not fill (no "Click to add text" left)."""
    for sp, _type, idx in placeholders(slide):
        if idx not in used:
            sp.getparent().remove(sp)
