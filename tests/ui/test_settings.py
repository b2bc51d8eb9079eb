"""Remembered state: restored in a new window, and bad stored values survived."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from wocdesk.model.text import DisplayMode
from wocdesk.ui.app import settings as keys
from wocdesk.ui.app.settings import SETTINGS_VERSION, Settings


def test_settings_file_is_in_the_temporary_folder(temporary_settings: Path):
    settings = Settings()
    settings.set(keys.ZOOM, 2)
    settings.sync()
    assert Path(settings.store.fileName()).is_relative_to(temporary_settings)


def test_defaults_when_nothing_is_stored():
    settings = Settings()
    assert settings.get(keys.MODE) is None
    assert settings.get(keys.ZOOM) == 0
    assert settings.get(keys.UI_LANGUAGE) == "system"
    assert settings.get(keys.GEOMETRY) == QByteArray()


def test_window_state_is_restored(make_window, article):
    first = make_window(article, "zh-en", Settings(), size=(720, 520))
    first.show_section("keys")
    first.set_zoom(3)
    first.keys_dock.hide()
    first.close()  # saves
    stored = Settings()
    assert stored.get(keys.MODE) == DisplayMode.ZH_EN
    assert stored.get(keys.PASSAGE) == "p-keys"
    second = make_window(article, stored.get(keys.MODE), stored, size=(500, 400))
    second.restore_state_from(stored)
    assert second.view.zoom == 3
    assert second.width() == 720
    assert not second.keys_dock.isVisible()
    assert second.top_paragraph_id() == "p-keys"


def test_interface_language_choice_is_stored(make_window, article):
    window = make_window(article, "en", Settings())
    window.choose_interface_language("zh")
    assert Settings().get(keys.UI_LANGUAGE) == "zh"


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("reading/mode", "klingon"),
        ("reading/mode", 42),
        ("view/zoom", "huge"),
        ("view/zoom", 999),
        ("view/interface_language", "fr"),
        ("window/geometry", "not bytes"),
        ("window/state", 17),
        ("reading/passage", "p-nowhere"),
        ("reading/article", ["a", "list"]),
    ],
)
def test_bad_stored_values_are_ignored(make_window, article, key, value):
    store = keys.default_store()
    store.setValue(key, value)
    store.sync()
    settings = Settings()
    for setting in keys.ALL:
        settings.get(setting)  # never raises
    window = make_window(article, settings.get(keys.MODE) or "en", settings)
    window.restore_state_from(settings)
    assert window.view.zoom in range(keys.ZOOM_RANGE[0], keys.ZOOM_RANGE[1] + 1)
    assert window.top_paragraph_id() in window.view.passage_ids()


def test_garbage_settings_file_is_survived(make_window, article, temporary_settings: Path):
    path = Path(keys.default_store().fileName())
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\x00\xff[reading\nmode=@Variant(\x00\x00\x00\x7f\x00garbage)\n[[[\nzoom==\n")
    settings = Settings(QSettings(str(path), QSettings.Format.IniFormat))
    window = make_window(article, settings.get(keys.MODE) or "en", settings)
    window.restore_state_from(settings)
    assert window.mode == DisplayMode.EN


def test_settings_from_a_newer_version_are_not_trusted():
    store = keys.default_store()
    store.setValue("version", SETTINGS_VERSION + 1)
    store.setValue("view/zoom", 5)
    assert Settings(store).get(keys.ZOOM) == 0
