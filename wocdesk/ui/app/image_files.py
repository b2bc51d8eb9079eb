"""Screenshots written safely: PNG or JPEG by the file's name, encoded in memory, then written.

The image is encoded into memory and the bytes written by :func:`write_atomically`, so a full
disk or a read-only folder is one line of ours (never libpng's own line first) and the file
that was there stays. The format follows the name: ``.png`` or ``.jpg``/``.jpeg``; any other
name is refused before anything is rendered. Qt is imported only to encode.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from wocdesk.errors import WocdeskError, quote_name
from wocdesk.i18n import _

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

FORMATS = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG"}
JPEG_QUALITY = 92


def image_format(path: Path, option: str) -> str:
    """``PNG`` or ``JPEG`` for ``path``'s name; a one-line ``WocdeskError`` for any other name."""
    found = FORMATS.get(path.suffix.lower())
    if found is None:
        raise WocdeskError(
            _(
                "{option}: {file}: wocdesk writes PNG or JPEG images; give a name ending in "
                ".png, .jpg or .jpeg"
            ).format(option=option, file=quote_name(path))
        )
    return found


def encode_image(image: QImage, form: str) -> bytes:
    """``image`` encoded as ``form`` (``PNG`` or ``JPEG``), in memory."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    quality = JPEG_QUALITY if form == "JPEG" else -1
    saved: bool = image.save(buffer, form, quality)  # type: ignore[call-overload]
    buffer.close()
    if not saved:
        raise WocdeskError(_("the image could not be encoded as {format}").format(format=form))
    return bytes(data.data())


def save_image(image: QImage, path: Path, option: str) -> Path:
    """Write ``image`` to ``path`` in the format its name asks for; return the file written."""
    from wocdesk.content.files import write_atomically

    form = image_format(path, option)
    data = encode_image(image, form)

    def write(part: Path) -> None:
        with open(part, "wb") as handle:
            handle.write(data)

    try:
        return write_atomically(path, write)
    except WocdeskError as error:
        raise WocdeskError(f"{option}: {error}") from None
