"""A slide's notes page, written as XML (python-pptx's own notes slide is slow to clone)."""

from __future__ import annotations

from typing import Any

from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.packuri import PackURI
from pptx.parts.slide import NotesSlidePart

NSDECLS = (
    'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)
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


def add_notes_page(prs: Any, slide: Any, number: int, paragraphs: list[str]) -> None:
    """Give ``slide`` the notes page ``number`` holding the ``<a:p>`` XML ``paragraphs``."""
    package = prs.part.package
    master = prs.part.notes_master_part
    partname = PackURI(f"/ppt/notesSlides/notesSlide{number}.xml")
    blob = NOTES_XML.format(ns=NSDECLS, paragraphs="".join(paragraphs)).encode("utf-8")
    part = NotesSlidePart.load(partname, CT.PML_NOTES_SLIDE, package, blob)
    part.relate_to(master, RT.NOTES_MASTER)
    part.relate_to(slide.part, RT.SLIDE)
    slide.part.relate_to(part, RT.NOTES_SLIDE)
