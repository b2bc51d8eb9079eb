"""Draw a planned deck with python-pptx: text boxes, shapes, native chart and table, notes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION
from pptx.enum.text import MSO_ANCHOR
from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.packuri import PackURI
from pptx.oxml import parse_xml
from pptx.oxml.ns import qn
from pptx.parts.slide import NotesSlidePart
from pptx.util import Emu, Pt

from wocdesk.content.files import check_destination, write_atomically
from wocdesk.deck import style
from wocdesk.deck.errors import DeckError
from wocdesk.deck.model import (
    Box,
    ChartBox,
    Deck,
    ShapeBox,
    Slide,
    TableBox,
    TextBox,
)
from wocdesk.deck.pptx_template import (
    Target,
    open_target,
    placeholder,
    remove_empty_placeholders,
)
from wocdesk.deck.pptx_text import (
    LANG_TAGS,
    body_pr_xml,
    escape,
    notes_xml,
    paragraph_xml,
    set_run_font,
    write_paragraphs,
    xml_safe,
)

PRESETS = {"rect": "rect", "rounded": "roundRect", "ellipse": "ellipse"}
NSDECLS = (
    'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)
QUOTE = {'"': "&quot;"}
NOTES_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:notes {ns}><p:cSld><p:spTree>'
    '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>'
    '<p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image Placeholder 1"/><p:cNvSpPr>'
    '<a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg"/>'
    "</p:nvPr></p:nvSpPr><p:spPr/></p:sp>"
    '<p:sp><p:nvSpPr><p:cNvPr id="3" name="Notes Placeholder 2"/><p:cNvSpPr>'
    '<a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr>'
    "<p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/>{paragraphs}</p:txBody></p:sp>"
    "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>"
)
CHART_TYPES = {
    "column": XL_CHART_TYPE.COLUMN_CLUSTERED,
    "bar": XL_CHART_TYPE.BAR_CLUSTERED,
    "line": XL_CHART_TYPE.LINE_MARKERS,
}
# Boxes that draw our own look; a user template brings its own instead.
# Page-level design a user template replaces (cards, badges and rules stay: they carry content).
PAGE_DESIGN = {"decor: title band", "decor: accent", "decor: background", "decor: rule"}


def _rgb(value: str) -> Any:
    """A python-pptx colour from ``RRGGBB``."""
    return RGBColor.from_string(value)  # type: ignore[no-untyped-call]


class _Drawer:
    """Draws the boxes of one slide at the target's scale."""

    def __init__(self, target: Target, deck: Deck) -> None:
        self.target = target
        self.deck = deck
        self.k = target.emu_per_pt
        self.notes_count = 0  # the template's own slides (and notes) were dropped

    def emu(self, value: float) -> Emu:
        return Emu(round(value * self.k))

    def geometry(self, box: Box) -> tuple[Emu, Emu, Emu, Emu]:
        return self.emu(box.x), self.emu(box.y), self.emu(box.w), self.emu(box.h)

    def slide(self, plan: Slide) -> None:
        prs = self.target.prs
        layout = self.target.layouts.get(plan.layout) or self.target.layouts["content"]
        slide = prs.slides.add_slide(layout)
        self.shape_id = int(slide.shapes._next_shape_id)
        used: set[int] = set()
        if not self.target.templated and plan.background != style.WHITE:
            fill = slide.background.fill
            fill.solid()
            fill.fore_color.rgb = _rgb(plan.background)
        for box in plan.boxes:
            if isinstance(box, ShapeBox):
                if not (self.target.templated and box.name in PAGE_DESIGN):
                    self.shape(slide, box)
            elif isinstance(box, TextBox):
                self.text(slide, box, used)
            elif isinstance(box, ChartBox):
                self.chart(slide, box)
            elif isinstance(box, TableBox):
                self.table(slide, box)
        remove_empty_placeholders(slide, used)
        if plan.notes:
            self.notes(slide, notes_xml(plan.notes, self.deck.fonts))

    def notes(self, slide: Any, paragraphs: list[str]) -> None:
        """A notes page for ``slide`` built as XML (python-pptx's own is slow to clone)."""
        prs = self.target.prs
        package = prs.part.package
        master = prs.part.notes_master_part
        self.notes_count += 1
        partname = PackURI(f"/ppt/notesSlides/notesSlide{self.notes_count}.xml")
        blob = NOTES_XML.format(ns=NSDECLS, paragraphs="".join(paragraphs)).encode("utf-8")
        part = NotesSlidePart.load(partname, CT.PML_NOTES_SLIDE, package, blob)
        part.relate_to(master, RT.NOTES_MASTER)
        part.relate_to(slide.part, RT.SLIDE)
        slide.part.relate_to(part, RT.NOTES_SLIDE)

    def _xfrm(self, box: Box) -> str:
        x, y, w, h = self.geometry(box)
        return f'<a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{w}" cy="{h}"/></a:xfrm>'

    def _add(self, slide: Any, xml: str) -> None:
        element = parse_xml(f"<p:wrap {NSDECLS}>{xml}</p:wrap>")[0]
        tree = slide.shapes._spTree
        ext = tree.find(qn("p:extLst"))
        if ext is not None:
            ext.addprevious(element)
        else:
            tree.append(element)

    def _next_id(self, slide: Any) -> int:
        self.shape_id += 1
        return self.shape_id

    def shape(self, slide: Any, box: ShapeBox) -> None:
        line = (
            f'<a:ln w="9525"><a:solidFill><a:srgbClr val="{box.line}"/></a:solidFill></a:ln>'
            if box.line
            else "<a:ln><a:noFill/></a:ln>"
        )
        self._add(
            slide,
            f'<p:sp><p:nvSpPr><p:cNvPr id="{self._next_id(slide)}" '
            f'name="{escape(xml_safe(box.name), QUOTE)}"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>'
            f'<p:spPr>{self._xfrm(box)}<a:prstGeom prst="{PRESETS[box.shape]}"><a:avLst/>'
            f'</a:prstGeom><a:solidFill><a:srgbClr val="{box.fill}"/></a:solidFill>{line}'
            "</p:spPr></p:sp>",
        )

    def text(self, slide: Any, box: TextBox, used: set[int]) -> None:
        keep = not (
            self.target.templated and box.placeholder is not None  # the template colours titles
        )
        inset = round(box.inset * self.k)
        body_pr = body_pr_xml(inset, box.anchor)
        paras = "".join(paragraph_xml(p, self.deck.fonts, keep) for p in box.paragraphs)
        found = placeholder(slide, box.placeholder, used) if box.placeholder else None
        if found is not None:
            sp, idx = found
            used.add(idx)
            _bring_to_front(sp)
            sp_pr = sp.find(qn("p:spPr"))
            for old in sp_pr.findall(qn("a:xfrm")):
                sp_pr.remove(old)
            sp_pr.insert(0, parse_xml(f"<p:wrap {NSDECLS}>{self._xfrm(box)}</p:wrap>")[0])
            tx_body = sp.find(qn("p:txBody"))
            if tx_body is None:
                tx_body = parse_xml(f"<p:txBody {NSDECLS}/>")
                sp.append(tx_body)
            for child in list(tx_body):
                tx_body.remove(child)
            fragment = parse_xml(f"<p:txBody {NSDECLS}>{body_pr}<a:lstStyle/>{paras}</p:txBody>")
            for child in list(fragment):
                tx_body.append(child)
            return
        fill = (
            f'<a:solidFill><a:srgbClr val="{box.fill}"/></a:solidFill>'
            if box.fill
            else "<a:noFill/>"
        )
        self._add(
            slide,
            f'<p:sp><p:nvSpPr><p:cNvPr id="{self._next_id(slide)}" '
            f'name="{escape(xml_safe(box.name), QUOTE)}"/><p:cNvSpPr txBox="1"/><p:nvPr/>'
            f'</p:nvSpPr><p:spPr>{self._xfrm(box)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
            f"{fill}</p:spPr><p:txBody>{body_pr}<a:lstStyle/>{paras}</p:txBody></p:sp>",
        )

    def chart(self, slide: Any, box: ChartBox) -> None:
        data = CategoryChartData(number_format=box.number_format)  # type: ignore[no-untyped-call]
        data.categories = [xml_safe(c) for c in box.categories]
        for series in box.series:
            data.add_series(xml_safe(series.name), series.values)  # type: ignore[no-untyped-call]
        frame = slide.shapes.add_chart(CHART_TYPES[box.kind], *self.geometry(box), data)
        self.shape_id = max(self.shape_id, int(frame.shape_id))  # python-pptx numbered it
        frame.name = xml_safe(box.name)
        chart = frame.chart
        chart.has_legend = len(box.series) > 1
        chart.has_title = bool(box.title)
        if box.title:
            chart.chart_title.text_frame.text = xml_safe(box.title)
        chart.font.size = Pt(box.font_size)
        chart.font.color.rgb = _rgb(style.INK)
        plot = chart.plots[0]
        plot.gap_width = 70
        plot.has_data_labels = True
        labels = plot.data_labels
        labels.number_format = box.number_format
        labels.number_format_is_linked = False
        labels.font.size = Pt(box.font_size + 3)
        labels.font.bold = True
        if box.kind != "line":
            labels.position = XL_LABEL_POSITION.OUTSIDE_END
        for index, series in enumerate(plot.series):
            fill = series.format.fill
            fill.solid()
            fill.fore_color.rgb = _rgb(box.colors[index % len(box.colors)])
        value_axis = chart.value_axis
        value_axis.has_major_gridlines = False
        value_axis.visible = False
        value_axis.minimum_scale = 0
        if box.number_format.endswith("%"):
            value_axis.maximum_scale = max(1.0, *(max(s.values, default=0) for s in box.series))
        category_axis = chart.category_axis
        category_axis.tick_labels.font.size = Pt(box.font_size)
        category_axis.format.line.color.rgb = _rgb(style.RULE)
        for rpr in chart._chartSpace.iter(qn("a:defRPr")):
            set_run_font(rpr, box.lang, self.deck.fonts)

    def table(self, slide: Any, box: TableBox) -> None:
        rows, cols = len(box.rows), len(box.col_widths)
        frame = slide.shapes.add_table(rows, cols, *self.geometry(box))
        self.shape_id = max(self.shape_id, int(frame.shape_id))  # python-pptx numbered it
        frame.name = xml_safe(box.name)
        table = frame.table
        table.first_row = box.header_rows > 0
        table.horz_banding = False
        for index, width in enumerate(box.col_widths):
            table.columns[index].width = self.emu(width)
        for index, height in enumerate(box.row_heights):
            table.rows[index].height = self.emu(height)
        inset = Pt(box.inset * self.k / 12700)
        for r, row in enumerate(box.rows):
            for c, cell_plan in enumerate(row):
                cell = table.cell(r, c)
                cell.margin_left = cell.margin_right = inset
                cell.margin_top = cell.margin_bottom = inset
                cell.vertical_anchor = MSO_ANCHOR.MIDDLE
                if cell_plan.fill:
                    cell.fill.solid()
                    cell.fill.fore_color.rgb = _rgb(cell_plan.fill)
                write_paragraphs(cell.text_frame, cell_plan.paragraphs, self.deck.fonts)


def _bring_to_front(element: Any) -> None:
    """Move a layout placeholder after the shapes drawn so far (drawing order = plan order)."""
    tree = element.getparent()
    tree.remove(element)
    ext = tree.find(qn("p:extLst"))
    if ext is not None:
        ext.addprevious(element)
    else:
        tree.append(element)


def _core_properties(prs: Any, deck: Deck) -> None:
    """Our own metadata only: nothing left from python-pptx's or the template's defaults."""
    props = prs.core_properties
    now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
    props.title = xml_safe(deck.title)
    props.subject = xml_safe(deck.subject)
    props.author = xml_safe(deck.author)
    props.keywords = xml_safe("; ".join(deck.keywords))
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


def build_presentation(
    deck: Deck,
    template: str | Path | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Any:
    """The python-pptx ``Presentation`` drawing ``deck`` (not yet saved)."""
    target = open_target(deck, template)
    drawer = _Drawer(target, deck)
    total = len(deck.slides)
    for index, plan in enumerate(deck.slides, start=1):
        drawer.slide(plan)
        if progress is not None:
            progress(index, total)
    _core_properties(target.prs, deck)
    return target.prs


def write_pptx(
    deck: Deck,
    path: str | Path,
    template: str | Path | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Write ``deck`` to ``path`` as an editable .pptx, atomically; return the path written.

    The destination is checked first, the whole file is built in memory, written beside the
    target and moved over it at the end: a failure leaves an existing file untouched.
    """
    target = check_destination(Path(path))
    prs = build_presentation(deck, template, progress)

    def save(temporary: Path) -> None:
        try:
            prs.save(str(temporary))
        except ValueError as exc:  # python-pptx refusing a string
            raise DeckError(f"{target}: cannot write the deck: {exc}") from None

    return write_atomically(target, save)
