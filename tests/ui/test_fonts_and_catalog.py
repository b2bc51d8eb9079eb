"""The bundled font covers the article and the catalogs; every interface string is translated."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont
from PySide6.QtGui import QFontDatabase

from wocdesk.resources import resource
from wocdesk.ui.fonts import FONT_FILES

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "wocdesk" / "ui"


def wanted_characters() -> set[str]:
    chars: set[str] = set()
    for path in [*resource("articles").glob("*.toml"), *resource("locale").rglob("*.po")]:
        chars |= set(path.read_text(encoding="utf-8"))
    chars.add("⇄")  # the reveal link in the reading pane
    return {c for c in chars if c.isprintable() and not c.isspace()}


@pytest.mark.parametrize("name", FONT_FILES)
def test_bundled_font_covers_article_and_catalogs(name):
    cmap = TTFont(str(resource("fonts", name))).getBestCmap()
    han = {c for c in wanted_characters() if "\u3000" <= c <= "\u9fff" or "\uff00" <= c <= "\uffef"}
    missing = sorted(c for c in han if ord(c) not in cmap)
    assert not missing, "".join(missing)


def test_registered_with_qt(fonts):
    assert fonts == "Noto Sans CJK SC"
    assert "Noto Sans CJK SC" in QFontDatabase.families()


def ui_messages() -> set[str]:
    pattern = re.compile(r"""\b_?N?_\(\s*(?:"((?:[^"\\]|\\.)*)")""")
    found: set[str] = set()
    for path in UI.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        found |= {m.group(1) for m in pattern.finditer(text) if m.group(1)}
    return found


def test_every_interface_string_is_translated():
    from babel.messages.pofile import read_po

    po = resource("locale", "zh_CN", "LC_MESSAGES", "wocdesk.po")
    with po.open("rb") as handle:
        catalog = read_po(handle)
    translated = {
        m.id if isinstance(m.id, str) else m.id[0]
        for m in catalog
        if m.id
        and m.string
        and (all(m.string) if isinstance(m.string, tuple) else True)
        and "fuzzy" not in m.flags
    }
    messages = ui_messages()
    assert len(messages) > 50
    missing = sorted(messages - translated)
    assert not missing, missing
