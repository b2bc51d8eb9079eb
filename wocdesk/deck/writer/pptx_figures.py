"""Native charts and tables in python-pptx, styled like the plan and schema-clean."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION
from pptx.enum.text import MSO_ANCHOR
from pptx.oxml.ns import qn
from pptx.util import Emu, Pt

from wocdesk.deck.model import ChartBox, TableBox
from wocdesk.deck.writer.pptx_text import RunStyle, set_run_font, write_paragraphs, xml_safe

CHART_TYPES = {
    "column": XL_CHART_TYPE.COLUMN_CLUSTERED,
    "bar": XL_CHART_TYPE.BAR_CLUSTERED,
    "line": XL_CHART_TYPE.LINE_MARKERS,
}
# Anything beyond this is not a value a briefing chart can show (and not one Excel keeps exactly).
LARGEST = 1e15


def safe_value(value: float) -> float:
    """A value the chart's workbook can hold: NaN and infinities become 0, huge ones capped."""
    if not math.isfinite(value):
        return 0.0
    return max(-LARGEST, min(LARGEST, value))


def positive_axis_ids(chart_space: Any) -> None:
    """Renumber the axis ids python-pptx writes as negative numbers (the schema wants unsigned)."""
    ids: dict[str, str] = {}
    for tag in ("c:axId", "c:crossAx"):
        for element in chart_space.iter(qn(tag)):
            old = element.get("val")
            if old not in ids:
                ids[old] = str(50000 + len(ids) * 1000 + 1)
            element.set("val", ids[old])


def _rgb(value: str) -> Any:
    return RGBColor.from_string(value)  # type: ignore[no-untyped-call]


def add_chart(
    slide: Any,
    box: ChartBox,
    geometry: tuple[Emu, Emu, Emu, Emu],
    style: RunStyle,
    ink: str,
    rule: str,
) -> Any:
    """A native chart of ``box`` at ``geometry`` (EMU); returns the graphic frame."""
    data = CategoryChartData(number_format=box.number_format)  # type: ignore[no-untyped-call]
    data.categories = ["\n".join(xml_safe(x) for x in c.split("\n")) for c in box.categories]
    for series in box.series:
        values = [safe_value(v) for v in series.values]
        data.add_series(xml_safe(series.name), values)  # type: ignore[no-untyped-call]
    frame = slide.shapes.add_chart(CHART_TYPES[box.kind], *geometry, data)
    frame.name = xml_safe(box.name)
    chart = frame.chart
    positive_axis_ids(chart._chartSpace)
    size = box.font_size * style.scale
    chart.has_legend = len(box.series) > 1
    chart.has_title = bool(box.title)
    if box.title:
        chart.chart_title.text_frame.text = xml_safe(box.title)
    chart.font.size = Pt(size)
    plot = chart.plots[0]
    plot.gap_width = 70
    plot.has_data_labels = True
    labels = plot.data_labels
    labels.number_format = box.number_format
    labels.number_format_is_linked = False
    labels.font.size = Pt(size + 3 * style.scale)
    labels.font.bold = True
    if box.kind != "line":
        labels.position = XL_LABEL_POSITION.OUTSIDE_END
    for index, series in enumerate(plot.series):
        series.format.fill.solid()
        series.format.fill.fore_color.rgb = _rgb(box.colors[index % len(box.colors)])
    value_axis = chart.value_axis
    value_axis.has_major_gridlines = False
    value_axis.visible = False
    value_axis.minimum_scale = 0
    values = [safe_value(v) for s in box.series for v in s.values]
    if box.number_format.endswith("%"):
        value_axis.maximum_scale = max(1.0, *values) if values else 1.0
    category_axis = chart.category_axis
    category_axis.tick_labels.font.size = Pt(size)
    category_axis.format.line.color.rgb = _rgb(rule)
    chart.font.color.rgb = _rgb(ink)
    for rpr in chart._chartSpace.iter(qn("a:defRPr")):
        set_run_font(rpr, box.lang, style)
    return frame


def add_table(
    slide: Any,
    box: TableBox,
    geometry: tuple[Emu, Emu, Emu, Emu],
    emu: Callable[[float], Emu],
    style: RunStyle,
) -> Any:
    """A native table of ``box`` at ``geometry``; returns the graphic frame."""
    rows, cols = len(box.rows), len(box.col_widths)
    frame = slide.shapes.add_table(rows, cols, *geometry)
    frame.name = xml_safe(box.name)
    table = frame.table
    table.first_row = box.header_rows > 0
    table.horz_banding = False
    for index, width in enumerate(box.col_widths):
        table.columns[index].width = emu(width)
    for index, height in enumerate(box.row_heights):
        table.rows[index].height = emu(height)
    inset = emu(box.inset)
    for r, row in enumerate(box.rows):
        for c, cell_plan in enumerate(row):
            cell = table.cell(r, c)
            cell.margin_left = cell.margin_right = inset
            cell.margin_top = cell.margin_bottom = inset
            cell.vertical_anchor = MSO_ANCHOR.MIDDLE
            if cell_plan.fill:
                cell.fill.solid()
                cell.fill.fore_color.rgb = _rgb(cell_plan.fill)
            inner = box.col_widths[c] - 2 * box.inset
            write_paragraphs(cell.text_frame, cell_plan.paragraphs, style, inner)
    return frame
