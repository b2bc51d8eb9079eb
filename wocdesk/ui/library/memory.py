"""What the settings remember for the library: the article read last, the folder used last."""

from __future__ import annotations

from typing import Any

from wocdesk.ui.app.settings import Setting


def _library_id(value: Any) -> int:
    number = int(str(value))
    if number < 0:
        raise ValueError(value)
    return number


def _folder(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError(value)
    return value


#: The library id of the article read last (0: none), so that ``wocdesk`` comes back to it.
LAST_ARTICLE = Setting("library/article", 0, _library_id)
#: The folder files were last opened or imported from (where the file dialogs start).
LAST_FOLDER = Setting("library/folder", "", _folder)
