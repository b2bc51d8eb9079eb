"""Tell, before Qt aborts, whether a window system is usable and what to install when it is not."""

from __future__ import annotations

import os
import sys

LINUX_PACKAGES = (
    "libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 "
    "libxcb-keysyms1 libxcb-shape0 libfontconfig1 libdbus-1-3"
)
# Libraries the xcb platform plugin cannot load without (the usual missing ones first).
_XCB_LIBRARIES = ("xcb-cursor", "xkbcommon-x11", "xcb-icccm", "xcb-keysyms", "xcb-shape", "EGL")


def missing_window_system(platform: str | None = None) -> str | None:
    """One line saying why no window can open and what to install, or ``None`` when it can.

    Only Linux's xcb platform is checked: other platforms, and the offscreen, wayland and
    other plugins chosen with ``QT_QPA_PLATFORM``, are left to Qt.
    """
    if not sys.platform.startswith("linux"):
        return None
    chosen = (platform if platform is not None else os.environ.get("QT_QPA_PLATFORM", "")).strip()
    name = chosen.split(":")[0].split(";")[0].lower()
    if name and name != "xcb":
        return None
    if not name and os.environ.get("WAYLAND_DISPLAY"):
        return None
    advice = (
        f"on Debian or Ubuntu: sudo apt-get install {LINUX_PACKAGES}; "
        "`wocdesk text` and `wocdesk export` work without a window"
    )
    if not os.environ.get("DISPLAY"):
        return (
            "no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); "
            "`wocdesk text` and `wocdesk export` work without a window"
        )
    import ctypes.util  # only here: it is slow to import and only Linux with X11 needs it

    missing = [lib for lib in _XCB_LIBRARIES if ctypes.util.find_library(lib) is None]
    if missing:
        names = ", ".join(f"lib{lib}" for lib in missing)
        return f"Qt's window system cannot load (missing {names}); {advice}"
    return None
