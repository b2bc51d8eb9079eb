"""Draw a planned deck with python-pptx into the master's layouts: placeholders, shapes, fields."""

from __future__ import annotations

from copy import deepcopy
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml import parse_xml
from pptx.oxml.ns import qn
from pptx.parts.slide import SlidePart
from pptx.util import Emu

from wocdesk.deck.model import Box, ChartBox, Deck, ShapeBox, Slide, TableBox, TextBox
from wocdesk.deck.style import INK, MIN_SIZE, RULE, SUB_MIN
from wocdesk.deck.writer.pptx_figures import add_chart, add_table
from wocdesk.deck.writer.pptx_notes import NSDECLS, add_notes_page
from wocdesk.deck.writer.pptx_package import retint
from wocdesk.deck.writer.pptx_template import (
    PH_PATH,
    Target,
    body_transform,
    layout_placeholder,
    layout_rect,
    placeholder,
    remove_empty_placeholders,
)
from wocdesk.deck.writer.pptx_text import (
    RunStyle,
    body_pr_xml,
    notes_xml,
    paragraph_xml,
    run_properties,
    xml_safe,
)

PRESETS = {"rect": "rect", "rounded": "roundRect", "ellipse": "ellipse"}
FIELD_ID = "{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}"
FIELD_NAMES = {"dt": "Date Placeholder", "ftr": "Footer Placeholder", "sldNum": "Slide Number"}
FIELD_SIZES = {"dt": "half", "ftr": "quarter", "sldNum": "quarter"}


class Drawer:
    """Draws the boxes of one slide after another into the target presentation."""

    def __init__(self, target: Target, deck: Deck) -> None:
        self.target = target
        self.deck = deck
        self.k = target.emu_per_pt
        templated = target.templated
        self.style = RunStyle.of(deck.fonts, templated)
        own = RunStyle.of(deck.fonts, templated, major=True)
        # With a user template, placeholders take the template's colours (and theme faces).
        self.title_style = RunStyle(own.latin, own.ea, None) if templated else own
        self.field_style = RunStyle(self.style.latin, self.style.ea, None)
        self.notes_count = 0
        self.shape_id = 1
        self._pending: list[str] = []
        self.body = (0.0, 0.0, 1.0)
        self.cover = False
        self._clones: dict[int, tuple[Any, list[Any]]] = {}
        self._slide_id: int | None = None  # the next slide id, once counted
        self._layout_facts: dict[tuple[Any, ...], Any] = {}  # what a layout says, asked once

    def _layout_placeholder(self, layout: Any, kind: str) -> tuple[str, int] | None:
        key = ("field", id(layout), kind)
        if key not in self._layout_facts:
            self._layout_facts[key] = (layout, layout_placeholder(layout, kind))
        found: tuple[str, int] | None = self._layout_facts[key][1]
        return found

    def _layout_rect(self, layout: Any, sp: Any) -> tuple[float, float, float, float] | None:
        ph = sp.find(PH_PATH)
        key = ("rect", id(layout), ph.get("type", "obj"), ph.get("idx", "0"))
        if key not in self._layout_facts:
            self._layout_facts[key] = (layout, layout_rect(layout, sp, self.k))
        rect: tuple[float, float, float, float] | None = self._layout_facts[key][1]
        return rect

    def _add_slide(self, layout: Any) -> Any:
        """A new slide on ``layout`` with the layout's placeholders, as python-pptx adds it.

        The first slide on a layout is python-pptx's own. The next ones are made the same way
        without its searches: copies of the placeholders it cloned (the same shapes, ids and
        names: they depend on the layout alone), the relationship added without looking for an
        equal one among all the slides' (a new slide has none), the slide id counted on instead
        of found as the largest so far. Those searches grow with the deck: a 1,500-slide deck
        spent seconds in them.
        """
        prs = self.target.prs
        known = self._clones.get(id(layout))
        if known is None:
            slide = prs.slides.add_slide(layout)
            shapes = [deepcopy(sp) for sp in slide.shapes._spTree.iter_shape_elms()]
            self._clones[id(layout)] = (layout, shapes)  # the layout kept: its id stays its own
            self._slide_id = None
            return slide
        part = prs.part
        new_part: Any = SlidePart.new  # untyped in python-pptx
        slide_part = new_part(part._next_slide_partname, part.package, layout.part)
        r_id = part.rels._add_relationship(RT.SLIDE, slide_part)
        id_list = prs.slides._sldIdLst
        if self._slide_id is None:
            self._slide_id = int(id_list._next_id)
        id_list._add_sldId(id=self._slide_id, rId=r_id)
        self._slide_id += 1
        slide = slide_part.slide
        tree = slide.shapes._spTree
        for sp in known[1]:
            tree.append(deepcopy(sp))
        return slide

    # geometry -------------------------------------------------------------------------------
    def _scale(self, placeholder_kind: str | None) -> float:
        """Points of the plan to points of the file for a box (body boxes fit the template)."""
        if placeholder_kind == "title" or not self.target.templated:
            return self.k / 12700
        return self.body[2] * self.k / 12700

    def rect(self, box: Box) -> tuple[float, float, float, float]:
        """The box in the file's points (moved into a template's content area)."""
        if not self.target.templated:
            return box.x, box.y, box.w, box.h
        dx, dy, s = self.body
        return dx + box.x * s, dy + box.y * s, box.w * s, box.h * s

    def emu(self, value: float) -> Emu:
        return Emu(round(value * self.k))

    def geometry(self, box: Box) -> tuple[Emu, Emu, Emu, Emu]:
        x, y, w, h = self.rect(box)
        return self.emu(x), self.emu(y), self.emu(w), self.emu(h)

    def _xfrm(self, box: Box) -> str:
        x, y, w, h = self.geometry(box)
        return f'<a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{w}" cy="{h}"/></a:xfrm>'

    def _next_id(self) -> int:
        self.shape_id += 1
        return self.shape_id

    # slides ---------------------------------------------------------------------------------
    def slide(self, plan: Slide) -> None:
        layouts = self.target.layouts
        layout = layouts.get(plan.layout) or layouts["content"] or layouts["title_only"]
        slide = self._add_slide(layout)
        self.shape_id = int(slide.shapes._next_shape_id)
        self.body = (0.0, 0.0, 1.0)
        self.cover = plan.layout in ("title", "section")
        if self.target.templated and not self.cover:
            bottom = max(
                (
                    b.y + b.h
                    for b in plan.boxes
                    if not b.name.startswith("layout:")
                    and getattr(b, "placeholder", None) not in ("title", "dt", "ftr", "sldNum")
                ),
                default=0.0,
            )
            floor = SUB_MIN if self.deck.mode.is_bilingual else MIN_SIZE
            smallest = min(
                [p.size for b in plan.boxes if isinstance(b, TextBox) and b.placeholder is None
                 for p in b.paragraphs]
                + [p.size for b in plan.boxes if isinstance(b, TableBox)
                   for row in b.rows for cell in row for p in cell.paragraphs]
                + [b.font_size for b in plan.boxes if isinstance(b, ChartBox)],
                default=floor,
            )  # fmt: skip
            self.body = body_transform(
                self.target.area, self.deck.mode.is_bilingual, bottom, floor / smallest
            )
        used: set[int] = set()
        group: tuple[str | None, list[tuple[ShapeBox | TextBox, str]]] = (None, [])
        for box in plan.boxes:
            if isinstance(box, ShapeBox) and box.name.startswith("layout:"):
                continue  # the master and layouts draw the design
            if isinstance(box, (ShapeBox, TextBox)) and box.group is not None:
                if group[0] != box.group:
                    self._flush(slide, group[1])
                    group = (box.group, [])
                group[1].append((box, self._sp_xml(box)))
                continue
            self._flush(slide, group[1])
            group = (None, [])
            if isinstance(box, ShapeBox):
                self._add(slide, self._sp_xml(box))
            elif isinstance(box, TextBox):
                self.text(slide, layout, box, used)
            elif isinstance(box, ChartBox):
                self._commit(slide)
                frame = add_chart(slide, box, self.geometry(box), self._box_style(None), INK, RULE)
                self.shape_id = max(self.shape_id, int(frame.shape_id))
                if self.target.templated:
                    retint(frame.chart._chartSpace)
            elif isinstance(box, TableBox):
                self._commit(slide)
                style = self._box_style(None)
                frame = add_table(slide, box, self.geometry(box), self.emu_scaled, style)
                self.shape_id = max(self.shape_id, int(frame.shape_id))
        self._flush(slide, group[1])
        self._commit(slide)
        remove_empty_placeholders(slide, used)
        if self.target.templated:
            retint(slide.shapes._spTree)
        if plan.notes:
            self.notes_count += 1
            add_notes_page(
                self.target.prs, slide, self.notes_count, notes_xml(plan.notes, self.style)
            )

    def emu_scaled(self, value: float) -> Emu:
        """A length of a body box (tables) in EMU, scaled into a template's content area."""
        scale = self.body[2] if self.target.templated else 1.0
        return self.emu(value * scale)

    def _box_style(self, placeholder_kind: str | None) -> RunStyle:
        base = self.title_style if placeholder_kind in ("title", "body") else self.style
        return RunStyle(base.latin, base.ea, base.fill, self._scale(placeholder_kind))

    def _add(self, slide: Any, xml: str) -> None:
        """Queue a shape's XML; :meth:`_commit` parses a slide's queue at once (faster)."""
        self._pending.append(xml)

    def _commit(self, slide: Any) -> None:
        """Add the queued shapes to the slide, in order, before anything added after them."""
        if not self._pending:
            return
        wrapper = parse_xml(f"<p:wrap {NSDECLS}>{''.join(self._pending)}</p:wrap>")
        self._pending.clear()
        tree = slide.shapes._spTree
        ext = tree.find(qn("p:extLst"))
        for element in list(wrapper):
            if ext is not None:
                ext.addprevious(element)
            else:
                tree.append(element)

    def _flush(self, slide: Any, members: list[tuple[ShapeBox | TextBox, str]]) -> None:
        """Add the shapes of one group as a group shape (a single one as itself)."""
        if not members:
            return
        if len(members) == 1:
            self._add(slide, members[0][1])
            return
        boxes = [self.geometry(box) for box, _ in members]
        x0 = min(b[0] for b in boxes)
        y0 = min(b[1] for b in boxes)
        x1 = max(b[0] + b[2] for b in boxes)
        y1 = max(b[1] + b[3] for b in boxes)
        name = quoteattr(xml_safe(members[0][0].group or "group"))
        xfrm = (
            f'<a:xfrm><a:off x="{x0}" y="{y0}"/><a:ext cx="{x1 - x0}" cy="{y1 - y0}"/>'
            f'<a:chOff x="{x0}" y="{y0}"/><a:chExt cx="{x1 - x0}" cy="{y1 - y0}"/></a:xfrm>'
        )
        self._add(
            slide,
            f'<p:grpSp><p:nvGrpSpPr><p:cNvPr id="{self._next_id()}" name={name}/>'
            f"<p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr>{xfrm}</p:grpSpPr>"
            f"{''.join(xml for _, xml in members)}</p:grpSp>",
        )

    def _sp_xml(self, box: ShapeBox | TextBox) -> str:
        """A plain shape, or a text box (with its own fill when it has one)."""
        name = quoteattr(xml_safe(box.name))
        if isinstance(box, ShapeBox):
            line = (
                f'<a:ln w="9525"><a:solidFill><a:srgbClr val="{box.line}"/></a:solidFill></a:ln>'
                if box.line
                else "<a:ln><a:noFill/></a:ln>"
            )
            return (
                f'<p:sp><p:nvSpPr><p:cNvPr id="{self._next_id()}" name={name}/><p:cNvSpPr/>'
                f"<p:nvPr/></p:nvSpPr><p:spPr>{self._xfrm(box)}"
                f'<a:prstGeom prst="{PRESETS[box.shape]}"><a:avLst/></a:prstGeom><a:solidFill>'
                f'<a:srgbClr val="{box.fill}"/></a:solidFill>{line}</p:spPr></p:sp>'
            )
        style = self._box_style(None)
        inset = round(box.inset * 12700 * self._scale(None))
        inner = box.w - 2 * box.inset
        paras = "".join(paragraph_xml(p, style, inner) for p in box.paragraphs)
        fill = (
            f'<a:solidFill><a:srgbClr val="{box.fill}"/></a:solidFill>'
            if box.fill
            else "<a:noFill/>"
        )
        return (
            f'<p:sp><p:nvSpPr><p:cNvPr id="{self._next_id()}" name={name}/><p:cNvSpPr txBox="1"/>'
            f'<p:nvPr/></p:nvSpPr><p:spPr>{self._xfrm(box)}<a:prstGeom prst="rect"><a:avLst/>'
            f"</a:prstGeom>{fill}</p:spPr><p:txBody>{body_pr_xml(inset, box.anchor)}"
            f"<a:lstStyle/>{paras}</p:txBody></p:sp>"
        )

    def text(self, slide: Any, layout: Any, box: TextBox, used: set[int]) -> None:
        """A text box, or the text of the layout's placeholder it stands for."""
        if box.placeholder in ("dt", "ftr", "sldNum"):
            self.field(slide, layout, box, used)
            return
        found = placeholder(slide, box.placeholder, used) if box.placeholder else None
        if found is None:
            self._add(slide, self._sp_xml(box))
            return
        sp, idx = found
        used.add(idx)
        self._commit(slide)
        _bring_to_front(sp)
        sp_pr = sp.find(qn("p:spPr"))
        for old in sp_pr.findall(qn("a:xfrm")):
            sp_pr.remove(old)
        inherited = self._layout_rect(layout, sp)
        if self.target.templated and (box.placeholder == "title" or self.cover):
            pass  # the template's title (and a cover's subtitle) keep the template's place
        elif inherited is None or not _same(inherited, self.rect(box)):
            sp_pr.insert(0, parse_xml(f"<p:wrap {NSDECLS}>{self._xfrm(box)}</p:wrap>")[0])
        style = self._box_style(box.placeholder)
        inset = round(box.inset * 12700 * self._scale(box.placeholder))
        inner = box.w - 2 * box.inset
        paras = "".join(paragraph_xml(p, style, inner) for p in box.paragraphs)
        tx_body = sp.find(qn("p:txBody"))
        if tx_body is None:
            tx_body = parse_xml(f"<p:txBody {NSDECLS}/>")
            sp.append(tx_body)
        for child in list(tx_body):
            tx_body.remove(child)
        body_pr = body_pr_xml(inset, box.anchor, autofit=True)
        fragment = parse_xml(f"<p:txBody {NSDECLS}>{body_pr}<a:lstStyle/>{paras}</p:txBody>")
        for child in list(fragment):
            tx_body.append(child)

    def field(self, slide: Any, layout: Any, box: TextBox, used: set[int]) -> None:
        """Footer, date or slide number in the layout's own placeholder (left out if none)."""
        kind = box.placeholder or "ftr"
        found = self._layout_placeholder(layout, kind)
        if found is None:
            if not self.target.templated:
                self._add(slide, self._sp_xml(box))
            return
        ph_type, idx = found
        used.add(idx)
        style = self.field_style if self.target.templated else self.style
        if kind == "sldNum" and box.paragraphs:
            para = box.paragraphs[0]
            rpr = run_properties(para.lang, style, para.size)
            paras = (
                f'<a:p><a:fld id="{FIELD_ID}" type="slidenum">{rpr}'
                f"<a:t>{escape(para.text)}</a:t></a:fld></a:p>"
            )
        else:
            paras = "".join(paragraph_xml(p, style) for p in box.paragraphs)
        self._add(
            slide,
            f'<p:sp><p:nvSpPr><p:cNvPr id="{self._next_id()}" name="{FIELD_NAMES[kind]}"/>'
            '<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>'
            f'<p:ph type="{ph_type}" sz="{FIELD_SIZES[kind]}" idx="{idx}"/></p:nvPr></p:nvSpPr>'
            f"<p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/>{paras}</p:txBody></p:sp>",
        )


def _same(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return all(abs(p - q) < 0.5 for p, q in zip(a, b, strict=True))


def _bring_to_front(element: Any) -> None:
    """Move a layout placeholder after the shapes drawn so far (drawing order = plan order)."""
    tree = element.getparent()
    tree.remove(element)
    ext = tree.find(qn("p:extLst"))
    if ext is not None:
        ext.addprevious(element)
    else:
        tree.append(element)
