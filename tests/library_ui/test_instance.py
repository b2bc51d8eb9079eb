"""One window per library: a second wocdesk hands its file or article to the running one."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from wocdesk.library.store import Library
from wocdesk.ui.library.instance import (
    InstanceServer,
    hand_over,
    instance_name,
    make_request,
    parse_request,
)
from wocdesk.ui.library.launching import serve

ROOT = Path(__file__).resolve().parents[2]


def wocdesk_process(*args: str) -> subprocess.Popen[str]:
    """``wocdesk ARGS`` as a process of its own (this test's library and settings)."""
    return subprocess.Popen(
        [sys.executable, "-m", "wocdesk", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
    )


def finish(qtbot: Any, process: subprocess.Popen[str], timeout: int = 60_000) -> int:
    """Wait for ``process`` while this window's event loop runs (it may have to answer)."""
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=timeout)
    return int(process.returncode)


def test_the_socket_name_is_the_user_s_and_the_library_s(tmp_path: Path) -> None:
    one = instance_name(tmp_path / "a.sqlite3")
    assert one == instance_name(tmp_path / "a.sqlite3")
    assert one != instance_name(tmp_path / "b.sqlite3")
    assert str(os.getuid()) in one and "/" not in one


def test_a_second_wocdesk_hands_its_file_to_the_running_window(
    make_library_window, library: Library, ten_files: list[Path], qtbot, tmp_path: Path
) -> None:
    window = make_library_window()
    server = serve(window.library)
    assert server is not None and server.is_listening()
    before = time.perf_counter()
    second = wocdesk_process("--article", str(ten_files[3]))
    assert finish(qtbot, second) == 0, second.stderr.read()
    assert time.perf_counter() - before < 60
    qtbot.waitUntil(lambda: window.library.places.current_id == 2, timeout=30_000)
    assert library.summary(2).file_name == ten_files[3].name
    assert window.state.article.title == library.summary(2).title
    assert len(library.list_articles()) == 2  # not a second window's import too


def test_a_second_wocdesk_hands_a_library_id_and_a_mode(
    make_library_window, library: Library, ten_files: list[Path], qtbot
) -> None:
    other = library.import_file(ten_files[6]).article_id
    window = make_library_window()
    serve(window.library)
    second = wocdesk_process("--article", str(other), "--lang", "zh-en")
    assert finish(qtbot, second) == 0
    assert window.library.places.current_id == other
    assert window.mode.value == "zh-en"


def test_wocdesk_library_shows_the_library_in_the_running_window(
    make_library_window, qtbot
) -> None:
    window = make_library_window()
    serve(window.library)
    assert not window.library.dock.isVisible()
    assert finish(qtbot, wocdesk_process("--library")) == 0
    assert window.library.dock.isVisible()


def test_a_screenshot_run_neither_talks_to_nor_replaces_the_window(
    make_library_window, qtbot, tmp_path: Path
) -> None:
    window = make_library_window()
    server = serve(window.library)
    assert server is not None
    received: list[dict[str, Any]] = []
    server.request_received.connect(received.append)
    target = tmp_path / "shot.png"
    shot = wocdesk_process("--screenshot", str(target), "--article", "1")
    assert finish(qtbot, shot) == 0, shot.stderr.read()
    qtbot.wait(50)
    assert target.stat().st_size > 10_000
    assert received == [] and server.is_listening()


def test_a_stale_socket_from_a_crashed_window_is_replaced(qtbot, tmp_path: Path) -> None:
    name = instance_name(tmp_path / "crashed.sqlite3")
    crashed = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys\n"
            "from PySide6.QtCore import QCoreApplication\n"
            "from PySide6.QtNetwork import QLocalServer\n"
            "app = QCoreApplication([])\n"
            "server = QLocalServer()\n"
            f"assert server.listen({name!r})\n"
            "print(server.fullServerName(), flush=True)\n"
            "app.exec()\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert crashed.stdout is not None
    socket_file = Path(crashed.stdout.readline().strip())
    crashed.send_signal(signal.SIGKILL)
    crashed.wait()
    assert socket_file.exists()  # left behind
    started = time.perf_counter()
    assert not hand_over(name, make_request())  # nobody answers
    assert time.perf_counter() - started < 1.0
    server = InstanceServer(name)
    assert server.listen()
    try:
        assert server.is_listening()
        rival = InstanceServer(name)
        assert not rival.listen()  # a live window is never replaced
    finally:
        server.close()


def test_requests_are_checked() -> None:
    assert parse_request(b'{"wocdesk": 1, "article": "#3"}') == {"wocdesk": 1, "article": "#3"}
    assert parse_request(b"rm -rf /") is None
    assert parse_request(b'{"wocdesk": 2}') is None
    assert parse_request(b'{"wocdesk": 1, "article": 3}') is None
    assert parse_request(b"\xff\xfe") is None


def test_a_relative_file_is_sent_as_an_absolute_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert make_request("post.txt")["article"] == str(tmp_path / "post.txt")
    assert make_request("#3")["article"] == "#3"


def wait_listening(name: str, timeout: float = 60.0) -> None:
    from PySide6.QtNetwork import QLocalSocket

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        probe = QLocalSocket()
        probe.connectToServer(name)
        if probe.waitForConnected(200):
            probe.disconnectFromServer()
            return
        time.sleep(0.1)
    raise AssertionError(f"no window listening on {name}")


def test_two_wocdesk_processes_one_window(
    private_library: Path, ten_files: list[Path], tmp_path: Path
) -> None:
    first = wocdesk_process()
    try:
        wait_listening(instance_name(private_library))
        second = wocdesk_process("--article", str(ten_files[8]))
        assert second.wait(60) == 0, second.stderr.read() if second.stderr else ""
        deadline = time.monotonic() + 60
        with Library.open(private_library) as library:
            while time.monotonic() < deadline:
                recent = library.recent(1)
                if recent and recent[0].file_name == ten_files[8].name:
                    break
                time.sleep(0.1)
            assert [a.file_name for a in library.list_articles()][1:] == [ten_files[8].name]
            assert library.recent(1)[0].file_name == ten_files[8].name  # the first opened it
        assert first.poll() is None  # still running: the second did not replace it
    finally:
        first.terminate()
        first.wait(30)


def test_wocdesk_file_as_a_launcher_runs_it_hands_the_file_over(
    make_library_window, library: Library, ten_files: list[Path], qtbot
) -> None:
    window = make_library_window()
    serve(window.library)
    second = wocdesk_process(str(ten_files[6]))  # "Open with wocdesk": the file alone
    assert finish(qtbot, second) == 0, second.stderr.read() if second.stderr else ""
    qtbot.waitUntil(lambda: window.library.places.current_id == 2, timeout=30_000)
    assert library.summary(2).file_name == ten_files[6].name


def test_a_close_the_window_refuses_keeps_it_listening(make_library_window, qtbot) -> None:
    from PySide6.QtCore import QEvent, QObject

    class Refuse(QObject):  # as a question about unsaved edits, cancelled
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Close:
                event.ignore()
                return True
            return False

    window = make_library_window()
    server = serve(window.library)
    assert server is not None
    refuse = Refuse(window)
    window.installEventFilter(refuse)
    window.removeEventFilter(window.library)
    window.installEventFilter(window.library)  # the library's filter first, as in the window
    window.close()
    assert window.isVisible() and server.is_listening()
    window.removeEventFilter(refuse)
    window.close()
    assert not window.isVisible() and not server.is_listening()
