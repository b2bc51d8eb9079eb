"""Start the reader window from the command line, or render it to a PNG with ``--screenshot``."""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

from wocdesk.cli.options import mode_option, ui_lang_option
from wocdesk.errors import WocdeskError
from wocdesk.ui.qt_platform import missing_window_system

DEFAULT_SCREENSHOT_SIZE = (1280, 800)


class WindowError(WocdeskError):
    """The window cannot open (no usable window system)."""


def parse_size(value: str) -> tuple[int, int]:
    """``1280x800`` as (width, height); ``WocdeskError`` naming the option when it is not."""
    match = re.fullmatch(r"\s*(\d{2,5})\s*[xX×]\s*(\d{2,5})\s*", value or "")
    if not match:
        raise WocdeskError(f"--size: expected WIDTHxHEIGHT such as 1280x800, not {value!r}")
    width, height = int(match.group(1)), int(match.group(2))
    if not (200 <= width <= 8000 and 150 <= height <= 8000):
        raise WocdeskError(f"--size: {value!r} is out of range (200x150 to 8000x8000)")
    return width, height


def run_window(args: argparse.Namespace) -> int:
    """Open the window as asked by ``args`` (or write a screenshot); return the exit code."""
    screenshot = getattr(args, "screenshot", None)
    size = parse_size(args.size) if getattr(args, "size", None) else None
    if screenshot:
        _check_screenshot_path(Path(screenshot))
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    else:
        problem = missing_window_system()
        if problem:
            raise WindowError(problem)
    mode = mode_option(getattr(args, "lang", None))
    ui_lang = ui_lang_option(getattr(args, "ui_lang", None))
    article = _load(getattr(args, "article", None))
    section = getattr(args, "section", None)
    if section is not None and section not in [s.id for s in article.sections]:
        known = ", ".join(s.id for s in article.sections)
        raise WocdeskError(f"--section: no section {section!r} (sections: {known})")

    from PySide6.QtWidgets import QApplication

    from wocdesk.ui.desktop.icon import install_application_icon
    from wocdesk.ui.fonts import register_fonts
    from wocdesk.ui.language import set_interface_language
    from wocdesk.ui.main_window import MainWindow
    from wocdesk.ui.settings import MODE, UI_LANGUAGE, Settings

    if screenshot:
        _quiet_offscreen_warnings()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QApplication.setApplicationName("wocdesk")
    install_application_icon(app)
    QApplication.setOrganizationName("wocdesk")
    register_fonts()
    settings = None if screenshot else Settings()
    stored_ui = settings.get(UI_LANGUAGE) if settings is not None else "system"
    choice = ui_lang or stored_ui
    set_interface_language(None if choice == "system" else choice)
    if mode is None:
        from wocdesk.i18n import interface_language
        from wocdesk.model.text import DisplayMode

        stored_mode = settings.get(MODE) if settings is not None else None
        mode = stored_mode or DisplayMode.for_lang(interface_language())
    window = MainWindow(article, mode, settings)
    window.set_interface_choice(choice)
    if settings is not None:
        window.restore_state_from(settings)
    if size is not None or screenshot:
        window.resize(*(size or DEFAULT_SCREENSHOT_SIZE))
    if section is not None:
        window.show_section(section)
    window.show()
    if section is not None:  # the final size is known now
        window.show_section(section)
    if screenshot:
        return _save_screenshot(app, window, Path(screenshot))
    return int(app.exec())


def _quiet_offscreen_warnings() -> None:
    """Drop the offscreen plugin's notes about window hints it cannot honour."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if "propagateSizeHints" in message or "does not support" in message:
            return
        sys.stderr.write(f"{message}\n")

    qInstallMessageHandler(handler)


def _load(path: str | None):  # type: ignore[no-untyped-def]
    if path is None:
        from wocdesk.content.loader import load_article

        return load_article()
    from wocdesk.ui.open_article import load_article_or_text

    return load_article_or_text(path)


def _check_screenshot_path(path: Path) -> None:
    from wocdesk.content.files import check_destination

    if path.suffix.lower() != ".png":
        raise WocdeskError(f"--screenshot: {path}: the file name must end in .png")
    check_destination(path)


def _save_screenshot(app, window, path: Path) -> int:  # type: ignore[no-untyped-def]
    from wocdesk.content.files import write_atomically

    app.processEvents()  # lays out, and runs the after-show work (key points)
    image = window.grab().toImage()

    def write(tmp: Path) -> None:
        if not image.save(str(tmp), "PNG"):
            raise WocdeskError(f"--screenshot: {path}: the image could not be written")

    write_atomically(path, write)
    window.close()
    return 0
