"""The outline panel's tables stay readable in a narrow dock."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from wocdesk.ui.outline.panel.layout_helpers import stretch_first_column


def test_the_source_words_column_keeps_its_width_in_a_narrow_panel(qtbot) -> None:  # type: ignore[no-untyped-def]
    table = QTableWidget(1, 3)
    qtbot.addWidget(table)
    table.horizontalHeader().setMinimumSectionSize(24)  # as small as some styles make it
    stretch_first_column(table)
    table.setItem(0, 0, QTableWidgetItem("2024年2月23日,北京 – 从2022年ChatGPT横空出世"))
    table.resize(230, 160)  # the outline dock's width in a 1200-pixel window
    table.show()
    qtbot.waitExposed(table)
    assert table.columnWidth(0) >= 110  # not a column of one character per line
    assert table.horizontalScrollBar().maximum() > 0  # the rest is reached by scrolling
