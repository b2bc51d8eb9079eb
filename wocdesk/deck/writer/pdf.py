"""Convert a written .pptx to PDF with LibreOffice (headless), atomically, when it is installed."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from wocdesk.content.files import write_atomically
from wocdesk.deck.errors import DeckError

TIMEOUT_S = 180


def find_soffice() -> str | None:
    """The LibreOffice program, or None when LibreOffice is not installed."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    return None


def convert_to_pdf(pptx: Path, pdf: Path | None = None) -> Path:
    """Write ``pdf`` (default: beside ``pptx``) from ``pptx``; raise a one-line error on failure."""
    program = find_soffice()
    target = pdf or pptx.with_suffix(".pdf")
    if program is None:
        raise DeckError(
            f"--pdf: LibreOffice is not installed (no soffice found), so no PDF was written; "
            f"{pptx} was written"
        )
    with tempfile.TemporaryDirectory(prefix="wocdesk-pdf-") as work:
        profile = Path(work, "profile").as_uri()
        command = [
            program,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            work,
            str(pptx),
        ]
        # soffice starts soffice.bin as a child: run it in its own session so that a timeout
        # ends the whole group, not just the launcher.
        process = subprocess.Popen(
            command,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env={**os.environ, "SAL_USE_VCLPLUGIN": "svp"},
            start_new_session=True,
        )
        try:
            process.wait(timeout=TIMEOUT_S)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            raise DeckError(f"{target}: LibreOffice took too long to convert the deck") from None
        produced = Path(work, pptx.with_suffix(".pdf").name)
        if not produced.is_file():
            raise DeckError(f"{target}: LibreOffice did not convert {pptx} to PDF")

        def copy(temporary: Path) -> None:
            shutil.copyfile(produced, temporary)

        return write_atomically(target, copy)
