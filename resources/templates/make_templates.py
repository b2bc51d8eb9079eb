"""Generate the deck's 16:9 master and layouts: resources/templates/wocdesk*.pptx.

The design (navy title band with an orange accent, footer rule, source, date and slide-number
fields) lives in a real slide master and six layouts: Title Slide, Section Header, Title and
Content, Two Content, Title Only and Blank. Geometry and palette come from wocdesk.deck.style,
so the planner's boxes and the layouts' placeholders agree. Two files: one whose title band
holds one language, one whose band holds a title in two languages.

Run from the repository: python resources/templates/make_templates.py
"""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from wocdesk.deck import style  # noqa: E402

EMU = 12700
NS = (
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"'
)
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_PML = "application/vnd.openxmlformats-officedocument.presentationml"
FIXED_TIME = (2024, 2, 23, 0, 0, 0)

# Theme colours: the palette of wocdesk.deck.style under the names a template can remap.
SCHEME = {
    "dk1": style.INK,
    "lt1": style.WHITE,
    "dk2": style.NAVY,
    "lt2": style.PALE,
    "accent1": style.BLUE,
    "accent2": style.ACCENT,
    "accent3": style.NAVY,
    "accent4": style.MUTED,
    "accent5": "7FA7CF",
    "accent6": "F2B880",
    "hlink": style.BLUE,
    "folHlink": style.MUTED,
}


def emu(value: float) -> int:
    return round(value * EMU)


def xfrm(x: float, y: float, w: float, h: float) -> str:
    return (
        f'<a:xfrm><a:off x="{emu(x)}" y="{emu(y)}"/><a:ext cx="{emu(w)}" cy="{emu(h)}"/></a:xfrm>'
    )


def colour(name: str, mods: str = "") -> str:
    return f'<a:solidFill><a:schemeClr val="{name}">{mods}</a:schemeClr></a:solidFill>'


def rect(sid: int, name: str, box: tuple[float, float, float, float], fill: str) -> str:
    return (
        f'<p:sp><p:nvSpPr><p:cNvPr id="{sid}" name="{name}"/><p:cNvSpPr/>'
        f'<p:nvPr userDrawn="1"/></p:nvSpPr><p:spPr>{xfrm(*box)}'
        f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>{fill}<a:ln><a:noFill/></a:ln></p:spPr>'
        '<p:txBody><a:bodyPr rtlCol="0" anchor="ctr"/><a:lstStyle/>'
        '<a:p><a:endParaRPr lang="en-US"/>'
        "</a:p></p:txBody></p:sp>"
    )


def placeholder(
    sid: int,
    name: str,
    ph: str,
    box: tuple[float, float, float, float] | None,
    prompt: str,
    *,
    body_pr: str = "<a:bodyPr/>",
    lst_style: str = "<a:lstStyle/>",
    field: str | None = None,
) -> str:
    geometry = xfrm(*box) if box is not None else ""
    if field is not None:
        text = (
            f'<a:fld id="{{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}}" type="{field}">'
            f'<a:rPr lang="en-US"/><a:t>{prompt}</a:t></a:fld>'
        )
    else:
        text = f'<a:r><a:rPr lang="en-US"/><a:t>{prompt}</a:t></a:r>' if prompt else ""
    return (
        f'<p:sp><p:nvSpPr><p:cNvPr id="{sid}" name="{name}"/><p:cNvSpPr>'
        f'<a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>{ph}</p:nvPr></p:nvSpPr>'
        f"<p:spPr>{geometry}</p:spPr><p:txBody>{body_pr}{lst_style}<a:p>{text}"
        '<a:endParaRPr lang="en-US"/></a:p></p:txBody></p:sp>'
    )


def inset_body(anchor: str, autofit: bool = True) -> str:
    i = emu(4)
    fit = "<a:normAutofit/>" if autofit else "<a:noAutofit/>"
    return (
        f'<a:bodyPr vert="horz" wrap="square" lIns="{i}" tIns="{i}" rIns="{i}" bIns="{i}" '
        f'rtlCol="0" anchor="{anchor}">{fit}</a:bodyPr>'
    )


def level(
    lvl: int,
    size: float,
    fill: str,
    *,
    bold: bool = False,
    major: bool = False,
    bullet: bool = False,
    align: str = "l",
) -> str:
    face = "mj" if major else "mn"
    if bullet:
        indent = emu(18)
        mar = emu(18 * lvl)
        bullet_xml = (
            '<a:buClr><a:schemeClr val="accent2"/></a:buClr>'
            '<a:buFont typeface="Arial"/><a:buChar char="•"/>'
        )
    else:
        indent, mar = 0, 0
        bullet_xml = "<a:buNone/>"
    hanging = f' indent="-{indent}"' if indent else ' indent="0"'
    b = ' b="1"' if bold else ""
    return (
        f'<a:lvl{lvl}pPr marL="{mar}"{hanging} algn="{align}" defTabSz="914400" rtl="0" '
        f'eaLnBrk="1" latinLnBrk="0" hangingPunct="1"><a:lnSpc><a:spcPct val="100000"/></a:lnSpc>'
        f'<a:spcBef><a:spcPts val="{600 if bullet else 0}"/></a:spcBef>{bullet_xml}'
        f'<a:defRPr sz="{round(size * 100)}"{b} kern="1200">{fill}'
        f'<a:latin typeface="+{face}-lt"/><a:ea typeface="+{face}-ea"/>'
        f'<a:cs typeface="+{face}-cs"/>'
        f"</a:defRPr></a:lvl{lvl}pPr>"
    )


def styles_lst(*levels: str) -> str:
    return f"<a:lstStyle>{''.join(levels)}</a:lstStyle>"


def footer_placeholders(first_id: int, tint: str) -> list[str]:
    """Date, footer and slide-number placeholders (inheriting the master's geometry)."""
    muted = styles_lst(level(1, style.FOOTER_SIZE, tint, align="l"))
    right = styles_lst(level(1, style.FOOTER_SIZE, tint, align="r"))
    y, h = style.FOOTER_Y, style.FOOTER_H
    src_x, src_w = style.FOOTER_SOURCE
    date_x, date_w = style.FOOTER_DATE
    num_x, num_w = style.FOOTER_NUMBER
    return [
        placeholder(
            first_id,
            "Date Placeholder",
            '<p:ph type="dt" sz="half" idx="10"/>',
            (date_x, y, date_w, h),
            "",
            body_pr=inset_body("ctr", autofit=False),
            lst_style=right,
        ),
        placeholder(
            first_id + 1,
            "Footer Placeholder",
            '<p:ph type="ftr" sz="quarter" idx="11"/>',
            (src_x, y, src_w, h),
            "",
            body_pr=inset_body("ctr", autofit=False),
            lst_style=muted,
        ),
        placeholder(
            first_id + 2,
            "Slide Number Placeholder",
            '<p:ph type="sldNum" sz="quarter" idx="12"/>',
            (num_x, y, num_w, h),
            "‹#›",
            body_pr=inset_body("ctr", autofit=False),
            lst_style=right,
            field="slidenum",
        ),
    ]


def tree(shapes: list[str]) -> str:
    return (
        '<p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
        '<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/>'
        f'<a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>{"".join(shapes)}</p:spTree>'
    )


def master_xml(bilingual: bool, layout_count: int) -> str:
    band = style.band_height(bilingual)
    white = colour("bg1")
    subtle = f'<a:solidFill><a:srgbClr val="{style.SUBTLE}"/></a:solidFill>'
    shapes = [
        rect(2, "Title band", (0, 0, style.WIDTH, band), colour("tx2")),
        rect(3, "Title accent", (0, 0, style.ACCENT_W, band), colour("accent2")),
        rect(
            4,
            "Footer rule",
            (style.MARGIN, style.FOOTER_RULE_Y, style.WIDTH - 2 * style.MARGIN, 0.75),
            f'<a:solidFill><a:srgbClr val="{style.RULE}"/></a:solidFill>',
        ),
        placeholder(
            5,
            "Title Placeholder",
            '<p:ph type="title"/>',
            style.title_rect(bilingual),
            "Click to edit the title",
            body_pr=inset_body("ctr"),
        ),
        placeholder(
            6,
            "Text Placeholder",
            '<p:ph type="body" idx="1"/>',
            style.body_rect(bilingual),
            "Click to edit the text",
            body_pr=inset_body("t"),
        ),
        *footer_placeholders(7, subtle),
    ]
    layouts = "".join(
        f'<p:sldLayoutId id="{2147483649 + n}" r:id="rId{n + 1}"/>' for n in range(layout_count)
    )
    title_style = level(1, style.TITLE_SIZES[0], white, bold=True, major=True)
    body = "".join(
        level(n, size, colour("tx1"), bullet=True)
        for n, size in ((1, 22), (2, 20), (3, 18), (4, 16), (5, 16))
    )
    other = level(1, 18, colour("tx1"))
    return (
        f'{DECL}<p:sldMaster {NS}><p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/>'
        f"</p:bgRef></p:bg>{tree(shapes)}</p:cSld>"
        '<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" '
        'accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" '
        f'folHlink="folHlink"/><p:sldLayoutIdLst>{layouts}</p:sldLayoutIdLst>'
        f"<p:txStyles><p:titleStyle>{title_style}</p:titleStyle><p:bodyStyle>{body}"
        f'</p:bodyStyle><p:otherStyle><a:defPPr><a:defRPr lang="en-US"/></a:defPPr>{other}'
        "</p:otherStyle></p:txStyles></p:sldMaster>"
    )


def layout_xml(name: str, kind: str, shapes: list[str], *, cover: bool = False) -> str:
    bg = f"<p:bg><p:bgPr>{colour('tx2')}<a:effectLst/></p:bgPr></p:bg>" if cover else ""
    show = ' showMasterSp="0"' if cover or kind == "blank" else ""
    return (
        f'{DECL}<p:sldLayout {NS} type="{kind}" preserve="1"{show}><p:cSld name="{name}">{bg}'
        f"{tree(shapes)}</p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>"
    )


def layouts(bilingual: bool) -> list[tuple[str, str]]:
    """(name, xml) of the six layouts, in the order PowerPoint lists them."""
    white = colour("bg1")
    light = f'<a:solidFill><a:srgbClr val="{style.ON_NAVY_SUB}"/></a:solidFill>'
    stripe = rect(2, "Accent stripe", (0, 0, style.COVER_STRIPE_W, style.HEIGHT), colour("accent2"))
    cover_rule = rect(3, "Accent rule", style.COVER_RULE, colour("accent2"))
    title_only = placeholder(2, "Title", '<p:ph type="title"/>', None, "Click to edit the title")
    footers = [
        placeholder(20, "Date Placeholder", '<p:ph type="dt" sz="half" idx="10"/>', None, ""),
        placeholder(21, "Footer Placeholder", '<p:ph type="ftr" sz="quarter" idx="11"/>', None, ""),
        placeholder(
            22,
            "Slide Number Placeholder",
            '<p:ph type="sldNum" sz="quarter" idx="12"/>',
            None,
            "‹#›",
            field="slidenum",
        ),
    ]
    x, top, w, h = style.body_rect(bilingual)
    half = (w - 20) / 2
    rule = rect(
        4,
        "Footer rule",
        (style.MARGIN, style.FOOTER_RULE_Y, style.WIDTH - 2 * style.MARGIN, 0.75),
        f'<a:solidFill><a:srgbClr val="{style.RULE}"/></a:solidFill>',
    )
    return [
        (
            "Title Slide",
            layout_xml(
                "Title Slide",
                "title",
                [
                    stripe,
                    cover_rule,
                    placeholder(
                        4,
                        "Title",
                        '<p:ph type="ctrTitle"/>',
                        style.COVER_TITLE,
                        "Click to edit the title",
                        body_pr=inset_body("b"),
                        lst_style=styles_lst(level(1, 46, white, bold=True, major=True)),
                    ),
                    placeholder(
                        5,
                        "Subtitle",
                        '<p:ph type="subTitle" idx="1"/>',
                        style.COVER_SUBTITLE,
                        "Click to edit the subtitle",
                        body_pr=inset_body("t"),
                        lst_style=styles_lst(level(1, 22, white)),
                    ),
                ],
                cover=True,
            ),
        ),
        (
            "Section Header",
            layout_xml(
                "Section Header",
                "secHead",
                [
                    stripe,
                    placeholder(
                        4,
                        "Title",
                        '<p:ph type="title"/>',
                        style.SECTION_TITLE,
                        "Click to edit the title",
                        body_pr=inset_body("ctr"),
                        lst_style=styles_lst(
                            level(1, 44, white, bold=True, major=True, align="ctr")
                        ),
                    ),
                    placeholder(
                        5,
                        "Text",
                        '<p:ph type="body" idx="1"/>',
                        style.SECTION_BODY,
                        "Click to edit the text",
                        body_pr=inset_body("t"),
                        lst_style=styles_lst(level(1, 22, light, align="ctr")),
                    ),
                    *footer_placeholders(20, light),
                ],
                cover=True,
            ),
        ),
        (
            "Title and Content",
            layout_xml(
                "Title and Content",
                "obj",
                [
                    title_only,
                    placeholder(3, "Content", '<p:ph idx="1"/>', None, "Click to edit the text"),
                    *footers,
                ],
            ),
        ),
        (
            "Two Content",
            layout_xml(
                "Two Content",
                "twoObj",
                [
                    title_only,
                    placeholder(
                        3,
                        "Content Left",
                        '<p:ph sz="half" idx="1"/>',
                        (x, top, half, h),
                        "Click to edit the text",
                        body_pr=inset_body("t"),
                    ),
                    placeholder(
                        4,
                        "Content Right",
                        '<p:ph sz="half" idx="2"/>',
                        (x + half + 20, top, half, h),
                        "Click to edit the text",
                        body_pr=inset_body("t"),
                    ),
                    *footers,
                ],
            ),
        ),
        ("Title Only", layout_xml("Title Only", "titleOnly", [title_only, *footers])),
        ("Blank", layout_xml("Blank", "blank", [rule, *footers])),
    ]


def theme_xml(source: str) -> str:
    """python-pptx's Office theme with the deck's colours and fonts."""
    from lxml import etree

    a = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    root = etree.fromstring(source.encode("utf-8"))
    root.set("name", "wocdesk")
    scheme = root.find(f"{a}themeElements/{a}clrScheme")
    scheme.set("name", "wocdesk")
    for child in scheme:
        key = child.tag.replace(a, "")
        for old in list(child):
            child.remove(old)
        etree.SubElement(child, f"{a}srgbClr", val=SCHEME[key])
    fonts = root.find(f"{a}themeElements/{a}fontScheme")
    fonts.set("name", "wocdesk")
    for tag in ("majorFont", "minorFont"):
        font = fonts.find(f"{a}{tag}")
        font.find(f"{a}latin").set("typeface", style.DEFAULT_FONTS.latin)
        font.find(f"{a}ea").set("typeface", style.DEFAULT_FONTS.cjk)
        for script in font.findall(f"{a}font"):
            if script.get("script") == "Hans":
                script.set("typeface", style.DEFAULT_FONTS.cjk)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True).decode()


def thumbnail() -> bytes:
    """A 16:9 picture of the title slide's design (256 x 144)."""
    from PIL import Image, ImageDraw

    scale = 256 / style.WIDTH
    image = Image.new("RGB", (256, 144), f"#{style.NAVY}")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, round(style.COVER_STRIPE_W * scale), 144), fill=f"#{style.ACCENT}")
    x, y, w, h = (v * scale for v in style.COVER_RULE)
    draw.rectangle((x, y, x + w, y + h), fill=f"#{style.ACCENT}")
    draw.rectangle((x, 62, x + 150, 72), fill=f"#{style.WHITE}")
    draw.rectangle((x, 80, x + 110, 85), fill=f"#{style.ON_NAVY_SUB}")
    draw.rectangle((x, 92, x + 80, 96), fill=f"#{style.ON_NAVY_SUB}")
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def rels(items: list[tuple[str, str, str]], package: bool = False) -> str:
    body = "".join(
        f'<Relationship Id="{rid}" Type="{kind}" Target="{target}"/>' for rid, kind, target in items
    )
    return f'{DECL}<Relationships xmlns="{PKG_REL}">{body}</Relationships>'


def package(bilingual: bool) -> dict[str, bytes]:
    """Every part of the template, by name."""
    import pptx

    templates = Path(pptx.__file__).parent / "templates"
    items = layouts(bilingual)
    w, h = emu(style.WIDTH), emu(style.HEIGHT)
    parts: dict[str, str | bytes] = {}
    overrides = [
        ("/ppt/presentation.xml", f"{CT_PML}.presentation.main+xml"),
        ("/ppt/slideMasters/slideMaster1.xml", f"{CT_PML}.slideMaster+xml"),
        ("/ppt/notesMasters/notesMaster1.xml", f"{CT_PML}.notesMaster+xml"),
        ("/ppt/presProps.xml", f"{CT_PML}.presProps+xml"),
        ("/ppt/viewProps.xml", f"{CT_PML}.viewProps+xml"),
        ("/ppt/tableStyles.xml", f"{CT_PML}.tableStyles+xml"),
        ("/ppt/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"),
        ("/ppt/theme/theme2.xml", "application/vnd.openxmlformats-officedocument.theme+xml"),
        ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
        (
            "/docProps/app.xml",
            "application/vnd.openxmlformats-officedocument.extended-properties+xml",
        ),
    ]
    for n in range(1, len(items) + 1):
        overrides.append((f"/ppt/slideLayouts/slideLayout{n}.xml", f"{CT_PML}.slideLayout+xml"))
    parts["[Content_Types].xml"] = (
        f'{DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Default Extension="jpeg" ContentType="image/jpeg"/>'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/>'
        + "".join(f'<Override PartName="{n}" ContentType="{t}"/>' for n, t in overrides)
        + "</Types>"
    )
    parts["_rels/.rels"] = rels(
        [
            ("rId1", f"{REL}/officeDocument", "ppt/presentation.xml"),
            ("rId2", f"{PKG_REL}/metadata/thumbnail", "docProps/thumbnail.jpeg"),
            ("rId3", f"{PKG_REL}/metadata/core-properties", "docProps/core.xml"),
            ("rId4", f"{REL}/extended-properties", "docProps/app.xml"),
        ]
    )
    titles = "".join(f"<vt:lpstr>{name}</vt:lpstr>" for name, _ in items)
    parts["docProps/app.xml"] = (
        f'{DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
        'docPropsVTypes"><TotalTime>0</TotalTime><Words>0</Words><Application>wocdesk'
        "</Application><PresentationFormat>On-screen Show (16:9)</PresentationFormat>"
        "<Paragraphs>0</Paragraphs><Slides>0</Slides><Notes>0</Notes><HiddenSlides>0"
        "</HiddenSlides><MMClips>0</MMClips><ScaleCrop>false</ScaleCrop><HeadingPairs>"
        '<vt:vector size="4" baseType="variant"><vt:variant><vt:lpstr>Theme</vt:lpstr>'
        "</vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant><vt:variant><vt:lpstr>"
        "Slide Layouts</vt:lpstr></vt:variant><vt:variant>"
        f"<vt:i4>{len(items)}</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts>"
        f'<vt:vector size="{len(items) + 1}" baseType="lpstr"><vt:lpstr>wocdesk</vt:lpstr>'
        f"{titles}</vt:vector></TitlesOfParts><LinksUpToDate>false</LinksUpToDate><SharedDoc>"
        "false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000"
        "</AppVersion></Properties>"
    )
    parts["docProps/core.xml"] = (
        f'{DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
        'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/'
        'XMLSchema-instance"><dc:title>wocdesk</dc:title><cp:revision>1</cp:revision>'
        "</cp:coreProperties>"
    )
    parts["docProps/thumbnail.jpeg"] = thumbnail()
    parts["ppt/presentation.xml"] = (
        f'{DECL}<p:presentation {NS} saveSubsetFonts="1"><p:sldMasterIdLst>'
        '<p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst><p:notesMasterIdLst>'
        '<p:notesMasterId r:id="rId2"/></p:notesMasterIdLst>'
        f'<p:sldSz cx="{w}" cy="{h}" type="screen16x9"/><p:notesSz cx="6858000" cy="9144000"/>'
        '<p:defaultTextStyle><a:defPPr><a:defRPr lang="en-US"/></a:defPPr>'
        f"{level(1, 18, colour('tx1'))}</p:defaultTextStyle></p:presentation>"
    )
    parts["ppt/_rels/presentation.xml.rels"] = rels(
        [
            ("rId1", f"{REL}/slideMaster", "slideMasters/slideMaster1.xml"),
            ("rId2", f"{REL}/notesMaster", "notesMasters/notesMaster1.xml"),
            ("rId3", f"{REL}/presProps", "presProps.xml"),
            ("rId4", f"{REL}/viewProps", "viewProps.xml"),
            ("rId5", f"{REL}/theme", "theme/theme1.xml"),
            ("rId6", f"{REL}/tableStyles", "tableStyles.xml"),
        ]
    )
    parts["ppt/presProps.xml"] = f"{DECL}<p:presentationPr {NS}/>"
    parts["ppt/viewProps.xml"] = (
        f'{DECL}<p:viewPr {NS} lastView="sldThumbnailView"><p:normalViewPr>'
        '<p:restoredLeft sz="15620"/><p:restoredTop sz="94660"/></p:normalViewPr>'
        '<p:gridSpacing cx="76200" cy="76200"/></p:viewPr>'
    )
    parts["ppt/tableStyles.xml"] = (
        f'{DECL}<a:tblStyleLst xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'def="{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"/>'
    )
    parts["ppt/slideMasters/slideMaster1.xml"] = master_xml(bilingual, len(items))
    parts["ppt/slideMasters/_rels/slideMaster1.xml.rels"] = rels(
        [
            *(
                (f"rId{n}", f"{REL}/slideLayout", f"../slideLayouts/slideLayout{n}.xml")
                for n in range(1, len(items) + 1)
            ),
            (f"rId{len(items) + 1}", f"{REL}/theme", "../theme/theme1.xml"),
        ]
    )
    for n, (_, xml) in enumerate(items, start=1):
        parts[f"ppt/slideLayouts/slideLayout{n}.xml"] = xml
        parts[f"ppt/slideLayouts/_rels/slideLayout{n}.xml.rels"] = rels(
            [("rId1", f"{REL}/slideMaster", "../slideMasters/slideMaster1.xml")]
        )
    theme = (templates / "theme.xml").read_text(encoding="utf-8")
    parts["ppt/theme/theme1.xml"] = theme_xml(theme)
    parts["ppt/theme/theme2.xml"] = theme_xml(theme)
    parts["ppt/notesMasters/notesMaster1.xml"] = (templates / "notesMaster.xml").read_bytes()
    parts["ppt/notesMasters/_rels/notesMaster1.xml.rels"] = rels(
        [("rId1", f"{REL}/theme", "../theme/theme2.xml")]
    )
    return {k: v.encode("utf-8") if isinstance(v, str) else v for k, v in parts.items()}


def write(path: Path, parts: dict[str, bytes]) -> None:
    """A zip with fixed timestamps, so that the same design gives the same bytes."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)


NAMES = {False: "wocdesk.pptx", True: "wocdesk-bilingual.pptx"}


def main() -> None:
    for bilingual, name in NAMES.items():
        write(HERE / name, package(bilingual))
        print(f"wrote {HERE / name}")


if __name__ == "__main__":
    main()
