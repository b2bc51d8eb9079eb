"""Install and remove the launcher, icons, MIME type and metainfo in the user's data folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from wocdesk import __version__
from wocdesk.content.files import DestinationError, write_atomically
from wocdesk.desktop.entry import desktop_entry_text
from wocdesk.desktop.identity import APP_ID, COMMAND, FORMER_IDS
from wocdesk.errors import WocdeskError
from wocdesk.i18n import _
from wocdesk.resources import resource

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
UPDATE_TIMEOUT_S = 60.0
Report = Callable[[str], None]


class UnsupportedPlatformError(WocdeskError):
    """The desktop entry is a freedesktop (Linux, BSD) thing."""


@dataclass(frozen=True)
class DesktopPaths:
    """Where each file goes under one data folder (``$XDG_DATA_HOME``), named after ``app_id``."""

    data_home: Path
    app_id: str = APP_ID

    @classmethod
    def for_user(cls) -> DesktopPaths:
        """``$XDG_DATA_HOME``, or ``~/.local/share`` when it is unset or not absolute."""
        value = os.environ.get("XDG_DATA_HOME", "")
        home = Path(value) if value and Path(value).is_absolute() else None
        return cls(home or Path.home() / ".local" / "share")

    @property
    def desktop_file(self) -> Path:
        """The launcher."""
        return self.data_home / "applications" / f"{self.app_id}.desktop"

    @property
    def metainfo(self) -> Path:
        """The AppStream metainfo."""
        return self.data_home / "metainfo" / f"{self.app_id}.metainfo.xml"

    @property
    def mime_package(self) -> Path:
        """The shared-mime-info package defining the article file type."""
        return self.data_home / "mime" / "packages" / f"{self.app_id}.xml"

    @property
    def icon_theme(self) -> Path:
        """The user's hicolor icon theme folder."""
        return self.data_home / "icons" / "hicolor"

    def icons(self) -> Iterator[tuple[Path, Path]]:
        """(bundled source, installed target) of every icon file."""
        for size in ICON_SIZES:
            folder = f"{size}x{size}"
            yield (
                resource("icons", "hicolor", folder, "apps", f"{COMMAND}.png"),
                self.icon_theme / folder / "apps" / f"{self.app_id}.png",
            )
        yield (
            resource("icons", f"{COMMAND}.svg"),
            self.icon_theme / "scalable" / "apps" / f"{self.app_id}.svg",
        )

    def all_files(self) -> list[Path]:
        """Every file the installation writes."""
        return [
            self.desktop_file,
            *(target for _source, target in self.icons()),
            self.metainfo,
            self.mime_package,
        ]

    def former_files(self) -> list[Path]:
        """The files earlier versions installed under their former ids (taken away now)."""
        return [
            path
            for former in FORMER_IDS
            for path in DesktopPaths(self.data_home, former).all_files()
        ]


def check_platform(platform: str | None = None) -> None:
    """Refuse (exit 2) on Windows and macOS, saying what is not done there."""
    platform = platform or sys.platform
    if platform.startswith(("win32", "darwin")):
        name = "macOS" if platform == "darwin" else "Windows"
        raise UnsupportedPlatformError(
            _(
                "desktop-entry: {system} has no freedesktop applications menu; nothing was "
                "installed or removed (start wocdesk from a terminal, or use the standalone "
                "bundle)"
            ).format(system=name)
        )


def install_desktop_entry(
    paths: DesktopPaths, report: Report, command: list[str] | None = None
) -> list[Path]:
    """Write the launcher, icons, metainfo and MIME type; refresh the caches; return the files."""
    check_platform()
    _remove(paths.former_files(), report)  # else the menu would list wocdesk twice
    written = [_write_text(paths.desktop_file, desktop_entry_text(command), report)]
    for source, target in paths.icons():
        written.append(_copy(source, target, report))
    metainfo = resource("icons", f"{COMMAND}.metainfo.xml").read_text(encoding="utf-8")
    written.append(_write_text(paths.metainfo, metainfo.replace("@VERSION@", __version__), report))
    written.append(_copy(resource("icons", f"{COMMAND}-mime.xml"), paths.mime_package, report))
    refresh_caches(paths, report)
    return written


def remove_desktop_entry(paths: DesktopPaths, report: Report) -> list[Path]:
    """Delete every file the installation wrote (and only those, also under former ids)."""
    check_platform()
    removed = _remove([*paths.all_files(), *paths.former_files()], report)
    if not removed:
        report(
            _("nothing to remove: no wocdesk launcher in {folder}").format(folder=paths.data_home)
        )
        return removed
    refresh_caches(paths, report)
    return removed


def _remove(files: list[Path], report: Report) -> list[Path]:
    removed = []
    for path in files:
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise DestinationError(
                _("{path}: cannot be removed ({reason})").format(path=path, reason=exc.strerror)
            ) from None
        removed.append(path)
        report(_("removed {path}").format(path=path))
    return removed


def refresh_caches(paths: DesktopPaths, report: Report) -> None:
    """Run the desktop's cache tools that are installed; a missing or failing one is a note."""
    tools = (
        ("update-desktop-database", ["-q", str(paths.desktop_file.parent)]),
        ("gtk-update-icon-cache", ["-q", "-f", "-t", str(paths.icon_theme)]),
        ("update-mime-database", [str(paths.mime_package.parent.parent)]),
    )
    for tool, arguments in tools:
        found = shutil.which(tool)
        if found is None or not Path(arguments[-1]).is_dir():
            continue
        try:
            result = subprocess.run(
                [found, *arguments],
                capture_output=True,
                text=True,
                timeout=UPDATE_TIMEOUT_S,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            report(_("note: {tool} did not run ({reason})").format(tool=tool, reason=exc))
            continue
        if result.returncode == 0:
            report(_("ran {tool} {folder}").format(tool=tool, folder=arguments[-1]))
        else:
            why = (result.stderr or result.stdout).strip().splitlines()
            report(
                _("note: {tool} failed ({reason})").format(
                    tool=tool, reason=why[-1] if why else result.returncode
                )
            )


def _make_folder(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DestinationError(
            _("{path}: the folder cannot be made ({reason})").format(
                path=path.parent, reason=exc.strerror
            )
        ) from None


def _write_text(path: Path, text: str, report: Report) -> Path:
    _make_folder(path)

    def write(temporary: Path) -> None:
        temporary.write_text(text, encoding="utf-8")

    write_atomically(path, write)
    report(_("wrote {path}").format(path=path))
    return path


def _copy(source: Path, target: Path, report: Report) -> Path:
    _make_folder(target)

    def write(temporary: Path) -> None:
        shutil.copyfile(source, temporary)

    write_atomically(target, write)
    report(_("wrote {path}").format(path=target))
    return target
