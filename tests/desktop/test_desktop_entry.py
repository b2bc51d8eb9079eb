from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from wocdesk.cli.main import main
from wocdesk.desktop.entry import desktop_entry_text, exec_argument, launcher_command
from wocdesk.desktop.identity import APP_ID
from wocdesk.desktop.install import ICON_SIZES, DesktopPaths

needs = {
    tool: pytest.mark.skipif(shutil.which(tool) is None, reason=f"needs {tool}")
    for tool in ("desktop-file-validate", "gio", "update-mime-database", "appstreamcli")
}


@pytest.fixture
def data_home(tmp_path, monkeypatch) -> Path:  # type: ignore[no-untyped-def]
    home = tmp_path / "data"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


def _entry(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if "=" in line)


def _unquote_exec(value: str) -> list[str]:
    """The arguments of an Exec value, undoing the string escape, quoting and %% (the spec)."""
    unescaped = value.replace("\\\\", "\\")
    arguments: list[str] = []
    current: list[str] | None = None
    quoted = False
    chars = iter(unescaped)
    for char in chars:
        if quoted:
            if char == "\\":
                char = next(chars)
                assert char in '"`$\\', f"{char!r} may not be escaped"
            elif char == '"':
                quoted = False
                continue
            current = [*(current or []), char]
        elif char == '"':
            quoted, current = True, current or []
        elif char == " ":
            if current is not None:
                arguments.append("".join(current))
            current = None
        else:
            current = [*(current or []), char]
    if current is not None:
        arguments.append("".join(current))
    return [part.replace("%%", "%") for part in arguments]


def test_install_writes_every_file_and_says_so_line_by_line(data_home, capsys):
    assert main(["desktop-entry", "install"]) == 0
    out = capsys.readouterr().out.splitlines()
    paths = DesktopPaths(data_home)
    for path in paths.all_files():
        assert path.is_file(), path
        assert f"wrote {path}" in out
    assert len([line for line in out if line.startswith("wrote ")]) == len(paths.all_files())
    for size in ICON_SIZES:
        png = data_home / f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "<svg" in (data_home / f"icons/hicolor/scalable/apps/{APP_ID}.svg").read_text()
    metainfo = (data_home / f"metainfo/{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    assert "@VERSION@" not in metainfo and "<launchable" in metainfo


def test_the_entry_names_wocdesk_in_both_languages_and_what_it_opens(data_home):
    assert main(["desktop-entry", "install"]) == 0
    entry = _entry(data_home / "applications" / f"{APP_ID}.desktop")
    assert entry["Name"] == "wocdesk" and "双语" in entry["Name[zh_CN]"]
    assert entry["Comment"] and "，" in entry["Comment[zh_CN]"]
    assert entry["Icon"] == APP_ID and entry["Type"] == "Application"
    mime = entry["MimeType"].split(";")
    for kind in (
        "application/x-wocdesk-article+toml",
        "application/toml",
        "text/plain",
        "text/html",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ):
        assert kind in mime
    arguments = _unquote_exec(entry["Exec"])
    assert arguments[-1] == "%F"
    assert arguments[:-1] == launcher_command()
    assert Path(arguments[0]).is_absolute()


def test_the_exec_line_runs_this_wocdesk(data_home):
    assert main(["desktop-entry", "install"]) == 0
    entry = _entry(data_home / "applications" / f"{APP_ID}.desktop")
    command = _unquote_exec(entry["Exec"])[:-1]
    result = subprocess.run([*command, "--version"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stdout.startswith("wocdesk ")


@needs["desktop-file-validate"]
def test_the_entry_passes_desktop_file_validate(data_home):
    assert main(["desktop-entry", "install"]) == 0
    result = subprocess.run(
        ["desktop-file-validate", str(data_home / "applications" / f"{APP_ID}.desktop")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout


@pytest.mark.parametrize(
    "path", ["/opt/my apps/wocdesk", '/home/a/it\'s "q" $HOME/`x`\\y/100%/wocdesk', "/usr/bin/w"]
)
def test_exec_arguments_are_quoted_as_the_specification_says(path):
    assert _unquote_exec(exec_argument(path)) == [path]


def test_a_path_with_a_line_break_is_refused():
    from wocdesk.errors import WocdeskError

    with pytest.raises(WocdeskError, match="control characters"):
        exec_argument("/tmp/a\nb/wocdesk")


@needs["desktop-file-validate"]
def test_an_odd_install_path_still_validates(tmp_path):
    entry = tmp_path / "wocdesk.desktop"
    entry.write_text(desktop_entry_text(["/opt/my apps/it's $x/wocdesk"]), encoding="utf-8")
    result = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


@needs["gio"]
def test_gio_launches_the_entry_with_the_file(tmp_path):
    """The desktop's own launcher runs the Exec line: the program gets the file's path."""
    folder = tmp_path / "odd dir $x"
    folder.mkdir()
    record = tmp_path / "argv.txt"
    program = folder / "fake wocdesk"
    body = f"import sys\nopen({str(record)!r}, 'w').write('\\n'.join(sys.argv[1:]))\n"
    program.write_text(f"#!{sys.executable}\n{body}")
    program.chmod(0o755)
    entry = tmp_path / "wocdesk.desktop"
    entry.write_text(desktop_entry_text([str(program)]), encoding="utf-8")
    article = tmp_path / "my article.toml"
    article.write_text("format = 1\n", encoding="utf-8")
    subprocess.run(["gio", "launch", str(entry), str(article)], timeout=60, check=True)
    for _ in range(100):
        if record.exists() and record.read_text():
            break
        subprocess.run(["sleep", "0.1"])
    assert record.read_text().splitlines() == [str(article)]


def test_remove_takes_away_exactly_what_install_wrote(data_home, capsys):
    other = data_home / "applications" / "someone-else.desktop"
    other.parent.mkdir(parents=True)
    other.write_text("[Desktop Entry]\n")
    assert main(["desktop-entry", "install"]) == 0
    capsys.readouterr()
    assert main(["desktop-entry", "remove"]) == 0
    out = capsys.readouterr().out.splitlines()
    for path in DesktopPaths(data_home).all_files():
        assert not path.exists()
        assert f"removed {path}" in out
    assert other.exists()
    assert main(["desktop-entry", "remove"]) == 0
    assert "nothing to remove" in capsys.readouterr().out


def test_missing_cache_tools_are_no_failure(data_home, monkeypatch, capsys):
    monkeypatch.setenv("PATH", str(data_home / "empty-bin"))
    assert main(["desktop-entry", "install"]) == 0
    assert "ran " not in capsys.readouterr().out
    assert (data_home / "applications" / f"{APP_ID}.desktop").is_file()


@pytest.mark.parametrize(("platform", "name"), [("win32", "Windows"), ("darwin", "macOS")])
def test_windows_and_macos_say_what_is_not_done(data_home, monkeypatch, capsys, platform, name):
    monkeypatch.setattr(sys, "platform", platform)
    for action in ("install", "remove"):
        assert main(["desktop-entry", action]) == 2
        err = capsys.readouterr().err.strip()
        assert len(err.splitlines()) == 1 and name in err and "nothing was installed" in err
    assert not data_home.exists()


def test_an_unwritable_data_folder_is_one_line_and_exit_2(tmp_path, monkeypatch, capsys):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocked))
    assert main(["desktop-entry", "install"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and str(blocked) in err and "Traceback" not in err


def test_a_bad_action_is_one_line(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["desktop-entry", "frobnicate"])
    assert stop.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


@needs["gio"]
@needs["update-mime-database"]
def test_an_article_without_its_ending_is_known_by_its_content(data_home, tmp_path):
    from wocdesk.resources import bundled_article_path

    assert main(["desktop-entry", "install"]) == 0
    copy = tmp_path / "article"
    copy.write_bytes(bundled_article_path().read_bytes())
    plain = tmp_path / "settings.toml"
    plain.write_text("[tool]\nname = 'x'\n")
    env = {**os.environ, "XDG_DATA_HOME": str(data_home)}

    def kind(path: Path) -> str:
        out = subprocess.run(
            ["gio", "info", "-a", "standard::content-type", str(path)],
            capture_output=True,
            text=True,
            env=env,
        ).stdout
        return out.rsplit(":", 1)[-1].strip()

    assert kind(copy) == "application/x-wocdesk-article+toml"
    assert kind(plain) == "application/toml"


def test_every_installed_name_is_the_reverse_dns_application_id(data_home):
    import xml.etree.ElementTree as ET

    assert APP_ID.count(".") >= 2 and APP_ID.lower() == APP_ID
    assert main(["desktop-entry", "install"]) == 0
    paths = DesktopPaths(data_home)
    root = ET.parse(paths.metainfo).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == paths.desktop_file.name == f"{APP_ID}.desktop"
    assert root.findtext("icon") == _entry(paths.desktop_file)["Icon"] == APP_ID
    assert paths.metainfo.name == f"{APP_ID}.metainfo.xml"
    assert paths.mime_package.name == f"{APP_ID}.xml"
    assert all(target.stem == APP_ID for _source, target in paths.icons())


@needs["appstreamcli"]
def test_the_installed_metainfo_passes_appstream_validation(data_home):
    assert main(["desktop-entry", "install"]) == 0
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(DesktopPaths(data_home).metainfo)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "cid-desktopapp-is-not-rdns" not in result.stdout


def _install_former_version(data_home: Path) -> list[Path]:
    """The files an earlier wocdesk installed, all named ``wocdesk.*``."""
    former = DesktopPaths(data_home, "wocdesk").all_files()
    for path in former:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("from an earlier version\n")
    assert any(p.name == "wocdesk.desktop" for p in former)
    return former


def test_install_over_an_earlier_version_leaves_one_launcher(data_home, capsys):
    former = _install_former_version(data_home)
    assert main(["desktop-entry", "install"]) == 0
    out = capsys.readouterr().out.splitlines()
    for path in former:
        assert not path.exists() and f"removed {path}" in out
    launchers = sorted(p.name for p in (data_home / "applications").glob("*.desktop"))
    assert launchers == [f"{APP_ID}.desktop"]


def test_remove_also_takes_away_an_earlier_versions_files(data_home, capsys):
    former = _install_former_version(data_home)
    assert main(["desktop-entry", "remove"]) == 0
    out = capsys.readouterr().out.splitlines()
    for path in former:
        assert not path.exists() and f"removed {path}" in out
    assert "nothing to remove" not in "\n".join(out)
