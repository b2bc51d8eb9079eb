"""The Qt side of the interface language: Babel catalog, Qt's own translator, live retranslation."""

from __future__ import annotations

import weakref
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from wocdesk import i18n
from wocdesk.model.text import Lang

QT_CATALOGS = {"zh": ("qtbase_zh_CN", "qt_zh_CN")}


class Retranslatable(Protocol):
    """Anything that resets all its text in ``retranslate_ui()``."""

    def retranslate_ui(self) -> None:
        """Set every string again in the current interface language."""


_roots: weakref.WeakSet[Retranslatable] = weakref.WeakSet()  # type: ignore[type-var]
_qt_translators: list[QTranslator] = []
_qt_language: list[str] = ["en"]


def register(root: Retranslatable) -> None:
    """Have ``root.retranslate_ui()`` run whenever the interface language changes."""
    _roots.add(root)
    _listen()


def unregister(root: Retranslatable) -> None:
    """Stop retranslating ``root``."""
    _roots.discard(root)


def set_interface_language(lang: str | None) -> Lang:
    """Switch the interface live (``None`` or ``"system"`` follows the system); return the code.

    Swaps the Babel catalog, installs Qt's own translation (standard dialogs, context menus) and
    has every registered window reset its text.
    """
    _listen()
    before = i18n.interface_language()
    code = i18n.set_interface_language(lang)
    if code == before:  # otherwise the listener below has already done it
        _sync(code)
    return code


def _on_language_changed(code: Lang) -> None:
    _sync(code, force=True)


def _listen() -> None:
    i18n.add_language_listener(_on_language_changed)


def _sync(code: Lang, force: bool = False) -> None:
    """Bring Qt's translator and every registered window to ``code``."""
    if force or _qt_language[0] != code:
        install_qt_translator(code)
    for root in list(_roots):
        root.retranslate_ui()


def install_qt_translator(code: str) -> bool:
    """Install Qt's own catalog for ``code`` (none for English); True if one was loaded."""
    app = QCoreApplication.instance()
    _qt_language[0] = code
    if app is None:
        return False
    for translator in _qt_translators:
        QCoreApplication.removeTranslator(translator)
    _qt_translators.clear()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    loaded = False
    for name in QT_CATALOGS.get(code, ()):
        translator = QTranslator(app)
        if translator.load(name, folder):
            QCoreApplication.installTranslator(translator)
            _qt_translators.append(translator)
            loaded = True
            break
    return loaded
