"""Open the reader window, or render it to a PNG (``wocdesk --screenshot``), from plain values."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from wocdesk.errors import WocdeskError
from wocdesk.model.text import DisplayMode
from wocdesk.ui.app.qt_platform import missing_window_system

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QWidget

DEFAULT_SCREENSHOT_SIZE = (1280, 800)


class WindowError(WocdeskError):
    """The window cannot open (no usable window system)."""


def run_window(
    *,
    article: str | None = None,
    mode: DisplayMode | None = None,
    ui_language: str | None = None,
    section: str | None = None,
    screenshot: Path | None = None,
    size: tuple[int, int] | None = None,
    library_page: bool = False,
) -> int:
    """Open the window (or write ``screenshot``); return the exit code.

    ``article``: a file or a library id (the article read last when ``None``); ``mode`` and
    ``ui_language`` (``zh``, ``en`` or ``system``): as chosen, else as remembered; ``section``:
    where to open; ``library_page``: open on the library. A window already running on the
    library is handed the request instead. Qt is imported only once the window system is known
    to work.
    """
    from wocdesk.ui.library import launching

    if screenshot is not None:
        _check_screenshot_path(screenshot)
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    else:
        problem = missing_window_system()
        if problem:
            raise WindowError(problem)
        wanted = mode.value if mode is not None else None
        if launching.hand_over_to_running(article, wanted, section, library_page):
            return 0
    library, library_problem = launching.open_library(screenshot is not None)
    start = launching.resolve_article(library, article, screenshot is not None)

    from wocdesk.i18n import interface_language
    from wocdesk.ui.app.language import set_interface_language
    from wocdesk.ui.app.settings import MODE, UI_LANGUAGE, Settings
    from wocdesk.ui.app.startup import collect_garbage_from_now, start_application
    from wocdesk.ui.library.memory import LAST_ARTICLE
    from wocdesk.ui.reader.main_window import MainWindow

    app = start_application(offscreen=screenshot is not None)
    settings = None if screenshot else Settings()
    if start.article is None:
        last = settings.get(LAST_ARTICLE) if settings is not None else 0
        start = launching.choose_start(library, last, library_page, screenshot is None)
    loaded = start.article
    assert loaded is not None
    if section is not None and section not in [s.id for s in loaded.sections]:
        from wocdesk.errors import quote_value, some_of
        from wocdesk.i18n import _

        known = some_of(s.id for s in loaded.sections)
        raise WocdeskError(
            _("--section: no section {section} (sections: {known})").format(
                section=quote_value(section), known=known
            )
        )
    stored_ui = settings.get(UI_LANGUAGE) if settings is not None else "system"
    choice = ui_language or stored_ui
    set_interface_language(None if choice == "system" else choice)
    explicit_mode = mode is not None
    if mode is None:
        stored_mode = settings.get(MODE) if settings is not None else None
        mode = stored_mode or DisplayMode.for_lang(interface_language())
    window = MainWindow(loaded, mode, settings)
    window.set_interface_choice(choice)
    remember = screenshot is None
    controller = launching.install_library(window, library, settings, remember) if library else None
    if settings is not None:
        window.restore_state_from(settings)
    if controller is not None:
        controller.start(start.article_id, start.home, keep_mode=explicit_mode)
        if remember:
            launching.serve(controller)
    elif library_problem:
        launching.report_later(window, library_problem)
    if size is not None or screenshot:
        window.resize(*(size or DEFAULT_SCREENSHOT_SIZE))
    if section is not None:
        window.show_section(section)
    window.show()
    if screenshot:
        return _save_screenshot(app, window, screenshot)
    collect_garbage_from_now()
    return int(app.exec())


def _check_screenshot_path(path: Path) -> None:
    from wocdesk.content.files import check_destination
    from wocdesk.ui.app.image_files import image_format

    image_format(path, "--screenshot")  # PNG or JPEG, by the name; refused before any work
    check_destination(path)


def _save_screenshot(app: QCoreApplication, window: QWidget, path: Path) -> int:
    from wocdesk.ui.app.image_files import save_image

    app.processEvents()  # lays out, and runs the after-show work (key points)
    image = window.grab().toImage()
    window.close()
    save_image(image, path, "--screenshot")
    return 0
