"""Inputs: only regular files are read; pipes, devices, sockets and folders are refused at once."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import wocdesk
from wocdesk.content.files import read_input, read_utf8
from wocdesk.errors import ArticleError, WocdeskError

ROOT = Path(__file__).resolve().parents[2]


def _error(message: str, line: int | None) -> WocdeskError:
    return WocdeskError(f"{message}|{line}")


def _returns_within(seconds: float, call) -> BaseException | None:  # type: ignore[no-untyped-def]
    """Run ``call`` in a thread; fail the test when it blocks (a pipe opened for reading)."""
    outcome: list[BaseException | None] = []

    def target() -> None:
        try:
            call()
            outcome.append(None)
        except BaseException as exc:  # the error is the outcome
            outcome.append(exc)

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "reading blocked"
    return outcome[0]


def test_a_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    pipe = tmp_path / "article.toml"
    os.mkfifo(pipe)
    error = _returns_within(5, lambda: wocdesk.load_article(pipe))
    assert isinstance(error, ArticleError)
    assert str(error) == f"{pipe}: is a named pipe (FIFO), not an article file"


def test_a_device_is_refused_before_reading(tmp_path: Path) -> None:
    error = _returns_within(5, lambda: wocdesk.load_article("/dev/zero"))
    assert isinstance(error, ArticleError)
    assert "/dev/zero: is a device, not an article file" in str(error)


def test_a_socket_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.toml"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(path))
        with pytest.raises(ArticleError, match="is a socket"):
            wocdesk.load_article(path)
    finally:
        server.close()


def test_a_link_to_a_regular_file_is_read(tmp_path: Path) -> None:
    link = tmp_path / "link.toml"
    link.symlink_to(wocdesk.resources.bundled_article_path())  # type: ignore[attr-defined]
    assert wocdesk.load_article(link).id == "frontier-tech-china-practice"


def test_a_file_over_the_limit_is_refused_naming_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * (3 * 1024 * 1024))
    with pytest.raises(WocdeskError, match=r"is larger than 2 MB, the most wocdesk reads"):
        read_input(path, "a text", _error, limit=2 * 1024 * 1024)
    assert read_input(path, "a text", _error, limit=4 * 1024 * 1024) == b"x" * (3 * 1024 * 1024)


def test_a_file_that_says_it_is_empty_but_is_not_is_capped() -> None:
    """/proc files report size 0 and may be long: the cap holds while reading too."""
    status = Path("/proc/self/status")
    if not status.exists():
        pytest.skip("no /proc")
    with pytest.raises(WocdeskError, match="is larger than"):
        read_input(status, "a text", _error, limit=16)


def test_read_utf8_keeps_its_line_of_the_first_bad_byte(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("一\n二\n\xff".encode("latin-1", "replace").replace(b"?", b"") + b"\xff")
    with pytest.raises(WocdeskError) as info:
        read_utf8(path, "a text", _error)
    assert str(info.value).startswith("is not UTF-8 text|")


@pytest.mark.parametrize(
    "args",
    [
        ["text", "--article", "{pipe}.toml"],
        ["text", "--article", "{pipe}.txt"],
        ["import", "{pipe}.txt", "-o", "{tmp}/out.toml"],
        ["export", "--article", "{pipe}.toml", "-o", "{tmp}/deck.pptx"],
        ["export", "--outline", "{pipe}.toml", "-o", "{tmp}/deck.pptx"],
        ["export", "--template", "{pipe}.pptx", "-o", "{tmp}/deck.pptx"],
        ["present", "--outline", "{pipe}.toml", "--screenshot", "{tmp}/s.png"],
        ["--article", "{pipe}.toml", "present", "--screenshot", "{tmp}/s.png"],
        ["text", "--article", "/dev/zero"],
    ],
)
def test_every_command_refuses_a_pipe_in_one_line(tmp_path: Path, args: list[str]) -> None:
    for suffix in (".toml", ".txt", ".pptx"):
        os.mkfifo(tmp_path / f"pipe{suffix}")
    argv = [a.format(pipe=tmp_path / "pipe", tmp=tmp_path) for a in args]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-m", "wocdesk", *argv],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert any(
        words in result.stderr for words in ("named pipe", "is a device", "not a regular file")
    )
