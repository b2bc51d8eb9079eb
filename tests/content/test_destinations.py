"""Destinations: written through links, never over pipes or devices, no part left behind."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from wocdesk.cli.main import main
from wocdesk.content.destination import (
    DestinationError,
    check_destination,
    remove_stale_parts,
    write_text_atomically,
)

ROOT = Path(__file__).resolve().parents[2]


def _parts(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def test_a_link_is_written_through_to_its_target(tmp_path: Path) -> None:
    real = tmp_path / "elsewhere" / "real.toml"
    real.parent.mkdir()
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.toml"
    link.symlink_to(real)
    written = write_text_atomically(link, "new")
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text(encoding="utf-8") == "new"
    assert written == real
    assert _parts(real.parent) == [] and _parts(tmp_path) == []


def test_a_dangling_link_creates_its_target(tmp_path: Path) -> None:
    link = tmp_path / "link.toml"
    link.symlink_to(tmp_path / "target.toml")
    write_text_atomically(link, "made")
    assert link.is_symlink()
    assert (tmp_path / "target.toml").read_text(encoding="utf-8") == "made"


def test_the_import_command_keeps_a_link(tmp_path: Path, seed_text: str, capsys) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "raw.txt"
    source.write_text(seed_text, encoding="utf-8")
    real = tmp_path / "real.toml"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.toml"
    link.symlink_to(real)
    assert main(["import", str(source), "-o", str(link)]) == 0
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8").startswith("# Imported by wocdesk")


def test_pipes_devices_and_sockets_are_refused_and_kept(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.toml"
    os.mkfifo(pipe)
    with pytest.raises(DestinationError, match=r"pipe.toml: is a named pipe \(FIFO\); wocdesk"):
        check_destination(pipe)
    with pytest.raises(DestinationError, match=r"/dev/null: is a device"):
        check_destination(Path("/dev/null"))
    sock = tmp_path / "s.toml"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(sock))
        with pytest.raises(DestinationError, match="is a socket"):
            write_text_atomically(sock, "x")
        assert sock.is_socket()
    finally:
        server.close()
    link = tmp_path / "null.toml"
    link.symlink_to("/dev/null")
    with pytest.raises(DestinationError, match=r"null.toml: is a device"):
        write_text_atomically(link, "x")
    assert Path("/dev/null").is_char_device() and pipe.is_fifo()


def test_empty_names_are_refused(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(DestinationError, match="the file name is empty"):
        check_destination("")
    source = tmp_path / "raw.txt"
    source.write_text("标题\nTitle\n", encoding="utf-8")
    for args in (
        ["import", str(source), "-o", ""],
        ["export", "-o", ""],
        ["export", "--outline", ""],
    ):
        assert main(args) == 2
        err = capsys.readouterr().err
        assert "the file name is empty" in err and err.count("\n") == 1


def test_stale_parts_of_dead_processes_go_and_live_ones_stay(tmp_path: Path) -> None:
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    dead_pid = int(dead.stdout)
    stale = tmp_path / f".article.toml.{dead_pid}-abcd1234.part"
    live = tmp_path / f".article.toml.{os.getppid()}-abcd1234.part"
    other = tmp_path / ".article.toml.part"
    for path in (stale, live, other):
        path.write_text("x", encoding="utf-8")
    assert remove_stale_parts(tmp_path) == [stale]
    assert not stale.exists() and live.exists() and other.exists()
    stale.write_text("x", encoding="utf-8")
    write_text_atomically(tmp_path / "article.toml", "new")
    assert not stale.exists()


_WRITER = """
import sys, time
from pathlib import Path
from wocdesk.content.destination import install_signal_cleanup, write_atomically
install_signal_cleanup()
def slow(part):
    part.write_text("half", encoding="utf-8")
    print("writing", flush=True)
    time.sleep(60)
write_atomically(Path(sys.argv[1]), slow)
"""


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP])
def test_a_stop_signal_during_a_write_leaves_no_part(tmp_path: Path, stop: int) -> None:
    target = tmp_path / "article.toml"
    target.write_text("precious", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(target)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "writing"
        assert len(_parts(tmp_path)) == 1
        child.send_signal(stop)
        child.wait(timeout=30)
    finally:
        child.kill()
        child.wait()
    assert _parts(tmp_path) == []
    assert target.read_text(encoding="utf-8") == "precious"
    if stop == signal.SIGTERM:
        assert child.returncode == -signal.SIGTERM  # still dies of the signal


def test_odd_names_are_quoted_in_one_line(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    odd = tmp_path / "new\nline.toml"
    assert main(["text", "--article", str(odd)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert repr(str(odd)) in err


def test_no_error_line_is_longer_than_a_few_hundred_characters(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    long_name = tmp_path / ("x" * 200) / ("y" * 200) / "a.toml"
    assert main(["text", "--article", str(long_name)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and len(err) <= 401
