"""One wocdesk window per library: a second ``wocdesk`` hands what it was asked to open over.

The first window listens on a local socket (``QLocalServer``) named for the user and the
library file; a later ``wocdesk FILE`` or ``wocdesk --article ID`` connects to it
(``QLocalSocket``), sends one line of JSON and exits once the window has taken it. A socket
left by a window that crashed answers nobody: it is removed and listened on anew.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

PROTOCOL = 1
CONNECT_MS = 500
REPLY_MS = 5000
MAX_REQUEST = 64 * 1024


def instance_name(library_path: Path) -> str:
    """The socket's name: one per user and library (a private library gets its own)."""
    user = str(os.getuid()) if hasattr(os, "getuid") else getpass.getuser()
    where = str(Path(library_path).expanduser().absolute())
    digest = hashlib.sha256(f"{user}\0{where}".encode()).hexdigest()[:16]
    return f"wocdesk-{user}-{digest}"


def make_request(
    article: str | None = None,
    mode: str | None = None,
    section: str | None = None,
    library: bool = False,
) -> dict[str, Any]:
    """What a second ``wocdesk`` asks: a file (made absolute) or a library id, where to open."""
    from wocdesk.library.resolve import names_library_article

    if article is not None and not names_library_article(article):
        article = str(Path(article).expanduser().absolute())
    return {
        "wocdesk": PROTOCOL,
        "article": article,
        "mode": mode,
        "section": section,
        "library": library,
    }


def hand_over(name: str, request: dict[str, Any], reply_ms: int = REPLY_MS) -> bool:
    """Send ``request`` to the window listening on ``name``; True once it has taken it."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_MS):
        return False
    socket.write((json.dumps(request, ensure_ascii=False) + "\n").encode("utf-8"))
    socket.flush()
    answered = False
    while socket.waitForReadyRead(reply_ms):
        if socket.canReadLine():
            answered = bytes(socket.readLine().data()).strip() == b"ok"
            break
    socket.disconnectFromServer()
    return answered


def parse_request(line: bytes) -> dict[str, Any] | None:
    """A request as sent by :func:`hand_over`, or ``None`` for anything else."""
    try:
        request = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(request, dict) or request.get("wocdesk") != PROTOCOL:
        return None
    for key in ("article", "mode", "section"):
        if request.get(key) is not None and not isinstance(request[key], str):
            return None
    return request


class InstanceServer(QObject):
    """Listens for later ``wocdesk`` runs and emits what each one asks to open."""

    request_received = Signal(dict)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._on_connection)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Listen on the name; a socket nobody answers on (a crashed window's) is replaced.

        False when another window listens already (it started at the same moment).
        """
        probe = QLocalSocket()
        probe.connectToServer(self.name)
        if probe.waitForConnected(CONNECT_MS):
            probe.disconnectFromServer()
            return False
        # Nobody answers: whatever socket file is there was left by a window that crashed.
        # (Qt would move a new socket over a live one's file: the check above comes first.)
        QLocalServer.removeServer(self.name)
        return bool(self.server.listen(self.name))

    def is_listening(self) -> bool:
        """True while listening."""
        return bool(self.server.isListening())

    def close(self) -> None:
        """Stop listening (the socket file goes too)."""
        self.server.close()

    def _on_connection(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._on_ready(s))
            socket.disconnected.connect(lambda s=socket: self._drop(s))

    def _on_ready(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if b"\n" not in data:
            if len(data) > MAX_REQUEST:
                socket.abort()
                self._drop(socket)
            else:
                self._buffers[socket] = data
            return
        line = data.split(b"\n", 1)[0]
        request = parse_request(line)
        socket.write(b"ok\n" if request is not None else b"no\n")
        socket.flush()
        socket.disconnectFromServer()
        if request is not None:
            self.request_received.emit(request)

    def _drop(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()
