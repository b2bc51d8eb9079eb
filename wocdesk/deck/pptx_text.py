"""Text in python-pptx: runs tagged zh-CN or en-US, each with Latin and East Asian (a:ea) faces."""

from __future__ import annotations

import re
from typing import Any

from pptx.oxml import parse_xml
from pptx.oxml.ns import qn
from pptx.oxml.xmlchemy import OxmlElement

from wocdesk.content.clean import clean_text
from wocdesk.deck.model import Fonts, Paragraph
from wocdesk.model.text import Lang

LANG_TAGS: dict[Lang, str] = {"zh": "zh-CN", "en": "en-US"}


def escape(text: str, entities: dict[str, str] | None = None) -> str:
    """Escape ``&``, ``<`` and ``>`` (and ``entities``) for XML text or attributes."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    for char, entity in (entities or {}).items():
        text = text.replace(char, entity)
    return text


def xml_safe(text: str) -> str:
    """``text`` without the characters XML cannot hold (the planner cleans; this is a guard)."""
    return clean_text(text)[0].replace("\n", " ")


def xml_safe_lines(text: str) -> list[str]:
    """``text`` cleaned like :func:`xml_safe`, split at its hard line breaks."""
    return clean_text(text)[0].split("\n")


_SCRIPTS = re.compile(
    "(?P<zh>[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003ffff]+)"
    "|(?P<en>[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]+)"
)


def script_runs(text: str, lang: Lang) -> list[tuple[str, Lang]]:
    """Split ``text`` into runs by script: Chinese characters ``zh``, Latin words ``en``.

    Digits, spaces and punctuation stay with the run they are in; a paragraph's first neutral
    characters take the paragraph's language.
    """
    runs: list[tuple[str, Lang]] = []
    start, current_lang = 0, lang  # the current run is text[start:], in current_lang
    for match in _SCRIPTS.finditer(text):
        kind: Lang = "zh" if match.lastgroup == "zh" else "en"
        if kind != current_lang:
            if match.start() > start:
                runs.append((text[start : match.start()], current_lang))
            start, current_lang = match.start(), kind
    if start < len(text) or not runs:
        runs.append((text[start:], current_lang))
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


ALGN = {"left": "l", "center": "ctr", "right": "r"}
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"


def _rpr(tag: str, lang: Lang, fonts: Fonts, size: float | None, extra: str, fill: str) -> str:
    alt = ' altLang="en-US"' if lang == "zh" else ""
    sz = f' sz="{round(size * 100)}"' if size is not None else ""
    return (
        f'<a:{tag} lang="{LANG_TAGS[lang]}"{alt}{sz}{extra} dirty="0">{fill}'
        f'<a:latin typeface="{escape(fonts.latin, _QUOTE)}"/>'
        f'<a:ea typeface="{escape(fonts.cjk, _QUOTE)}"/></a:{tag}>'
    )


_QUOTE = {'"': "&quot;"}


def paragraph_xml(para: Paragraph, fonts: Fonts, keep_color: bool = True) -> str:
    """One ``a:p``: exact line spacing, no bullet, one run per script with lang and faces."""
    pitch = round(para.size * para.line_spacing * 100)
    before = round(para.space_before * 100)
    parts = [
        f'<a:p><a:pPr marL="0" indent="0" algn="{ALGN[para.align]}" hangingPunct="0">'
        f'<a:lnSpc><a:spcPts val="{pitch}"/></a:lnSpc>'
        f'<a:spcBef><a:spcPts val="{before}"/></a:spcBef>'
        f'<a:spcAft><a:spcPts val="0"/></a:spcAft><a:buNone/></a:pPr>'
    ]
    extra = f' b="{int(para.bold)}" i="{int(para.italic)}"'
    fill = f'<a:solidFill><a:srgbClr val="{para.color}"/></a:solidFill>' if keep_color else ""
    for index, line in enumerate(xml_safe_lines(para.text)):
        if index:  # a hard line break of the text, as the planner and the show break it
            parts.append(f"<a:br>{_rpr('rPr', para.lang, fonts, para.size, extra, fill)}</a:br>")
        for segment, lang in script_runs(line, para.lang):
            if segment:
                parts.append(
                    f"<a:r>{_rpr('rPr', lang, fonts, para.size, extra, fill)}"
                    f"<a:t>{escape(segment)}</a:t></a:r>"
                )
    parts.append(_rpr("endParaRPr", para.lang, fonts, para.size, "", ""))
    parts.append("</a:p>")
    return "".join(parts)


def replace_paragraphs(tx_body: Any, xml: list[str]) -> None:
    """Swap the ``a:p`` children of a text body for the paragraphs in ``xml``."""
    for p in tx_body.findall(qn("a:p")):
        tx_body.remove(p)
    root = parse_xml(f'<a:txBody xmlns:a="{A_NS}">{"".join(xml)}</a:txBody>')
    for p in list(root):
        tx_body.append(p)


def write_paragraphs(
    text_frame: Any, paragraphs: tuple[Paragraph, ...], fonts: Fonts, keep_color: bool = True
) -> None:
    """Replace the frame's text with ``paragraphs``: sizes, spacing, runs, languages, faces."""
    replace_paragraphs(
        text_frame._txBody, [paragraph_xml(p, fonts, keep_color) for p in paragraphs]
    )


ANCHOR_XML = {"top": "t", "middle": "ctr", "bottom": "b"}


def body_pr_xml(inset_emu: int, anchor: str) -> str:
    """``a:bodyPr``: wrapping on, explicit insets and anchor, no autofit (the text is fitted)."""
    i = inset_emu
    return (
        f'<a:bodyPr wrap="square" lIns="{i}" tIns="{i}" rIns="{i}" bIns="{i}" '
        f'anchor="{ANCHOR_XML[anchor]}" rtlCol="0"><a:noAutofit/></a:bodyPr>'
    )


def notes_xml(notes: str, fonts: Fonts) -> list[str]:
    """Speaker notes as ``a:p`` XML, one paragraph per line, each run tagged with its language."""
    xml = []
    for line in notes.split("\n"):
        han = sum(len(m.group()) for m in _SCRIPTS.finditer(line) if m.lastgroup == "zh")
        letters = han + sum(len(m.group()) for m in _SCRIPTS.finditer(line) if m.lastgroup == "en")
        lang: Lang = "zh" if letters and han * 3 >= letters else "en"
        runs = "".join(
            f"<a:r>{_rpr('rPr', seg_lang, fonts, None, '', '')}<a:t>{escape(segment)}</a:t></a:r>"
            for segment, seg_lang in script_runs(xml_safe(line), lang)
        )
        xml.append(f"<a:p>{runs}</a:p>")
    return xml
