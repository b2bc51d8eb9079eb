"""Write an outline as editable TOML in the documented format (``slides/README.md``)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from wocdesk.briefing.toml_text import bitext_table, document
from wocdesk.deck.outlines.outline import Outline
from wocdesk.deck.outlines.schema import SUPPORTED_FORMAT
from wocdesk.model import Article, BiText

EDIT_HINT = [
    "Edit it and export with: wocdesk export --article ARTICLE --outline THIS-FILE.toml",
    "The format is described in slides/README.md (in the wocdesk sources). Titles are shown as",
    'written here; slide bodies come from the article: { passage = "id" } shows the opening',
    'sentence of a passage (sentence = 2 the second), { point = "id" } a key point you marked.',
]


def outline_data(outline: Outline) -> dict[str, Any]:
    """The outline as TOML data (what ``outlines.outline.outline_from_data`` reads)."""
    data: dict[str, Any] = {
        "format": SUPPORTED_FORMAT,
        "name": outline.name,
        "title": bitext_table(outline.title),
    }
    if outline.labels:
        data["labels"] = {key: bitext_table(value) for key, value in outline.labels.items()}
    slides = []
    for spec in outline.slides:
        slide: dict[str, Any] = {"kind": spec.kind}
        if spec.title is not None:
            slide["title"] = bitext_table(spec.title)
        slide.update({key: _plain(value) for key, value in spec.keys.items()})
        if spec.notes is not None:
            slide["notes"] = list(spec.notes)
        slides.append(slide)
    data["slides"] = slides
    return data


def outline_toml(outline: Outline, article: Article | None = None) -> str:
    """The TOML text of ``outline`` with a header saying what it is and how to use it."""
    comments = []
    if article is not None:
        title = article.title.best("en") or article.title.best("zh")
        where = Path(article.path).name if article.path else article.id
        comments.append(f"The deck outline of “{title}” ({where}),")
        comments.append("written by `wocdesk outline`.")
    return document(outline_data(outline), [*comments, *EDIT_HINT])


def write_outline(outline: Outline, path: str | Path, article: Article | None = None) -> Path:
    """Write ``outline`` to ``path`` atomically (an existing file is replaced only when done)."""
    from wocdesk.content.files import write_text_atomically

    return write_text_atomically(Path(path), outline_toml(outline, article))


def _plain(value: Any) -> Any:
    """Tuples as lists and ``BiText`` as tables, recursively, for the TOML writer."""
    if isinstance(value, BiText):
        return bitext_table(value)
    if isinstance(value, Mapping):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value
