"""Ten articles of every kind a reader drops on the window, made from the bundled article."""

from __future__ import annotations

from pathlib import Path

from tests.chapter_text import chapter_text
from tests.library.conftest import WECHAT_PAGE, make_docx


def seed_variant(seed_text: str, number: int) -> str:
    """The published post with another title line and one paragraph pair fewer."""
    lines = seed_text.splitlines()
    title = next(i for i, line in enumerate(lines) if line.strip())
    lines[title] = f"{lines[title].strip()} (variant {number})"
    return "\n".join(lines[: len(lines) - 6 * number] if number else lines) + "\n"


def toml_article(text: str, name: str) -> str:
    """A raw text turned into the article TOML wocdesk writes."""
    from wocdesk.content.article_file.article_toml import article_toml
    from wocdesk.content.importing.importer import import_text

    return article_toml(import_text(text, name, name))


def make_ten(folder: Path, seed_text: str) -> list[Path]:
    """Ten files: four raw texts, two article TOML files, two Word files, two web pages."""
    folder.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []

    def text(name: str, content: str) -> None:
        path = folder / name
        path.write_text(content, encoding="utf-8")
        files.append(path)

    text("post.txt", seed_text)
    text("post-variant-1.txt", seed_variant(seed_text, 1))
    text("chapters-3.txt", chapter_text(3, 4))
    text("chapters-5.txt", chapter_text(5, 3))
    text("article.toml", toml_article(seed_variant(seed_text, 2), "toml-one"))
    text("chapters.toml", toml_article(chapter_text(4, 2), "toml-two"))
    files.append(make_docx(folder / "report.docx"))
    files.append(make_docx(folder / "report-with-picture.docx", picture=True))
    text("wechat-post.html", WECHAT_PAGE)
    text(
        "other-page.html",
        WECHAT_PAGE.replace("专利与创新的故事", "能力建设的故事").replace(
            "The WIPO Office in China held an event.",
            "The WIPO Office in China held a capacity-building event.",
        ),
    )
    return files
