"""Read a PDF's text back with poppler's pdftotext, and compare it with the article's."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler-utils (pdftotext)"
)
_HAN = re.compile(r"[\u3400-\u9fff]")
_WORD = re.compile(r"[A-Za-z0-9]+")


def pdf_text(path: Path, *options: str) -> str:
    """The text of ``path`` as pdftotext reads it."""
    result = subprocess.run(
        ["pdftotext", *options, str(path), "-"], capture_output=True, text=True, check=True
    )
    return result.stdout


def pdf_pages(path: Path) -> int:
    """The page count pdfinfo reports."""
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.M).group(1))  # type: ignore[union-attr]


def han(texts: Iterable[str]) -> list[str]:
    """The Chinese characters of ``texts``, in order."""
    return [c for text in texts for c in _HAN.findall(text)]


def words(texts: Iterable[str]) -> list[str]:
    """The Latin words and numbers of ``texts``, in order."""
    return [w for text in texts for w in _WORD.findall(text)]


def missing_from(expected: list[str], found: list[str]) -> list[str]:
    """Where ``expected`` stops being a subsequence of ``found``: [] when all of it is there.

    Other text (the other column, headings, the running header) may come in between, but every
    expected token must appear, in order.
    """
    stream: Iterator[str] = iter(found)
    for index, token in enumerate(expected):
        if not any(token == other for other in stream):
            return expected[index : index + 12]
    return []
