"""The interface language in Qt: Babel's catalog, Qt's own translator, one signal to retranslate.

Every widget sets all its text in ``retranslate_ui()`` and calls ``translate_ui(self)`` once, at
the end of its construction: that sets the text now and connects ``retranslate_ui`` to
``language_changed``, which is emitted whenever the interface language changes (Frescobaldi's
convention). Qt's own widgets (standard buttons, dialogs, context menus) retranslate themselves
on the LanguageChange event Qt sends when its translator is installed or removed.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTranslator, Signal
from PySide6.QtWidgets import QAbstractButton, QDockWidget

from wocdesk import i18n
from wocdesk.i18n import N_
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
_TRAILING = ("：", ":", "…", "...")


class MnemonicFallback(QTranslator):
    """Qt's strings that gained a mnemonic after Qt's catalog was made, from the catalog's entry.

    Qt's file dialog asks for "&Look in:" and "Files of &type:" while ``qtbase_zh_CN`` still
    has only "Look in:" and "Files of type:". Asked after Qt's own translator (and only when
    that has nothing), this one takes the entry without the ``&`` and puts the mnemonic back
    the Chinese way: 查找范围(&L)：.
    """

    def __init__(self, catalog: QTranslator, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog

    def isEmpty(self) -> bool:
        """Never empty: it answers from the catalog it wraps."""
        return False

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        """The catalog's translation of ``source`` without its mnemonic, with it put back."""
        at = source.find("&")
        if at < 0 or at + 1 >= len(source) or source[at + 1] == "&":
            return None  # a null string: Qt keeps looking, then shows the source text
        key = source[at + 1]
        found = self._catalog.translate(context, source[:at] + source[at + 1 :], disambiguation, n)
        if not found:
            return None
        if "&" in found:
            return str(found)
        return with_mnemonic(str(found), key)


#: Qt's strings that its Chinese catalog lacks (context, source) and our entry for each.
QT_GAPS = {("QAbstractFileIconProvider", "Folder"): N_("Folder")}


class QtGaps(QTranslator):
    """Qt's strings that its Chinese catalog lacks, from ours: the file dialog's "Folder"."""

    def isEmpty(self) -> bool:
        """Never empty: it answers the few strings it knows."""
        return False

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        """Our catalog's translation of a string Qt's catalog lacks; ``None`` for any other."""
        ours = QT_GAPS.get((context, source))
        return i18n._(ours) if ours else None


def with_mnemonic(text: str, key: str) -> str:
    """``text`` with the mnemonic ``key`` added in the Chinese style, before a trailing colon."""
    for tail in _TRAILING:
        if text.endswith(tail):
            return f"{text[: -len(tail)]}(&{key.upper()}){tail}"
    return f"{text}(&{key.upper()})"


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
    # Qt's own views read names from the default locale (the file dialog's file types).
    QLocale.setDefault(QLocale("zh_CN") if code == "zh" else QLocale.system())
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
    names = QT_CATALOGS.get(code, ())
    if not names:  # English: Qt's own strings as they are
        return False
    from PySide6.QtCore import QLibraryInfo

    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in names:
        translator = QTranslator(app)
        if translator.load(name, folder):
            # Installed last is asked first: Qt's catalog, the fallback for mnemonics, the gaps.
            fallback = MnemonicFallback(translator, app)
            for installed in (QtGaps(app), fallback, translator):
                QCoreApplication.installTranslator(installed)
                _qt_translators.append(installed)
            return True
    return False


def retranslate_dock_buttons(dock: QDockWidget) -> None:
    """Qt names a dock's float and close buttons once; name them again in the new language."""
    names = {"qt_dockwidget_floatbutton": "Float", "qt_dockwidget_closebutton": "Close"}
    for button in dock.findChildren(QAbstractButton):
        source = names.get(button.objectName())
        if source:
            button.setAccessibleName(QCoreApplication.translate("QDockWidget", source))
