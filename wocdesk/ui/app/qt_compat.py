"""Work around a PySide6 6.12 + Python 3.11 defect: calls returning None or a bool drop a reference.

Shiboken 6.12 treats ``None``, ``True`` and ``False`` as immortal (true only from Python 3.12,
PEP 683) and so never increments their reference count when a wrapped C++ function returns
nothing or a bool. On Python 3.11 every such call (``setText``, ``setHtml``, ``isVisible``, …)
takes one reference; after a few thousand calls the interpreter aborts with "none_dealloc:
deallocating None" (or "bool_dealloc"). Giving these singletons a very large reference count
makes them as good as immortal, as they are on Python 3.12. pyproject.toml keeps Python 3.11
on PySide6 < 6.12; this guard covers an environment that has 6.12 all the same.
"""

from __future__ import annotations

import ctypes
import sys

_PLENTY = 1 << 50


def keep_none_alive() -> None:
    """Make the reference counts of None, True and False too large to reach zero.

    CPython before 3.12 only (later versions have immortal singletons).
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for singleton in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt, PyObject's first field
        if count.value < _PLENTY:
            count.value += _PLENTY
