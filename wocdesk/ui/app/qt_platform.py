"""Tell, before Qt aborts, whether a window system is usable and what to install when it is not."""

from __future__ import annotations

import os
import sys

# The libraries Qt's xcb platform plugin links to, and the Debian/Ubuntu package of each.
XCB_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-image": "libxcb-image0",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-randr": "libxcb-randr0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-shape": "libxcb-shape0",
    "xcb-xkb": "libxcb-xkb1",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "X11-xcb": "libx11-xcb1",
    "EGL": "libegl1",
    "GL": "libgl1",
    "fontconfig": "libfontconfig1",
    "dbus-1": "libdbus-1-3",
}
WITHOUT_A_WINDOW = "`wocdesk text` and `wocdesk export` work without a window"


def missing_window_system(platform: str | None = None) -> str | None:
    """One line saying why no window can open and what to install, or ``None`` when it can.

    Only Linux's xcb platform is checked: other systems, and the offscreen, wayland and other
    plugins chosen with ``QT_QPA_PLATFORM``, are left to Qt.
    """
    if not sys.platform.startswith("linux"):
        return None
    chosen = (platform if platform is not None else os.environ.get("QT_QPA_PLATFORM", "")).strip()
    name = chosen.split(":")[0].split(";")[0].lower()
    if name and name != "xcb":
        return None
    if not name and os.environ.get("WAYLAND_DISPLAY"):
        return None
    if not os.environ.get("DISPLAY"):
        return (
            "no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); "
            + WITHOUT_A_WINDOW
        )
    import ctypes.util  # only here: it is slow to import and only Linux with X11 needs it

    missing = [lib for lib in XCB_LIBRARIES if ctypes.util.find_library(lib) is None]
    if not missing:
        return None
    libraries = ", ".join(f"lib{lib}" for lib in missing)
    packages = " ".join(XCB_LIBRARIES[lib] for lib in missing)
    return (
        f"Qt's window system cannot load (missing {libraries}); install them, on Debian or "
        f"Ubuntu with: sudo apt-get install {packages} (the README lists all Qt needs); "
        + WITHOUT_A_WINDOW
    )
