"""No display, a missing library, Qt's own abort: each one line, exit 2, told apart."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from wocdesk.ui.app import qt_platform

ROOT = Path(__file__).resolve().parents[2]
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="xcb is Linux's")


def run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PYTHONPATH": str(ROOT), **env}
    return subprocess.run(
        args, capture_output=True, text=True, env=environment, timeout=120, check=False
    )


def wocdesk(*args: str) -> list[str]:
    return [sys.executable, "-m", "wocdesk", *args]


def silent_display() -> str:
    """A display number nothing listens on (no socket, no abstract socket in use)."""
    for number in range(173, 400):
        if Path(f"/tmp/.X11-unix/X{number}").exists() or Path(f"/tmp/.X{number}-lock").exists():
            continue
        if qt_platform.display_problem(f":{number}") is not None:
            return f":{number}"
    pytest.skip("no free display number")


def xcb_environment(display: str) -> dict[str, str]:
    return {"DISPLAY": display, "QT_QPA_PLATFORM": "", "WAYLAND_DISPLAY": ""}


@linux_only
def test_a_display_nothing_listens_on_is_told_as_such():
    display = silent_display()
    if qt_platform.missing_libraries():
        pytest.skip("Qt's xcb libraries are not all installed here")
    result = run(wocdesk(), xcb_environment(display))
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1
    assert f"no display can be reached at DISPLAY={display}" in result.stderr
    assert "xcb-cursor" not in result.stderr and "install" not in result.stderr


@linux_only
def test_the_display_message_follows_the_interface_language():
    display = silent_display()
    if qt_platform.missing_libraries():
        pytest.skip("Qt's xcb libraries are not all installed here")
    result = run(wocdesk("--ui-lang", "zh"), xcb_environment(display))
    assert result.returncode == 2
    assert f"DISPLAY={display}" in result.stderr and "无法连接" in result.stderr
    assert result.stderr.count("\n") == 1


@linux_only
def test_with_every_library_there_the_check_runs_no_ldd():
    """The usual case costs no process: the plugin loads, so nothing is missing to name."""
    display = silent_display()
    if qt_platform.xcb_plugin() is None or qt_platform.missing_libraries():
        pytest.skip("Qt's xcb libraries are not all installed here")
    code = (
        "import sys; from wocdesk.ui.app.qt_platform import missing_window_system; "
        "print(missing_window_system()); print('subprocess' in sys.modules)"
    )
    result = run([sys.executable, "-c", code], xcb_environment(display))
    said, ran_ldd = result.stdout.strip().splitlines()
    assert said.startswith(f"no display can be reached at DISPLAY={display}"), result.stderr
    assert ran_ldd == "False"


@linux_only
def test_qts_own_abort_becomes_one_line():
    """Past the checks, Qt's fatal "no platform plugin" is caught: one line, exit 2, no abort."""
    display = silent_display()
    code = "from wocdesk.ui.app.startup import start_application; start_application()"
    result = run(
        [sys.executable, "-c", code], {**xcb_environment(display), "QT_QPA_PLATFORM": "xcb"}
    )
    assert result.returncode == 2, (result.returncode, result.stderr)
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("wocdesk: ")
    assert "could not start" in result.stderr and "wocdesk text" in result.stderr


@linux_only
def test_missing_libraries_as_the_loader_reports_them(tmp_path: Path):
    """``ldd``'s real answer for a plugin whose libraries are not where it looks for them."""
    plugin = qt_platform.xcb_plugin()
    if plugin is None or shutil.which("ldd") is None:
        pytest.skip("needs PySide6's xcb plugin and ldd")
    lone = tmp_path / "plugins" / "platforms" / plugin.name
    lone.parent.mkdir(parents=True)
    shutil.copy(plugin, lone)  # its RUNPATH ($ORIGIN/../../lib) now leads nowhere
    missing = qt_platform.missing_libraries(lone)
    assert "libQt6Core.so.6" in missing and "libQt6XcbQpa.so.6" in missing
    message = qt_platform.missing_libraries_message(missing)
    assert message.startswith("Qt's window system cannot load (missing libQt6")
    assert "reinstall PySide6" in message and "\n" not in message

    # A library that is there but cannot be loaded: the loader's reason is passed on.
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "libQt6XcbQpa.so.6").write_bytes(b"")
    broken = qt_platform.missing_libraries(lone)
    assert any(entry.endswith("libQt6XcbQpa.so.6: file too short") for entry in broken), broken


def test_ldd_lines_name_the_package_to_install():
    output = (
        "\tlibxcb-icccm.so.4 => /lib/x86_64-linux-gnu/libxcb-icccm.so.4 (0x00007f)\n"
        "\tlibxcb-cursor.so.0 => not found\n"
        "\tlibxkbcommon-x11.so.0 => not found\n"
        "\tlibxcb-cursor.so.0 => not found\n"
    )
    missing = qt_platform.missing_from_ldd(output)
    assert missing == ["libxcb-cursor.so.0", "libxkbcommon-x11.so.0"]
    message = qt_platform.missing_libraries_message(missing)
    assert "(missing libxcb-cursor.so.0, libxkbcommon-x11.so.0)" in message
    assert "apt-get install libxcb-cursor0 libxkbcommon-x11-0 (" in message


def _can_hide_a_library(library: Path, tmp_path: Path) -> bool:
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        return False
    probe = _hiding(library, tmp_path / "probe", f"test ! -e {library}")
    return subprocess.run(probe, capture_output=True, check=False).returncode == 0


def _hiding(library: Path, work: Path, command: str) -> list[str]:
    """A command run where ``library`` is absent: an overlay with a whiteout, in its own mounts."""
    upper, scratch = work / "upper", work / "work"
    upper.mkdir(parents=True)
    scratch.mkdir()
    folder = library.parent
    script = (
        f"set -e; mknod {upper / library.name} c 0 0; "
        f"mount -t overlay overlay -o lowerdir={folder},upperdir={upper},workdir={scratch} "
        f"{folder}; {command}"
    )
    return ["unshare", "--mount", "--propagation", "private", "sh", "-c", script]


@linux_only
def test_a_truly_missing_library_is_named_with_its_package(tmp_path: Path):
    """libxcb-cursor0 really absent (hidden by an overlay in a private mount namespace)."""
    plugin = qt_platform.xcb_plugin()
    if plugin is None or shutil.which("ldd") is None:
        pytest.skip("needs PySide6's xcb plugin and ldd")
    found = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=False)
    line = next((x for x in found.stdout.splitlines() if "libxcb-cursor.so.0 =>" in x), "")
    if "/" not in line:
        pytest.skip("libxcb-cursor0 is not installed here")
    library = Path(line.split("=>")[1].split("(")[0].strip())
    if not _can_hide_a_library(library, tmp_path):
        pytest.skip("hiding a library needs root, unshare and overlayfs")
    command = " ".join([*wocdesk(), "2>", str(tmp_path / "err")])
    result = run(
        _hiding(library, tmp_path / "run", command + " || echo $? > " + str(tmp_path / "code")),
        xcb_environment(os.environ.get("DISPLAY") or ":0"),
    )
    assert result.returncode == 0, result.stderr
    stderr = (tmp_path / "err").read_text()
    assert (tmp_path / "code").read_text().strip() == "2"
    assert stderr.count("\n") == 1
    assert "missing libxcb-cursor.so.0" in stderr and "apt-get install libxcb-cursor0" in stderr
    assert "display" not in stderr.split(";")[0]
