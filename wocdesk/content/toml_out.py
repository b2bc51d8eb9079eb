"""Write article data as TOML (the standard library reads TOML but does not write it)."""

from __future__ import annotations

import json

from wocdesk.model.text import BiText


def toml_string(text: str) -> str:
    """``text`` as a TOML basic string (JSON escaping is valid TOML once DEL is escaped too)."""
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007F")


def toml_bitext(text: BiText) -> str:
    """A bilingual text as an inline table with the languages it has."""
    parts = [f"{lang} = {toml_string(value)}" for lang in ("zh", "en") if (value := text.get(lang))]
    return "{ " + ", ".join(parts) + " }"
