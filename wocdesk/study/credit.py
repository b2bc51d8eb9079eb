"""The credit and licence the dictionary's data asks for, for the About box and the README."""

from __future__ import annotations

from wocdesk.i18n import N_

DICTIONARY_LICENCE_URL = "https://creativecommons.org/licenses/by-sa/4.0/"
DICTIONARY_SOURCE_URL = "https://www.mdbg.net/chinese/dictionary?page=cc-cedict"

# Shown translated at display time: _(DICTIONARY_CREDIT).format(url=DICTIONARY_LICENCE_URL)
DICTIONARY_CREDIT = N_(
    "Chinese–English definitions: CC-CEDICT, published by MDBG, licensed under Creative Commons "
    "Attribution-ShareAlike 4.0 ({url})."
)
