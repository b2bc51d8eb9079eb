"""Bilingual text and the article's display modes (中文, English, both in either order)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Literal, cast

Lang = Literal["zh", "en"]
LANGS: tuple[Lang, Lang] = ("zh", "en")


def parse_lang(value: str) -> Lang:
    """Return ``value`` as a language code, or raise ``ValueError`` naming the choices."""
    code = value.strip().lower().replace("_", "-")
    if code in ("zh", "zh-cn", "zh-hans", "cn"):
        return "zh"
    if code in ("en", "en-us", "en-gb"):
        return "en"
    raise ValueError(f"unknown language {value!r} (choose zh or en)")


def other_lang(lang: Lang) -> Lang:
    """The other of the two languages."""
    return "en" if lang == "zh" else "zh"


class DisplayMode(StrEnum):
    """How the article is shown: one language, or both with the first one leading."""

    ZH = "zh"
    EN = "en"
    ZH_EN = "zh-en"
    EN_ZH = "en-zh"

    @property
    def languages(self) -> tuple[Lang, ...]:
        """The languages shown, the leading one first."""
        return cast("tuple[Lang, ...]", tuple(self.value.split("-")))

    @property
    def leading(self) -> Lang:
        """The language that leads (the only one in a single-language mode)."""
        return self.languages[0]

    @property
    def is_bilingual(self) -> bool:
        """True when both languages are shown."""
        return len(self.languages) == 2

    @classmethod
    def for_lang(cls, lang: Lang) -> DisplayMode:
        """The single-language mode of ``lang``."""
        return cls(lang)


MODE_ALIASES = {"both": DisplayMode.ZH_EN, "bilingual": DisplayMode.ZH_EN}


def parse_mode(value: str | DisplayMode) -> DisplayMode:
    """Return ``value`` as a display mode (``both`` means ``zh-en``) or raise ``ValueError``."""
    if isinstance(value, DisplayMode):
        return value
    key = value.strip().lower().replace("_", "-")
    if key in MODE_ALIASES:
        return MODE_ALIASES[key]
    try:
        return DisplayMode(key)
    except ValueError:
        choices = ", ".join([m.value for m in DisplayMode] + list(MODE_ALIASES))
        raise ValueError(f"unknown language mode {value!r} (choose {choices})") from None


@dataclass(frozen=True, slots=True)
class BiText:
    """A piece of text in Chinese and/or English; ``None`` where a language has no text."""

    zh: str | None = None
    en: str | None = None

    def get(self, lang: Lang | str) -> str | None:
        """The text in ``lang`` (``zh`` or ``en``), or ``None`` if it has none."""
        code = parse_lang(lang)
        return self.zh if code == "zh" else self.en

    def has(self, lang: Lang | str) -> bool:
        """True when the text exists in ``lang``."""
        return self.get(lang) is not None

    def best(self, lang: Lang | str) -> str:
        """The text in ``lang``, else in the other language, else an empty string."""
        code = parse_lang(lang)
        return self.get(code) or self.get(other_lang(code)) or ""

    @property
    def languages(self) -> tuple[Lang, ...]:
        """The languages this text exists in."""
        return tuple(lang for lang in LANGS if self.get(lang) is not None)
