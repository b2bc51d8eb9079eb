"""Speaker notes: our talking points (marked as ours), then the source passages verbatim."""

from __future__ import annotations

from wocdesk.content.notes import only_in_note_written_in
from wocdesk.deck.context import Ctx, Draft
from wocdesk.deck.errors import DeckError
from wocdesk.deck.layout.compose import clean, slide_text
from wocdesk.deck.outlines.outline import SlideSpec
from wocdesk.model import Article, DisplayMode, Lang
from wocdesk.model.text import LANGS

BULLET = "• "


def notes_languages(mode: DisplayMode, notes: str | None) -> tuple[Lang, ...]:
    """The languages of the speaker notes: ``zh``, ``en``, ``both`` or the deck's own."""
    if notes is None or notes == "":
        return mode.languages
    choice = notes.strip().lower()
    if choice == "both":
        return (
            mode.languages
            if mode.is_bilingual
            else (mode.leading, *(x for x in LANGS if x != mode.leading))
        )
    if choice in LANGS:
        return (choice,)  # type: ignore[return-value]
    raise DeckError(f"--notes: unknown choice {notes!r} (choose zh, en or both)")


def notes_text(article: Article, passage_ids: tuple[str, ...], langs: tuple[Lang, ...]) -> str:
    """The source paragraphs verbatim, one per line, in each notes language."""
    lines: list[str] = []
    for pid in passage_ids:
        text = article.passage(pid).text
        for lang in langs:
            value = text.get(lang)
            if value is not None:
                lines.append(clean(value))
            elif len(langs) == 1 and text.languages:
                present = text.languages[0]
                lines.append(only_in_note_written_in(present, lang))
                lines.append(clean(text.get(present) or ""))
    return "\n".join(lines)


def default_notes(spec: SlideSpec, article: Article) -> tuple[str, ...]:
    """The passages a slide draws on, when its outline entry names no notes."""
    keys = spec.keys
    ids: list[str] = []
    for hid in [*keys.get("highlights", []), keys.get("highlight")]:
        if isinstance(hid, str):
            ids.append(article.highlight(hid).passage_id)
    for key in ("chart", "ranking", "table", "figure"):
        if isinstance(keys.get(key), str):
            ids.append(article.figure(keys[key]).passage_id)
    quote = keys.get("quote")
    if isinstance(quote, dict) and isinstance(quote.get("passage"), str):
        ids.append(quote["passage"])
    ids.extend(p for p in keys.get("passages", []) if isinstance(p, str))
    if spec.kind == "title":
        first = next(iter(article.passages()), None)
        if first is not None:
            ids.append(first.id)
    return tuple(dict.fromkeys(ids))


def slide_notes(ctx: Ctx, draft: Draft, first: bool, own: str = "") -> str:
    """Our talking points under a marked heading, then the slide's source passages verbatim.

    A continuation slide says it continues the previous one instead of repeating its passages;
    ``own`` is the passages a kind chose for this page (they replace the outline entry's).
    """
    langs = ctx.notes_langs
    lines: list[str] = []
    points = list(draft.points)
    if not first:
        points.insert(0, ctx.label("continues"))
    if points:
        for lang in langs:
            lines.append(ctx.label("points").best(lang))
            lines.extend(BULLET + slide_text(p.best(lang), lang) for p in points if p.best(lang))
    if first or own:
        spec = ctx.spec
        ids = spec.notes if spec.notes is not None else default_notes(spec, ctx.article)
        passages = own or notes_text(ctx.article, ids, langs)
        if passages:
            if lines:
                lines.append(" / ".join(ctx.label("passages").best(lang) for lang in langs))
            lines.append(passages)
    return "\n".join(lines)
