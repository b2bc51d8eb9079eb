"""Text as DrawingML: runs tagged zh-CN or en-US, each with Latin and East Asian (a:ea) faces."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any, NamedTuple
from xml.sax.saxutils import escape, quoteattr

from pptx.oxml import parse_xml
from pptx.oxml.ns import qn
from pptx.oxml.xmlchemy import OxmlElement

from wocdesk.content.clean import clean_text
from wocdesk.deck.model import Fonts, Paragraph
from wocdesk.model.script import is_han, text_language
from wocdesk.model.text import Lang

LANG_TAGS: dict[Lang, str] = {"zh": "zh-CN", "en": "en-US"}
ALGN = {"left": "l", "center": "ctr", "right": "r"}
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
ANCHOR_XML = {"top": "t", "middle": "ctr", "bottom": "b"}


def srgb_fill(value: str) -> str:
    """A solid fill of an ``RRGGBB`` colour."""
    return f'<a:solidFill><a:srgbClr val="{value}"/></a:solidFill>'


class RunStyle(NamedTuple):
    """How runs are written: faces, fill and a size factor.

    A face is a name or a theme reference (``+mn-lt``); ``fill`` turns a planned colour into a
    fill (None: the placeholder's own colour); ``scale`` multiplies sizes. (A named tuple: a
    tenth of a data class's cost to define, at every export's start.)
    """

    latin: str
    ea: str
    fill: Callable[[str], str] | None = srgb_fill
    scale: float = 1.0

    @staticmethod
    def of(fonts: Fonts, templated: bool = False, major: bool = False) -> RunStyle:
        """Our faces, or with a user template its theme's faces for those the user left open."""
        kind = "mj" if major else "mn"
        latin = f"+{kind}-lt" if templated and fonts.theme_latin else fonts.latin
        ea = f"+{kind}-ea" if templated and fonts.theme_cjk else fonts.cjk
        return RunStyle(latin, ea)


def xml_safe(text: str) -> str:
    """``text`` without the characters XML cannot hold (the planner cleans; this is a guard)."""
    return clean_text(text)[0].replace("\n", " ")


def xml_safe_lines(text: str) -> list[str]:
    """``text`` cleaned like :func:`xml_safe`, split at its hard line breaks."""
    return clean_text(text)[0].split("\n")


_SCRIPTS: dict[str, str] = {}  # each character's script, found once


def _script(char: str) -> str:
    """``zh`` for Chinese, ``en`` for a Latin (or Greek, Cyrillic) letter, else "" (neutral)."""
    found = _SCRIPTS.get(char)
    if found is None:
        if is_han(char):
            found = "zh"
        elif char.isalpha() and ord(char) < 0x3000:
            found = "en"
        else:
            found = ""
        _SCRIPTS[char] = found
    return found


def script_runs(text: str, lang: Lang) -> list[tuple[str, Lang]]:
    """Split ``text`` into runs by script: Chinese characters ``zh``, Latin words ``en``.

    Digits, spaces and punctuation stay with the run they are in; a paragraph's first neutral
    characters take the paragraph's language. A run ends where a character of the other script
    comes.
    """
    if not text:
        return [(text, lang)]
    runs: list[tuple[str, Lang]] = []
    scripts = _SCRIPTS
    current: Any = lang
    start = 0
    for index, char in enumerate(text):
        kind = scripts.get(char)
        if kind is None:
            kind = _script(char)
        if kind and kind != current:
            if index > start:
                runs.append((text[start:index], current))
            current, start = kind, index
    runs.append((text[start:], current))
    return runs


def set_run_font(rpr: Any, lang: Lang, style: RunStyle) -> None:
    """Give a run's (or default) properties its language and both typefaces, in schema order."""
    rpr.set("lang", LANG_TAGS[lang])
    if lang == "zh":
        rpr.set("altLang", "en-US")
    latin = rpr.get_or_add_latin()
    latin.set("typeface", style.latin)
    ea = rpr.find(qn("a:ea"))
    if ea is None:
        ea = OxmlElement("a:ea")
        latin.addnext(ea)
    ea.set("typeface", style.ea)


@lru_cache(maxsize=1024)
def _rpr(tag: str, lang: Lang, style: RunStyle, size: float | None, extra: str, fill: str) -> str:
    alt = ' altLang="en-US"' if lang == "zh" else ""
    sz = f' sz="{round(size * style.scale * 100)}"' if size is not None else ""
    return (
        f'<a:{tag} lang="{LANG_TAGS[lang]}"{alt}{sz}{extra} dirty="0">{fill}'
        f"<a:latin typeface={quoteattr(style.latin)}/>"
        f"<a:ea typeface={quoteattr(style.ea)}/></a:{tag}>"
    )


def run_properties(lang: Lang, style: RunStyle, size: float | None = None) -> str:
    """``a:rPr`` with the language, the size and both faces."""
    return _rpr("rPr", lang, style, size, "", "")


def paragraph_xml(para: Paragraph, style: RunStyle, inner: float = 0.0) -> str:
    """One ``a:p``: exact line spacing, no bullet, one run per script with lang and faces.

    ``inner`` is the text width of the box (pt): the paragraph's right margin narrows it to the
    measure the planner broke the lines to.
    """
    pitch = round(para.size * para.line_spacing * style.scale * 100)
    before = round(para.space_before * style.scale * 100)
    margin = max(0.0, inner - para.measure) if para.measure and inner else 0.0
    mar_r = f' marR="{round(margin * style.scale * 12700)}"' if margin >= 0.5 else ""
    parts = [
        f'<a:p><a:pPr marL="0"{mar_r} indent="0" algn="{ALGN[para.align]}" hangingPunct="0">'
        f'<a:lnSpc><a:spcPts val="{pitch}"/></a:lnSpc>'
        f'<a:spcBef><a:spcPts val="{before}"/></a:spcBef>'
        f'<a:spcAft><a:spcPts val="0"/></a:spcAft><a:buNone/></a:pPr>'
    ]
    extra = f' b="{int(para.bold)}" i="{int(para.italic)}"'
    fill = style.fill(para.color) if style.fill is not None else ""
    for index, line in enumerate(xml_safe_lines(para.text)):
        if index:  # a hard line break of the text, as the planner and the show break it
            parts.append(f"<a:br>{_rpr('rPr', para.lang, style, para.size, extra, fill)}</a:br>")
        for segment, lang in script_runs(line, para.lang):
            if segment:
                parts.append(
                    f"<a:r>{_rpr('rPr', lang, style, para.size, extra, fill)}"
                    f"<a:t>{escape(segment)}</a:t></a:r>"
                )
    parts.append(_rpr("endParaRPr", para.lang, style, para.size, "", ""))
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
    text_frame: Any, paragraphs: tuple[Paragraph, ...], style: RunStyle, inner: float = 0.0
) -> None:
    """Replace the frame's text with ``paragraphs``: sizes, spacing, runs, languages, faces."""
    replace_paragraphs(text_frame._txBody, [paragraph_xml(p, style, inner) for p in paragraphs])


def body_pr_xml(inset_emu: int, anchor: str, autofit: bool = False) -> str:
    """``a:bodyPr``: wrapping on, explicit insets and anchor; placeholders shrink on overflow.

    The planner has fitted every box, so text boxes need no autofit; placeholders say
    ``normAutofit`` so that PowerPoint shrinks text the user lengthens.
    """
    i = inset_emu
    fit = "<a:normAutofit/>" if autofit else "<a:noAutofit/>"
    return (
        f'<a:bodyPr wrap="square" lIns="{i}" tIns="{i}" rIns="{i}" bIns="{i}" '
        f'anchor="{ANCHOR_XML[anchor]}" rtlCol="0">{fit}</a:bodyPr>'
    )


def notes_xml(notes: str, style: RunStyle) -> list[str]:
    """Speaker notes as ``a:p`` XML, one paragraph per line, each run tagged with its language."""
    xml = []
    for line in notes.split("\n"):
        safe = xml_safe(line)
        runs = "".join(
            f"<a:r>{_rpr('rPr', seg_lang, style, None, '', '')}<a:t>{escape(segment)}</a:t></a:r>"
            for segment, seg_lang in script_runs(safe, text_language(safe))
            if segment
        )
        xml.append(f"<a:p>{runs}</a:p>")
    return xml
