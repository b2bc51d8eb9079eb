"""Write outlines and key point files as TOML that people edit (tomli-w formats each value).

Texts are inline ``{ zh, en }`` tables; each slide or point is a ``[[table]]`` of its own.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import tomli_w

from wocdesk.model.text import BiText

LINE = 96


def bitext_table(text: BiText) -> dict[str, str]:
    """``{"zh": …, "en": …}`` with the languages the text has."""
    return {lang: value for lang in ("zh", "en") if (value := text.get(lang)) is not None}


def literal(value: Any, indent: str = "") -> str:
    """One TOML value: tables inline, lists inline when short, else one item per line."""
    if isinstance(value, BiText):
        value = bitext_table(value)
    if isinstance(value, Mapping):
        if not value:
            return "{}"
        return "{ " + ", ".join(f"{_key(k)} = {literal(v)}" for k, v in value.items()) + " }"
    if isinstance(value, Sequence) and not isinstance(value, str):
        items = [literal(v, indent + "    ") for v in value]
        inline = "[" + ", ".join(items) + "]"
        if len(inline) + len(indent) <= LINE and "\n" not in inline:
            return inline
        inner = indent + "    "
        return "[\n" + "".join(f"{inner}{item},\n" for item in items) + indent + "]"
    return tomli_w.dumps({"v": value})[4:-1]


def document(data: Mapping[str, Any], comments: Sequence[str] = ()) -> str:
    """A TOML document: ``data``'s plain values first, then its tables and arrays of tables."""
    out = [f"# {line}".rstrip() for line in comments]
    later: list[str] = []
    for key, value in data.items():
        if isinstance(value, Mapping) and value and not set(value) <= {"zh", "en"}:
            later += ["", f"[{_key(key)}]"]
            later += [f"{_key(k)} = {literal(v)}" for k, v in value.items()]
        elif _is_table_list(value):
            for table in value:
                later += ["", f"[[{_key(key)}]]"]
                later += [f"{_key(k)} = {literal(v)}" for k, v in table.items()]
        else:
            out.append(f"{_key(key)} = {literal(value)}")
    return "\n".join(out + later) + "\n"


def _is_table_list(value: Any) -> bool:
    return (
        isinstance(value, Sequence)
        and not isinstance(value, str)
        and bool(value)
        and all(isinstance(v, Mapping) for v in value)
    )


def _key(key: str) -> str:
    return tomli_w.dumps({key: 0})[: -len(" = 0\n")]
