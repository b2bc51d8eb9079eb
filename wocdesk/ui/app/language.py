"""The Qt side of the interface language: Babel catalog, Qt's own translator, live retranslation."""

from __future__ import annotations

import weakref
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QDockWidget

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
        had_translator = bool(_qt_translators)
        loaded = install_qt_translator(code)
        if not (had_translator or loaded):
            # Qt sends LanguageChange only when a translator comes or goes; without Qt's own
            # catalog (a distribution's PySide6, a frozen build) send it ourselves, so that
            # dialogs and the show retranslate in their changeEvent() all the same.
            for widget in QApplication.allWidgets():
                QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
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


def retranslate_dock_buttons(dock: QDockWidget) -> None:
    """Qt names a dock's float and close buttons once; name them again in the new language."""
    names = {"qt_dockwidget_floatbutton": "Float", "qt_dockwidget_closebutton": "Close"}
    for button in dock.findChildren(QAbstractButton):
        source = names.get(button.objectName())
        if source:
            button.setAccessibleName(QCoreApplication.translate("QDockWidget", source))
