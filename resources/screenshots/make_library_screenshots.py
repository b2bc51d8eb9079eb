"""Render the library in the window offscreen and save the README's two pictures.

A private library gets the ten sample files the tests drop on the window (raw texts, article
TOML, Word, web pages). Writes resources/screenshots/library-en.png (the start page, English
interface) and library-search-zh.png (the Library dock searching 知识产权, a hit opened at its
passage, Chinese interface). Run from the repository:
python resources/screenshots/make_library_screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
os.environ["QT_QPA_PLATFORM"] = "offscreen"
SEED = ROOT.parent / "shared" / "seed" / "000_2b292c5d52b8690a.txt"


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from tests.library_ui.samples import make_ten
    from wocdesk.library.store import Library
    from wocdesk.ui.app.language import set_interface_language
    from wocdesk.ui.app.startup import start_application
    from wocdesk.ui.library.launching import install_library
    from wocdesk.ui.reader.main_window import MainWindow

    seed = SEED if SEED.exists() else ROOT / "tests" / "data" / "seed.txt"
    folder = Path(tempfile.mkdtemp(prefix="wocdesk-shots-"))
    library = Library.open(folder / "library.sqlite3")
    for path in make_ten(folder / "files", seed.read_text(encoding="utf-8")):
        library.import_file(path)
    app = start_application(offscreen=True)
    set_interface_language("en")
    window = MainWindow(library.article(1), "en")
    controller = install_library(window, library, None, remember=True)
    controller.start(1)
    controller.open_article(3)
    passages = [p.id for p in window.state.article.passages()]
    window.jump_to_passage(passages[len(passages) * 2 // 3])
    controller.open_article(1)
    window.resize(1280, 800)
    window.show()
    controller.show_home()
    QApplication.processEvents()
    window.grab().save(str(HERE / "library-en.png"))
    set_interface_language("zh")
    controller.show_library()
    controller.panel.search_now("知识产权")
    hit = next(h for h in controller.panel.hits_model.hits() if h.article_id == 1)
    controller.open_hit(hit)
    controller.show_library()  # the page gave way to the article; the dock shows the search
    controller.panel.hits_view.setCurrentIndex(
        controller.panel.hits_model.index(controller.panel.hits_model.hits().index(hit))
    )
    for _ in range(3):
        QApplication.processEvents()
    window.view.clear_flash()
    QApplication.processEvents()
    window.grab().save(str(HERE / "library-search-zh.png"))
    window.close()
    library.close()
    print(f"wrote {HERE / 'library-en.png'} and {HERE / 'library-search-zh.png'}")
    del app


if __name__ == "__main__":
    main()
