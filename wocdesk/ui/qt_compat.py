"""Work around a PySide6 6.12 + Python 3.11 defect: each call returning None drops a reference.

Shiboken 6.12 treats ``None`` as immortal (true only from Python 3.12, PEP 683) and so never
increments its reference count when a wrapped C++ function returns nothing. On Python 3.11 every
such call (``setText``, ``setHtml``, …) takes one reference from ``None``; after a few thousand
calls the interpreter aborts with "none_dealloc: deallocating None". Giving ``None`` a very large
reference count makes it as good as immortal, as it is on Python 3.12.
"""

from __future__ import annotations

import ctypes
import sys

_PLENTY = 1 << 50


def keep_none_alive() -> None:
    """Make ``None``'s reference count too large to reach zero (CPython before 3.12 only)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    count = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt, the first field of PyObject
    if count.value < _PLENTY:
        count.value += _PLENTY
