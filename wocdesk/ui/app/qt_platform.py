"""Tell, before Qt aborts, whether a window can open: a display to reach, the libraries Qt needs.

Qt's xcb plugin aborts the process (exit 134) both when a library it links to is missing and
when the display cannot be reached, and says "xcb-cursor0 is needed" in either case. These
checks tell the two apart first and say which in one line: the libraries through the loader's
own answer (loading the plugin Qt would load, and when that fails, ``ldd`` on it to name every
missing library), the display by connecting to it with libxcb.
"""

from __future__ import annotations

import ctypes
import os
import re
import shutil
import sys
from importlib.util import find_spec
from pathlib import Path

from wocdesk.i18n import _, ngettext

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
    "xcb": "libxcb1",
    "EGL": "libegl1",
    "GL": "libgl1",
    "fontconfig": "libfontconfig1",
    "dbus-1": "libdbus-1-3",
}
PLUGIN = "libqxcb.so"
_NOT_FOUND = re.compile(r"^\s*(?P<name>\S+)\s+=>\s+not found\s*$", re.MULTILINE)
# ldd's line for a library that is there but cannot be loaded (truncated, wrong architecture)
_BROKEN = re.compile(r"error while loading shared libraries: (?P<name>[^:\n]+): (?P<why>[^\n]+)")
_LDD_TIMEOUT_S = 10


def without_a_window() -> str:
    """What works without a window, in the interface language."""
    return _("`wocdesk text` and `wocdesk export` work without a window")


def joined(*parts: str) -> str:
    """Clauses of one message joined as the interface language punctuates them ("; " or "；")."""
    text = parts[0] if parts else ""
    for part in parts[1:]:
        text = _("{first}; {then}").format(first=text, then=part)
    return text


def missing_window_system(platform: str | None = None) -> str | None:
    """One line saying why no window can open and what to do, or ``None`` when it can.

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
    display = os.environ.get("DISPLAY", "")
    if not display:
        return joined(
            _("no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set)"),
            without_a_window(),
        )
    missing = [] if plugin_loads() else missing_libraries()
    if missing:
        return missing_libraries_message(missing)
    problem = display_problem(display)
    if problem:
        return joined(problem, without_a_window())
    return None


# -- the libraries -----------------------------------------------------------------------------
def xcb_plugin() -> Path | None:
    """The xcb plugin Qt would load: from ``QT_QPA_PLATFORM_PLUGIN_PATH``, else PySide6's."""
    folders = [Path(p) for p in os.environ.get("QT_QPA_PLATFORM_PLUGIN_PATH", "").split(":") if p]
    spec = find_spec("PySide6")
    for location in (spec.submodule_search_locations or []) if spec else []:
        folders.append(Path(location) / "Qt" / "plugins" / "platforms")
    for folder in folders:
        if (folder / PLUGIN).is_file():
            return folder / PLUGIN
    return None


def plugin_loads(plugin: Path | None = None) -> bool:
    """True when the loader loads the xcb plugin (default: Qt's own) and all it links to.

    The usual case, answered without running ``ldd``: the plugin is loaded into this process,
    which is about to load it anyway as Qt's platform plugin. (A library loaded already counts
    as found, so this answers for a process that has not loaded Qt's libraries yet.)
    """
    plugin = plugin or xcb_plugin()
    if plugin is None:
        return False
    try:
        ctypes.CDLL(str(plugin))
    except OSError:
        return False
    return True


def missing_from_ldd(output: str) -> list[str]:
    """The libraries ``ldd`` reports as not found or unloadable, in its order, each once.

    A library that is not found is named (``libxcb-cursor.so.0``); one that is there but cannot
    be loaded is named with the loader's reason (``/lib/libxcb-cursor.so.0: file too short``).
    """
    names: list[str] = []
    for match in _NOT_FOUND.finditer(output):
        if match.group("name") not in names:
            names.append(match.group("name"))
    for match in _BROKEN.finditer(output):
        names.append(f"{match.group('name').strip()}: {match.group('why').strip()}")
    return names


def missing_libraries(plugin: Path | None = None) -> list[str]:
    """The libraries the loader cannot find for the xcb plugin (``plugin``: default, Qt's own).

    Asks the loader itself (``ldd``); without ``ldd`` or the plugin, falls back to looking the
    known libraries up in the loader's cache.
    """
    plugin = plugin or xcb_plugin()
    ldd = shutil.which("ldd")
    if plugin is not None and ldd is not None:
        import subprocess

        try:
            result = subprocess.run(
                [ldd, str(plugin)],
                capture_output=True,
                text=True,
                errors="replace",
                timeout=_LDD_TIMEOUT_S,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired):
            pass
        else:
            return missing_from_ldd(result.stdout + result.stderr)
    import ctypes.util  # slow to import (it runs ldconfig): only when ldd cannot answer

    return [f"lib{lib}.so" for lib in XCB_LIBRARIES if ctypes.util.find_library(lib) is None]


def library_key(soname: str) -> str:
    """``libxcb-cursor.so.0`` → ``xcb-cursor``: the name the package table uses."""
    base = Path(soname.split(":")[0]).name.split(".so")[0]
    return base[3:] if base.startswith("lib") else base


def missing_libraries_message(missing: list[str]) -> str:
    """One line naming the missing libraries and, where known, the packages that bring them."""
    keys = [library_key(lib) for lib in missing]
    packages = [XCB_LIBRARIES[key] for key in keys if key in XCB_LIBRARIES]
    absent = [lib for lib in missing if ": " not in lib]
    parts = [_("missing {libraries}").format(libraries=", ".join(absent))] if absent else []
    parts += [lib for lib in missing if ": " in lib]  # there, but the loader refuses them
    if packages:
        how = ngettext(
            "install it, on Debian or Ubuntu with: sudo apt-get install {packages} "
            "(the README lists all Qt needs)",
            "install them, on Debian or Ubuntu with: sudo apt-get install {packages} "
            "(the README lists all Qt needs)",
            len(packages),
        ).format(packages=" ".join(packages))
    else:
        how = _("reinstall PySide6 (the README lists all Qt needs)")
    problems = _("Qt's window system cannot load ({problems})").format(problems=joined(*parts))
    return joined(problems, how, without_a_window())


# -- the display -------------------------------------------------------------------------------
_XCB_ERRORS = {5: "parse", 6: "screen"}  # xcb_connection_has_error: XCB_CONN_CLOSED_PARSE_ERR …


def display_problem(display: str) -> str | None:
    """Why the X display ``display`` cannot be used (one phrase), or ``None`` when it answers.

    Connects with libxcb, as Qt's xcb plugin does, and disconnects at once.
    """
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return None  # then the library check has said so already
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.restype = ctypes.c_int
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.restype = None
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(os.fsencode(display), None)
    try:
        error = xcb.xcb_connection_has_error(connection) if connection else 1
    finally:
        if connection:
            xcb.xcb_disconnect(connection)
    if not error:
        return None
    kind = _XCB_ERRORS.get(error)
    if kind == "parse":
        return _("DISPLAY={display} is not a display name (such as :0)").format(display=display)
    if kind == "screen":
        return _("the display {display} has no such screen").format(display=display)
    return _(
        "no display can be reached at DISPLAY={display} (no X server answers there, or it "
        "refused the connection)"
    ).format(display=display)
