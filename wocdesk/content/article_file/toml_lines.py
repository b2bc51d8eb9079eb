"""Where a value sits in a TOML file: the line of ``sections[2].passages[1].zh``, for messages."""

from __future__ import annotations

import re

from wocdesk.content.article_file.schema import Path_

_HEADER = re.compile(
    r"^\s*(\[\[?)\s*([A-Za-z0-9_.\-]+(?:\s*\.\s*[A-Za-z0-9_\-]+)*)\s*\]\]?\s*(#.*)?$"
)


class TomlLines:
    """An index of a TOML text's table headers, to name the line of a value by its path."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()
        self.tables: dict[str, int] = {"": 0}  # table path -> 1-based line of its header
        counts: dict[str, int] = {}
        for number, line in enumerate(self.lines, start=1):
            if not line.lstrip().startswith("["):
                continue
            match = _HEADER.match(line)
            if not match:
                continue
            parts = [p.strip() for p in match.group(2).split(".")]
            path = ""
            for part in parts[:-1]:
                path = f"{path}.{part}" if path else part
                if path in counts:
                    path = f"{path}[{counts[path] - 1}]"  # inside the latest item of that array
            last = f"{path}.{parts[-1]}" if path else parts[-1]
            if match.group(1) == "[[":
                index = counts.get(last, 0)
                counts[last] = index + 1
                last = f"{last}[{index}]"
            self.tables[last] = number

    def line_of(self, path: Path_) -> int | None:
        """The line where the value at ``path`` is given (its table's header at worst)."""
        table, rest = "", list(path)
        name = ""
        for index, step in enumerate(path):
            name += f"[{step}]" if isinstance(step, int) else (f".{step}" if name else step)
            if name in self.tables:
                table, rest = name, list(path[index + 1 :])
        start = self.tables[table]
        if not rest or not isinstance(rest[0], str):
            return start or None
        line = self._key_line(start, rest[0])
        if line is None:
            return start or None
        if len(rest) > 1 and isinstance(rest[1], int):
            return self._item_line(line, rest[1]) or line
        return line

    def _key_line(self, start: int, key: str) -> int | None:
        pattern = re.compile(rf'^\s*("?){re.escape(key)}\1\s*=')
        for number in range(start + 1, len(self.lines) + 1):
            line = self.lines[number - 1]
            if _HEADER.match(line):
                return None
            if pattern.match(line):
                return number
        return None

    def _item_line(self, key_line: int, index: int) -> int | None:
        """The line of item ``index`` of an array written one item per line below its key."""
        if not self.lines[key_line - 1].rstrip().endswith("["):
            return None
        seen = -1
        for number in range(key_line + 1, len(self.lines) + 1):
            stripped = self.lines[number - 1].strip()
            if stripped.startswith("]"):
                return None
            if stripped.startswith(("{", '"', "[")) or stripped[:1].isdigit():
                seen += 1
                if seen == index:
                    return number
        return None
