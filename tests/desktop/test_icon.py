from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QMessageBox

import wocdesk.ui  # noqa: F401  (guards None's reference count before any Qt call)
from wocdesk.resources import resource

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"


def _make_pngs():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("make_pngs", ICONS / "make_pngs.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_svg_is_a_square_original_drawing():
    root = ET.parse(ICONS / "wocdesk.svg").getroot()
    assert root.get("viewBox") == "0 0 64 64"
    assert not root.findall(".//{http://www.w3.org/2000/svg}image")  # no embedded bitmaps
    assert not root.findall(".//{http://www.w3.org/2000/svg}text")  # no font needed


def test_every_size_is_committed_and_matches_the_svg(qapp):
    make_pngs = _make_pngs()
    for size in make_pngs.SIZES:
        image = QImage(str(make_pngs.png_path(size)))
        assert image.size() == QSize(size, size), size
        assert make_pngs.difference(image, make_pngs.render(size)) <= make_pngs.TOLERANCE
    assert make_pngs.main(["--check"]) == 0


def test_the_check_notices_a_stale_png(qapp, tmp_path):
    make_pngs = _make_pngs()
    blank = QImage(48, 48, QImage.Format.Format_ARGB32)
    blank.fill(0)
    assert make_pngs.difference(blank, make_pngs.render(48)) > make_pngs.TOLERANCE


def test_the_installed_package_finds_the_icons():
    assert resource("icons", "hicolor", "16x16", "apps", "wocdesk.png").is_file()
    assert resource("icons", "wocdesk.desktop.in").is_file()


def test_the_app_and_its_about_box_show_the_icon(qtbot, make_window, article):
    from wocdesk.ui.desktop.icon import WINDOW_ICON_SIZES, install_application_icon

    install_application_icon(QApplication.instance())
    icon = QGuiApplication.windowIcon()
    assert [s.width() for s in icon.availableSizes()] == list(WINDOW_ICON_SIZES)
    # Wayland matches the window to its launcher by this name: the installed .desktop file's
    from wocdesk.desktop.install import DesktopPaths

    launcher = DesktopPaths(Path("/data")).desktop_file.name
    assert f"{QGuiApplication.desktopFileName()}.desktop" == launcher
    window = make_window(article, "en")
    assert window.windowIcon().cacheKey() == icon.cacheKey()
    seen: list[QImage] = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.iconPixmap().toImage())
        box.accept()

    QTimer.singleShot(0, look)
    window.show_about()
    assert seen and not seen[0].isNull()
    expected = icon.pixmap(seen[0].size()).toImage().convertToFormat(seen[0].format())
    assert seen[0] == expected  # the About box shows wocdesk's icon, not a stock one


@pytest.fixture(autouse=True)
def _plain_icon(qapp):  # type: ignore[no-untyped-def]
    """Other tests run without the icon, as they did before."""
    from PySide6.QtGui import QIcon

    yield
    QGuiApplication.setWindowIcon(QIcon())
