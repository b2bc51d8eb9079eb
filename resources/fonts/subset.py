"""Rebuild the bundled Noto Sans CJK SC subsets (run from the repository root; needs fontTools).

Usage: python resources/fonts/subset.py /usr/share/fonts/opentype/noto
(Debian's fonts-noto-cjk). The subset covers ASCII, Latin-1, common punctuation, the 3,755
characters of GB 2312 level 1, and every character of the bundled article and message catalogs.
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def wanted_characters() -> set[str]:
    chars = {chr(c) for c in range(0x20, 0x7F)} | {chr(c) for c in range(0xA0, 0x180)}
    chars |= {chr(c) for c in range(0x2000, 0x2070)}  # general punctuation
    chars |= {chr(c) for c in range(0x3000, 0x3040)}  # CJK symbols and punctuation
    chars |= {chr(c) for c in range(0xFF01, 0xFF5F)}  # full-width forms
    chars |= set("←↑→↓−×÷·•…")
    for high in range(0xB0, 0xD8):  # GB 2312 level 1
        for low in range(0xA1, 0xFF):
            with contextlib.suppress(UnicodeDecodeError):
                chars.add(bytes([high, low]).decode("gb2312"))
    for path in [*(ROOT / "resources").rglob("*.toml"), *(ROOT / "resources").rglob("*.po")]:
        chars |= set(path.read_text(encoding="utf-8"))
    for path in (ROOT / "slides").rglob("*.toml"):
        chars |= set(path.read_text(encoding="utf-8"))
    return {c for c in chars if c.isprintable()}


def main(source_dir: str) -> None:
    text = "".join(sorted(wanted_characters()))
    for weight in ("Regular", "Bold"):
        collection = TTCollection(str(Path(source_dir) / f"NotoSansCJK-{weight}.ttc"))
        font = next(f for f in collection.fonts if f["name"].getDebugName(1) == "Noto Sans CJK SC")
        options = subset.Options()
        options.layout_features = ["*"]
        options.name_IDs = ["*"]
        options.name_languages = ["*"]
        options.notdef_outline = True
        subsetter = subset.Subsetter(options)
        subsetter.populate(text=text)
        subsetter.subset(font)
        font.save(str(HERE / f"NotoSansSC-{weight}-subset.otf"))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/opentype/noto")
