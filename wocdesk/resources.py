"""Find the bundled resources and deck outlines, in a source checkout or an installed wheel."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def _data_root(name: str) -> Path:
    installed = _PACKAGE_DIR / "_data" / name
    if installed.is_dir():
        return installed
    checkout = _PACKAGE_DIR.parent / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(
        f"wocdesk's {name}/ folder is missing (looked in {installed} and {checkout})"
    )


def resources_dir() -> Path:
    """The folder holding article data, message catalogs, fonts and icons."""
    return _data_root("resources")


def slides_dir() -> Path:
    """The folder holding the bundled deck outlines."""
    return _data_root("slides")


def resource(*parts: str) -> Path:
    """The path of one file under ``resources/``."""
    return resources_dir().joinpath(*parts)


def bundled_article_path() -> Path:
    """The bundled article file."""
    return resource("articles", "frontier-tech-china-practice.toml")


def default_outline_path() -> Path:
    """The default briefing deck outline."""
    return slides_dir() / "briefing.toml"
