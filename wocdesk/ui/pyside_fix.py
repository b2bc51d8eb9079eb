"""Work around PySide6 6.12 on Python 3.11 dropping references to ``None`` and the bools.

PySide6 6.12 (built for Pythons where ``None`` is immortal, 3.12+) releases a reference to
``None`` each time a method returning ``void`` is called (``QPainter.setPen``, ``QTimer.start``,
``QWidget.repaint``, ...). On Python 3.11 ``None`` is an ordinary object, so after a few thousand
such calls its count reaches zero and the interpreter aborts ("deallocating None", or a bus
error); ``True`` and ``False`` suffer the same from methods returning ``bool``. Giving these
constants a practically endless count makes them immortal, as they are on 3.12.
"""

from __future__ import annotations

import ctypes
import sys

_PINNED = 1 << 40


def immortalize_none() -> None:
    """Give ``None``, ``True``, ``False`` and ``()`` counts no run can exhaust (Python < 3.12)."""
    if sys.version_info >= (3, 12) or _done:
        return
    for constant in (None, True, False, ()):
        count = ctypes.c_ssize_t.from_address(id(constant))
        count.value += _PINNED
    _done.append(True)


_done: list[bool] = []
immortalize_none()
