"""Open a user's .pptx template safely: every fault is one line naming the file and the fault.

A template is checked before python-pptx sees it: a regular file (never a FIFO or a device,
which would block or never end), of a sensible size, a zip with a presentation, its master,
layouts and theme; each XML part parsed with entities off and no huge trees, so an entity bomb
is refused, not expanded.
"""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path
from typing import Any

from wocdesk.deck.errors import TemplateError
from wocdesk.i18n import _

MAX_TEMPLATE_BYTES = 200 * 1024 * 1024
MAX_PART_BYTES = 50 * 1024 * 1024


def parse_part(blob: bytes) -> Any:
    """An XML part parsed without entities, DTD loading, network or huge trees."""
    from lxml import etree  # type: ignore[import-untyped]

    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    root = etree.fromstring(blob, parser)
    if root is None:
        raise etree.XMLSyntaxError("empty document", None, 0, 0)  # type: ignore[call-arg]
    return root


def _fail(path: Path, what: str) -> TemplateError:
    return TemplateError(
        _("{file}: {problem} (--template needs a PowerPoint .pptx file)").format(
            file=path, problem=what
        )
    )


def _check_file(path: Path) -> None:
    try:
        info = path.stat()
    except FileNotFoundError:
        raise _fail(path, _("no such file")) from None
    except OSError as exc:
        raise _fail(path, _("cannot be read ({reason})").format(reason=exc.strerror)) from None
    if stat.S_ISDIR(info.st_mode):
        raise _fail(path, _("is a folder"))
    if not stat.S_ISREG(info.st_mode):
        raise _fail(path, _("is not a regular file (a pipe, socket or device)"))
    if info.st_size > MAX_TEMPLATE_BYTES:
        raise _fail(path, _("is larger than 200 MB"))


def _rels_target(archive: zipfile.ZipFile, source: str, kind: str) -> str | None:
    """The part that ``source`` relates to with a relationship of ``kind`` (a suffix)."""
    folder, _slash, name = source.rpartition("/")
    rels = f"{folder}/_rels/{name}.rels" if folder else f"_rels/{name}.rels"
    try:
        root = parse_part(archive.read(rels))
    except KeyError:
        return None
    for rel in root:
        if (rel.get("Type") or "").endswith("/" + kind) and rel.get("TargetMode") != "External":
            target = rel.get("Target") or ""
            parts = ([] if target.startswith("/") else folder.split("/")) + target.split("/")
            out: list[str] = []
            for piece in parts:
                if piece == "..":
                    if out:
                        out.pop()
                elif piece and piece != ".":
                    out.append(piece)
            return "/".join(out)
    return None


def _check_package(path: Path) -> None:
    """The parts a template must have, each well-formed without entities."""
    from lxml import etree  # type: ignore[import-untyped]

    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise _fail(path, _("is not a zip package (not a .pptx, or cut short)")) from None
    except OSError as exc:
        raise _fail(path, _("cannot be read ({reason})").format(reason=exc.strerror)) from None
    with archive:
        names = set(archive.namelist())
        if not names:
            raise _fail(path, _("is an empty zip package"))
        for info in archive.infolist():
            if info.file_size > MAX_PART_BYTES:
                raise _fail(
                    path, _("holds a part larger than 50 MB ({part})").format(part=info.filename)
                )
        try:
            presentation = _rels_target(archive, "", "officeDocument")
            if presentation is None or presentation not in names:
                raise _fail(path, _("has no presentation part"))
            master = _rels_target(archive, presentation, "slideMaster")
            if master is None or master not in names:
                raise _fail(path, _("has no slide master"))
            theme = _rels_target(archive, master, "theme")
            if theme is None or theme not in names:
                raise _fail(path, _("its slide master has no theme"))
            for name in sorted(names):
                if name.endswith((".xml", ".rels")):
                    try:
                        root = parse_part(archive.read(name))
                    except etree.XMLSyntaxError:
                        raise _fail(
                            path, _("its part {part} is not well-formed XML").format(part=name)
                        ) from None
                    _check_placeholders(path, name, root)
        except (zipfile.BadZipFile, EOFError, OSError, RuntimeError):
            raise _fail(path, _("is damaged (a part cannot be unpacked)")) from None
        except ValueError:  # e.g. a compression method zipfile does not know
            raise _fail(path, _("is damaged (a part cannot be unpacked)")) from None


P_NS = "{http://schemas.openxmlformats.org/presentationml/2006/main}"


def _check_placeholders(path: Path, name: str, root: Any) -> None:
    """Every placeholder's ``idx`` is a whole number (python-pptx fails on anything else)."""
    for ph in root.iter(f"{P_NS}ph"):
        idx = ph.get("idx")
        if idx is not None and not (idx.isascii() and idx.isdigit() and len(idx) < 11):
            raise _fail(
                path,
                _("a placeholder in {part} has the index {idx!r}, not a number").format(
                    part=name, idx=idx
                ),
            )


def open_template(path: Path, ratio: float) -> Any:
    """The python-pptx ``Presentation`` of a checked template, or one-line ``TemplateError``."""
    _check_file(path)
    _check_package(path)
    from pptx import Presentation

    try:
        prs = Presentation(str(path))
        for layout in prs.slide_layouts:  # every layout readable (names, placeholders)
            str(layout.name)
            list(layout.placeholders)
        width, height = int(prs.slide_width or 0), int(prs.slide_height or 0)
    except Exception:  # python-pptx raises many kinds for a package it cannot use
        raise _fail(path, _("is not a presentation python-pptx can open")) from None
    if height <= 0 or width <= 0:
        raise _fail(path, _("has no slide size"))
    if abs(width / height - ratio) > 0.02:
        raise TemplateError(
            _(
                "{file}: the template's slides are {width} x {height} cm, "
                "not 16:9 as the deck needs"
            ).format(file=path, width=f"{width / 360000:.2f}", height=f"{height / 360000:.2f}")
        )
    return prs
