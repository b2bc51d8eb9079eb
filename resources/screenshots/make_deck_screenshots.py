"""Render the briefing decks with LibreOffice and save small pictures for the README.

Writes resources/screenshots/deck-<mode>.png: four slides of each deck (zh, en, zh-en, en-zh,
and the zh-en deck in a plain user template) in a 2 x 2 sheet. Needs LibreOffice (soffice) and
poppler (pdftoppm). Run from the repository: python resources/screenshots/make_deck_screenshots.py
With --all FOLDER, every slide of every deck is also kept there as a PNG (for review).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "deck"))

SHOWN = (3, 5, 7, 8)  # waves, trend 1 (chart), trend 3 (table), keys
MODES = ("zh", "en", "zh-en", "en-zh", "template")


def decks(folder: Path) -> list[Path]:
    from test_render_libreoffice import user_template

    import wocdesk
    from wocdesk.deck import plan_deck, write_pptx

    article = wocdesk.load_article()
    files = []
    for mode in MODES:
        lang = "zh-en" if mode == "template" else mode
        template = user_template(folder) if mode == "template" else None
        deck = plan_deck(article, lang=lang)
        files.append(write_pptx(deck, folder / f"deck-{mode}.pptx", template=template))
    return files


def render(files: list[Path], folder: Path, dpi: int) -> dict[str, list[Path]]:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or shutil.which("pdftoppm") is None:
        raise SystemExit("needs LibreOffice (soffice) and poppler-utils (pdftoppm)")
    profile = (folder / "profile").as_uri()
    subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(folder), *map(str, files)],
        check=True, capture_output=True, timeout=600,
    )  # fmt: skip
    pages: dict[str, list[Path]] = {}
    for mode in MODES:
        prefix = folder / f"page-{mode}"
        pdf = folder / f"deck-{mode}.pdf"
        subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(pdf), str(prefix)], check=True)
        pages[mode] = sorted(folder.glob(f"page-{mode}-*.png"))
    return pages


def sheet(images: list[Path], out: Path) -> None:
    from PIL import Image

    opened = [Image.open(p).convert("RGB") for p in images]
    width, height = opened[0].size
    gap = 8
    canvas = Image.new("RGB", (2 * width + gap, 2 * height + gap), "#D5DBE3")
    for index, image in enumerate(opened):
        canvas.paste(image, ((index % 2) * (width + gap), (index // 2) * (height + gap)))
    canvas.quantize(colors=96).save(out, optimize=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", metavar="FOLDER", help="keep every slide's picture there")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="wocdesk-shots-") as work:
        folder = Path(work)
        pages = render(decks(folder), folder, 40)
        for mode in MODES:
            chosen = [pages[mode][n - 1] for n in SHOWN]
            sheet(chosen, HERE / f"deck-{mode}.png")
            print(f"wrote {HERE / f'deck-{mode}.png'}")
        if args.all:
            keep = Path(args.all)
            keep.mkdir(parents=True, exist_ok=True)
            for name in render(decks(folder), folder, 60).values():
                for page in name:
                    shutil.copy(page, keep / page.name)


if __name__ == "__main__":
    main()
