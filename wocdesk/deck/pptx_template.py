"""Open the presentation to write into: python-pptx's default or the user's template (.pptx)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lxml import etree  # type: ignore[import-untyped]
from pptx import Presentation
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml.ns import qn
from pptx.util import Emu

from wocdesk.deck.errors import TemplateError
from wocdesk.deck.model import Deck, Fonts, LayoutRole

EMU_PER_PT = 12700
# Layouts by name (PowerPoint's English and Chinese names), in order of preference.
LAYOUT_NAMES: dict[LayoutRole, tuple[str, ...]] = {
    "title": ("Title Slide", "标题幻灯片", "Title", "Cover"),
    "content": ("Title and Content", "Title Only", "标题和内容", "仅标题", "Title, Content"),
    "blank": ("Blank", "空白"),
}
ROLE_NAMES: dict[LayoutRole, str] = {
    "title": "the title slide",
    "content": "content slides",
    "blank": "blank slides",
}
FALLBACK: dict[LayoutRole, tuple[LayoutRole, ...]] = {
    "title": ("title", "content"),
    "content": ("content",),
    "blank": ("blank", "content"),
}


@dataclass
class Target:
    """The presentation being written, its layouts by role and the scale from points to EMU."""

    prs: Any
    layouts: dict[LayoutRole, Any]
    emu_per_pt: float
    templated: bool


def _find(prs: Any, role: LayoutRole) -> Any | None:
    by_name = {layout.name.strip().casefold(): layout for layout in prs.slide_layouts}
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
    """The presentation to fill: python-pptx's default set to 16:9, or the user's template."""
    width_emu = int(deck.width * EMU_PER_PT)
    height_emu = int(deck.height * EMU_PER_PT)
    if template is None:
        prs = Presentation()
        prs.slide_width, prs.slide_height = Emu(width_emu), Emu(height_emu)
        layouts = {role: _find(prs, role) for role in LAYOUT_NAMES}
        set_theme_fonts(prs, deck.fonts, latin=True)
        return Target(prs, layouts, EMU_PER_PT, False)
    path = Path(template).expanduser()
    if not path.is_file():
        what = "is a folder" if path.is_dir() else "no such file"
        raise TemplateError(f"{path}: {what} (--template needs a .pptx file)")
    try:
        prs = Presentation(str(path))
    except Exception as exc:  # python-pptx raises many kinds for a file that is not a .pptx
        raise TemplateError(f"{path}: not a PowerPoint .pptx file ({type(exc).__name__})") from None
    names = [layout.name for layout in prs.slide_layouts]
    layouts = {role: _find(prs, role) for role in LAYOUT_NAMES}
    needed: tuple[LayoutRole, ...] = ("title", "content")
    missing = [role for role in needed if layouts[role] is None]
    if missing:
        wanted = "; ".join(
            f"for {ROLE_NAMES[role]} one named " + " or ".join(repr(n) for n in LAYOUT_NAMES[role])
            for role in missing
        )
        have = ", ".join(repr(n) for n in names) or "none"
        raise TemplateError(
            f"{path}: the deck needs a layout {wanted}; the template's layouts are: {have}"
        )
    width, height = int(prs.slide_width or 0), int(prs.slide_height or 1)
    ratio = width / height
    if abs(ratio - deck.width / deck.height) > 0.02:
        raise TemplateError(
            f"{path}: the template's slides are {width / 360000:.2f} x "
            f"{height / 360000:.2f} cm, not 16:9 as the deck needs"
        )
    _drop_slides(prs)
    set_theme_fonts(prs, deck.fonts, latin=False)
    return Target(prs, layouts, width / deck.width, True)


def set_theme_fonts(prs: Any, fonts: Fonts, latin: bool) -> None:
    """Name the East Asian face (and, for our own look, the Latin one) in the theme's fonts."""
    theme_part = prs.slide_master.part.part_related_by(RT.THEME)
    root = etree.fromstring(theme_part.blob)
    for tag in ("a:majorFont", "a:minorFont"):
        for font in root.iter(qn(tag)):
            if latin:
                font.find(qn("a:latin")).set("typeface", fonts.latin)
            ea = font.find(qn("a:ea"))
            if ea is None:
                ea = etree.Element(qn("a:ea"))
                font.find(qn("a:latin")).addnext(ea)
            ea.set("typeface", fonts.cjk)
            for script in font.findall(qn("a:font")):
                if script.get("script") == "Hans":
                    font.remove(script)
            hans = etree.SubElement(font, qn("a:font"))
            hans.set("script", "Hans")
            hans.set("typeface", fonts.cjk)
            # a:font elements must come after latin/ea/cs and before extLst
            ext = font.find(qn("a:extLst"))
            if ext is not None:
                ext.addprevious(hans)
    theme_part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


PLACEHOLDER_TYPES = {"title": ("title", "ctrTitle"), "body": ("body", "subTitle", "obj")}


def placeholders(slide: Any) -> list[tuple[Any, str, int]]:
    """The slide's placeholder shapes as (element, type, idx), read straight from the XML."""
    found = []
    for sp in slide.shapes._spTree.iterchildren(qn("p:sp")):
        ph = sp.find(f"{qn('p:nvSpPr')}/{qn('p:nvPr')}/{qn('p:ph')}")
        if ph is not None:
            found.append((sp, ph.get("type", "obj"), int(ph.get("idx", "0"))))
    return found


def placeholder(slide: Any, kind: str, used: set[int]) -> tuple[Any, int] | None:
    """The title placeholder, or the first body/subtitle/content one, not yet used."""
    wanted = PLACEHOLDER_TYPES[kind]
    for sp, ph_type, idx in placeholders(slide):
        if ph_type in wanted and idx not in used:
            return sp, idx
    return None


def remove_empty_placeholders(slide: Any, used: set[int]) -> None:
    """Drop the layout's placeholders the deck did not fill (no "Click to add text" left)."""
    for sp, _type, idx in placeholders(slide):
        if idx not in used:
            sp.getparent().remove(sp)
