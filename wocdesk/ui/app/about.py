"""The About dialog: what wocdesk shows, with the event's date formatted for the interface."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QMessageBox, QWidget

from wocdesk.i18n import _, format_date, interface_language
from wocdesk.model.article import Article
from wocdesk.ui.app.plain_text import literal_markup


def about_text(article: Article) -> str:
    """The About text in the interface language (the date formatted by Babel)."""
    event = article.event
    lang = interface_language()
    date = format_date(event.date, lang) if event.date else ""
    return _("wocdesk shows “{title}”, reported from the event of {date} in {place}.").format(
        title=article.title.best(lang), date=date, place=event.place.best(lang)
    )


def show_about(parent: QWidget, article: Article) -> None:
    """Show the About dialog."""
    QMessageBox.about(
        parent, _("About wocdesk"), literal_markup(about_text(article)) + credit_markup()
    )


def credit_markup() -> str:
    """The dictionary's credit (CC-CEDICT, CC BY-SA 4.0) with a link to its licence."""
    from wocdesk.study.credit import DICTIONARY_CREDIT, DICTIONARY_LICENCE_URL

    url = html.escape(DICTIONARY_LICENCE_URL)
    link = f'<a href="{url}">{url}</a>'
    return "<p>" + html.escape(_(DICTIONARY_CREDIT)).format(url=link) + "</p>"
