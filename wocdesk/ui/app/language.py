"""The interface language in Qt: Babel's catalog, Qt's own translator, one signal to retranslate.

Every widget sets all its text in ``retranslate_ui()`` and calls ``translate_ui(self)`` once, at
the end of its construction: that sets the text now and connects ``retranslate_ui`` to
``language_changed``, which is emitted whenever the interface language changes (Frescobaldi's
convention). Qt's own widgets (standard buttons, dialogs, context menus) retranslate themselves
on the LanguageChange event Qt sends when its translator is installed or removed.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal
from PySide6.QtWidgets import QAbstractButton, QDockWidget

from wocdesk import i18n
from wocdesk.model.text import Lang, parse_lang

QT_CATALOGS = {"zh": ("qtbase_zh_CN", "qt_zh_CN")}


class Retranslatable(Protocol):
    """Anything that resets all its text in ``retranslate_ui()``."""

    def retranslate_ui(self) -> None:
        """Set every string again in the current interface language."""


class _Notifier(QObject):
    language_changed = Signal()


_notifier = _Notifier()
#: Emitted once the interface language has changed (Babel's catalog and Qt's translator swapped).
language_changed = _notifier.language_changed
_qt_translators: list[QTranslator] = []
_qt_language: list[str] = ["en"]


def translate_ui(widget: Retranslatable) -> None:
    """Set ``widget``'s text now, and again whenever the interface language changes.

    Call it once per widget (a second call would retranslate it twice). The connection is to
    the widget's own method, so it goes with the widget when Qt deletes it.
    """
    widget.retranslate_ui()
    language_changed.connect(widget.retranslate_ui)


def system_language() -> Lang:
    """The interface language the system asks for: the first of Qt's UI languages we have."""
    for tag in QLocale.system().uiLanguages():
        try:
            code = parse_lang(tag.replace("_", "-").split("-")[0])
        except ValueError:
            continue
        if code in i18n.INTERFACE_LANGUAGES:
            return code
    return "en"


def set_interface_language(lang: str | None) -> Lang:
    """Switch the interface live (``None`` or ``"system"`` follows the system); return the code.

    Swaps the Babel catalog, installs Qt's own translation (standard dialogs, context menus) and
    has every widget reset its text.
    """
    code = system_language() if lang in (None, "", "system") else parse_lang(str(lang))
    before = i18n.interface_language()
    i18n.set_interface_language(code)
    if code == before:  # otherwise _on_language_changed below has already done it
        _sync(code)
    return code


def _on_language_changed(code: Lang) -> None:
    """Follow a change of the catalog, wherever it was made (``wocdesk.i18n`` tells us)."""
    _sync(code, force=True)


i18n.add_language_listener(_on_language_changed)


def _sync(code: Lang, force: bool = False) -> None:
    """Bring Qt's translator to ``code`` and have every widget retranslate."""
    if force or _qt_language[0] != code:
        install_qt_translator(code)
    language_changed.emit()


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
