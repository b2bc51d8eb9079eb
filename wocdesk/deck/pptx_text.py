"""Text in python-pptx: runs tagged zh-CN or en-US, each with Latin and East Asian (a:ea) faces."""

from __future__ import annotations

from typing import Any

from pptx.dml.color import RGBColor
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.oxml.xmlchemy import OxmlElement
from pptx.util import Pt

from wocdesk.content.clean import clean_text
from wocdesk.deck.measure import is_han
from wocdesk.deck.model import Fonts, Paragraph
from wocdesk.model.text import Lang

LANG_TAGS: dict[Lang, str] = {"zh": "zh-CN", "en": "en-US"}
ALIGN = {"left": PP_ALIGN.LEFT, "center": PP_ALIGN.CENTER, "right": PP_ALIGN.RIGHT}
ANCHOR = {"top": MSO_ANCHOR.TOP, "middle": MSO_ANCHOR.MIDDLE, "bottom": MSO_ANCHOR.BOTTOM}


def xml_safe(text: str) -> str:
    """``text`` without the characters XML cannot hold (the planner cleans; this is a guard)."""
    return clean_text(text)[0].replace("\n", " ")


def _is_latin_letter(char: str) -> bool:
    return char.isalpha() and ord(char) < 0x2E80 and not is_han(char)


def script_runs(text: str, lang: Lang) -> list[tuple[str, Lang]]:
    """Split ``text`` into runs by script: Chinese characters ``zh``, Latin words ``en``.

    Digits, spaces and punctuation stay with the run they are in; a paragraph's first neutral
    characters take the paragraph's language.
    """
    runs: list[tuple[str, Lang]] = []
    current = ""
    current_lang: Lang = lang
    for char in text:
        if is_han(char):
            kind: Lang | None = "zh"
        elif _is_latin_letter(char):
            kind = "en"
        else:
            kind = None
        if kind is not None and kind != current_lang:
            if current:
                runs.append((current, current_lang))
            current, current_lang = "", kind
        current += char
    if current or not runs:
        runs.append((current, current_lang))
    return runs


def set_run_font(rpr: Any, lang: Lang, fonts: Fonts) -> None:
    """Give a run's (or default) properties its language and both typefaces, in schema order."""
    rpr.set("lang", LANG_TAGS[lang])
    if lang == "zh":
        rpr.set("altLang", "en-US")
    latin = rpr.get_or_add_latin()
    latin.set("typeface", fonts.latin)
    ea = rpr.find(qn("a:ea"))
    if ea is None:
        ea = OxmlElement("a:ea")
        latin.addnext(ea)
    ea.set("typeface", fonts.cjk)


def _paragraph_props(p: Any, para: Paragraph) -> None:
    p.alignment = ALIGN[para.align]
    p.line_spacing = Pt(para.size * para.line_spacing)
    p.space_before = Pt(para.space_before)
    p.space_after = Pt(0)
    ppr = p._p.get_or_add_pPr()
    ppr.set("marL", "0")
    ppr.set("indent", "0")
    if ppr.find(qn("a:buNone")) is None:
        ppr.append(OxmlElement("a:buNone"))


def write_paragraphs(
    text_frame: Any, paragraphs: tuple[Paragraph, ...], fonts: Fonts, keep_color: bool = True
) -> None:
    """Replace the frame's text with ``paragraphs``: sizes, spacing, runs, languages, faces."""
    text_frame.clear()
    for index, para in enumerate(paragraphs):
        p = text_frame.paragraphs[0] if index == 0 else text_frame.add_paragraph()
        _paragraph_props(p, para)
        for segment, lang in script_runs(xml_safe(para.text), para.lang):
            run = p.add_run()
            run.text = segment
            font = run.font
            font.size = Pt(para.size)
            font.bold = para.bold
            font.italic = para.italic
            if keep_color:
                font.color.rgb = RGBColor.from_string(para.color)
            set_run_font(run._r.get_or_add_rPr(), lang, fonts)
        end = p._p.get_or_add_endParaRPr()
        end.set("sz", str(int(round(para.size * 100))))
        set_run_font(end, para.lang, fonts)


def frame_props(text_frame: Any, inset: float, anchor: str) -> None:
    """No autofit, wrapping on, explicit insets and anchor (the planner already fitted the text)."""
    text_frame.word_wrap = True
    text_frame.auto_size = MSO_AUTO_SIZE.NONE
    margin = Pt(inset)
    text_frame.margin_left = text_frame.margin_right = margin
    text_frame.margin_top = text_frame.margin_bottom = margin
    text_frame.vertical_anchor = ANCHOR[anchor]


def write_notes(text_frame: Any, notes: str, fonts: Fonts) -> None:
    """Speaker notes, one paragraph per line, each run tagged with its language."""
    text_frame.clear()
    for index, line in enumerate(notes.split("\n")):
        p = text_frame.paragraphs[0] if index == 0 else text_frame.add_paragraph()
        han = sum(1 for c in line if is_han(c))
        letters = sum(1 for c in line if c.isalpha())
        lang: Lang = "zh" if letters and han * 3 >= letters else "en"
        for segment, seg_lang in script_runs(xml_safe(line), lang):
            run = p.add_run()
            run.text = segment
            set_run_font(run._r.get_or_add_rPr(), seg_lang, fonts)
