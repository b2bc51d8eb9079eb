"""The window's remembered state: one typed settings module over QSettings, bad values ignored.

The settings file is looked at before QSettings opens it: Qt would block for ever reading a
named pipe, and would replace a device (or the device a symbolic link points to) with a regular
file when saving. Such a file is left alone and the settings live in a private file for the
session. A link to a regular file is followed: the settings are written at its target.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from wocdesk.model.text import DisplayMode, parse_mode

SETTINGS_VERSION = 1
ORGANIZATION = "wocdesk"
APPLICATION = "wocdesk"
ZOOM_RANGE = (-6, 12)
UI_LANGUAGES = ("system", "zh", "en")
EXPORT_NOTES_CHOICES = ("", "zh", "en", "both")  # "": the deck's language(s)

T = TypeVar("T")


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError(value)
    return value


def _zoom(value: Any) -> int:
    number = int(str(value))
    if not ZOOM_RANGE[0] <= number <= ZOOM_RANGE[1]:
        raise ValueError(value)
    return number


def _ui_language(value: Any) -> str:
    if value not in UI_LANGUAGES:
        raise ValueError(value)
    return str(value)


def _bytes(value: Any) -> QByteArray:
    if isinstance(value, QByteArray):
        return value
    if isinstance(value, bytes | bytearray):
        return QByteArray(bytes(value))
    raise ValueError(value)


def _mode(value: Any) -> DisplayMode:
    return parse_mode(_text(value))


def _notes(value: Any) -> str:
    if value not in EXPORT_NOTES_CHOICES:
        raise ValueError(value)
    return str(value)


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One stored value: its key, its default and how a stored value is checked."""

    key: str
    default: T
    parse: Callable[[Any], T]


ARTICLE_ID = Setting("reading/article", "", _text)
SECTION = Setting("reading/section", "", _text)
PASSAGE = Setting("reading/passage", "", _text)
MODE: Setting[DisplayMode | None] = Setting("reading/mode", None, _mode)
ZOOM = Setting("view/zoom", 0, _zoom)
UI_LANGUAGE = Setting("view/interface_language", "system", _ui_language)
GEOMETRY = Setting("window/geometry", QByteArray(), _bytes)
WINDOW_STATE = Setting("window/state", QByteArray(), _bytes)
# The choices of File ▸ Export slides… (View ▸ Present uses its outline and notes too).
EXPORT_LANG: Setting[DisplayMode | None] = Setting("export/lang", None, _mode)
EXPORT_NOTES = Setting("export/notes", "", _notes)
EXPORT_OUTLINE = Setting("export/outline", "", _text)
EXPORT_TEMPLATE = Setting("export/template", "", _text)
EXPORT_FOLDER = Setting("export/folder", "", _text)
ALL = (
    ARTICLE_ID,
    SECTION,
    PASSAGE,
    MODE,
    ZOOM,
    UI_LANGUAGE,
    GEOMETRY,
    WINDOW_STATE,
    EXPORT_LANG,
    EXPORT_NOTES,
    EXPORT_OUTLINE,
    EXPORT_TEMPLATE,
    EXPORT_FOLDER,
)


class UnusableSettingsFile(UserWarning):
    """The settings file is not a regular file: the settings are not remembered this time."""


_private: list[QSettings] = []  # the session's stand-in store, when the user's file is unusable
_warned: list[str] = []


def settings_path() -> Path:
    """Where the user's settings file is (as ``QSettings.setPath`` may have moved it).

    Asked of a QSettings for a file that does not exist, so that nothing is read.
    """
    probe = QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, ".path-probe"
    )
    return Path(probe.fileName()).with_name(f"{APPLICATION}.ini")


def unusable_settings_file(path: Path) -> str | None:
    """Why ``path`` (or the file a link there points to) cannot hold settings, or ``None``."""
    from wocdesk.content.files import file_kind

    try:
        mode = os.stat(path).st_mode
    except (FileNotFoundError, NotADirectoryError):
        return None  # made when first saved
    except OSError as exc:
        from wocdesk.i18n import _

        return _("unreadable ({reason})").format(reason=exc.strerror or exc.__class__.__name__)
    return None if stat.S_ISREG(mode) else file_kind(mode)


def default_store() -> QSettings:
    """The user's settings file (an INI file, so tests can move it with ``QSettings.setPath``).

    A file that is not a regular file is never opened (see the module's note): the settings
    then live in a private file for the session, and a warning says so once.
    """
    path = settings_path()
    problem = unusable_settings_file(path)
    if problem is None:
        return QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
        )
    import atexit  # (what follows happens only for an unusable file)
    import shutil
    import tempfile
    import warnings

    if str(path) not in _warned:
        _warned.append(str(path))
        from wocdesk.errors import quote_name
        from wocdesk.i18n import _

        warnings.warn(
            _(
                "{file}: is {kind}, not a settings file; settings are not remembered this time"
            ).format(file=quote_name(path), kind=problem),
            UnusableSettingsFile,
            stacklevel=2,
        )
    if not _private:
        folder = tempfile.mkdtemp(prefix="wocdesk-settings-")
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        _private.append(QSettings(os.path.join(folder, "session.ini"), QSettings.Format.IniFormat))
    return _private[0]


class Settings:
    """Typed access to the stored settings; a missing or bad value reads as its default."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else default_store()
        self._usable = self._version_ok()

    def _version_ok(self) -> bool:
        stored = self.store.value("version")
        if stored is None:
            return True
        try:
            return int(str(stored)) <= SETTINGS_VERSION
        except ValueError:
            return False

    def get(self, setting: Setting[T]) -> T:
        """The stored value of ``setting``, or its default when it is missing or unusable."""
        if not self._usable:
            return setting.default
        try:
            value = self.store.value(setting.key)
        except Exception:  # a corrupt stored type; Qt may raise while decoding it
            return setting.default
        if value is None:
            return setting.default
        try:
            return setting.parse(value)
        except (ValueError, TypeError):
            return setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        """Store ``value`` (stored as text for enums, as-is otherwise)."""
        stored: Any = value.value if isinstance(value, DisplayMode) else value
        self.store.setValue(setting.key, stored)
        self.store.setValue("version", SETTINGS_VERSION)
        self._usable = True

    def sync(self) -> None:
        """Write pending changes to disk."""
        self.store.sync()
