"""The settings file: written through a symbolic link, a device or a named pipe left alone."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from wocdesk.ui.app import settings as keys
from wocdesk.ui.app.settings import Settings, UnusableSettingsFile, settings_path

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def fresh_module_state(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(keys, "_private", [])
    monkeypatch.setattr(keys, "_warned", [])


def settings_file(folder: Path) -> Path:
    path = settings_path()
    assert path == folder / "wocdesk" / "wocdesk.ini"
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def test_a_link_to_a_regular_file_is_written_at_its_target(temporary_settings, tmp_path):
    path = settings_file(temporary_settings)
    target = tmp_path / "dotfiles" / "wocdesk.ini"
    target.parent.mkdir()
    target.write_text("[view]\nzoom=3\n", encoding="utf-8")
    path.symlink_to(target)
    settings = Settings()
    assert settings.get(keys.ZOOM) == 3
    settings.set(keys.ZOOM, 5)
    settings.sync()
    assert path.is_symlink() and path.resolve() == target
    assert "zoom=5" in target.read_text(encoding="utf-8")


def test_a_link_to_a_device_leaves_the_device_alone(temporary_settings, tmp_path):
    if os.geteuid() != 0:
        pytest.skip("making a device node needs root")
    path = settings_file(temporary_settings)
    device = tmp_path / "null"
    os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # a copy of /dev/null
    path.symlink_to(device)
    with pytest.warns(UnusableSettingsFile, match="is a device"):
        settings = Settings()
    settings.set(keys.ZOOM, 4)  # kept for the session
    settings.sync()
    assert settings.get(keys.ZOOM) == 4
    assert stat.S_ISCHR(os.stat(device).st_mode), "the device was replaced by a regular file"
    assert path.is_symlink()


def test_a_folder_as_the_settings_file(temporary_settings):
    path = settings_file(temporary_settings)
    path.mkdir()
    with pytest.warns(UnusableSettingsFile, match="is a folder"):
        settings = Settings()
    settings.set(keys.ZOOM, 2)
    settings.sync()
    assert path.is_dir() and list(path.iterdir()) == []


def test_the_warning_is_given_once(temporary_settings):
    path = settings_file(temporary_settings)
    path.mkdir()
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        Settings()
        Settings()
    assert len([w for w in seen if w.category is UnusableSettingsFile]) == 1


FIFO_SCRIPT = """
import sys, warnings
from PySide6.QtCore import QCoreApplication, QSettings
app = QCoreApplication([])
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[1])
from wocdesk.ui.app import settings as keys
with warnings.catch_warnings(record=True) as seen:
    warnings.simplefilter("always")
    store = keys.Settings()
store.set(keys.ZOOM, 3)
store.sync()
print(store.get(keys.ZOOM), [str(w.message) for w in seen])
"""


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_neither_hangs_nor_is_replaced(tmp_path):
    folder = tmp_path / "config"
    pipe = folder / "wocdesk" / "wocdesk.ini"
    pipe.parent.mkdir(parents=True)
    os.mkfifo(pipe)
    result = subprocess.run(
        [sys.executable, "-c", FIFO_SCRIPT, str(folder)],
        capture_output=True,
        text=True,
        timeout=60,  # without the check, Qt blocks reading the pipe for ever
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("3 ") and "named pipe" in result.stdout
    assert stat.S_ISFIFO(os.stat(pipe).st_mode)
