"""Chinese as a typesetter sets it on slides: full-width punctuation, no stray gaps.

The publisher writes ASCII ``, : ; ( ) ? !`` inside Chinese; set in a Latin face, PowerPoint and
LibreOffice draw them with a gap ("带动 ,"). On slides (never in the notes, which stay verbatim)
each such mark next to a Chinese character becomes its full-width form, the spaces around it
go, and an ASCII hyphen between two Chinese characters ("东京-横滨") becomes the full-width
hyphen, so that it is spaced like the characters around it.
"""

from __future__ import annotations

from wocdesk.model.script import is_wide

FULL_WIDTH = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}
HYPHEN = "\uff0d"
SPACE = " \u00a0"


def _neighbour(text: str, index: int, step: int) -> str:
    """The nearest character from ``index`` in direction ``step`` that is not a space."""
    index += step
    while 0 <= index < len(text) and text[index] in SPACE:
        index += step
    return text[index] if 0 <= index < len(text) else ""


def _wide(char: str) -> bool:
    return bool(char) and is_wide(char)


def _tight(text: str, index: int) -> bool:
    """A mark written Chinese-style, with no space after it ("70%,10年前").

    A number's own separator ("1,000", "10:30") is not one.
    """
    after = text[index + 1 : index + 2]
    if not after or after in SPACE:
        return False
    before = text[index - 1 : index]
    return not (before.isdigit() and after.isdigit())


def _pairs(text: str) -> dict[int, int]:
    """Matching ASCII parentheses, both ways."""
    stack: list[int] = []
    pairs: dict[int, int] = {}
    for index, char in enumerate(text):
        if char == "(":
            stack.append(index)
        elif char == ")" and stack:
            start = stack.pop()
            pairs[start], pairs[index] = index, start
    return pairs


def full_width(text: str) -> str:
    """``text`` with the ASCII punctuation that touches Chinese set full-width (see above)."""
    if not any(char in FULL_WIDTH or char == "-" for char in text) or not any(map(is_wide, text)):
        return text
    pairs = _pairs(text)
    convert: set[int] = set()
    for index, char in enumerate(text):
        if char not in FULL_WIDTH and char != "-":
            continue
        before, after = _neighbour(text, index, -1), _neighbour(text, index, 1)
        if char == "-":
            if _wide(text[index - 1 : index]) and _wide(text[index + 1 : index + 2]):
                convert.add(index)
        elif char in "()":
            mate = pairs.get(index)
            if mate is None:
                if _wide(before) or _wide(after):
                    convert.add(index)
                continue
            start, end = min(index, mate), max(index, mate)
            outside = _neighbour(text, start, -1), _neighbour(text, end, 1)
            if any(_wide(c) for c in outside) or _wide(_neighbour(text, start, 1)):
                convert.update((start, end))
        elif _wide(before) or _wide(after) or _tight(text, index):
            convert.add(index)
    if not convert:
        return text
    out: list[str] = []
    for index, char in enumerate(text):
        if index in convert:
            while out and out[-1] in SPACE:
                out.pop()  # no space before a full-width mark
            out.append(HYPHEN if char == "-" else FULL_WIDTH[char])
        elif char in SPACE and out and out[-1] in FULL_WIDTH.values():
            continue  # nor after one
        else:
            out.append(char)
    return "".join(out)
