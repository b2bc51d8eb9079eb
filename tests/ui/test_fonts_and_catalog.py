"""The bundled font covers the article and the catalogs; every interface string is translated."""

from __future__ import annotations

from pathlib import Path

import pytest
from fontTools.ttLib import TTFont
from PySide6.QtGui import QFontDatabase

from wocdesk.resources import resource
from wocdesk.ui.app.fonts import FONT_FILES

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
    """Every message of the window's modules, found as ``pybabel extract`` finds them."""
    from babel.messages.extract import DEFAULT_KEYWORDS, extract_python

    found: set[str] = set()
    for path in UI.rglob("*.py"):
        with path.open("rb") as handle:
            for _line, _function, message, _comments in extract_python(
                handle, DEFAULT_KEYWORDS.keys(), [], {}
            ):
                singular = message[0] if isinstance(message, tuple) else message
                if singular:  # a plural is known by its singular, as in the catalog
                    found.add(singular)
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
