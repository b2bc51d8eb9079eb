"""Clean text once at load: normalise newlines, drop characters that XML (and so .pptx) refuses."""

from __future__ import annotations

import re

# XML 1.0 allows #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def normalise_newlines(text: str) -> str:
    """Turn CR LF and lone CR into LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def xml_illegal_chars(text: str) -> list[str]:
    """The characters of ``text`` that XML 1.0 cannot hold, in order of appearance."""
    return _XML_ILLEGAL.findall(text)


def clean_text(text: str) -> tuple[str, list[str]]:
    """Return ``text`` with newlines normalised and XML-illegal characters removed, and those."""
    removed = xml_illegal_chars(text)
    if removed:
        text = _XML_ILLEGAL.sub("", text)
    return normalise_newlines(text), removed


def describe_chars(chars: list[str]) -> str:
    """Name removed characters for a message, e.g. ``U+0007, U+FFFF``."""
    seen = dict.fromkeys(f"U+{ord(c):04X}" for c in chars)
    return ", ".join(seen)
