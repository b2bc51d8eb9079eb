"""Hand-built decks (what the planner would produce) for the presenter tests."""

from __future__ import annotations

from wocdesk.deck.model import (
    Cell,
    ChartBox,
    ChartSeries,
    Deck,
    Fonts,
    Paragraph,
    ShapeBox,
    Slide,
    TableBox,
    TextBox,
)
from wocdesk.model.text import DisplayMode, parse_mode

TITLES = {
    "zh": ["前沿科技中国实践故事会", "议程", "创新中心东移", "五把钥匙"],
    "en": ["Frontier Technology China's Practice", "Agenda", "Eastward", "The five keys"],
}
FONTS = Fonts(latin="Liberation Sans", cjk="Noto Sans CJK SC")


def _para(text: str, lang: str, size: float, **kw: object) -> Paragraph:
    return Paragraph(text=text, lang=lang, size=size, lines=(text,), **kw)  # type: ignore[arg-type]


def _title_box(mode: DisplayMode, index: int) -> TextBox:
    paras = [_para(TITLES[mode.leading][index], mode.leading, 28, bold=True, color="FFFFFF")]
    if mode.is_bilingual:
        other = mode.languages[1]
        paras.append(_para(TITLES[other][index], other, 16, color="DDE6F0"))
    return TextBox(x=40, y=20, w=880, h=80, paragraphs=tuple(paras), name="title", anchor="middle")


def make_deck(mode: str | DisplayMode = "en", extra: int = 0) -> Deck:
    """Four slides (title, text, chart, table) plus ``extra`` plain slides, in ``mode``."""
    mode = parse_mode(mode)
    lang = mode.leading
    band = ShapeBox(x=0, y=0, w=960, h=110, fill="1F4E79", name="band")
    slides = []
    for index in range(4):
        boxes: list = [band, _title_box(mode, index)]
        if index == 1:
            lines = (
                ("第一行文字", "第二行文字")
                if lang == "zh"
                else ("First line of text", "Second line")
            )
            boxes.append(
                TextBox(
                    x=60,
                    y=140,
                    w=400,
                    h=120,
                    name="body",
                    paragraphs=(Paragraph(text=" ".join(lines), lang=lang, size=20, lines=lines),),
                )
            )
            boxes.append(
                ShapeBox(x=500, y=140, w=200, h=100, fill="E8EEF5", shape="rounded", line="1F4E79")
            )
        if index == 2:
            cats = (
                ("20年前", "10年前", "现在")
                if lang == "zh"
                else ("20 years ago", "10 years ago", "Now")
            )
            boxes.append(
                ChartBox(
                    x=60,
                    y=130,
                    w=500,
                    h=380,
                    kind="column",
                    categories=cats,
                    series=(ChartSeries("Asia", (0.5, 0.6, 0.7)),),
                    lang=lang,
                )
            )
        if index == 3:
            head = Cell(
                paragraphs=(
                    _para(
                        "集群" if lang == "zh" else "Cluster", lang, 14, bold=True, color="FFFFFF"
                    ),
                ),
                fill="1F4E79",
            )
            body = Cell(
                paragraphs=(_para("北京" if lang == "zh" else "Beijing", lang, 14),), fill="F2F2F2"
            )
            boxes.append(
                TableBox(
                    x=60,
                    y=140,
                    w=400,
                    h=80,
                    col_widths=(200, 200),
                    row_heights=(40, 40),
                    rows=((head, head), (body, body)),
                )
            )
        slides.append(
            Slide(
                number=index + 1,
                kind=("title", "agenda", "chart", "table")[index],
                title=TITLES[lang][index],
                boxes=tuple(boxes),
                notes=f"notes {index + 1} {lang}",
            )
        )
    for _ in range(extra):
        number = len(slides) + 1
        slides.append(
            Slide(
                number=number,
                kind="extra",
                title=f"Extra {number}",
                boxes=(
                    band,
                    TextBox(
                        x=40,
                        y=20,
                        w=880,
                        h=80,
                        name="title",
                        paragraphs=(_para(f"Extra {number}", "en", 28),),
                    ),
                ),
                notes=f"notes {number}",
            )
        )
    return Deck(
        title=TITLES[lang][0], mode=mode, slides=tuple(slides), fonts=FONTS, notes_langs=(lang,)
    )
