"""The About dialog: wocdesk's version and the article shown, its date as the interface has it."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QMessageBox, QWidget

from wocdesk import __version__
from wocdesk.i18n import _, format_date, interface_language
from wocdesk.model.article import Article
from wocdesk.ui.app.plain_text import literal_markup


def about_text(article: Article) -> str:
    """The About text in the interface language: the version, then the article (its date by Babel).

    An article without an event (an imported text) is named by its title alone.
    """
    event = article.event
    lang = interface_language()
    title = article.title.best(lang)
    version = _("wocdesk {version}").format(version=__version__)
    place = event.place.best(lang)
    if event.date and place:
        date = format_date(event.date, lang)
        shows = _("wocdesk shows “{title}”, reported from the event of {date} in {place}.")
        return f"{version}\n\n" + shows.format(title=title, date=date, place=place)
    return f"{version}\n\n" + _("wocdesk shows “{title}”.").format(title=title)


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
