"""Render wocdesk.svg to the PNG sizes a desktop needs (Qt's SVG renderer); run after editing it.

    python resources/icons/make_pngs.py          # writes hicolor/<N>x<N>/apps/wocdesk.png
    python resources/icons/make_pngs.py --check  # exit 1 when a committed PNG is out of date

The PNGs are committed, so installing wocdesk needs no SVG renderer. ``--check`` compares each
committed PNG with a fresh rendering pixel by pixel and tolerates the small differences another
Qt version's antialiasing makes, not a changed drawing.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SVG = HERE / "wocdesk.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# Mean difference per channel (0-255) above which a committed PNG no longer shows the SVG.
TOLERANCE = 6.0


def png_path(size: int, root: Path = HERE) -> Path:
    """Where the PNG of ``size`` pixels lives (the hicolor theme's layout)."""
    return root / "hicolor" / f"{size}x{size}" / "apps" / "wocdesk.png"


def render(size: int):  # type: ignore[no-untyped-def]
    """The SVG drawn at ``size`` x ``size`` pixels, as a QImage (ARGB32)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def difference(first, second) -> float:  # type: ignore[no-untyped-def]
    """Mean absolute difference per channel of two images of the same size (0-255)."""
    from PySide6.QtGui import QImage

    a = first.convertToFormat(QImage.Format.Format_RGBA8888)
    b = second.convertToFormat(QImage.Format.Format_RGBA8888)
    if a.size() != b.size():
        return 255.0
    data_a, data_b = bytes(a.constBits()), bytes(b.constBits())
    return sum(abs(x - y) for x, y in zip(data_a, data_b, strict=True)) / len(data_a)


def main(argv: list[str] | None = None) -> int:
    """Write (or with --check, verify) every PNG size."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="verify instead of writing")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QImage

    _app = QGuiApplication.instance() or QGuiApplication([])
    stale = []
    for size in SIZES:
        image, target = render(size), png_path(size)
        if args.check:
            if not target.exists() or difference(QImage(str(target)), image) > TOLERANCE:
                stale.append(str(target.relative_to(HERE)))
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target), "PNG", 0):  # 0: the most compression (PNG is lossless)
            raise SystemExit(f"{target}: could not be written")
        print(target.relative_to(HERE))
    if stale:
        print("out of date (run resources/icons/make_pngs.py): " + ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
